package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze/text"
)

// A word is one capitalized part of a name as written: "Obama", "Won-sik"
// (hyphenated parts are one word), "al-Assad". A possessive ending is left
// out of its span and form.
type word struct {
	span text.Span
	// form is the word as written; key is form lower-cased, the spelling
	// compared with other words.
	form, key string
	// mention is the index of the mention the word belongs to, -1 for
	// the words of a title.
	mention int
	// initial marks a word that starts a sentence, a line or a clause after
	// a colon, where any word is capitalized.
	initial bool
	// heading marks a word on a line in title case ("Five Things We
	// Learned"), where ordinary words are capitalized too.
	heading bool
}

// A mention is a run of name words with the titles before it: "Defense
// Minister Shin Won-sik", "Mr. Obama", "Ursula von der Leyen".
type mention struct {
	span text.Span // the name, titles excluded
	// first and last delimit the name's words in the word list,
	// words[first:last]; titles are not among them.
	first, last int
	// titled marks a name that follows a title ("Mr.", "President").
	titled bool
	// tok is the index of the name's first token, after that of the
	// token following it; possessive marks a name ending in "'s".
	tok, after int
	possessive bool
}

// scan finds the name words and mentions of doc, in one pass over its
// tokens.
func scan(doc *text.Document) ([]word, []mention) {
	toks := doc.Tokens
	initial := make([]bool, len(toks))
	for _, s := range doc.Sentences {
		for i := s.First; i < s.Last; i++ {
			if toks[i].Kind == text.Word || toks[i].Kind == text.Number {
				initial[i] = true
				break
			}
		}
	}
	caps := 0 // capitalized words: the most name words there can be, but for a few "al-"
	for i := range toks {
		if i > 0 && (toks[i].NewlineBefore || isClauseMark(doc.TokenText(i-1))) {
			initial[i] = true
		}
		if toks[i].Kind == text.Word && toks[i].IsCapitalized(doc.Text) {
			caps++
		}
	}
	heading := make([]bool, len(toks))
	for _, ln := range doc.Lines {
		if isTitleCase(doc, toks[ln.First:ln.Last]) {
			for i := ln.First; i < ln.Last; i++ {
				heading[i] = true
			}
		}
	}

	// Room for every capitalized word spares the regrowth of large
	// slices.
	words := make([]word, 0, caps+8)
	mentions := make([]mention, 0, caps+8)
	// The mention being built: its words so far and whether a title came
	// first; pending is set after a title or particle, which must be
	// followed by a name to belong to it.
	cur := mention{first: -1}
	titled := false
	flush := func() {
		if cur.first >= 0 {
			cur.last = len(words)
			cur.titled = titled
			cur.span = text.Span{Start: words[cur.first].span.Start, End: words[cur.last-1].span.End}
			mentions = append(mentions, cur)
		}
		cur = mention{first: -1}
		titled = false
	}
	for i := 0; i < len(toks); {
		t := &toks[i]
		end, possessive := wordAt(doc, i)
		if end == i {
			// Not a name word. Particles and initials' full stops may
			// sit inside a name; anything else ends it.
			if cur.first >= 0 {
				if n := particlesAt(doc, i); n > 0 {
					i += n
					continue
				}
			}
			// A full stop glued to an initial or a title, with the
			// name going on after a space on the same line.
			if t.In(doc.Text) == "." && !t.SpaceBefore && i > 0 && i+1 < len(toks) && toks[i+1].SpaceBefore && !toks[i+1].NewlineBefore &&
				isInitialOrTitle(doc, &toks[i-1]) {
				i++
				continue
			}
			flush()
			i++
			continue
		}
		span := text.Span{Start: t.Start, End: toks[end-1].End}
		if possessive {
			span.End -= possessiveLen(doc.Text[span.Start:span.End])
		}
		if cur.first >= 0 || titled {
			if !t.SpaceBefore || t.NewlineBefore {
				flush()
			}
		}
		w := word{span: span, form: doc.Text[span.Start:span.End], key: lowerKey(doc, span), mention: -1, initial: initial[i], heading: heading[i]}
		if _, ok := titles[w.key]; ok && !possessive {
			// A title: the name, if any, follows. Capitalized words
			// before it are part of it: "Defense Minister". Titles
			// are kept as words of no mention, so that "Presidnet"
			// is still compared with "President".
			for j := cur.first; cur.first >= 0 && j < len(words); j++ {
				words[j].mention = -1
			}
			cur = mention{first: -1}
			titled = true
		} else {
			if cur.first >= 0 && cur.first == len(words)-1 && words[cur.first].initial && isCommonWord(words[cur.first].key) {
				// "In Seoul": a capitalized ordinary word at a
				// sentence start is no part of the name after it.
				flush()
			}
			if cur.first < 0 {
				cur.first = len(words)
				cur.tok = i
			}
			cur.after = end
			w.mention = len(mentions)
		}
		words = append(words, w)
		i = end
		if possessive && w.mention >= 0 {
			cur.possessive = true
			flush()
		}
	}
	flush()
	return words, mentions
}

// isClauseMark reports whether a mark starts a clause whose first word is
// capitalized as a sentence's is: "Update: Police said", "News | Sport".
func isClauseMark(s string) bool { return s == ":" || s == "|" }

