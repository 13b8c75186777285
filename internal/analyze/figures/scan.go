package figures

import (
	"github.com/siftnews/sift/internal/analyze/lexicon"
	"github.com/siftnews/sift/internal/analyze/text"
)

// scanner walks the tokens once, reading a figure wherever a number, a
// number word, a currency or a vague quantity word starts one. Everything
// it looks at is a few tokens around the start, so the cost is linear.
type scanner struct {
	doc  *text.Document
	toks []text.Token
	// txt and low are doc.Text and doc.Lower, which the tokens' spans index.
	txt, low string
	// The glued run of tokens ("chunk") around the last number looked at,
	// and whether it is a URL, e-mail address or code.
	chunkLo, chunkHi int
	chunkCode        bool
	// values backs the findings' Value pointers.
	values []float64
}

// figure is one quantity found, as token indices and values.
type figure struct {
	first, end int // tokens of the span
	num        numeral
	value      float64
	hi         float64 // the upper end of a range
	isRange    bool
	vague      bool
	signed     bool
	unit       string
	class      string // "money", "noun" (a counted noun), or a unit class ("pct", "len"...)
	approx     string
}

// at reads the figure starting at token i. It returns ok when there is
// one, and in any case the index to go on from, past anything that was
// read and found not to be a figure (a code, a date). The caller has
// checked mayStart(i).
func (s *scanner) at(i int) (f figure, ok bool, next int) {
	f.first = i
	// j is where the number starts, after any currency (money).
	code, j, money := s.currencyBefore(i)
	if money {
		f.unit, f.class = code, "money"
	}
	plusMinus := i >= 2 && s.lowIs(i-1, "or") && s.lowIs(i-2, "plus")
	// A sign: "-5", "minus five", "+3.2%".
	if s.textIn(j, signs) && (j == 0 || s.spaced(j) || money || s.textIn(j-1, openers)) &&
		s.gluedKind(j+1, text.Number) && (j == 0 || !s.kindIs(j-1, text.Number)) {
		plus := s.textIs(j, "+")
		if plus && s.contKind(j+2, text.Number) && s.spaced(j+2) {
			return f, false, s.skipPhone(j + 1) // "+44 20 7946 0958"
		}
		f.signed = !plus
		j++
	} else if s.lowIn(i, minusWords) && j == i && !plusMinus && s.cont(i+1) &&
		(s.kindIs(i+1, text.Number) || s.word(i+1).class != wNone) {
		f.signed = true
		j++
	}
	var num numeral
	st := numNone
	switch {
	case s.textIs(j, ".") && s.gluedKind(j+1, text.Number) && (j == 0 || s.spaced(j)):
		// ".08"
		d := parseDigits(s.tokText(j + 1))
		if d.plain {
			num = numeral{end: j + 2, value: d.value / exp10(d.n)}
			num = s.scaleAbbr(num, money)
			st = numOK
		}
	case s.kindIs(j, text.Number):
		if j == i && s.codeAround(j) {
			return f, false, s.chunkEnd(j)
		}
		num, st = s.numeral(j, money)
	default: // a word or a symbol
		if !money && !f.signed || j > i && s.kindIs(j, text.Word) {
			num, st = s.numeral(j, money)
		}
	}
	switch st {
	case numReject:
		return f, false, max(s.chunkEnd(j), num.end)
	case numNone:
		if !money && !f.signed {
			if v, ok := s.vague(i); ok {
				s.qualify(&v)
				return v, true, v.end
			}
			if v, ok := s.percentOf(i); ok {
				s.qualify(&v)
				return v, true, v.end
			}
		}
		return f, false, i + 1
	}
	f.num = num
	f.value = num.value
	if f.signed {
		f.value = -f.value
	}
	if !money && !f.signed {
		if r, ok := s.ratio(&f); ok {
			s.qualify(&r)
			return r, true, r.end
		}
	}
	j, reject := s.rangeTail(&f, num.end)
	if reject {
		return f, false, max(j, s.chunkEnd(num.end-1))
	}
	j = s.suffix(&f, j)
	f.end = j
	// Letters or digits glued after what was read make a code, an
	// ordinal or a decade: "3D", "5th", "1990s", "24703m212".
	if s.glued(j) && !s.kindIs(j, text.Punct) {
		if _, sym := currencySyms[s.tokLow(j)]; !sym {
			return f, false, s.chunkEnd(j)
		}
	}
	s.qualify(&f)
	if !s.isFigure(&f) {
		return f, false, f.end
	}
	return f, true, f.end
}

