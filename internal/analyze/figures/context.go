package figures

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// isFigure applies the rules that tell a quantity from the other uses of
// numbers, all decided from the few words around the number:
//
//   - years ("in 2022", "since 2000", "the 1990s"), dates ("May 4",
//     "4 May 2023", "nov . 6") and clock times ("10:30", "3 p.m.");
//   - numbers in names and references: a capitalized word before or after
//     a bare number ("Boeing 737", "38 North", "Route 66"), a reference
//     word before it ("Article 5", "page 12", "No. 10"), number words
//     capitalized inside a sentence ("Formula One");
//   - list numbering at the start of a line ("1.", "2)");
//   - codes: integers written with a leading zero ("007") or five or more
//     digits without separators ("24703"), which news copy writes as
//     "24,703" when it means a quantity;
//   - "one" as a pronoun ("one of the", "no one", "the one").
//
// Ordinals ("3rd", "second") are never figures: "3rd" is a code glued to
// letters and ordinal words are read only as a fraction's denominator.
// A number with a unit, a currency or a counted noun is a quantity even
// next to a capitalized word ("Russia fired 5 Missiles").
func (s *scanner) isFigure(f *figure) bool {
	if f.vague {
		return true
	}
	n := &f.num
	simple := (n.plain || n.single) && !f.signed
	// bare: a number alone, in digits (decimals too: "iOS 17.2") or one word.
	bare := (simple || !n.words && !n.scaled && !n.frac && !f.signed) && f.unit == "" && !f.isRange
	prev := f.first - 1
	if simple && s.timeAfter(n.end) {
		return false
	}
	if n.plain && f.class != "money" && !f.signed {
		if n.lead0 {
			return false
		}
		if n.n >= 5 && f.unit == "" {
			return false
		}
		// A year, even after "between" or "around" ("around 2010"), unless
		// it counts something with a qualifier ("about 2000 people").
		if n.n == 4 && (f.class == "" || f.class == "noun" && f.approx == "") {
			v := n.value
			if v >= 1800 && v <= 2100 {
				return false
			}
			if v >= 1000 && v < 1800 && (s.yearPrepBefore(prev) ||
				prev >= 0 && (strings.HasSuffix(s.tokLow(prev), "'s") || strings.HasSuffix(s.tokLow(prev), "’s")) || // "Chester's 1601 poem"
				prev >= 0 && s.textIs(prev, "(") && s.contText(n.end, ")") || // "Baron Burghersh (1624)"
				s.cont(n.end) && s.tags(n.end)&cEra != 0 || // "1200 BC"
				prev > 0 && s.textIs(prev, ",") && s.kindIs(prev-1, text.Number) && len(s.tokText(prev-1)) <= 2 || // "Nov. 22, 1642"
				s.yearBeside(prev, -1) || s.yearBeside(n.end, 1)) {
				return false
			}
		}
	}
	if n.plain && n.integer && n.value >= 1 && n.value <= 31 && (f.unit == "" || f.isRange) && s.isDate(f) {
		return false
	}
	// A reference word before: "Article 5", "No. 10", "page 12", "version 22.04".
	if f.unit == "" && !f.signed && f.approx == "" && !f.isRange {
		p := s.skipDot(prev)
		if p >= 0 && (s.tags(p)&cRef != 0 || s.textIs(p, "#") || s.textIs(p, "№")) {
			return false
		}
		// "H.R. 815", "S. 2226": an abbreviation with a capital.
		if p >= 0 && p < prev && s.capitalized(p) && len(s.tokText(p)) == 1 {
			return false
		}
	}
	// "7-Eleven", "8-K": a hyphen and a capitalized word after the number.
	if simple && f.unit == "" && s.gluedText(f.end, "-") && s.glued(f.end+1) &&
		s.capitalized(f.end+1) {
		return false
	}
	// Names: a capitalized word before a number, even one counting
	// something ("Apollo 11 astronauts", "Fortune 500 companies"), except
	// in a headline where every word is capitalized.
	if simple && f.class == "noun" && f.approx == "" && prev >= 0 && s.nameWord(prev) && !s.sentenceStart(prev) &&
		!s.titleCase(prev) && !s.lowIs(prev, "i") {
		return false
	}
	// "Public Law 102-243": a range of plain numbers after a name.
	if f.isRange && f.unit == "" && n.plain && f.approx == "" && prev >= 0 && s.nameWord(prev) && !s.sentenceStart(prev) {
		return false
	}
	if !bare {
		return true
	}
	// Names: a capitalized word around a bare number.
	if f.approx == "" && prev >= 0 && s.nameWord(prev) && !s.sentenceStart(prev) && !s.lowIs(prev, "i") {
		return false
	}
	// "M 34", "Type B 12": a single capital letter, wherever it stands.
	if prev >= 0 && len(s.tokText(prev)) == 1 && s.capitalized(prev) &&
		!s.textIs(prev, "A") && !s.textIs(prev, "I") && !s.titleCase(prev) {
		return false
	}
	// "38 North", "123 Main Street"; but "150 Boeing 737 jets" counts
	// products named by a maker and a model number.
	if f.approx == "" && s.cont(f.end) && s.nameWord(f.end) && !s.sentenceStart(f.end) && !s.textIn(f.end, tempLetters) &&
		!(s.contKind(f.end+1, text.Number)) {
		return false
	}
	if n.single && s.capitalized(f.first) && !s.sentenceStart(f.first) && !s.allCapsLine(f.first) {
		return false // "Formula One", "Ocean's Eleven"
	}
	// List numbering: "1." or "2)" opening a line.
	if n.plain && (f.first == 0 || s.lineStart(f.first)) && s.glued(f.end) &&
		s.textIn(f.end, listClosers) && s.cont(f.end+1) {
		return false
	}
	// "(555)": a ")" glued after and a "(" before; "(1)" glued to both.
	parens := prev >= 0 && s.textIs(prev, "(") && s.gluedText(f.end, ")")
	inParens := parens && s.glued(f.first)
	if n.plain && inParens && (prev == 0 || s.lineStart(prev) || s.sentenceStart(prev)) {
		return false
	}
	// "Photo 1 of 12": the count of a reference.
	if prev >= 2 && s.lowIs(prev, "of") && s.kindIs(prev-1, text.Number) &&
		s.tags(s.skipDot(prev-2))&cRef != 0 {
		return false
	}
	// "(1) schools, (2) hospitals": enumeration marks.
	if n.plain && f.value <= 20 && inParens && s.contKind(f.end+1, text.Word) && s.tags(f.end+1)&cFunc == 0 {
		return false
	}
	// "[3]": a citation mark.
	if prev >= 0 && s.textIs(prev, "[") && s.glued(f.first) && s.gluedText(f.end, "]") {
		return false
	}
	// "(555) 123-4567"
	if n.plain && n.n == 3 && parens && s.contKind(f.end+1, text.Number) {
		return false
	}
	// "zero-sum", "one-off", "one-sided": compounds, not counts.
	if n.single && (f.value == 0 || f.value == 1) && f.unit == "" && s.gluedText(f.end, "-") {
		return false
	}
	if n.single && f.value == 1 && f.unit == "" && s.onePronoun(f) {
		return false
	}
	return true
}

