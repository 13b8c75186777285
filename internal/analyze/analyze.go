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

	// Each analyzer reports in text order as a rule, so the lists are
	// merged rather than the whole sorted: the same order as a stable sort
	// of their concatenation, without moving the findings around.
	lists := make([][]Finding, len(Analyzers))
	n := 0
	for i, a := range Analyzers {
		fs := byAnalyzer[a]
		if !slices.IsSortedFunc(fs, compare) {
			slices.SortStableFunc(fs, compare)
		}
		lists[i] = fs
		n += len(fs)
	}
	out := make([]Finding, 0, n)
	for {
		best := -1
		for i := range lists {
			if len(lists[i]) > 0 && (best < 0 || before(&lists[i][0], &lists[best][0])) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		f := &lists[best][0]
		lists[best] = lists[best][1:]
		if f.Kind != analysis.KindBoilerplate && excluded.Covers(text.Span{Start: f.Start, End: f.End}) {
			continue
		}
		out = append(out, *f)
	}
	return Report{Findings: out}, err
}

func compare(a, b Finding) int {
	if before(&a, &b) {
		return -1
	}
	if before(&b, &a) {
		return 1
	}
	return 0
}

// before orders findings by start, outer spans first, then by kind.
func before(a, b *Finding) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End > b.End
	}
	return a.Kind != b.Kind && slices.Index(analysis.Kinds, a.Kind) < slices.Index(analysis.Kinds, b.Kind)
}
