package figures

import (
	"math"

	"github.com/siftnews/sift/internal/analyze/text"
)

// This file reads a number as written, in digits or words, into its value:
// "1,234,567", "5,00" (a decimal comma), "2  1/4", "6.23x10^-4", "two
// hundred point seventy-one", "three hundred and two dozens", "five and a
// half million", "two thirds of a million". Units, currencies and ranges
// around the number are read by the scanner.

// digits describes one Number token.
type digits struct {
	value   float64
	ok      bool // a well-formed number (not "1.2.3" or "1,23,4")
	integer bool // no decimal part
	plain   bool // only digits: no separators at all
	n       int  // digits before the decimal separator, when plain
	lead0   bool // an integer of two or more digits starting with 0 ("007")
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func exp10(e int) float64 {
	if e >= 0 && e < len(pow10) {
		return pow10[e]
	}
	return math.Pow(10, float64(e))
}

// parseDigits reads a run of digits with separators. A separator followed
// by exactly three digits groups thousands; otherwise, and when it is the
// last of two kinds, it is the decimal mark ("1.111,11", "5,00", "1,3").
func parseDigits(s string) digits {
	var commas, dots, last int
	lastSep := byte(0)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			commas++
			lastSep, last = ',', i
		case '.':
			dots++
			lastSep, last = '.', i
		}
	}
	d := digits{ok: true, integer: true}
	if commas == 0 && dots == 0 {
		d.plain = true
		d.n = len(s)
		d.lead0 = len(s) > 1 && s[0] == '0'
	}
	// decimal is the byte index of the decimal mark, or -1.
	decimal := -1
	switch {
	case commas == 0 && dots == 0:
	case commas > 0 && dots > 0:
		decimal = last
	case commas+dots == 1:
		// One separator: thousands when three digits follow and the
		// leading group is not zero ("1,234", but "1.5", "5,00", "0,125").
		if len(s)-last-1 == 3 && lastSep == ',' && s[0] != '0' {
			decimal = -1
		} else {
			decimal = last
		}
	default:
		// Several of one kind: thousands groups ("1,234,567", "1.234.567").
		decimal = -1
	}
	// Check the grouping of the integer part: every group after the first
	// has three digits, the first one to three.
	intEnd := len(s)
	if decimal >= 0 {
		intEnd = decimal
	}
	group, first := 0, true
	for i := 0; i < intEnd; i++ {
		if c := s[i]; c == ',' || c == '.' {
			if (first && (group < 1 || group > 3)) || (!first && group != 3) {
				d.ok = false
				return d
			}
			first, group = false, 0
			continue
		}
		group++
	}
	if !first && group != 3 {
		d.ok = false
		return d
	}
	var mant uint64
	var big float64
	useBig := false
	frac := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if i == decimal {
				d.integer = false
			}
			continue
		}
		if !d.integer {
			frac++
		}
		if !useBig && mant < 1e17 {
			mant = mant*10 + uint64(c-'0')
		} else {
			if !useBig {
				big, useBig = float64(mant), true
			}
			big = big*10 + float64(c-'0')
		}
	}
	if !useBig {
		big = float64(mant)
	}
	if decimal >= 0 && frac == 0 {
		d.integer = true
	}
	d.value = big / exp10(frac)
	return d
}

// cardinal is the state of reading a number in words, after the usual
// grammar: units and tens add to the current group, "hundred" multiplies
// the group, a scale word ("thousand", "lakh") multiplies it and adds it to
// the total.
type cardinal struct {
	total, group float64
	part         float64 // what was added since the last hundred or scale ("two" of "three hundred and two dozens")
	scale        float64 // the last scale word applied, 0 when none
	last         wordClass
	words        bool // a number word was read
}

// Extra states of cardinal.last.
const (
	lDigits = wOrds + 1 + iota // the number started with digits
	lAnd                       // "and" inside a number
)