// skipDot returns p, or the token before p when p is an abbreviation's
// full stop ("No. 5", "nov . 6").
func (s *scanner) skipDot(p int) int {
	if p > 0 && s.textIs(p, ".") {
		return p - 1
	}
	return p
}

// timeAfter reports whether a clock-time word follows token j: "3 p.m.",
// "1400 GMT", "3 o'clock".
func (s *scanner) timeAfter(j int) bool {
	if !s.cont(j) {
		return false
	}
	if s.tags(j)&cTime != 0 {
		return true
	}
	// "a.m." and "p.m." are tokenized "a" "." "m" ".".
	return s.lowIn(j, amPm) && s.gluedText(j+1, ".") && s.gluedLow(j+2, "m")
}

// listClosers end a list number: "1.", "2)".
var listClosers = []string{".", ")"}

var amPm = []string{"a", "p"}

// mayMarch are the months that are also other words.
var mayMarch = []string{"may", "march"}

// dashes join the years of a span: "1450 - 1504".
var dashes = []string{"-", "–", "—"}

// isDate reports whether a month name stands next to the number:
// "May 4", "Jan. 5", "4 May 2023", "nov . 6".
func (s *scanner) isDate(f *figure) bool {
	toks := s.toks
	if p := s.skipDot(f.first - 1); p >= 0 && s.tags(p)&(cMonth|cMon) != 0 {
		if s.capitalized(p) || !s.lowIn(p, mayMarch) || p < f.first-1 {
			return true
		}
		// lower-case "may 4" is a month in tokenised text, but not "may 4 people".
		return f.unit == ""
	}
	k := f.num.end
	if f.isRange {
		k = f.end
	}
	if k < len(toks) && s.lowIs(k, "of") {
		k++
	}
	if s.cont(k) {
		tags := s.tags(k)
		if tags&cMonth != 0 && !s.lowIn(k, mayMarch) || tags&(cMonth|cMon) != 0 && s.capitalized(k) {
			return true
		}
	}
	return false
}

// nameWord reports whether token k is a capitalized word that, next to a
// bare number, makes it part of a name: "Boeing 737", "38 North".
func (s *scanner) nameWord(k int) bool {
	t := &s.toks[k]
	if t.Kind != text.Word {
		return false
	}
	if !s.capitalized(k) {
		return !s.writtenLower(k) // "iPhone 15", "eBay"
	}
	// Short capitals after a number are units more often than names:
	// "45.3 MJ", "100 MPH".
	if k > 0 && k < len(s.toks) && s.kindIs(k-1, text.Number) && s.allCaps(k) && len(s.tokText(k)) <= 4 {
		return false
	}
	tags := s.tags(k)
	if tags&(cMonth|cMon|cDay) != 0 || isDemonym(s.tokLow(k)) || s.shouting(k) {
		return false
	}
	// "Democrats 213": a plural counts; "Windows 10" is listed as a name.
	if w := s.tokLow(k); len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && tags&cName == 0 && !s.allCaps(k) {
		return false
	}
	return !s.allCapsLine(k) || s.allCaps(k) && len(s.tokText(k)) > 1 && s.tags(k) == 0
}

