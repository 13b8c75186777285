// Package names finds name mentions that are probably misspellings of a name
// written otherwise in the same text, and speakers quoted but never
// introduced.
package names

import (
	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/sources"
)

// Analyzer marks possible misspelled names.
var Analyzer = &analysis.Analyzer{
	Name:     "names",
	Doc:      "Names marks mentions that are probably misspellings of a name written otherwise in the text.",
	Kinds:    []analysis.Kind{analysis.KindNameVariant},
	Requires: []*analysis.Analyzer{sources.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) any {
	return nil
}
