package figures

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// TestCorpus scores the analyzer on the labelled corpus named by
// SIFT_FIGURE_CORPUS (a dev.jsonl path) the way tools/eval does: span
// overlap, one to one, largest overlap first, and value accuracy over the
// matched spans. It fails under the targets (F1 0.93, value
// accuracy 0.95). With SIFT_FIGURE_VERBOSE set it logs every miss. It is
// skipped when the variable is unset, so the package tests need no files
// from outside the repository.
func TestCorpus(t *testing.T) {
	path := os.Getenv("SIFT_FIGURE_CORPUS")
	if path == "" {
		t.Skip("SIFT_FIGURE_CORPUS not set")
	}
	f, err := os.Open(filepath.Clean(path))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	verbose := os.Getenv("SIFT_FIGURE_VERBOSE") != ""
	var tp, fp, fn, checked, right int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var it struct {
			ID   string `json:"id"`
			Text string `json:"text"`
			Gold []struct {
				Start, End int
				Text       string
				Value      *float64
			} `json:"gold"`
		}
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatal(err)
		}
		res, err := analysis.Run(text.Parse(it.Text), []*analysis.Analyzer{Analyzer})
		if err != nil {
			t.Fatalf("%s: %v", it.ID, err)
		}
		pred := res[Analyzer]
		type cand struct{ o, p, g int }
		var cands []cand
		for i, p := range pred {
			for j, g := range it.Gold {
				if o := min(p.End, g.End) - max(p.Start, g.Start); o > 0 {
					cands = append(cands, cand{o, i, j})
				}
			}
		}
		sort.Slice(cands, func(a, b int) bool {
			x, y := cands[a], cands[b]
			if x.o != y.o {
				return x.o > y.o
			}
			if x.p != y.p {
				return x.p < y.p
			}
			return x.g < y.g
		})
		usedP := make([]bool, len(pred))
		usedG := make([]bool, len(it.Gold))
		var notes []string
		for _, c := range cands {
			if usedP[c.p] || usedG[c.g] {
				continue
			}
			usedP[c.p], usedG[c.g] = true, true
			tp++
			g, p := it.Gold[c.g], pred[c.p]
			if g.Value == nil {
				continue
			}
			checked++
			if p.Value != nil && math.Abs(*p.Value-*g.Value) <= 1e-6*math.Max(1, math.Abs(*g.Value)) {
				right++
			} else {
				got := "none"
				if p.Value != nil {
					got = strconv.FormatFloat(*p.Value, 'g', -1, 64)
				}
				notes = append(notes, "value "+strconv.Quote(p.Text)+" = "+got+", want "+strconv.FormatFloat(*g.Value, 'g', -1, 64))
			}
		}
		for i, u := range usedP {
			if !u {
				fp++
				notes = append(notes, "extra "+strconv.Quote(pred[i].Text)+" unit="+pred[i].Unit)
			}
		}
		for j, u := range usedG {
			if !u {
				fn++
				notes = append(notes, "missed "+strconv.Quote(it.Gold[j].Text))
			}
		}
		if verbose && len(notes) > 0 {
			t.Logf("%s %q\n\t%s", it.ID, it.Text, strings.Join(notes, "\n\t"))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	f1 := 2 * p * r / math.Max(p+r, 1e-9)
	acc := float64(right) / float64(max(1, checked))
	t.Logf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d), value accuracy %.3f (%d/%d)", p, r, f1, tp, fp, fn, acc, right, checked)
	if f1 < 0.93 || acc < 0.95 {
		t.Errorf("below target: F1 %.3f (want 0.93), value accuracy %.3f (want 0.95)", f1, acc)
	}
}