// particlesAt returns the number of particle words at token i that join
// the name before to a name word after ("von der" in "Ursula von der
// Leyen"), or 0.
func particlesAt(doc *text.Document, i int) int {
	toks := doc.Tokens
	for j := i; j < len(toks) && j < i+3; j++ {
		t := &toks[j]
		if t.Kind != text.Word || !t.SpaceBefore || t.NewlineBefore {
			return 0
		}
		if _, ok := particles[t.In(doc.Lower)]; !ok {
			return 0
		}
		if j+1 < len(toks) && toks[j+1].SpaceBefore && !toks[j+1].NewlineBefore {
			if e, _ := wordAt(doc, j+1); e > j+1 {
				return j + 1 - i
			}
		}
	}
	return 0
}

// wordAt returns the end of the name word starting at token i, or i when
// none does, and whether it ends in a possessive. A name word is a
// capitalized word that is not an acronym, with hyphenated parts joined
// ("Won-sik", "Agence France-Presse" gives "France-Presse"), or a hyphen
// particle joined to one ("al-Assad").
func wordAt(doc *text.Document, i int) (end int, possessive bool) {
	toks := doc.Tokens
	t := &toks[i]
	if t.Kind != text.Word {
		return i, false
	}
	if !t.IsCapitalized(doc.Text) {
		// A particle joined to a name by a hyphen ("al-Assad"); the
		// cheap test first, as this runs for every lower-case word.
		if !hyphenNext(doc, toks, i) || !toks[i+2].IsCapitalized(doc.Text) || particles[t.In(doc.Lower)] != "hyphen" {
			return i, false
		}
	} else if t.IsAllCaps(doc.Text) || !casedLetters(t.In(doc.Text)) {
		return i, false
	} else if len(t.In(doc.Text)) == 1 && (i+1 >= len(toks) || toks[i+1].In(doc.Text) != "." || toks[i+1].SpaceBefore) {
		// "I" and "A" are words; a lone capital is a name only as an
		// initial, "J. Smith".
		return i, false
	}
	end = i + 1
	for hyphenNext(doc, toks, end-1) {
		end += 2
	}
	if end < len(toks) && !toks[end].SpaceBefore && (toks[end].Kind == text.Number || toks[end].Kind == text.Word) {
		// Glued to a number or more letters ("G7"): a code, not a name.
		return i, false
	}
	return end, possessiveLen(toks[end-1].In(doc.Text)) > 0
}

// hyphenNext reports whether toks[i] is followed by a hyphen and a word,
// all written together.
func hyphenNext(doc *text.Document, toks []text.Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].In(doc.Text) == "-" && !toks[i+1].SpaceBefore &&
		toks[i+2].Kind == text.Word && !toks[i+2].SpaceBefore
}

// possessiveLen returns the length of a final "'s" or "’s", or 0.
func possessiveLen(s string) int {
	switch {
	case strings.HasSuffix(s, "'s"), strings.HasSuffix(s, "'S"):
		return 2
	case strings.HasSuffix(s, "’s"), strings.HasSuffix(s, "’S"):
		return len("’s")
	}
	return 0
}

// isInitialOrTitle reports whether a full stop after t belongs to a name:
// an initial ("J. Smith") or an abbreviated title ("Mr. Shin").
func isInitialOrTitle(doc *text.Document, t *text.Token) bool {
	if t.Kind != text.Word || !t.IsCapitalized(doc.Text) {
		return false
	}
	if utf8.RuneCountInString(t.In(doc.Text)) == 1 {
		return true
	}
	_, ok := titles[t.In(doc.Lower)]
	return ok
}

// lowerKey returns the text of span lower-cased, from doc.Lower when the
// span is ASCII so that no string is built.
func lowerKey(doc *text.Document, s text.Span) string {
	k := doc.Lower[s.Start:s.End]
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			return strings.ToLower(k)
		}
	}
	return k
}

// isAcronymLike reports whether a form has no lower-case letter after its
// first, or any digit: "NATO", "G-7". (Only ASCII digits are looked for:
// words are made of letters and marks, so no other digit reaches here,
// and unicode.IsDigit would link its table for nothing.)
func isAcronymLike(form string) bool {
	lower := false
	for i, r := range form {
		if i > 0 && unicode.IsLower(r) {
			lower = true
		}
		if '0' <= r && r <= '9' {
			return true
		}
	}
	return !lower
}

// isTitleCase reports whether a line's words are mostly capitalized, as in
// a headline or a list of titles: at least three words, two thirds of them
// capitalized.
func isTitleCase(doc *text.Document, toks []text.Token) bool {
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Kind == text.Word {
			words++
			if toks[i].IsCapitalized(doc.Text) {
				caps++
			}
		}
	}
	return words >= 3 && caps*3 >= words*2
}

// casedLetters reports whether every letter of s has an upper and a lower
// case, as in Latin, Greek or Cyrillic script: capitals mark names only in
// those scripts, and a Japanese word glued to a Latin one ("Fiプロ") is no
// name word.
func casedLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r) {
			return false
		}
	}
	return true
}