// What a word that can start a figure may start, as bits.
const (
	sNumber   uint8 = 1 << iota // a number word
	sVague                      // "dozens", "several"
	sCurrency                   // a currency code or a prefix of "$"
	sArticle                    // "a", "an": "a dozen", "a few hundred"
	sSign                       // "minus", "negative"
	sPercent                    // "percent of 10"
)

// startWords are the words that can start a figure; anything else is
// passed over with one table lookup, most often without hashing.
var startWords = map[string]uint8{}

// startFilter answers most lookups of startWords without hashing.
var startFilter lexicon.Filter

// startsWith returns what the lower-cased word w can start, 0 when nothing.
func startsWith(w string) uint8 {
	if !startFilter.MayHave(w) {
		return 0
	}
	return startWords[w]
}

// startPuncts are the symbols that can start a figure.
var startPuncts = map[string]struct{}{"-": {}, "−": {}, "+": {}, ".": {}}

// The words of the number, vague and currency lists and the currency
// symbols are added to startWords and startPuncts as lexicons.go reads
// them, which runs first.
func init() {
	startWords["u"] |= sCurrency // "U.S.$"
	startWords["rs"] |= sCurrency
	startWords["a"] |= sArticle
	startWords["an"] |= sArticle
	startWords["minus"] |= sSign
	startWords["negative"] |= sSign
	startWords["percent"] |= sPercent
	startWords["percents"] |= sPercent
	for w := range startWords {
		startFilter.Add(w)
	}
	for _, g := range glyphValues {
		startPuncts[g.glyph] = struct{}{}
	}
}

// mayStart is the cheap test run on every token: whether token i can
// start a figure at all. Most tokens fail it on a byte or two.
func (s *scanner) mayStart(i int) bool {
	t := &s.toks[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Word:
		what := startsWith(s.tokLow(i))
		if what == 0 {
			return false
		}
		// Most articles and words like "us" start nothing: look at the
		// next token first.
		if what&^(sCurrency|sArticle) == 0 {
			if !s.cont(i + 1) {
				return false
			}
			n := &s.toks[i+1]
			return n.Kind == text.Number || s.textIs(i+1, "$") || s.textIs(i+1, ".") ||
				what&sArticle != 0 && (s.lowIs(i+1, "few") || s.word(i+1).class != wNone)
		}
		return true
	}
	// Symbols: only before digits ("$5", "-3", ".08", "€ 20"), or a
	// fraction glyph.
	c := s.tokText(i)[0]
	if c != '-' && c != '+' && c != '.' && c != '$' && c < 0x80 {
		return false
	}
	if _, ok := startPuncts[s.tokText(i)]; !ok {
		return false
	}
	if _, ok := glyphs[s.tokText(i)]; ok {
		return true
	}
	return s.cont(i+1) && (s.kindIs(i+1, text.Number) || s.textIn(i+1, minusOrPoint))
}

// currencyBefore reads a currency written before a number: "$", "US$",
// "c $", "EUR 125", "USD115.5", "Rs. 500". It returns the code and the
// index where the number starts.
func (s *scanner) currencyBefore(i int) (string, int, bool) {
	toks := s.toks
	t := &toks[i]
	switch t.Kind {
	case text.Word:
		if cur, ok := dollarPrefixes[s.tokLow(i)]; ok && s.contText(i+1, "$") {
			// Glued ("US$", "C$") or, in tokenised text, "c $"; a lone
			// "a" before "$" is the article.
			if (s.glued(i+1) || s.lowIs(i, "c") || s.allCaps(i)) && s.numberAt(i+2) {
				return cur.code, i + 2, true
			}
		}
		if n, tag := s.match(dollarPrefixPhrases, i); n > 0 && s.contText(i+n, "$") && s.numberAt(i+n+1) {
			return currencyCode(tag), i + n + 1, true
		}
		if cur, ok := currencyCodes[s.tokLow(i)]; ok && (s.allCaps(i) || s.glued(i+1) || s.lowIs(i, "rs")) {
			k := i + 1
			if s.lowIs(i, "rs") && s.gluedText(k, ".") {
				k++
			}
			if s.numberAt(k) && (s.glued(k) || s.allCaps(i) || s.lowIs(i, "rs")) {
				return cur.code, k, true
			}
		}
		if cur, ok := currencySyms[s.tokLow(i)]; ok && s.numberAt(i+1) {
			return cur.code, i + 1, true
		}
	case text.Punct:
		if cur, ok := currencySyms[s.tokText(i)]; ok && s.numberAt(i+1) {
			return cur.code, i + 1, true
		}
	}
	return "", i, false
}

