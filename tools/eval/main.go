// Command eval runs Sift's engine over labeled corpora and prints precision,
// recall and F1 per kind, with the extra measures each kind needs: value
// accuracy for figures, sentence-level F1 for hedges, line F1 and kept-text
// token F1 for boilerplate, and a planted-typo evaluation for name variants.
//
// Usage:
//
//	go run ./tools/eval -corpus ../shared/corpus [-kind hedge] [-half 0|1] [-v]
//
// Matching rules: a prediction matches a gold span of the same kind when they
// overlap, one to one, largest overlap first. An item whose "kinds" names a
// kind makes every prediction of that kind on it count; other items only
// count the kinds they have gold for. Hedge findings typed approximator or
// weasel are left out, since the hedge corpus does not label them.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/siftnews/sift/internal/analyze"
)

type options struct {
	kind    string
	half    int
	match   string
	verbose bool
	out     io.Writer
}

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "folder holding one sub-folder of *.jsonl files per corpus")
	var o options
	flag.StringVar(&o.kind, "kind", "", "score only this kind (figure, source, hedge, name-variant, boilerplate)")
	flag.IntVar(&o.half, "half", -1, "score only documents of this held-out half (0 or 1); -1 scores all")
	flag.StringVar(&o.match, "match", "", "score only items whose id contains this string")
	flag.BoolVar(&o.verbose, "v", false, "list every false positive and false negative")
	flag.Parse()
	o.out = os.Stdout

	corpora, err := loadCorpora(*corpus)
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(2)
	}
	for _, c := range corpora {
		c.Items = o.filter(c.Items)
		evaluate(c, o)
	}
	for _, c := range derivedCorpora(corpora) {
		c.Items = o.filter(c.Items)
		evaluate(c, o)
	}
}

