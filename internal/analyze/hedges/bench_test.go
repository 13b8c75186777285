package hedges

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/analysistest"
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// benchText is the test articles, marks removed, repeated to about 1 MB.
func benchText(b *testing.B) string {
	b.Helper()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no test articles", err)
	}
	var one strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		plain, _, err := analysistest.Parse(string(data))
		if err != nil {
			b.Fatal(err)
		}
		one.WriteString(plain)
		one.WriteString("\n\n")
	}
	return strings.Repeat(one.String(), 1<<20/one.Len()+1)
}

// BenchmarkHedges measures the hedge detector alone over a parsed text: the
// cost it adds to the engine.
func BenchmarkHedges(b *testing.B) {
	input := benchText(b)
	doc := text.Parse(input)
	n := 0
	pass := &analysis.Pass{
		Analyzer: Analyzer,
		Doc:      doc,
		ResultOf: map[*analysis.Analyzer]any{sources.Analyzer: (*sources.Result)(nil)},
		Report:   func(analysis.Finding) { n++ },
	}
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		run(pass)
	}
	if n == 0 {
		b.Fatal("no hedges found")
	}
}

// BenchmarkHedgesWithParse adds the shared parse and the sources analyzer
// the hedge detector requires, for comparison.
func BenchmarkHedgesWithParse(b *testing.B) {
	input := benchText(b)
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := analysis.Run(text.Parse(input), []*analysis.Analyzer{Analyzer}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is the shared parse alone over the same text, the yardstick
// for BenchmarkHedges on a loaded machine.
func BenchmarkParse(b *testing.B) {
	input := benchText(b)
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		text.Parse(input)
	}
}
