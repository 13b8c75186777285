// Package analyze is Sift's engine: text in, a report of findings out. It is
// pure Go with no I/O and no syscall/js, so the command line, the browser
// bridge and tests all run exactly the same code.
//
// The detectors live in subpackages, one per concern (figures, sources,
// hedges, names, boilerplate), each an *analysis.Analyzer; this package runs
// them over one shared parse of the text and assembles the report.
package analyze

import (
	"slices"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/boilerplate"
	"github.com/siftnews/sift/internal/analyze/figures"
	"github.com/siftnews/sift/internal/analyze/hedges"
	"github.com/siftnews/sift/internal/analyze/names"
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Report and Finding are the engine's output; see package analysis.
type (
	Report  = analysis.Report
	Finding = analysis.Finding
	Kind    = analysis.Kind
)

// Analyzers are the detectors the engine runs, in the order their kinds are
// shown to readers.
var Analyzers = []*analysis.Analyzer{
	figures.Analyzer,
	sources.Analyzer,
	hedges.Analyzer,
	names.Analyzer,
	boilerplate.Analyzer,
}

// Analyze runs every detector over input and returns the findings ordered by
// start offset (outer spans first). Findings inside boilerplate are left out,
// except the boilerplate marks themselves.
//
// The error is non-nil only when a detector misbehaved (panicked or reported
// a malformed span); the report then holds everything else and is still
// usable, so drivers show both.
func Analyze(input string) (Report, error) {
	return AnalyzeDocument(text.Parse(input))
}

// AnalyzeDocument is Analyze for a text already parsed, such as one
// converted from HTML with page-furniture hints attached.
func AnalyzeDocument(doc *text.Document) (Report, error) {
	byAnalyzer, err := analysis.Run(doc, Analyzers)
	var excluded *boilerplate.Result
	for _, f := range byAnalyzer[boilerplate.Analyzer] {
		if excluded == nil {
			excluded = &boilerplate.Result{}
		}
		excluded.Spans = append(excluded.Spans, text.Span{Start: f.Start, End: f.End})
	}
	if excluded != nil {
		slices.SortFunc(excluded.Spans, func(a, b text.Span) int { return a.Start - b.Start })
	}

	n := 0
	for _, fs := range byAnalyzer {
		n += len(fs)
	}
	out := make([]Finding, 0, n)
	for _, a := range Analyzers {
		for _, f := range byAnalyzer[a] {
			if f.Kind != analysis.KindBoilerplate && excluded.Covers(text.Span{Start: f.Start, End: f.End}) {
				continue
			}
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, compare)
	return Report{Findings: out}, err
}

func compare(a, b Finding) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	if a.End != b.End {
		return b.End - a.End
	}
	return slices.Index(analysis.Kinds, a.Kind) - slices.Index(analysis.Kinds, b.Kind)
}
