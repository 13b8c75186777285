package lexicon

import (
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

func TestParse(t *testing.T) {
	got := Parse("# comment\n\nis believed to | doxastic\nper cent\t%\n  reportedly  \n")
	want := []Entry{{"is believed to", "doxastic"}, {"per cent", "%"}, {"reportedly", ""}}
	if len(got) != len(want) {
		t.Fatalf("Parse = %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if s := Set("Foo | x\nbar\n"); s["foo"] != "x" || s["bar"] != "" || len(s) != 2 {
		t.Errorf("Set = %v", s)
	}
}

func TestPhrasesLongestMatch(t *testing.T) {
	p := NewPhrases("according to | cue\naccording to officials | anon\nU.S. | country\n")
	if p.Len() != 3 {
		t.Errorf("Len = %d", p.Len())
	}
	doc := text.Parse("According to officials in the U.S. today")
	toks := doc.Tokens
	tests := []struct {
		at   int
		n    int
		tag  string
		desc string
	}{
		{0, 3, "anon", "longest phrase wins"},
		{1, 0, "", "no phrase starts mid-way"},
		{5, 4, "country", "punctuated phrase"},
		{len(toks), 0, "", "one past the end"},
		{-1, 0, "", "before the start"},
	}
	for _, tt := range tests {
		n, tag := p.Match(doc.Lower, toks, tt.at)
		if n != tt.n || tag != tt.tag {
			t.Errorf("%s: Match(%d) = %d %q, want %d %q", tt.desc, tt.at, n, tag, tt.n, tt.tag)
		}
	}
}
