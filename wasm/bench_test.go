package main

import (
	"strings"
	"testing"
)

// paragraph is a made-up news paragraph with something of every kind.
const paragraph = `The regional water authority said on Monday that nearly 4,200 households
in the valley had been without running water for three days, according to a statement
released after an emergency meeting. "We expect most homes to be reconnected by Friday,"
said Marta Olsson, the authority's director. Some residents believe the outage could last
longer, and officials familiar with the repairs reportedly put the cost at up to $12 million.
Olson added that about 30 engineers were working in shifts. Share this article.
`

// article repeats paragraph to about n bytes.
func article(n int) string {
	return strings.Repeat(paragraph+"\n", n/(len(paragraph)+1)+1)[:n]
}

func BenchmarkAnalyzeJSON100KB(b *testing.B) {
	text := article(100 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		analyzeJSON(text)
	}
}

func BenchmarkAnalyzeHTMLJSON100KB(b *testing.B) {
	html := "<article><p>" + strings.ReplaceAll(article(100<<10), "\n\n", "</p>\n<p>") + "</p></article>"
	b.SetBytes(int64(len(html)))
	b.ReportAllocs()
	for b.Loop() {
		analyzeHTMLJSON(html)
	}
}
