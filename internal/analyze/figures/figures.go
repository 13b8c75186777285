// Package figures finds quantities as written ("nearly five million
// shells", "$24.5 billion", "4%", "dozens of missiles") with their value,
// unit, qualifier and source.
package figures

import (
	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/sources"
)

// Analyzer marks figures.
var Analyzer = &analysis.Analyzer{
	Name:     "figures",
	Doc:      "Figures marks every quantity with its value, unit, qualifier and source.",
	Kinds:    []analysis.Kind{analysis.KindFigure},
	Requires: []*analysis.Analyzer{sources.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) any {
	return nil
}
