// Package analysis defines the interface between Sift's detectors and the
// drivers that run them, after the shape of golang.org/x/tools/go/analysis:
// each detector is an *Analyzer value with a name, a doc and a run function,
// living in a package of its own; a driver parses the text once, runs the
// analyzers in dependency order and collects their findings.
package analysis

import "github.com/siftnews/sift/internal/analyze/text"

// An Analyzer is one detector.
type Analyzer struct {
	// Name is a short identifier, also used in test files and flags.
	Name string
	// Doc says what the analyzer finds and why a reader cares. Its first
	// sentence is the one-line summary shown by the command line.
	Doc string
	// Kinds lists the finding kinds the analyzer reports. Tests use it to
	// know which inline marks an analyzer is answerable for.
	Kinds []Kind
	// Requires lists the analyzers whose results this one reads from
	// Pass.ResultOf; the driver runs them first.
	Requires []*Analyzer
	// Run finds what the analyzer looks for in pass.Doc, reports findings
	// through pass.Report, and returns a result for the analyzers that
	// require this one (nil when none needs it).
	Run func(pass *Pass) any
}

func (a *Analyzer) String() string { return a.Name }

// A Pass is one analyzer's view of one document.
type Pass struct {
	Analyzer *Analyzer
	// Doc is the tokenized text, shared read-only by every analyzer.
	Doc *text.Document
	// ResultOf holds the results of the analyzers in Analyzer.Requires.
	ResultOf map[*Analyzer]any
	// Report records a finding. Text is filled in by the driver when empty.
	Report func(Finding)
}

// Reportf is shorthand for reporting a finding with just a kind, span and why.
func (p *Pass) Reportf(kind Kind, s text.Span, why string) {
	p.Report(Finding{Kind: kind, Start: s.Start, End: s.End, Why: why})
}