// numberAt reports whether a number starts at token k: "5", ".08", "-5".
func (s *scanner) numberAt(k int) bool {
	return s.cont(k) && (s.kindIs(k, text.Number) ||
		s.textIs(k, ".") && s.gluedKind(k+1, text.Number) ||
		s.textIn(k, minusSigns) && s.gluedKind(k+1, text.Number))
}

func currencyCode(tag string) string {
	for k := 0; k < len(tag); k++ {
		if tag[k] == ' ' {
			return tag[:k]
		}
	}
	return tag
}

// rangeTail reads the second half of a range after the first number:
// "3 to 5 million", "3-5%", "between 3 and 5", "two or three". It returns
// where the figure goes on, and reject when the pair is not a quantity (a
// span of years, a phone number, a score).
func (s *scanner) rangeTail(f *figure, j int) (int, bool) {
	if !s.cont(j+1) || f.signed {
		return j, false
	}
	dash := false
	switch s.tokLow(j) {
	case "to", "or":
	case "-", "–", "—", "‐":
		dash = true
	case "and":
		if f.first == 0 || !s.lowIs(f.first-1, "between") {
			return j, false
		}
	default:
		return j, false
	}
	k := j + 1
	money := f.class == "money"
	if money {
		if code, kk, ok := s.currencyBefore(k); ok && code == f.unit {
			k = kk
		}
	}
	if !s.kindIs(k, text.Number) && s.word(k).class == wNone {
		return j, false
	}
	if dash && s.gluedKind(k, text.Number) && s.codeAround(k) {
		return j, false
	}
	b, st := s.numeral(k, money)
	if st != numOK || b.words && s.capitalized(k) {
		return j, false // "7-Eleven"
	}
	a := f.num
	if dash && s.glued(j) && s.glued(k) && a.plain && b.plain {
		switch {
		case a.n == 4 && a.value >= 1000 && a.value <= 2100 && (b.n == 2 || b.n == 4),
			a.n == 3 && b.n == 4,
			a.value >= b.value,
			s.gluedText(b.end, "-"):
			// "2022-23", "555-1234", "3-1", "202-555-0143"
			return s.chunkEnd(b.end - 1), true
		}
		// "a 6-10 record", "a 5-4 decision": a score, not a range.
		if s.cont(b.end) && s.tags(b.end)&cScore != 0 {
			return s.chunkEnd(b.end - 1), true
		}
	}
	if a.plain && a.n == 4 && a.value >= 1000 && a.value <= 2100 {
		return j, false // "2019 to 2021": years
	}
	v := f.value
	if !a.scaled && b.scaled && a.value < b.small {
		v = a.value * b.scale
	}
	if v >= b.value || f.class != "" && !money {
		return j, false // "52 to 48": two figures
	}
	// "rose $1.20 to $85.40" is a change and a level, not a range.
	if s.lowIs(j, "to") && !(b.scaled && !a.scaled) {
		p := f.first - 1
		if p > 0 && s.lowIs(p, "from") {
			p-- // "rose from 3 to 5 percent"
		}
		if p >= 0 && s.tags(p)&cChange != 0 {
			return j, false
		}
	}
	f.value, f.hi, f.isRange = v, b.value, true
	return b.end, false
}

// vague reads a quantity without a number: "dozens of missiles",
// "hundreds of thousands", "several hundred people", "a few thousand".
func (s *scanner) vague(i int) (figure, bool) {
	j := i
	if s.lowIn(i, articles) {
		if !s.cont(i+1) || !s.lowIs(i+1, "few") {
			return figure{}, false
		}
		j = i + 1
	}
	w := s.tokLow(j)
	k := j + 1
	switch vagueWords[w] {
	case vagueAlone:
	case vagueOf:
		if !s.cont(k+1) || !s.lowIs(k, "of") {
			return figure{}, false
		}
		if w == "tens" {
			if vagueWords[s.tokLow(k+1)] != vagueAlone {
				return figure{}, false
			}
			k += 2
		}
	case vagueBefore:
		nw := s.word(k)
		switch {
		case nw.class == wHundred || nw.class == wScale || nw.class == wDozen:
			k++
		case s.cont(k) && vagueWords[s.tokLow(k)] == vagueAlone:
			k++ // "many thousands"
		default:
			return figure{}, false
		}
	default:
		return figure{}, false
	}
	for c := s.word(k).class; c == wHundred || c == wScale; c = s.word(k).class {
		k++ // "several hundred thousand"
	}
	if s.cont(k+1) && s.lowIs(k, "of") && vagueWords[s.tokLow(k+1)] == vagueAlone {
		k += 2 // "hundreds of thousands"
	}
	f := figure{first: i, end: k, vague: true}
	e := k
	if s.cont(k+1) && s.lowIs(k, "of") {
		e = k + 1
	}
	if n, tag := s.match(currencyPhrases, e); n > 0 && currencyByTag[tag].kind == curWord && s.cont(e+n-1) {
		f.unit, f.class, f.end = currencyByTag[tag].code, "money", e+n
	} else if s.pluralNoun(e) {
		f.unit, f.class, f.end = s.tokLow(e), "noun", e+1
	} else if s.modifier(e) && s.pluralNoun(e+1) {
		f.unit, f.class, f.end = s.tokLow(e+1), "noun", e+2
	}
	return f, true
}

