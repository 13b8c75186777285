package boilerplate

import (
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

func TestSlideCounter(t *testing.T) {
	tests := []struct {
		line string
		k, n int
		ok   bool
	}{
		{"7/50 Harbour lights switched on", 7, 50, true},
		{"3 of 12 Seals on the sandbank", 3, 12, true},
		{"12/12", 12, 12, true},
		{"9/11/13 10:00AM", 0, 0, false},         // a date
		{"3/4 of the council voted", 3, 4, true}, // read as a counter; one line makes no gallery
		{"14 of 3 slides", 0, 0, false},          // count past the total
		{"0/5 Nothing", 0, 0, false},
		{"1 / 2 cups of flour", 0, 0, false}, // spaced: a fraction in a recipe
		{"Slide 2 of 9", 0, 0, false},
	}
	for _, tt := range tests {
		doc := text.Parse(tt.line)
		k, n, ok := slideCounter(doc, doc.Tokens)
		if k != tt.k || n != tt.n || ok != tt.ok {
			t.Errorf("slideCounter(%q) = %d, %d, %v; want %d, %d, %v", tt.line, k, n, ok, tt.k, tt.n, tt.ok)
		}
	}
}

// A gallery of captioned slides inside the article: the captions are
// prose, but they are not the article, and the article goes on after it.
func TestGallery(t *testing.T) {
	slides := []string{
		"Harbour in pictures",
		"1/4 Lights on the quay",
		"The harbour's new lamps were switched on for the first time on Saturday evening, watched by a crowd of several hundred people along the quay.",
		"2/4 Seals return",
		"A colony of grey seals has come back to the sandbank at the mouth of the estuary after an absence of almost ten years, wardens said.",
		"3/4 Regatta",
		"Sixty boats took part in the autumn regatta, the largest number since the race began, in light winds that favoured the smaller dinghies.",
		"4/4 Old pier",
		"The old pier, closed since a storm damaged its deck two winters ago, will reopen in spring after repairs paid for by a public appeal.",
	}
	input := page([]string{"Home", "News"}, slides, []string{"© 2026 Valley Courier"})
	got := reasons(t, input)
	for _, l := range slides[1:] {
		if got[l] != "other" {
			t.Errorf("gallery line %.40q: reason %q, want other", l, got[l])
		}
	}
	for _, p := range body {
		if got[p] != "" {
			t.Errorf("article paragraph %.40q marked %s", p, got[p])
		}
	}
}
