package boilerplate

import (
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

func TestWholeLinesCoversIndentation(t *testing.T) {
	tests := []struct {
		in         string
		start, end int // the trimmed span given
		want       string
	}{
		{"\t  Share on X  \nBody", 3, 13, "\t  Share on X  "},
		{"Body\n    Advertisement\r\nMore", 9, 22, "    Advertisement\r"},
		{"Menu", 0, 4, "Menu"},
	}
	for _, tt := range tests {
		s := wholeLines(tt.in, text.Span{Start: tt.start, End: tt.end})
		if got := tt.in[s.Start:s.End]; got != tt.want {
			t.Errorf("wholeLines(%q) covers %q, want %q", tt.in[tt.start:tt.end], got, tt.want)
		}
	}
}
