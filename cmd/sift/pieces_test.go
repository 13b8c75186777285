package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze"
)

func TestCutPoint(t *testing.T) {
	tests := []struct {
		s    string
		size int
		want int
	}{
		{"short", 10, 5},
		{"aaaaaa\n\nbb\ncc dd", 12, 8},   // blank line in the second half
		{"aaaaaaa\nbbbbbbbb", 12, 8},     // line break
		{"aaaaaaa bbbbbbbbb", 12, 8},     // space
		{"aaaaaaaaaaaaaaaaa", 12, 12},    // nothing: at the size
		{"aaaaaaaaaaéaaaaaa", 11, 10},    // not inside é
		{"a\n\naaaaaaaaaaaaaaa", 12, 12}, // a blank line too early is not taken
	}
	for _, tt := range tests {
		if got := cutPoint(tt.s, tt.size); got != tt.want {
			t.Errorf("cutPoint(%q, %d) = %d, want %d", tt.s, tt.size, got, tt.want)
		}
	}
}

// A text longer than a piece is analyzed in pieces; the findings point
// into the whole text, in order, and each piece gives what it gives alone.
func TestAnalyzeInPieces(t *testing.T) {
	para := "The ministry said 40 people died and 12 were hurt, according to officials.\n\n"
	text := strings.Repeat(para, 40)
	defer func(n int) { pieceSize = n }(pieceSize)
	pieceSize = 10 * len(para)
	res := analyzeInput(text, false)
	if res.err != nil {
		t.Fatal(res.err)
	}
	alone, _ := analyze.Analyze(strings.Repeat(para, 10))
	if len(alone.Findings) == 0 {
		t.Skip("the detectors find nothing in the test paragraph")
	}
	if len(res.report.Findings) != 4*len(alone.Findings) {
		t.Errorf("%d findings in 4 pieces, %d in one", len(res.report.Findings), len(alone.Findings))
	}
	prev := -1
	for i, f := range res.report.Findings {
		if text[f.Start:f.End] != f.Text {
			t.Fatalf("finding %d [%d,%d) %q does not match the text %q", i, f.Start, f.End, f.Text, text[f.Start:f.End])
		}
		if f.Start < prev {
			t.Errorf("finding %d out of order", i)
		}
		prev = f.Start
		a := alone.Findings[i%len(alone.Findings)]
		if f.Kind != a.Kind || f.Text != a.Text || f.Start-a.Start != i/len(alone.Findings)*pieceSize {
			t.Errorf("finding %d = %s %q at %d, want %s %q at %d + piece offset", i, f.Kind, f.Text, f.Start, a.Kind, a.Text, a.Start)
		}
	}
}

// --json streams a long file piece by piece; the report is the one the
// joined pieces give (as --jsonl, which collects them, writes it).
func TestRunJSONPieces(t *testing.T) {
	defer func(n int) { pieceSize = n }(pieceSize)
	pieceSize = 2000
	text := strings.Repeat(article+"\n", 30)
	code, out, errs := runCmd(t, text, "--json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	checkReport(t, out, text)
	line, _ := json.Marshal(map[string]any{"id": 1, "text": text})
	_, batch, _ := runCmd(t, string(line)+"\n", "--jsonl")
	if want := `{` + strings.TrimPrefix(batch, `{"id":1,`); out != want {
		t.Errorf("streamed report differs from the collected one:\n%.200s\n%.200s", out, want)
	}
	if strings.Count(out, `"kind"`) < 30 {
		t.Errorf("only %d findings in 30 copies of the article", strings.Count(out, `"kind"`))
	}
}