// Sets of classes and states, one bit each, tested as 1<<class&set != 0:
// an expression, where a function taking a list would be a call.
const (
	smallWords  uint32 = 1<<wUnit | 1<<wTeen | 1<<wTens               // one to ninety-nine
	beforeSmall uint32 = 1<<wNone | 1<<wHundred | 1<<wScale | 1<<lAnd // what one to ninety-nine may follow
	beforeScale        = smallWords | 1<<wHundred | 1<<lDigits
	beforeDozen        = smallWords | 1<<lDigits
)

func (c *cardinal) value() float64 { return c.total + c.group }

// cont reports whether token j continues the number on the same line.
//
// Not inlined: over a hundred call sites (1.8 kB of gzipped WebAssembly).
//
//go:noinline
func (s *scanner) cont(j int) bool {
	return j < len(s.toks) && !s.toks[j].NewlineBefore
}

// glued reports whether token j touches the token before it.
//
// Not inlined, like cont.
//
//go:noinline
func (s *scanner) glued(j int) bool {
	return j < len(s.toks) && j > 0 && !s.toks[j].SpaceBefore
}

// word returns the number word at token j when it continues the number.
// Not inlined: the map lookup is a call anyway, and inlined copies cost
// 3.7 kB of the gzipped WebAssembly build.
//
//go:noinline
func (s *scanner) word(j int) numberWord {
	if !s.cont(j) || !s.kindIs(j, text.Word) {
		return numberWord{}
	}
	return numberWords[s.tokLow(j)]
}

// cardinalFrom reads number words from token j on, continuing c, and
// returns the index after the last token read.
func (s *scanner) cardinalFrom(j int, c *cardinal) int {
	toks := s.toks
	for s.cont(j) {
		t := &toks[j]
		if s.textIn(j, hyphens) && c.last == wTens {
			// "twenty-one", "fifty - two"
			if w := s.word(j + 1); w.class == wUnit && w.value > 0 && !s.ordAfter(j+1) {
				j++
				continue
			}
			return j
		}
		// "1 million 200 thousand": digits between two scale words.
		if t.Kind == text.Number && c.last == wScale && !t.NewlineBefore {
			d := parseDigits(s.tokText(j))
			if w := s.word(j + 1); d.plain && d.value < 1000 && w.class == wScale && w.value < c.scale {
				c.group, c.part, c.last = d.value, d.value, lDigits
				j++
				continue
			}
		}
		if t.Kind != text.Word {
			return j
		}
		if s.lowIs(j, "and") {
			if c.last != wHundred && c.last != wScale {
				return j
			}
			w := s.word(j + 1)
			if 1<<w.class&smallWords == 0 {
				return j
			}
			// A fraction after "and" is added, not read as the
			// numerator of the whole: "one hundred and three quarters"
			// is 100.75, "two million and three fifths" 2.6 million.
			if den, _, _, ok := s.fractionAt(j + 1); ok && (c.last == wScale || den == 2 || den == 4) {
				return j
			}
			// "12 million and eight million": a second number.
			if c.last == wScale && s.scaleAhead(j+1, c.scale) {
				return j
			}
			c.last = lAnd
			j++
			continue
		}
		w, ok := numberWords[s.tokLow(j)]
		if !ok {
			return j
		}
		switch w.class {
		case wUnit, wTeen:
			after := 1<<c.last&beforeSmall != 0
			if !after && !(c.last == wTens && w.class == wUnit && w.value > 0) {
				return j
			}
			if c.last == wTens {
				c.part += w.value
			} else {
				c.part = w.value
			}
			c.group += w.value
		case wTens:
			if 1<<c.last&beforeSmall == 0 {
				return j
			}
			// "one hundred thirty-fifths": "thirty-fifths" is the denominator.
			if c.last != wNone && s.gluedText(j+1, "-") && s.ordAfter(j+1) {
				return j
			}
			c.part = w.value
			c.group += w.value
		case wHundred:
			g := c.group
			if c.last == lAnd || c.last == wNone || g <= 0 || g >= 100 || g != math.Trunc(g) {
				return j
			}
			if c.last != lDigits && 1<<c.last&smallWords == 0 {
				return j
			}
			c.group = g * 100
			c.part = 0
		case wScale:
			switch {
			case c.last == wScale && c.group == 0 && w.value > c.scale:
				// "three lakh crore"
				c.total *= w.value
			case 1<<c.last&beforeScale != 0 && (c.scale == 0 || w.value < c.scale):
				c.total += c.group * w.value
				c.group = 0
			default:
				return j
			}
			c.scale = w.value
			c.part = 0
		case wDozen:
			if 1<<c.last&beforeDozen == 0 || c.part == 0 {
				return j
			}
			c.group += c.part * 11
			c.part = 0
		default:
			return j
		}
		c.last = w.class
		c.words = true
		j++
	}
	return j
}

