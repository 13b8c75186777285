// Package analyze is Sift's engine: text in, a report of findings out. It is
// pure Go with no I/O and no syscall/js, so the command line, the browser
// bridge and tests all run exactly the same code.
//
// The detectors live in subpackages, one per concern (figures, sources,
// hedges, names, boilerplate), each an *analysis.Analyzer; this package runs
// them over one shared parse of the text and assembles the report.
package analyze

import (
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

	// Each analyzer reports in text order as a rule, so the lists are
	// merged rather than the whole sorted: the same order as a stable sort
	// of their concatenation, without moving the findings around.
	lists := make([][]Finding, len(Analyzers))
	n := 0
	for i, a := range Analyzers {
		fs := byAnalyzer[a]
		sortFindings(fs)
		lists[i] = fs
		n += len(fs)
	}

	// The boilerplate spans, now in order of their starts.
	var excluded *boilerplate.Result
	for _, f := range byAnalyzer[boilerplate.Analyzer] {
		if excluded == nil {
			excluded = &boilerplate.Result{}
		}
		excluded.Spans = append(excluded.Spans, text.Span{Start: f.Start, End: f.End})
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

// sortFindings sorts fs stably by before: a check when fs is in order, as
// it nearly always is, else a bottom-up merge sort. It is written out
// rather than taken from package slices, whose generic sorts would add
// their code to the WebAssembly build once more for this type.
func sortFindings(fs []Finding) {
	sorted := true
	for i := 1; i < len(fs) && sorted; i++ {
		sorted = !before(&fs[i], &fs[i-1])
	}
	if sorted {
		return
	}
	src, dst := fs, make([]Finding, len(fs))
	for w := 1; w < len(fs); w *= 2 {
		for lo := 0; lo < len(fs); lo += 2 * w {
			mid, hi := min(lo+w, len(fs)), min(lo+2*w, len(fs))
			i, j, k := lo, mid, lo
			for ; i < mid && j < hi; k++ {
				if before(&src[j], &src[i]) {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	copy(fs, src)
}

// before orders findings by start, outer spans first, then by kind.
func before(a, b *Finding) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End > b.End
	}
	return a.Kind != b.Kind && kindRank(a.Kind) < kindRank(b.Kind)
}

func kindRank(k Kind) int {
	for i, x := range analysis.Kinds {
		if x == k {
			return i
		}
	}
	return -1
}
