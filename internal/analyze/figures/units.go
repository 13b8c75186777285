package figures

import (
	"github.com/siftnews/sift/internal/analyze/text"
)

// This file reads what a number counts or measures: currencies after it,
// sub-units, units of measure and counted nouns.

// suffix reads what follows the number: a currency ("450,000 yen", "5 €",
// "75 USD million"), a sub-unit ("dollars and forty-five cents"), a unit
// ("180 kilometers", "12 ft 2 in", "10-gallon") or the counted noun
// ("five million shells", "200 Ukrainian soldiers").
func (s *scanner) suffix(f *figure, j int) int {
	if f.class != "money" && s.cont(j) {
		if cur, ok := currencySyms[s.tokLow(j)]; ok && s.symbolAfter(j) {
			f.unit, f.class = cur.code, "money"
			j++
		} else if n, tag := s.match(currencyPhrases, j); n > 0 && s.cont(j+n-1) && !(s.glued(j+n) && !s.kindIs(j+n, text.Punct)) {
			cur := currencyByTag[tag]
			if cur.kind != curCode || s.allCaps(j) || s.writtenLower(j) {
				f.unit, f.class = cur.code, "money"
				f.value *= cur.scale
				f.hi *= cur.scale
				j += n
				// "75 USD million"
				if w := s.word(j); w.class == wScale && !f.num.scaled {
					f.value *= w.value
					f.hi *= w.value
					j++
				}
			}
		}
	}
	if f.class == "money" {
		return s.subunit(f, j)
	}
	if f.class != "" {
		return j
	}
	k := j
	if s.glued(k) && s.textIn(k, hyphens) && s.glued(k+1) {
		k++ // "10-gallon", "45-year-old", "12-cent"
	}
	if n, tag := s.match(unitPhrases, k); n > 0 {
		u := unitByTag[tag]
		if !s.unitFits(u, k, n) && n > 1 {
			tag, n = unitWords[s.tokLow(k)], 1
			u = unitByTag[tag]
		}
		if tag != "" && s.unitFits(u, k, n) {
			f.unit, f.class = u.name, u.class
			return s.compound(f, u, k+n)
		}
	}
	if k != j {
		return j
	}
	// "that one person" counts; "no one else", "every one" do not.
	if f.value == 1 && !f.num.scaled && !f.isRange && (f.num.single || f.num.plain) && s.singularNoun(j) &&
		!(f.first > 0 && s.tags(f.first-1)&cDet != 0 && !s.lowIn(f.first-1, thatThe)) {
		f.unit, f.class = s.tokLow(j), "noun" // "one person was killed"
		return j + 1
	}
	if f.value != 1 || f.num.scaled || f.isRange {
		if s.pluralNoun(j) && !(s.capitalized(j) && s.pluralNoun(j+1) && !s.capitalized(j+1)) {
			f.unit, f.class = s.tokLow(j), "noun"
			return j + 1
		}
		// A capitalized word before a capitalized plural is a name:
		// "Seventy Richard James".
		if s.modifier(j) && s.pluralNoun(j+1) && !(s.capitalized(j) && s.capitalized(j+1)) {
			f.unit, f.class = s.tokLow(j+1), "noun"
			return j + 2
		}
		// "14 Ukrainian ammunition depots"
		if s.modifier(j) && s.modifier(j+1) && s.pluralNoun(j+2) && !s.capitalized(j+2) {
			f.unit, f.class = s.tokLow(j+2), "noun"
			return j + 3
		}
	}
	return j
}

// symbolAfter reports whether the currency symbol at j ends the number
// before it ("5 €") rather than starting the next one ("$ 20 $ 37").
func (s *scanner) symbolAfter(j int) bool {
	k := j + 1
	if s.contKind(k, text.Number) {
		// "10 $ 30 cent": the sub-unit follows.
		return s.cont(k+1) && isCents(s.tokLow(k+1))
	}
	return true
}

func isCents(w string) bool { return indexOf(centWords, w) >= 0 }

var centWords = []string{"cents", "cent", "pence", "p", "c"}