// ordAfter reports whether token j (a hyphen) is followed, glued, by an
// ordinal word.
func (s *scanner) ordAfter(j int) bool {
	w := s.word(j + 1)
	return s.glued(j+1) && (w.class == wOrd || w.class == wOrds)
}

// ordinal reads a fraction's denominator at token j: "fifths", "half",
// "thirty-fifths", "twenty fifths", "hundred fifth", "hundred and fifth".
// It returns the denominator, whether the word is plural, and the index
// after it.
func (s *scanner) ordinal(j int) (den float64, plural bool, end int, ok bool) {
	w := s.word(j)
	switch w.class {
	case wOrd, wOrds:
		return w.value, w.class == wOrds, j + 1, true
	case wTens:
		k := j + 1
		if s.cont(k) && (s.textIs(k, "-")) {
			k++
		}
		if o := s.word(k); (o.class == wOrd || o.class == wOrds) && o.value < 10 {
			return w.value + o.value, o.class == wOrds, k + 1, true
		}
	case wUnit, wTeen:
		// "one hundred fifth" as a denominator: a cardinal and a small ordinal.
		var c cardinal
		k := s.cardinalFrom(j, &c)
		if c.last != wHundred && c.last != wScale {
			return 0, false, j, false
		}
		if s.contLow(k, "and") {
			k++
		}
		if o := s.word(k); (o.class == wOrd || o.class == wOrds) && o.value < 100 {
			return c.value() + o.value, o.class == wOrds, k + 1, true
		}
	}
	return 0, false, j, false
}

// fractionAt reads a fraction in words at token j: "a half", "one half",
// "three quarters", "fifty-four hundredths", "a thirtieth".
func (s *scanner) fractionAt(j int) (den, value float64, end int, ok bool) {
	num := 1.0
	k := j
	switch {
	case s.cont(j) && s.lowIn(j, articles):
		k = j + 1
	default:
		var c cardinal
		k = s.cardinalFrom(j, &c)
		if k == j || c.scale != 0 {
			return 0, 0, j, false
		}
		num = c.value()
		if s.contText(k, "-") {
			k++
		}
	}
	d, plural, e, ok := s.ordinal(k)
	if !ok || (!plural && num != 1) {
		return 0, 0, j, false
	}
	return d, num / d, e, true
}

// numeral is a number as written, without sign, currency or unit.
type numeral struct {
	end     int // index after its last token
	value   float64
	words   bool    // written (partly) in words
	plain   bool    // one run of digits, nothing else ("2022", "737")
	n       int     // its digits, when plain
	lead0   bool    // a plain number starting with 0
	integer bool    // no fraction or decimals
	scaled  bool    // a scale word or abbreviation was applied
	scale   float64 // that scale
	small   float64 // the value before the scale ("5" of "5 million")
	frac    bool    // a fraction ("two thirds", "3/4")
	single  bool    // one number word and nothing else ("one", "three")
}

// Outcomes of reading a numeral.
const (
	numNone   = iota // no number here
	numOK            // a number
	numReject        // digits that are not a quantity (a code, a date): skip them
)