// percentOf reads the inverted "percent of 10".
func (s *scanner) percentOf(i int) (figure, bool) {
	w := s.tokLow(i)
	if w != "percent" && w != "percents" || !s.cont(i+2) || !s.lowIs(i+1, "of") {
		return figure{}, false
	}
	if i > 0 && (s.kindIs(i-1, text.Number) || s.word(i-1).class != wNone) {
		return figure{}, false
	}
	num, st := s.numeral(i+2, false)
	if st != numOK || num.scaled {
		return figure{}, false
	}
	return figure{first: i, end: num.end, num: num, value: num.value, unit: "%", class: "pct"}, true
}

// qualify finds the qualifier written just before the figure.
func (s *scanner) qualify(f *figure) {
	lo := f.first - 6
	if lo < 0 {
		lo = 0
	}
	n := qualifiers.match(s.low, s.toks, lo, f.first)
	if n == 0 {
		s.qualifyAfter(f)
		return
	}
	first := f.first - n
	if first > 0 && s.tags(first-1)&cUpTo != 0 && s.lowIs(first, "up") {
		return // "crept up to 5.2%": the level reached, not a bound
	}
	for k := first + 1; k <= f.first; k++ {
		if s.lineStart(k) {
			return
		}
	}
	f.approx = s.lowSpan(first, f.first)
}

// qualifyAfter finds a qualifier written after the figure: "5,000 or
// more", "a dozen or so", "5,000-plus", "5,000+".
func (s *scanner) qualifyAfter(f *figure) {
	j := f.end
	if !s.cont(j) {
		return
	}
	switch {
	case s.lowIs(j, "or") && s.cont(j+1):
		if s.lowIn(j+1, orMore) {
			f.approx = s.lowSpan(j, j+2)
		}
	case s.textIs(j, "+") && s.glued(j):
		f.approx = "+"
	case s.textIs(j, "-") && s.glued(j) && s.gluedLow(j+1, "plus"):
		f.approx = "plus"
	}
}

// orMore are the words after "or" that qualify a figure: "or more", "or so".
var orMore = []string{"more", "so", "less", "fewer", "thereabouts", "higher", "lower"}

// match is Phrases.Match that is safe at the end of the text.
func (s *scanner) match(p *lexicon.Phrases, k int) (int, string) {
	if k >= len(s.toks) {
		return 0, ""
	}
	return p.Match(s.low, s.toks, k)
}

// ratio reads "1 in 5", "one out of three", "one over three" as the
// fraction they state. The second number must be a count, not a year or a
// measure: "5 in 2023", "3 over 5 years" are not ratios.
func (s *scanner) ratio(f *figure) (figure, bool) {
	a := f.num
	j := a.end
	if !s.cont(j+1) || !a.integer || a.scaled || !(a.plain || a.words) {
		return figure{}, false
	}
	k := j + 1
	switch s.tokLow(j) {
	case "in", "over":
	case "out":
		if !s.lowIs(k, "of") || !s.cont(k+1) {
			return figure{}, false
		}
		k++
	default:
		return figure{}, false
	}
	if !s.kindIs(k, text.Number) && s.word(k).class == wNone {
		return figure{}, false
	}
	b, st := s.numeral(k, false)
	if st != numOK || !b.integer || b.scaled || b.value <= a.value || b.plain && b.n == 4 && b.value >= 1000 {
		return figure{}, false
	}
	if s.glued(b.end) && !s.kindIs(b.end, text.Punct) || s.isUnitAt(b.end) || s.timeAfter(b.end) {
		return figure{}, false
	}
	if s.lowIs(j, "over") && (s.pluralNoun(b.end) || s.modifier(b.end) && s.pluralNoun(b.end+1)) {
		return figure{}, false
	}
	r := figure{first: f.first, end: b.end, num: a, value: a.value / b.value, class: "ratio"}
	r.num.plain, r.num.single = false, false
	return r, true
}

// openers open a bracket or quotation, after which a glued minus is a
// sign: "(-5%)".
var openers = []string{"(", "[", "“", "\"", "‘", "'", "«"}
