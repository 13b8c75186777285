package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	// Word is a run of letters and marks, with inner apostrophes
	// ("don't", "Putin's", "O'Brien"). Hyphens split words: "Won-sik" is
	// Word "Won", Punct "-", Word "sik" with no space between; analyzers
	// that want the compound join tokens whose SpaceBefore is false.
	Word Kind = iota
	// Number is a run of digits with inner separators followed by a digit:
	// "4", "24.5", "1,234,567", "3/4" is Number "3", Punct "/", Number "4".
	// Letters glued to digits are split off: "10k" is Number "10" + Word "k".
	Number
	// Punct is a single punctuation mark or symbol ("$", "%", "“", "-").
	Punct
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	}
	return "Punct"
}

// Token is one word, number or punctuation mark of the input.
type Token struct {
	Span
	// The token's text is Document.Text[Start:End] (Document.TokenText),
	// its ASCII-lowered form the same span of Document.Lower: a Token holds
	// no pointers, so the collector never scans the token slice, the
	// largest allocation of a parse, and a Token packs into 24 bytes.
	Kind Kind
	// SpaceBefore is true when white space (or the start of the text)
	// precedes the token. "10k", "G7" and "Won-sik" are told from
	// "10 k", "G 7" and "Won - sik" by it.
	SpaceBefore bool
	// NewlineBefore is true when a line break lies between this token and
	// the previous one.
	NewlineBefore bool
}

// IsCapitalized reports whether the token, read in the document text s,
// starts with an upper-case letter.
func (t *Token) IsCapitalized(s string) bool {
	if t.Kind != Word {
		return false
	}
	if c := s[t.Start]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[t.Start:t.End])
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether the token, read in the document text s, is a
// word of two or more letters, all upper case ("NATO", "US").
func (t *Token) IsAllCaps(s string) bool {
	if t.Kind != Word || t.Len() < 2 {
		return false
	}
	w := s[t.Start:t.End]
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return allCapsRunes(w)
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

func allCapsRunes(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// LowerIs reports whether the token's lower-cased text, read in the document's
// Lower string, equals one of words.
func (t *Token) LowerIs(lower string, words ...string) bool {
	l := lower[t.Start:t.End]
	for _, w := range words {
		if l == w {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// tokenize scans s once. Invalid UTF-8 bytes become one-byte Punct tokens,
// so every token boundary is also a rune boundary of the valid text around it.
func tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	space, newline := true, false
	for i := 0; i < len(s); {
		c := s[i]
		// ASCII fast paths: the bulk of news text.
		if c == ' ' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		if c == '\n' {
			space, newline = true, true
			i++
			continue
		}
		start := i
		kind := Punct
		switch {
		case isASCIILetter(c):
			kind = Word
			i = wordEnd(s, i+1)
		case isDigit(c):
			kind = Number
			i++
			for i < len(s) {
				if isDigit(s[i]) {
					i++
				} else if (s[i] == '.' || s[i] == ',') && i+1 < len(s) && isDigit(s[i+1]) {
					i += 2
				} else {
					break
				}
			}
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 {
				i++
				break
			}
			if unicode.IsSpace(r) {
				space = true
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					newline = true
				}
				i += size
				continue
			}
			if !isWordRune(r) {
				i += size
				break
			}
			kind = Word
			i = wordEnd(s, i+size)
		}
		// Fill the token in place: appending a Token value would copy it
		// with a bulk write barrier, which dominates while the GC runs.
		if len(toks) == cap(toks) {
			toks = append(toks, make([]Token, len(toks)/4+16)...)[:len(toks)]
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.Start, t.End, t.Kind = start, i, kind
		t.SpaceBefore, t.NewlineBefore = space, newline
		space, newline = false, false
	}
	return toks
}

// wordEnd returns the end of the word that continues at i: letters and
// marks, and apostrophes with a letter after them.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				i++
				continue
			}
			if c == '\'' && i+1 < len(s) && startsWord(s[i+1:]) {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if r == '’' && i+size < len(s) && startsWord(s[i+size:]) {
			i += size
			continue
		}
		return i
	}
	return i
}

// startsWord reports whether s (not empty) starts with a letter or mark.
func startsWord(s string) bool {
	if c := s[0]; c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