// halfOf are the words after which "half" is a quantity of something.
var halfOf = []string{"of", "the", "its", "their", "his", "her", "our", "all", "them"}

// fractionDens are the denominators written as fractions ("3/4", "1/16");
// other small ones make a date ("9/11").
var fractionDens = [...]float64{2, 3, 4, 5, 6, 8, 10, 16, 32, 100}

func isFractionDen(v float64) bool {
	for _, d := range fractionDens {
		if v == d {
			return true
		}
	}
	return false
}

// glyphValues are the fraction glyphs; glyphs maps each to its value. A
// table looped over once is data in the WebAssembly build, where a map
// literal is code: a call per entry.
var glyphValues = [...]struct {
	glyph string
	value float64
}{
	{"½", 0.5}, {"⅓", 1.0 / 3}, {"⅔", 2.0 / 3}, {"¼", 0.25}, {"¾", 0.75}, {"⅕", 0.2}, {"⅖", 0.4},
	{"⅗", 0.6}, {"⅘", 0.8}, {"⅙", 1.0 / 6}, {"⅚", 5.0 / 6}, {"⅛", 0.125}, {"⅜", 0.375}, {"⅝", 0.625}, {"⅞", 0.875},
	{"⅐", 1.0 / 7}, {"⅑", 1.0 / 9}, {"⅒", 0.1},
}

var glyphs = func() map[string]float64 {
	m := make(map[string]float64, len(glyphValues))
	for _, g := range glyphValues {
		m[g.glyph] = g.value
	}
	return m
}()

