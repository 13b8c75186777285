package main

import "github.com/siftnews/sift/internal/analyze"

// analyzeHTML converts an HTML page to plain text with its line structure,
// noting page furniture for the boilerplate detector, and analyzes that.
// The offsets of the report index the plain text returned.
func analyzeHTML(html string) (string, analyze.Report, error) {
	return analyze.AnalyzeHTML(html)
}
