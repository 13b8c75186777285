// Package boilerplate finds the lines of a pasted page that are not part of
// the article: share and subscribe prompts, advertisements, navigation,
// related-story lists, bios, credits and notices.
package boilerplate

import (
	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Analyzer marks boilerplate lines. Its result is a *Result, which other
// analyzers read to leave boilerplate out of their counts.
var Analyzer = &analysis.Analyzer{
	Name:  "boilerplate",
	Doc:   "Boilerplate marks lines of a pasted page that are not part of the article.",
	Kinds: []analysis.Kind{analysis.KindBoilerplate},
	Run:   run,
}

// Result holds the boilerplate spans in text order.
type Result struct {
	Spans []text.Span
}

// Covers reports whether s overlaps boilerplate. A nil Result covers nothing.
func (r *Result) Covers(s text.Span) bool {
	if r == nil {
		return false
	}
	lo, hi := 0, len(r.Spans)
	for lo < hi {
		m := (lo + hi) / 2
		if r.Spans[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(r.Spans) && r.Spans[lo].Overlaps(s)
}

func run(pass *analysis.Pass) any {
	return &Result{}
}