// numeral reads the number at token i. money says a currency stands
// before it, which makes "m" and "b" scales ("$5m").
func (s *scanner) numeral(i int, money bool) (numeral, int) {
	toks := s.toks
	t := &toks[i]
	var c cardinal
	n := numeral{integer: true}
	j := i
	switch {
	case t.Kind == text.Number:
		d := parseDigits(s.tokText(i))
		if !d.ok {
			return numeral{end: i + 1}, numReject
		}
		v := d.value
		j = i + 1
		n.plain, n.n, n.lead0, n.integer = d.plain, d.n, d.lead0, d.integer
		// "1 234 567" and "40 000": groups of three after a space.
		if d.plain && d.n <= 3 && !d.lead0 {
			for s.contKind(j, text.Number) && s.spaced(j) && len(s.tokText(j)) == 3 &&
				isDigitString(s.tokText(j)) && s.gapIsSpace(j) && !s.fracGlued(j) &&
				!(s.glued(j+1) && (!s.kindIs(j+1, text.Punct) || s.textIn(j+1, timeOrFraction))) {
				v = v*1000 + parseDigits(s.tokText(j)).value
				j++
				n.plain = false
			}
		}
		// Exponents: "-127.32e13", "2.5^-1", "6.23x10^-4".
		if e, k, ok := s.exponent(j); ok {
			if e.pow {
				v = math.Pow(v, e.value)
			} else {
				v *= exp10(int(e.value))
			}
			j = k
			n.plain, n.integer = false, v == math.Trunc(v)
		}
		// Fractions: "3/4", "2 1/4", "2½", "1 ½".
		if s.gluedText(j, "/") {
			if !n.plain || !s.glued(j+1) || !s.kindIs(j+1, text.Number) {
				return numeral{end: j}, numReject
			}
			den := parseDigits(s.tokText(j + 1))
			if s.glued(j+2) && (s.textIs(j+2, "/") || !s.kindIs(j+2, text.Punct)) ||
				!den.plain || den.value <= v || !isFractionDen(den.value) && (den.value <= 31 || v >= 100) {
				// "9/11", "3/7": dates; "24/7": not a fraction.
				return numeral{end: j + 2}, numReject
			}
			v /= den.value
			j += 2
			n.plain, n.integer, n.frac = false, false, true
		} else if n.plain && n.integer && s.cont(j) {
			if g, ok := glyphs[s.tokText(j)]; ok {
				v += g
				j++
				n.plain, n.integer, n.frac = false, false, true
			} else if s.kindIs(j, text.Number) && s.spaced(j) && s.fracGlued(j) {
				num := parseDigits(s.tokText(j))
				den := parseDigits(s.tokText(j + 2))
				if num.plain && den.plain && num.value < den.value && (isFractionDen(den.value) || den.value > 31 && num.value < 100) && !(s.gluedText(j+3, "/")) {
					v += num.value / den.value
					j += 3
					n.plain, n.integer, n.frac = false, false, true
				}
			}
		}
		c = cardinal{group: v, part: v, last: lDigits}
		j = s.cardinalFrom(j, &c)
	case t.Kind == text.Punct:
		g, ok := glyphs[s.tokText(i)]
		if !ok {
			return numeral{end: i + 1}, numNone
		}
		n.value, n.end, n.frac, n.integer = g, i+1, true, false
		return s.scaleWords(n, &cardinal{group: g, last: wOrd}), numOK
	case s.lowIn(i, articles):
		w := s.word(i + 1)
		switch w.class {
		case wHundred, wScale, wDozen:
			c = cardinal{group: 1, part: 1, last: wUnit}
			j = s.cardinalFrom(i+1, &c)
			if j == i+1 {
				return numeral{end: i + 1}, numNone
			}
		case wOrd:
			// "a half", "a quarter", "a third of", "a hundredth": a
			// fraction, unless the ordinal is used as one ("a third
			// term", "a quarter century").
			k := i + 2
			halfOrQuarter := s.lowIn(i+1, halfQuarter)
			if !halfOrQuarter && s.contKind(k, text.Word) &&
				!s.lowIs(k, "of") && numberWords[s.tokLow(k)].class != wScale {
				return numeral{end: i + 1}, numNone // "a fourth consecutive month"
			}
			if halfOrQuarter && s.gluedText(k, "-") {
				return numeral{end: i + 1}, numNone // "a half-point cut"
			}
			n.value, n.end, n.frac, n.integer, n.words = 1/w.value, k, true, false, true
			return s.ofAScale(s.scaleWords(n, &cardinal{group: n.value, last: wOrd})), numOK
		default:
			return numeral{end: i + 1}, numNone
		}
		n.words = true
	case s.lowIn(i, halfQuarter):
		// "half a dozen", "half a million", "quarter million", "half of".
		den := 2.0
		if s.lowIs(i, "quarter") {
			den = 4
		}
		k := i + 1
		if s.cont(k) && s.lowIn(k, articles) {
			k++
		}
		w := s.word(k)
		switch {
		case w.class == wDozen:
			n.value, n.end = 12/den, k+1
		case w.class == wScale:
			n.value, n.end, n.scaled, n.scale, n.small = w.value/den, k+1, true, w.value, 1/den
		case den == 2 && k == i+1 && s.cont(k) && s.lowIn(k, halfOf) &&
			!(i > 0 && s.tags(i-1)&cPart != 0):
			// "half of them", "half the population", "half its budget"
			n.value, n.end = 0.5, i+1
		default:
			return numeral{end: i + 1}, numNone
		}
		n.words, n.frac, n.integer = true, true, n.value == math.Trunc(n.value)
		return n, numOK
	default:
		w := s.word(i)
		if 1<<w.class&smallWords == 0 {
			return numeral{end: i + 1}, numNone
		}
		j = s.cardinalFrom(i, &c)
		if j == i {
			return numeral{end: i + 1}, numNone
		}
		n.words = true
		n.single = j == i+1
	}
	if c.words {
		n.words = true
	}
	n.value = c.value()
	// "two hundred point seventy-one", "nought point nought three"
	if n.words && c.last != lDigits && s.contLow(j, "point") {
		if v, k, ok := s.pointDigits(j + 1); ok {
			n.value += v
			j = k
			n.integer, n.single = false, false
		}
	}
	// Fractions: "two thirds", "one eighth", "one-eighth", "twenty-three fifths".
	if n.integer && c.last != wScale {
		k := j
		if s.contText(k, "-") && (n.words || s.glued(k)) {
			k++
		}
		if den, plural, e, ok := s.ordinal(k); ok && (plural || n.value == 1 && n.words) && (n.words || s.glued(k)) {
			n.value /= den
			j = e
			c.scale = 0
			n.frac, n.integer, n.single = true, false, false
			// "two thirds of a million"
			n.end = j
			n = s.ofAScale(n)
			j = n.end
		}
	}
	// Mixed numbers: "one and a half", "3 million and a quarter".
	if s.contLow(j, "and") && !n.frac {
		if _, f, e, ok := s.fractionAt(j + 1); ok && f < 1 {
			if w := s.word(e); w.class == wScale && c.scale > w.value {
				// "one billion and three quarters million"
				n.value += f * w.value
				e++
			} else if c.scale > 0 && c.group == 0 {
				n.value += f * c.scale
			} else {
				n.value += f
			}
			j = e
			n.frac, n.integer, n.single = true, false, false
		}
	}
	n.end = j
	if c.scale > 0 {
		n.scaled, n.scale = true, c.scale
		n.small = n.value / c.scale
	}
	if n.plain && (j != i+1) {
		n.plain = false
	}
	if !n.scaled {
		n = s.scaleWords(n, &c)
	}
	if !n.scaled && t.Kind == text.Number {
		n = s.scaleAbbr(n, money)
	}
	if n.scaled {
		n.plain, n.single = false, false
	}
	return n, numOK
}