// subunit adds cents written after the main unit: "thirteen dollars and
// forty-five cents", "15 dollars 50", "10 $ 30 cent".
func (s *scanner) subunit(f *figure, j int) int {
	if f.isRange || !f.num.integer || f.num.scaled {
		return j
	}
	k := j
	if s.contLow(k, "and") {
		k++
	}
	if !s.cont(k) || k == j && !s.spaced(k) {
		return j
	}
	if !s.kindIs(k, text.Number) && s.word(k).class == wNone {
		return j
	}
	sub, st := s.numeral(k, false)
	if st != numOK || !sub.integer || sub.scaled || sub.value >= 100 || sub.frac {
		return j
	}
	e := sub.end
	if s.cont(e) && isCents(s.tokLow(e)) {
		f.value += sub.value / 100
		return e + 1
	}
	// "15 dollars 50.", and after a currency written out, "15 USD 50 more".
	wordAfter := s.cont(e) && j > 0 && s.kindIs(j-1, text.Word) && s.kindIs(e, text.Word) && s.tags(e)&cFunc != 0
	if !s.cont(e) || wordAfter || s.kindIs(e, text.Punct) && !s.textIn(e, notSubunitEnd) {
		f.value += sub.value / 100
		return e
	}
	return j
}

// notSubunitEnd are the symbols after "15 dollars 50" that make the 50
// something else than cents: "50%", "50-60", "50/50".
var notSubunitEnd = []string{"%", "-", "/"}

// unitFits reports whether the unit phrase of n tokens at k may be read as
// the number's unit there.
func (s *scanner) unitFits(u unit, k, n int) bool {
	if !s.cont(k+n-1) || s.lineStart(k) {
		return false
	}
	if u.glued && !s.glued(k) {
		return false
	}
	if u.lower && !s.writtenLower(k) || u.upper && s.writtenLower(k) {
		return false
	}
	// "km2" is square kilometres, "12 m 2 dm" two lengths.
	for m := k + 1; m < k+n; m++ {
		if s.kindIs(m, text.Number) && s.spaced(m) {
			return false
		}
	}
	// "m212" is a code, not metres.
	if s.glued(k+n) && !s.kindIs(k+n, text.Punct) {
		return false
	}
	return true
}

// isUnitAt reports whether a unit or currency starts at token k.
func (s *scanner) isUnitAt(k int) bool {
	if !s.cont(k) {
		return false
	}
	if n, _ := s.match(unitPhrases, k); n > 0 {
		return true
	}
	n, _ := s.match(currencyPhrases, k)
	return n > 0
}

// moneyOrCountedAt reports whether token k names a currency or a counted
// noun, which makes a glued "m" before it "million": "5m euros", "5m people".
func (s *scanner) moneyOrCountedAt(k int) bool {
	if !s.cont(k) {
		return false
	}
	if n, tag := s.match(currencyPhrases, k); n > 0 && currencyByTag[tag].kind == curWord {
		return true
	}
	if n, _ := s.match(unitPhrases, k); n > 0 {
		return false
	}
	return s.pluralNoun(k) || s.modifier(k) && s.pluralNoun(k+1)
}

// compound reads what extends a unit: "12 ft 2 in", "6 lb 3 oz",
// "50 meters per millisecond", "10km/hr".
func (s *scanner) compound(f *figure, u unit, j int) int {
	var div float64
	var subs []string
	switch u.name {
	case "ft":
		div, subs = 12, inchWords
	case "lb", "pounds":
		div, subs = 16, ounceWords
	}
	if div > 0 && !f.isRange {
		k := j
		if s.contLow(k, "and") {
			k++
		}
		if s.cont(k+1) && s.kindIs(k, text.Number) {
			if d := parseDigits(s.tokText(k)); d.ok && d.value < div && s.lowIn(k+1, subs) {
				f.value += d.value / div
				return k + 2
			}
		}
	}
	if indexOf(rateClasses[:], u.class) >= 0 {
		k := j
		if s.cont(k+1) && (s.lowIs(k, "per") || s.textIs(k, "/") && s.glued(k) && s.glued(k+1)) {
			if n, tag := s.match(unitPhrases, k+1); n > 0 {
				u2 := unitByTag[tag]
				if indexOf(perClasses[:], u2.class) >= 0 && s.unitFits(u2, k+1, n) {
					f.unit = u.name + "/" + u2.name
					f.class = "rate"
					return k + 1 + n
				}
			}
		}
	}
	return j
}

