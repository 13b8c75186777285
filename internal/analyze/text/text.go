// Package text splits an article once into the pieces every analyzer reads:
// lines, sentences, tokens and quotations, all carrying UTF-8 byte spans into
// the original input so that findings can point back at what the reader sees.
//
// The split is deliberately simple and fast (one pass, no regular
// expressions): analyzers run on every keystroke in the browser, and each of
// them reads these slices instead of re-scanning the text.
package text

// Span is a half-open range [Start, End) of UTF-8 byte offsets.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Document is an article split into its shared pieces. It is built once per
// analysis by Parse and must be treated as read-only by analyzers.
type Document struct {
	// Text is the input exactly as given.
	Text string
	// Lower is Text with ASCII letters lowered. It has the same length as
	// Text, so every span indexes both; non-ASCII bytes are left alone.
	Lower string
	// Tokens are the words, numbers and punctuation of Text in order.
	// Whitespace is not a token; Token.SpaceBefore records it.
	Tokens []Token
	// Sentences are in order and do not overlap; each knows its tokens.
	Sentences []Sentence
	// Lines are the non-empty lines of Text, without their line breaks and
	// without leading or trailing white space.
	Lines []Line
	// Quotes are the spans of quoted speech, quotation marks included.
	Quotes []Span
	// Furniture holds spans that the input's markup placed in page
	// furniture (navigation, footers, asides...), when the text was
	// converted from HTML; nil for plain text. The boilerplate analyzer
	// weighs it with what the text itself shows.
	Furniture []Span
}

// Parse builds the Document for text.
func Parse(input string) *Document {
	d := &Document{Text: input, Lower: asciiLower(input)}
	d.Tokens = tokenize(input)
	d.Lines = splitLines(input, d.Tokens)
	d.Sentences = splitSentences(d)
	d.Quotes = findQuotes(d)
	return d
}

// Slice returns the input text covered by s.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// In returns the part of s (the document's Text or Lower) that the span covers.
func (s Span) In(str string) string { return str[s.Start:s.End] }

// TokenText returns token i as written.
func (d *Document) TokenText(i int) string {
	t := &d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// SentenceAt returns the index of the sentence containing byte offset off, or
// -1 when off falls between sentences.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := d.Sentences[m]
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the first token that ends after off, which is
// the token containing off or the next one; len(Tokens) when there is none.
func (d *Document) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// InQuote reports whether the span lies inside a quotation.
func (d *Document) InQuote(s Span) bool {
	lo, hi := 0, len(d.Quotes)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Quotes[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(d.Quotes) && d.Quotes[lo].Contains(s)
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