// scaleWords applies a scale word after a fraction or mixed number:
// "three quarters billion", "five and a half million".
func (s *scanner) scaleWords(n numeral, c *cardinal) numeral {
	// "$1.5-billion deal": a scale joined by a hyphen.
	if c.last == lDigits && s.gluedText(n.end, "-") && s.glued(n.end+1) {
		if w := s.word(n.end + 1); w.class == wScale {
			n.small = n.value
			n.value *= w.value
			n.scaled, n.scale = true, w.value
			n.end += 2
			n.plain, n.single = false, false
			return n
		}
	}
	if w := s.word(n.end); w.class == wScale && (c.last != lDigits || !n.integer) {
		n.small = n.value
		n.value *= w.value
		n.scaled, n.scale = true, w.value
		n.end++
		n.plain, n.single = false, false
	}
	return n
}

// scaleAbbr applies a scale abbreviation after digits: "10k", "$5bn",
// "2mil", "10M", "1,674.5 G".
func (s *scanner) scaleAbbr(n numeral, money bool) numeral {
	j := n.end
	if !s.cont(j) || !s.kindIs(j, text.Word) {
		return n
	}
	sa, ok := scales[s.tokLow(j)]
	if !ok {
		return n
	}
	glued := s.glued(j)
	switch {
	case sa.glued && !glued:
		return n
	case sa.upper && (s.writtenLower(j) || n.value < 10):
		// "5g" is grams and "5G" a network.
		return n
	case sa.money && s.writtenLower(j) && !money && !s.moneyOrCountedAt(j+1):
		// "48m" is metres, "$48m" and "48m people" millions.
		return n
	}
	if s.glued(j+1) && (!s.kindIs(j+1, text.Punct)) {
		return n // "24703m212" is a code
	}
	if !glued && !money && sa.value == 1e3 && s.textIs(j, "k") && s.contKind(j+1, text.Word) {
		return n
	}
	n.small = n.value
	n.value *= sa.value
	n.scaled, n.scale = true, sa.value
	n.end = j + 1
	n.plain = false
	return n
}

type exponent struct {
	value float64
	pow   bool // a power of the number ("2.5^-1"), not of ten
}