func (o options) filter(items []Item) []Item {
	var out []Item
	for _, it := range items {
		if o.half >= 0 && half(it.ID) != o.half {
			continue
		}
		if o.match != "" && !strings.Contains(it.ID, o.match) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// labeledKinds returns the span kinds an item is labeled for.
func labeledKinds(it *Item) []string {
	kinds := slices.Clone(it.Kinds)
	for _, g := range it.Gold {
		if g.Kind != "line" && !slices.Contains(kinds, g.Kind) {
			kinds = append(kinds, g.Kind)
		}
	}
	return kinds
}

// counted reports whether a prediction takes part in span scoring.
func counted(f *analyze.Finding) bool {
	return !(f.Kind == "hedge" && (f.CueType == "approximator" || f.CueType == "weasel"))
}

type result struct {
	spans     map[string]*Counts
	sentences Counts // hedge: items with any cue
	lines     Counts // boilerplate class over line gold items
	tokens    map[string]*Counts
	tokenF1   map[string][]float64 // per-item F1 of kept-text tokens, by variant
	linesBy   map[string]*Counts   // boilerplate lines by variant
	bytes     int
	elapsed   time.Duration
	errors    int
}

func evaluate(c Corpus, o options) {
	r := result{spans: map[string]*Counts{}, tokens: map[string]*Counts{}, tokenF1: map[string][]float64{}, linesBy: map[string]*Counts{}}
	hasLines := false
	for i := range c.Items {
		it := &c.Items[i]
		start := time.Now()
		report, err := analyze.Analyze(it.Text)
		r.elapsed += time.Since(start)
		r.bytes += len(it.Text)
		if err != nil {
			r.errors++
			fmt.Fprintf(os.Stderr, "%s: engine error: %v\n", it.ID, err)
		}
		for _, kind := range labeledKinds(it) {
			if o.kind != "" && o.kind != kind {
				continue
			}
			scoreSpans(&r, it, report.Findings, kind, o)
		}
		if lineGold(it) && (o.kind == "" || o.kind == "boilerplate") {
			hasLines = true
			scoreLines(&r, it, report.Findings, o)
		}
	}
	printResult(o.out, c, r, hasLines)
}

func scoreSpans(r *result, it *Item, findings []analyze.Finding, kind string, o options) {
	var pred []analyze.Finding
	for i := range findings {
		if string(findings[i].Kind) == kind && counted(&findings[i]) {
			pred = append(pred, findings[i])
		}
	}
	var gold []Gold
	for _, g := range it.Gold {
		if g.Kind == kind {
			gold = append(gold, g)
		}
	}
	pairs, fp, fn := matchSpans(pred, gold)
	c := Counts{TP: len(pairs), FP: len(fp), FN: len(fn)}
	for _, p := range pairs {
		if g := gold[p.gold]; g.Value != nil {
			c.ValueChecked++
			if sameValue(pred[p.pred].Value, *g.Value) {
				c.ValueOK++
			} else if o.verbose {
				got := "none"
				if v := pred[p.pred].Value; v != nil {
					got = fmt.Sprint(*v)
				}
				fmt.Fprintf(o.out, "  value %s: %q = %s, want %v\n", it.ID, pred[p.pred].Text, got, *g.Value)
			}
		}
	}
	if r.spans[kind] == nil {
		r.spans[kind] = &Counts{}
	}
	r.spans[kind].add(c)
	if kind == "hedge" {
		r.sentences.add(sentenceCounts(len(pred) > 0, len(gold) > 0))
	}
	if o.verbose {
		for _, i := range fp {
			fmt.Fprintf(o.out, "  FP %s %s %q in %q\n", kind, it.ID, pred[i].Text, context(it.Text, pred[i].Start, pred[i].End))
		}
		for _, j := range fn {
			fmt.Fprintf(o.out, "  FN %s %s %q in %q\n", kind, it.ID, gold[j].Text, context(it.Text, gold[j].Start, gold[j].End))
		}
	}
}

func sentenceCounts(predicted, gold bool) Counts {
	switch {
	case predicted && gold:
		return Counts{TP: 1}
	case predicted:
		return Counts{FP: 1}
	case gold:
		return Counts{FN: 1}
	}
	return Counts{}
}

// context returns up to 60 bytes around a span, on rune boundaries.
func context(s string, start, end int) string {
	a, b := max(0, start-60), min(len(s), end+60)
	for a > 0 && a < len(s) && s[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(s) && s[b]&0xC0 == 0x80 {
		b++
	}
	return s[a:start] + "⟦" + s[start:end] + "⟧" + s[end:b]
}

func printResult(w io.Writer, c Corpus, r result, hasLines bool) {
	mbps := 0.0
	if r.elapsed > 0 {
		mbps = float64(r.bytes) / 1e6 / r.elapsed.Seconds()
	}
	fmt.Fprintf(w, "%s: %d items, %.1f MB analyzed at %.1f MB/s", c.Name, len(c.Items), float64(r.bytes)/1e6, mbps)
	if r.errors > 0 {
		fmt.Fprintf(w, ", %d engine errors", r.errors)
	}
	fmt.Fprintln(w)
	kinds := make([]string, 0, len(r.spans))
	for k := range r.spans {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		s := r.spans[k]
		p, rc, f := s.PRF()
		fmt.Fprintf(w, "  %-14s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", k, p, rc, f, s.TP, s.FP, s.FN)
		if s.ValueChecked > 0 {
			fmt.Fprintf(w, "  value accuracy %.3f (%d/%d)", float64(s.ValueOK)/float64(s.ValueChecked), s.ValueOK, s.ValueChecked)
		}
		fmt.Fprintln(w)
		if k == "hedge" {
			p, rc, f := r.sentences.PRF()
			fmt.Fprintf(w, "  %-14s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)\n", "hedge sentence", p, rc, f, r.sentences.TP, r.sentences.FP, r.sentences.FN)
		}
	}
	if hasLines {
		p, rc, f := r.lines.PRF()
		fmt.Fprintf(w, "  %-14s P %.3f  R %.3f  F1 %.3f  (boilerplate lines: tp %d fp %d fn %d)\n", "boilerplate", p, rc, f, r.lines.TP, r.lines.FP, r.lines.FN)
		variants := make([]string, 0, len(r.tokens))
		for v := range r.tokens {
			variants = append(variants, v)
		}
		slices.Sort(variants)
		for _, v := range variants {
			lp, lr, lf := r.linesBy[v].PRF()
			fmt.Fprintf(w, "  %-14s P %.3f  R %.3f  F1 %.3f  (boilerplate lines, %s pastes)\n", "boilerplate", lp, lr, lf, v)
			t := r.tokens[v]
			p, rc, f := t.PRF()
			macro := 0.0
			for _, x := range r.tokenF1[v] {
				macro += x
			}
			macro /= float64(len(r.tokenF1[v]))
			fmt.Fprintf(w, "  %-14s P %.3f  R %.3f  F1 %.3f  (kept-text tokens, %s pastes; mean F1 per page %.3f)\n", "article text", p, rc, f, v, macro)
		}
	}
}