// The sub-units after feet and pounds ("12 ft 2 in", "6 lb 3 oz"), the
// classes of units that make a rate ("50 meters per millisecond") and
// the classes of what they are per.
var (
	inchWords   = []string{"in", "inch", "inches", "\"", "″"}
	ounceWords  = []string{"oz", "ounce", "ounces"}
	rateClasses = [...]string{"len", "vol", "mass", "area", "energy", "data"}
	perClasses  = [...]string{"time", "len", "area", "vol", "mass"}
)

// pluralNoun reports whether token k is a plural noun: a counted thing.
func (s *scanner) pluralNoun(k int) bool {
	if !s.cont(k) {
		return false
	}
	t := &s.toks[k]
	if t.Kind != text.Word {
		return false
	}
	tags := s.tags(k)
	if tags&cNoun != 0 {
		return true
	}
	if tags&(cNotNoun|cFunc) != 0 {
		return false
	}
	w := s.tokLow(k)
	if len(w) < 3 || w[len(w)-1] != 's' || s.allCaps(k) && !s.shouting(k) {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	if _, ok := numberWords[w]; ok {
		return false
	}
	if _, ok := vagueWords[w]; ok {
		return false
	}
	// "a box of 20 costs $9.99": a verb, with its object after it.
	if n := k + 1; s.cont(n) && (s.kindIs(n, text.Number) || currencySyms[s.tokText(n)].code != "") {
		return false
	}
	return true
}

// modifier reports whether token k can stand between a number and its
// counted noun: "5,000 artillery shells", "200 Ukrainian soldiers".
func (s *scanner) modifier(k int) bool {
	if !s.cont(k) {
		return false
	}
	t := &s.toks[k]
	if t.Kind != text.Word || len(s.tokLow(k)) < 2 || s.allCaps(k) && len(s.tokText(k)) > 5 {
		return false // "300,000 LED clusters" has a modifier, "5 ABCDEFG" not
	}
	if s.tags(k)&(cFunc|cMonth|cMon|cDay|cTime) != 0 {
		return false
	}
	if _, ok := numberWords[s.tokLow(k)]; ok {
		return false
	}
	if _, ok := vagueWords[s.tokLow(k)]; ok {
		return false
	}
	return !s.isUnitAt(k)
}

// singularNoun reports whether token k is a noun counted by "one": a
// lower-case word that is no function word, verb form or adverb, followed
// by a function word or punctuation ("one person was killed", "one
// soldier."), which leaves out adjectives ("one big problem").
func (s *scanner) singularNoun(k int) bool {
	if !s.cont(k) {
		return false
	}
	t := &s.toks[k]
	if t.Kind != text.Word || !s.writtenLower(k) || len(s.tokLow(k)) < 3 || !t.SpaceBefore {
		return false
	}
	w := s.tokLow(k)
	if contextWords[w]&(cFunc|cPron|cNotNoun|cTime|cMonth|cMon|cDay) != 0 {
		return false
	}
	if _, ok := numberWords[w]; ok {
		return false
	}
	for _, suf := range notNounEndings {
		if len(w) > len(suf)+1 && w[len(w)-len(suf):] == suf {
			return false
		}
	}
	n := k + 1
	if !s.cont(n) {
		return true
	}
	next := &s.toks[n]
	if next.Kind == text.Punct {
		return !s.textIn(n, wordJoiners)
	}
	return next.Kind == text.Word && s.tags(n)&cFunc != 0
}

// notNounEndings end the verb forms, adverbs and plurals that "one"
// does not count.
var notNounEndings = []string{"ed", "ing", "ly", "s"}

// wordJoiners join a word to the next: "one-off", "one's".
var wordJoiners = []string{"-", "'", "’"}

// thatThe are the determiners after which "one" with a noun still counts:
// "said that one person", "the one survivor".
var thatThe = []string{"that", "this", "the"}
