// Package hedges finds words and phrases that signal uncertainty or lean on
// unnamed authority ("likely", "is believed to", "some experts say"), told
// apart from their plain senses ("could not", "about the war").
package hedges

import (
	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/sources"
)

// Analyzer marks hedges.
var Analyzer = &analysis.Analyzer{
	Name:     "hedges",
	Doc:      "Hedges marks cues of uncertainty and of claims leaning on unnamed authority.",
	Kinds:    []analysis.Kind{analysis.KindHedge},
	Requires: []*analysis.Analyzer{sources.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) any {
	return nil
}