// allCapsLine reports whether the words around k are all capitalized, as
// in a headline, where capitals say nothing about names.
func (s *scanner) allCapsLine(k int) bool {
	words, caps, funcs := s.capsAround(k, 4)
	// Title case capitalizes the small words too: "Five Things To Know".
	return words >= 4 && caps == words && funcs > 0
}

// capsAround counts, within reach tokens either side of k, the words, the
// capitalized ones, and the capitalized ones that are function words.
func (s *scanner) capsAround(k, reach int) (words, caps, funcs int) {
	for m := max(k-reach, 0); m <= k+reach && m < len(s.toks); m++ {
		if !s.kindIs(m, text.Word) {
			continue
		}
		words++
		if s.capitalized(m) {
			caps++
			if s.tags(m)&cFunc != 0 {
				funcs++
			}
		}
	}
	return words, caps, funcs
}

// sentenceStart reports whether token k opens its sentence, after any
// opening quotation marks or brackets.
func (s *scanner) sentenceStart(k int) bool {
	if k == 0 || s.lineStart(k) {
		return true
	}
	idx := s.doc.SentenceAt(s.toks[k].Start)
	if idx < 0 {
		return false
	}
	// Only a few opening marks can stand before the first word; looking
	// back further would make a sentence of symbols cost its square.
	for m := max(s.doc.Sentences[idx].First, k-8); m < k; m++ {
		if !s.kindIs(m, text.Punct) {
			return false
		}
	}
	return true
}

// onePronoun reports whether a lone "one" is a pronoun or an indefinite,
// not a count: "one of the", "no one", "the one", "one another".
func (s *scanner) onePronoun(f *figure) bool {
	if !s.kindIs(f.first, text.Word) {
		return false
	}
	if p := f.first - 1; p >= 0 && !s.lineStart(f.first) && s.tags(p)&cDet != 0 && f.approx == "" {
		return true
	}
	k := f.end
	if !s.cont(k) || !s.kindIs(k, text.Word) {
		return true // "the only one." "one, two"
	}
	if s.tags(k)&cPron != 0 {
		return true
	}
	// "one gets", "one wants": a verb agreeing with "one" as a pronoun.
	if w := s.tokLow(k); len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !s.isUnitAt(k) {
		return true
	}
	return false
}

// isDemonym reports whether a capitalized word looks like an adjective of
// nationality ("Ukrainian", "Chinese", "British", "Israeli"), which comes
// between a number and what it counts rather than naming something.
func isDemonym(w string) bool {
	for _, suf := range demonymEndings {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

var demonymEndings = []string{"ian", "ean", "can", "ese", "ish", "li", "ni", "ki", "ti"}

// titleCase reports whether the words around k are all capitalized, as in
// a headline ("Russia Fires 5 Missiles").
func (s *scanner) titleCase(k int) bool {
	words, caps, _ := s.capsAround(k, 3)
	return words >= 3 && caps == words
}

// tempLetters are the letters of temperature scales, written apart from
// the number ("32 F").
var tempLetters = []string{"F", "C"}

// yearPrepBefore reports whether the word before token p (or p itself)
// introduces a year: "in 1066", "c. 1450".
func (s *scanner) yearPrepBefore(p int) bool {
	p = s.skipDot(p)
	return p >= 0 && s.kindIs(p, text.Word) && s.tags(p)&cYearPrep != 0
}

// yearBeside reports whether a dash at k, then a four-digit number in the
// direction dir, stand beside a number: a span of years ("1450 - 1504").
func (s *scanner) yearBeside(k, dir int) bool {
	toks := s.toks
	if k < 0 || k >= len(toks) || !s.textIn(k, dashes) {
		return false
	}
	m := k + dir
	return m >= 0 && m < len(toks) && s.kindIs(m, text.Number) && len(s.tokText(m)) == 4 && !s.lineStart(m) && !s.lineStart(k)
}

// shouting reports whether the words around k are all in capitals, as in
// a headline set in upper case, where capitals say nothing about names.
func (s *scanner) shouting(k int) bool {
	toks := s.toks
	words, caps := 0, 0
	for d := -4; d <= 4; d++ {
		m := k + d
		if m < 0 || m >= len(toks) || !s.kindIs(m, text.Word) || len(s.tokText(m)) < 2 {
			continue
		}
		words++
		if s.allCaps(m) {
			caps++
		}
	}
	return words >= 3 && caps == words
}
