package text

import (
	"strings"
	"testing"
)

func tokenTexts(d *Document) []string {
	var out []string
	for _, t := range d.Tokens {
		out = append(out, t.In(d.Text))
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "·"
	}{
		{"nearly five million shells", "nearly·five·million·shells"},
		{"$24.5 billion", "$·24.5·billion"},
		{"1,234,567 people", "1,234,567·people"},
		{"4%.", "4·%·."},
		{"Putin's war", "Putin's·war"},
		{"Won-sik", "Won·-·sik"},
		{"10k and G7", "10·k·and·G·7"},
		{"“Quoted,” he said", "“·Quoted·,·”·he·said"},
		{"Ça coûte 3,5 €", "Ça·coûte·3,5·€"},
		{"rock 'n' roll", "rock·'·n·'·roll"},
		{"emoji 🎉 ok", "emoji·🎉·ok"},
		{"end.", "end·."},
		{"3.", "3·."},
	}
	for _, tt := range tests {
		got := strings.Join(tokenTexts(Parse(tt.in)), "·")
		if got != tt.want {
			t.Errorf("tokens of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenSpacing(t *testing.T) {
	d := Parse("10k\nG 7")
	want := []struct {
		text           string
		space, newline bool
	}{{"10", true, false}, {"k", false, false}, {"G", true, true}, {"7", true, false}}
	for i, w := range want {
		tok := d.Tokens[i]
		if tok.In(d.Text) != w.text || tok.SpaceBefore != w.space || tok.NewlineBefore != w.newline {
			t.Errorf("token %d = %q space=%v newline=%v, want %+v", i, tok.In(d.Text), tok.SpaceBefore, tok.NewlineBefore, w)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	d := Parse("ab\xffcd \xe2\x82")
	for _, tok := range d.Tokens {
		if tok.Start >= tok.End || d.Text[tok.Start:tok.End] != tok.In(d.Lower) {
			t.Fatalf("bad token %+v", tok)
		}
	}
	if got := strings.Join(tokenTexts(d), "·"); got != "ab·\xff·cd·\xe2·\x82" {
		t.Errorf("tokens = %q", got)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Shin said so. He left.", []string{"Mr. Shin said so.", "He left."}},
		{"It fell 4.5%. Then it rose.", []string{"It fell 4.5%.", "Then it rose."}},
		{"“We will win,” he said. “Soon.”", []string{"“We will win,” he said.", "“Soon.”"}},
		{"In the U.S. economy, prices rose.", []string{"In the U.S. economy, prices rose."}},
		{"Headline without stop\nFirst paragraph.", []string{"Headline without stop", "First paragraph."}},
		{"He said no. Then he left.", []string{"He said no.", "Then he left."}},
		{"See No. 5 today.", []string{"See No. 5 today."}},
		{"Gen. Milley spoke on Jan. 5 in Washington.", []string{"Gen. Milley spoke on Jan. 5 in Washington."}},
		{"Is it? Yes! 2024 was big.", []string{"Is it?", "Yes!", "2024 was big."}},
		{"A paragraph that was wrapped by a mail client at a fixed\nwidth continues here.", []string{"A paragraph that was wrapped by a mail client at a fixed\nwidth continues here."}},
	}
	for _, tt := range tests {
		d := Parse(tt.in)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Slice(s.Span))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences of %q =\n%q\nwant\n%q", tt.in, got, tt.want)
		}
	}
}

func TestLinesAndQuotes(t *testing.T) {
	d := Parse("  Title  \n\n“One,” she said, \"two.\"\n“An open quote\nnext")
	var lines []string
	for _, l := range d.Lines {
		lines = append(lines, d.Slice(l.Span))
	}
	if want := "Title|“One,” she said, \"two.\"|“An open quote|next"; strings.Join(lines, "|") != want {
		t.Errorf("lines = %q", lines)
	}
	var quotes []string
	for _, q := range d.Quotes {
		quotes = append(quotes, d.Slice(q))
	}
	if want := "“One,”|\"two.\"|“An open quote"; strings.Join(quotes, "|") != want {
		t.Errorf("quotes = %q", quotes)
	}
	if !d.InQuote(Span{3 + 11, 3 + 14}) {
		t.Errorf("InQuote(One) = false")
	}
}

func TestLookups(t *testing.T) {
	d := Parse("One two. Three four.")
	if got := d.SentenceAt(10); got != 1 {
		t.Errorf("SentenceAt(10) = %d", got)
	}
	if got := d.SentenceAt(8); got != -1 {
		t.Errorf("SentenceAt(8) = %d, want -1 (space between sentences)", got)
	}
	if got := d.TokenText(d.TokenAt(5)); got != "two" {
		t.Errorf("TokenAt(5) = %q", got)
	}
	if d.Lower != "one two. three four." {
		t.Errorf("Lower = %q", d.Lower)
	}
}

func BenchmarkParse(b *testing.B) {
	text := strings.Repeat("Defense Minister Shin Won-sik told Bloomberg on Monday that North Korea had shipped nearly five million shells, worth $24.5 billion, to Russia. “We are watching,” he said.\n", 600)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text)
	}
}
