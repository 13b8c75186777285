package analyze

import (
	"strconv"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

var benchSizes = []int{100 << 10, 1 << 20}

func sizeName(n int) string {
	if n >= 1<<20 {
		return strconv.Itoa(n>>20) + "MB"
	}
	return strconv.Itoa(n>>10) + "KB"
}

// BenchmarkAnalyze measures the whole engine on news text: ns/op at 1MB
// should be about ten times that at 100KB, and MB/s about the same.
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range benchSizes {
		s := newsText(b, n)
		b.Run(sizeName(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Analyze(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParse measures the shared parse every analyzer reads.
func BenchmarkParse(b *testing.B) {
	for _, n := range benchSizes {
		s := newsText(b, n)
		b.Run(sizeName(n), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				text.Parse(s)
			}
		})
	}
}

// BenchmarkAnalyzer measures each detector alone over an already parsed
// text, with the analyzers it requires (analysis.Run runs those too).
func BenchmarkAnalyzer(b *testing.B) {
	s := newsText(b, 1<<20)
	doc := text.Parse(s)
	for _, a := range Analyzers {
		b.Run(a.Name+"/1MB", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := analysis.Run(doc, []*analysis.Analyzer{a}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReportJSON measures encoding a report of 1MB of news.
func BenchmarkReportJSON(b *testing.B) {
	s := newsText(b, 1<<20)
	r, _ := Analyze(s)
	var buf []byte
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		buf = r.AppendJSON(buf[:0])
	}
}
