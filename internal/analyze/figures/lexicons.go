package figures

import (
	_ "embed"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
	"github.com/siftnews/sift/internal/analyze/text"
)

// The word lists are data files under lexicon/ (described in its README.md);
// this file turns them into the maps the scanner looks tokens up in, once,
// at start-up.

var (
	//go:embed lexicon/numbers.txt
	numbersData string
	//go:embed lexicon/scales.txt
	scalesData string
	//go:embed lexicon/vague.txt
	vagueData string
	//go:embed lexicon/qualifiers.txt
	qualifiersData string
	//go:embed lexicon/currencies.txt
	currenciesData string
	//go:embed lexicon/units.txt
	unitsData string
	//go:embed lexicon/context.txt
	contextData string
)

// wordClass is the grammatical role of a number word.
type wordClass uint8

const (
	wNone    wordClass = iota
	wUnit              // zero to nine
	wTeen              // ten to nineteen
	wTens              // twenty, thirty...
	wHundred           // hundred
	wScale             // thousand, million, lakh...
	wDozen             // dozen
	wOrd               // third, quarter (a fraction's denominator)
	wOrds              // thirds, quarters
)

type numberWord struct {
	class wordClass
	value float64
}

// scaleAbbr is a scale written as an abbreviation after digits.
type scaleAbbr struct {
	value float64
	money bool // a scale only next to money or a counted noun
	glued bool // must touch the digits
	upper bool // a scale only as a capital letter
}

// vagueKind says what a vague quantity word needs around it.
type vagueKind uint8

const (
	vagueAlone  vagueKind = iota + 1 // "dozens", "thousands"
	vagueOf                          // "scores of", "tens of thousands"
	vagueBefore                      // "several hundred"
)

// currency is a currency as written before or after a number.
type currency struct {
	code  string
	kind  currencyKind
	scale float64
}

// currencyKind is where a currency of currencies.txt stands; its tag
// names it.
type currencyKind int8

const (
	curOther  currencyKind = iota - 1 // a tag not listed below
	curSym                            // sym
	curCode                           // code
	curWord                           // word
	curDollar                         // dollar
)

var currencyKinds = [...]string{curSym: "sym", curCode: "code", curWord: "word", curDollar: "dollar"}

// unit is a unit of measure or percentage.
type unit struct {
	class string
	name  string
	glued bool
	lower bool
	upper bool
}

// Context word tags, as bits: a word can carry several.
const (
	cMonth uint32 = 1 << iota
	cMon
	cDay
	cRef
	cTime
	cEra
	cYearPrep
	cDet
	cPron
	cNoun
	cNotNoun
	cFunc
	cChange
	cName
	cPart
	cScore
	cUpTo
)

// contextTags are the tags of context.txt in the order of their bits:
// the tag at index k is bit 1<<k. Tables like this one are data in the
// WebAssembly build; a map literal would be code, a call per entry.
var contextTags = [...]string{"month", "mon", "day", "ref", "time", "era", "yearprep", "det", "pron",
	"noun", "notnoun", "func", "change", "name", "part", "score", "upto"}

// wordClasses are the classes of numbers.txt, indexed by wordClass.
var wordClasses = [...]string{wUnit: "unit", wTeen: "teen", wTens: "tens", wHundred: "hundred",
	wScale: "scale", wDozen: "dozen", wOrd: "ord", wOrds: "ords"}

// vagueKinds are the tags of vague.txt, indexed by vagueKind.
var vagueKinds = [...]string{vagueAlone: "alone", vagueOf: "of", vagueBefore: "before"}

// indexOf returns the index of s in list, or -1. The lists it is used on
// are short; a static list is data in the WebAssembly build, where a map
// literal would be code.
func indexOf(list []string, s string) int {
	for k, w := range list {
		if w == s {
			return k
		}
	}
	return -1
}

var (
	numberWords = map[string]numberWord{}
	scales      = map[string]scaleAbbr{}
	vagueWords  = map[string]vagueKind{}
	// symbols, codes and dollar prefixes by lower-cased token.
	currencySyms    = map[string]currency{}
	currencyCodes   = map[string]currency{}
	dollarPrefixes  = map[string]currency{}
	currencyPhrases *lexicon.Phrases // names after the number, and codes
	currencyByTag   = map[string]currency{}
	unitPhrases     *lexicon.Phrases
	unitByTag       = map[string]unit{}
	unitWords       = map[string]string{} // one-token units, tried when a longer phrase does not fit
	qualifiers      backPhrases
	contextWords    = map[string]uint32{}
	// dollarPrefixPhrases holds dotted prefixes such as "U.S.".
	dollarPrefixPhrases *lexicon.Phrases
)