// exponent reads a glued exponent at token j: "e13", "e-9", "^-1", "x10^-4".
func (s *scanner) exponent(j int) (exponent, int, bool) {
	if !s.glued(j) {
		return exponent{}, j, false
	}
	k := j + 1 // the exponent's sign or digits
	switch s.tokLow(j) {
	case "e", "^":
	case "x", "×":
		if !s.glued(j+2) || !s.textIs(j+1, "10") || !s.textIs(j+2, "^") {
			return exponent{}, j, false
		}
		k = j + 3
	default:
		return exponent{}, j, false
	}
	sign := 1.0
	if s.glued(k) && s.textIn(k, signs) {
		if !s.textIs(k, "+") {
			sign = -1
		}
		k++
	}
	if !s.gluedKind(k, text.Number) {
		return exponent{}, j, false
	}
	d := parseDigits(s.tokText(k))
	if !d.plain || d.n > 3 || s.glued(k+1) && !s.kindIs(k+1, text.Punct) {
		return exponent{}, j, false
	}
	return exponent{value: sign * d.value, pow: s.lowIs(j, "^")}, k + 1, true
}

// pointDigits reads the decimals after "point" in words, each word giving
// its digits: "seventy-one" 71, "nought three" 03, "eleven" 11.
func (s *scanner) pointDigits(j int) (float64, int, bool) {
	var v float64
	places := 0
	k := j
	for {
		w := s.word(k)
		var d float64
		var nd int
		switch w.class {
		case wUnit:
			d, nd = w.value, 1
			k++
		case wTeen:
			d, nd = w.value, 2
			k++
		case wTens:
			d, nd = w.value, 2
			k++
			if s.contText(k, "-") {
				if u := s.word(k + 1); u.class == wUnit {
					d += u.value
					k += 2
				}
			} else if u := s.word(k); u.class == wUnit && u.value > 0 {
				d += u.value
				k++
			}
		default:
			if places == 0 {
				return 0, j, false
			}
			return v, k, true
		}
		places += nd
		v += d / exp10(places)
	}
}

// fracGlued reports whether token j starts a glued fraction "1/4".
func (s *scanner) fracGlued(j int) bool {
	return s.gluedText(j+1, "/") && s.gluedKind(j+2, text.Number)
}

// gapIsSpace reports whether only spaces (no line break, no tab) separate
// token j from the one before: digit groups are written that way.
func (s *scanner) gapIsSpace(j int) bool {
	gap := s.doc.Text[s.toks[j-1].End:s.toks[j].Start]
	return gap == " " || gap == "\u00a0" || gap == "\u202f" || gap == "\u2009"
}

func isDigitString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// scaleAhead reports whether the number words from token j on reach a
// scale word of at least scale.
func (s *scanner) scaleAhead(j int, scale float64) bool {
	for k := j; k < j+8; k++ {
		if s.contText(k, "-") {
			continue
		}
		w := s.word(k)
		switch w.class {
		case wUnit, wTeen, wTens, wHundred:
			continue
		case wScale:
			return w.value >= scale
		}
		return false
	}
	return false
}

// ofAScale applies "of a million" after a fraction: "two thirds of a
// million", "a quarter of a billion".
func (s *scanner) ofAScale(n numeral) numeral {
	j := n.end
	if n.scaled || !s.cont(j+2) || !s.lowIs(j, "of") || !s.lowIn(j+1, articles) {
		return n
	}
	if w := s.word(j + 2); w.class == wScale {
		n.small = n.value
		n.value *= w.value
		n.scaled, n.scale = true, w.value
		n.end = j + 3
	}
	return n
}

// tokText and tokLow return token j's text, as written and lower-cased.
// One call in place of an index, a bounds check and a slice at each of
// the hundreds of places that read a token keeps the wasm build small.
func (s *scanner) tokText(j int) string { return s.toks[j].In(s.txt) }
func (s *scanner) tokLow(j int) string  { return s.toks[j].In(s.low) }

