package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze"
)

func TestMatchSpansLargestOverlapFirst(t *testing.T) {
	pred := []analyze.Finding{{Start: 0, End: 10}, {Start: 8, End: 20}, {Start: 40, End: 45}}
	gold := []Gold{{Start: 5, End: 9}, {Start: 9, End: 18}, {Start: 30, End: 35}}
	pairs, fp, fn := matchSpans(pred, gold)
	want := map[pair]bool{{1, 1}: true, {0, 0}: true}
	if len(pairs) != 2 || !want[pairs[0]] || !want[pairs[1]] {
		t.Errorf("pairs = %v", pairs)
	}
	if len(fp) != 1 || fp[0] != 2 || len(fn) != 1 || fn[0] != 2 {
		t.Errorf("fp = %v, fn = %v", fp, fn)
	}
}

func TestPRF(t *testing.T) {
	p, r, f := Counts{TP: 3, FP: 1, FN: 3}.PRF()
	if p != 0.75 || r != 0.5 || f != 0.6 {
		t.Errorf("PRF = %v %v %v", p, r, f)
	}
	if _, _, f := (Counts{}).PRF(); f != 1 {
		t.Errorf("empty PRF F1 = %v, want 1", f)
	}
}

func TestSameValue(t *testing.T) {
	v := 0.6666666666666666
	if !sameValue(&v, 0.666666666666667) {
		t.Error("rounded fraction rejected")
	}
	w := 5.0
	if sameValue(&w, 5000) || sameValue(nil, 1) {
		t.Error("wrong values accepted")
	}
}

func TestCoverageAndBags(t *testing.T) {
	iv := merge([][2]int{{10, 20}, {0, 5}, {15, 30}})
	if len(iv) != 2 || iv[1] != [2]int{10, 30} {
		t.Errorf("merge = %v", iv)
	}
	if got := coverage(iv, 3, 12); got != 4 {
		t.Errorf("coverage = %d, want 4", got)
	}
	c := bagOverlap(words([]string{"the cat, the hat"}), words([]string{"The cat sat"}))
	if c.TP != 2 || c.FP != 2 || c.FN != 1 {
		t.Errorf("bag = %+v", c)
	}
}

func TestPlantTyposDeterministicAndLabeled(t *testing.T) {
	text := "Officials met in Geneva on Monday. Minister Alvarez spoke first, and Alvarez later left Geneva by train.\n"
	a := plantTypos([]Item{{ID: "p/1", Text: text}}, 7)
	b := plantTypos([]Item{{ID: "p/1", Text: text}}, 7)
	if len(a) != 2 || a[1].Text != b[1].Text {
		t.Fatalf("not deterministic or wrong count: %+v", a)
	}
	g := a[1].Gold[0]
	if a[1].Text[g.Start:g.End] != g.Text || g.Text == g.Canonical || (g.Canonical != "Alvarez" && g.Canonical != "Geneva") {
		t.Errorf("planted gold = %+v in %q", g, a[1].Text)
	}
	if len(a[0].Gold) != 0 || a[0].Kinds[0] != "name-variant" {
		t.Errorf("clean control = %+v", a[0])
	}
}

// The whole tool runs over a small corpus folder laid out like the shared one.
func TestEvaluateSmallCorpus(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "figures"), 0o755)
	os.WriteFile(filepath.Join(dir, "figures", "dev.jsonl"), []byte(
		`{"id":"f/1","text":"It cost $5 million.","kinds":["figure"],"gold":[{"kind":"figure","start":8,"end":18,"text":"$5 million","value":5000000}]}`+"\n"), 0o644)
	corpora, err := loadCorpora(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	evaluate(corpora[0], options{half: -1, out: &out})
	if !strings.Contains(out.String(), "figures/dev: 1 items") || !strings.Contains(out.String(), "figure ") {
		t.Errorf("output:\n%s", out.String())
	}
}