func init() {
	for _, e := range lexicon.Parse(numbersData) {
		class, val, _ := strings.Cut(e.Tag, " ")
		v, ok := lexiconValue(val)
		if !ok {
			panic("figures: bad value in numbers.txt: " + e.Phrase)
		}
		c := indexOf(wordClasses[:], class)
		if c <= 0 {
			panic("figures: bad class in numbers.txt: " + e.Phrase)
		}
		numberWords[e.Phrase] = numberWord{wordClass(c), v}
		startWords[e.Phrase] |= sNumber
	}
	for _, e := range lexicon.Parse(scalesData) {
		f := strings.Fields(e.Tag)
		v, ok := lexiconValue(f[0])
		if !ok {
			panic("figures: bad value in scales.txt: " + e.Phrase)
		}
		s := scaleAbbr{value: v}
		for _, flag := range f[1:] {
			switch flag {
			case "money":
				s.money = true
			case "glued":
				s.glued = true
			case "upper":
				s.upper = true
			}
		}
		scales[e.Phrase] = s
	}
	for _, e := range lexicon.Parse(vagueData) {
		vagueWords[e.Phrase] = vagueKind(max(indexOf(vagueKinds[:], e.Tag), 0)) // 0 for an unknown tag
		startWords[e.Phrase] |= sVague
	}
	var curPhrases, dotted strings.Builder
	for _, e := range lexicon.Parse(currenciesData) {
		f := strings.Fields(e.Tag)
		c := currency{code: f[0], kind: currencyKind(indexOf(currencyKinds[:], f[1])), scale: 1}
		if len(f) > 2 {
			c.scale, _ = lexiconValue(f[2])
		}
		phrase := strings.ToLower(e.Phrase)
		switch c.kind {
		case curSym:
			currencySyms[phrase] = c
			startPuncts[phrase] = struct{}{}
		case curDollar:
			if strings.Contains(phrase, ".") {
				dotted.WriteString(phrase + " | " + e.Tag + "\n")
			} else {
				dollarPrefixes[phrase] = c
				startWords[phrase] |= sCurrency
			}
		case curCode:
			currencyCodes[phrase] = c
			startWords[phrase] |= sCurrency
			fallthrough
		default:
			curPhrases.WriteString(phrase + " | " + e.Tag + "\n")
			currencyByTag[e.Tag] = c
		}
	}
	currencyPhrases = lexicon.NewPhrases(curPhrases.String())
	dollarPrefixPhrases = lexicon.NewPhrases(dotted.String())
	unitPhrases = lexicon.NewPhrases(unitsData)
	for _, e := range lexicon.Parse(unitsData) {
		f := strings.Fields(e.Tag)
		u := unit{class: f[0], name: strings.ReplaceAll(f[1], "_", " ")}
		for _, flag := range f[2:] {
			switch flag {
			case "glued":
				u.glued = true
			case "lower":
				u.lower = true
			case "upper":
				u.upper = true
			}
		}
		unitByTag[e.Tag] = u
		if words := lexicon.Split(strings.ToLower(e.Phrase)); len(words) == 1 {
			unitWords[words[0]] = e.Tag
		}
	}
	qualifiers = newBackPhrases(qualifiersData)
	for _, e := range lexicon.Parse(contextData) {
		k := indexOf(contextTags[:], e.Tag)
		if k < 0 {
			panic("figures: bad tag in context.txt: " + e.Phrase)
		}
		contextWords[strings.ToLower(e.Phrase)] |= 1 << k
	}
}

// backPhrases matches phrases that end just before a token, for the
// qualifiers written before a figure. Lookup is by the last word.
type backPhrases struct {
	byLast map[string][][]string
}

func newBackPhrases(data string) backPhrases {
	b := backPhrases{byLast: map[string][][]string{}}
	for _, e := range lexicon.Parse(data) {
		words := lexicon.Split(strings.ToLower(e.Phrase))
		if len(words) > 0 {
			last := words[len(words)-1]
			b.byLast[last] = append(b.byLast[last], words)
		}
	}
	return b
}

// match returns the number of tokens of the longest phrase ending at
// toks[end-1], not reaching before toks[lo].
func (b backPhrases) match(lower string, toks []text.Token, lo, end int) int {
	if end <= lo {
		return 0
	}
	best := 0
	for _, words := range b.byLast[toks[end-1].In(lower)] {
		n := len(words)
		if n <= best || end-n < lo {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			if toks[end-n+k].In(lower) != words[k] {
				ok = false
				break
			}
		}
		if ok {
			best = n
		}
	}
	return best
}

// lexiconValue reads a value of the word lists: an integer, optionally
// times a power of ten ("40", "1e6"). The lists need no more, and leaving
// strconv.ParseFloat out of the program keeps its code out of the
// WebAssembly build. The result is exact for the integers and powers of
// ten that float64 holds exactly, as ParseFloat's would be.
func lexiconValue(s string) (float64, bool) {
	mant, exp, hasExp := strings.Cut(s, "e")
	m, ok := lexiconInt(mant)
	if !ok {
		return 0, false
	}
	e := 0
	if hasExp {
		if e, ok = lexiconInt(exp); !ok || e >= len(pow10) {
			return 0, false
		}
	}
	return float64(m) * pow10[e], true
}

func lexiconInt(s string) (int, bool) {
	if s == "" || len(s) > 15 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