// textIs and lowIs report whether token j reads w, as written and
// lower-cased: one call where an index, a slice and a comparison at each
// of the hundred places that test a token would each add code.
func (s *scanner) textIs(j int, w string) bool { return s.toks[j].In(s.txt) == w }
func (s *scanner) lowIs(j int, w string) bool  { return s.toks[j].In(s.low) == w }

// kindIs reports whether token j is of kind k; like textIs, one call in
// place of the bounds and nil checks at each of some sixty places.
func (s *scanner) kindIs(j int, k text.Kind) bool { return s.toks[j].Kind == k }

// capitalized and allCaps are Token.IsCapitalized and IsAllCaps of token j.
func (s *scanner) capitalized(j int) bool { return s.toks[j].IsCapitalized(s.txt) }
func (s *scanner) allCaps(j int) bool     { return s.toks[j].IsAllCaps(s.txt) }

// spaced and lineStart report whether white space, and a line break,
// come before token j.
func (s *scanner) spaced(j int) bool    { return s.toks[j].SpaceBefore }
func (s *scanner) lineStart(j int) bool { return s.toks[j].NewlineBefore }

// contText, contLow and contKind test token j as textIs, lowIs and
// kindIs do when it continues the line (cont); gluedText, gluedLow and
// gluedKind when it touches the token before (glued). Each pair of tests
// is a call at some forty places. contText, contLow, gluedText and
// gluedLow spell cont and glued out, which keeps them small enough to be
// inlined in the native build.
func (s *scanner) contText(j int, w string) bool {
	return j < len(s.toks) && !s.toks[j].NewlineBefore && s.toks[j].In(s.txt) == w
}
func (s *scanner) contLow(j int, w string) bool {
	return j < len(s.toks) && !s.toks[j].NewlineBefore && s.toks[j].In(s.low) == w
}
func (s *scanner) contKind(j int, k text.Kind) bool { return s.cont(j) && s.kindIs(j, k) }
func (s *scanner) gluedText(j int, w string) bool {
	return j < len(s.toks) && j > 0 && !s.toks[j].SpaceBefore && s.toks[j].In(s.txt) == w
}
func (s *scanner) gluedLow(j int, w string) bool {
	return j < len(s.toks) && j > 0 && !s.toks[j].SpaceBefore && s.toks[j].In(s.low) == w
}
func (s *scanner) gluedKind(j int, k text.Kind) bool { return s.glued(j) && s.kindIs(j, k) }

// tags returns the context.txt tags of token j.
func (s *scanner) tags(j int) uint32 { return contextWords[s.toks[j].In(s.low)] }

// textIn and lowIn report whether token j, as written and lower-cased, is
// one of words.
func (s *scanner) textIn(j int, words []string) bool { return indexOf(words, s.toks[j].In(s.txt)) >= 0 }
func (s *scanner) lowIn(j int, words []string) bool  { return indexOf(words, s.toks[j].In(s.low)) >= 0 }

// Words and symbols tested together.
var (
	articles       = []string{"a", "an"}
	hyphens        = []string{"-", "‐"}
	signs          = []string{"-", "+", "−"}
	minusSigns     = []string{"-", "−"}
	minusOrPoint   = []string{"-", "."}
	timeOrFraction = []string{":", "/"}
	minusWords     = []string{"minus", "negative"}
	halfQuarter    = []string{"half", "quarter"}
	webWords       = []string{"www", "http", "https"}
	phoneSymbols   = []string{"-", "(", ")", "."}
)

// writtenLower reports whether token j is written in lower case.
func (s *scanner) writtenLower(j int) bool {
	t := &s.toks[j]
	return t.In(s.txt) == t.In(s.low)
}

// lowSpan returns the lower-cased text of tokens first to end-1.
func (s *scanner) lowSpan(first, end int) string {
	return s.low[s.toks[first].Start:s.toks[end-1].End]
}
