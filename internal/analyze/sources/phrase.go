package sources

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// This file finds the noun phrase that names a source, next to a cue. There
// is no parser: a phrase is read token by token from the cue outwards,
// stopping at punctuation and closed-class words, and is accepted only when
// its head is a pronoun, a name, or a noun the lexicon knows can speak.

// headType classifies a phrase's head.
type headType uint8

const (
	hNone   headType = iota
	hPron            // he, she, they, it, we, I
	hName            // a capitalised name: "Shin Won-sik", "Bloomberg"
	hPerson          // one person by role: "the minister"
	hPeople          // several: "officials", "people familiar with …"
	hOrg             // a body: "the ministry", "the company"
	hDoc             // a text, poll or data set: "a study", "polls"
	hOther           // any other noun after a determiner: "the agreement", "another bidder"
)

// phrase is a source mention found next to a cue.
type phrase struct {
	start, end int // tokens [start, end)
	head       int // token index of the head word
	typ        headType
	det        string // the opening determiner, lower-cased, if any
}

// chunker reads phrases out of one document's tokens.
type chunker struct {
	toks []text.Token
	// txt and low are the document's Text and Lower, which the tokens'
	// spans index.
	txt, low string
	// cls caches the closed-class tags asked for, once looked up: the
	// phrase readers ask for the same few tokens around each cue again
	// and again, and most tokens are never asked about.
	// Each byte is 0 when not yet looked up, else 1 + the class.
	cls []uint8
}

func newChunker(doc *text.Document) *chunker {
	toks := doc.Tokens
	return &chunker{toks: toks, txt: doc.Text, low: doc.Lower, cls: make([]uint8, len(toks))}
}

// lowAt is token i's lower-cased text, textAt its text as written; lowIs
// and textIs compare them with a word. Out of line (the engine is built
// without inlining), they keep the slicing and its bounds checks in one
// place instead of at every one of the hundreds of comparisons.
func (c *chunker) lowAt(i int) string  { return c.low[c.toks[i].Start:c.toks[i].End] }
func (c *chunker) textAt(i int) string { return c.txt[c.toks[i].Start:c.toks[i].End] }

func (c *chunker) lowIs(i int, w string) bool  { return c.lowAt(i) == w }
func (c *chunker) capAt(i int) bool            { return c.toks[i].IsCapitalized(c.txt) }
func (c *chunker) textIs(i int, w string) bool { return c.textAt(i) == w }

func (c *chunker) class(i int) wclass {
	if v := c.cls[i]; v != 0 {
		return wclass(v - 1)
	}
	return c.lookup(i)
}

// lookup finds and caches the class of token i.
func (c *chunker) lookup(i int) wclass {
	cl := wNone
	if l := c.lowAt(i); c.toks[i].Kind == text.Word && len(l) <= maxFuncWord {
		cl = funcCodes[lower(l)]
	}
	c.cls[i] = 1 + uint8(cl)
	return cl
}

// glue reports whether the punctuation token at i sits inside a name or
// word: the hyphen of "Won-sik", the full stops of "U.S." and "Sen.".
func (c *chunker) glue(i int) bool {
	t := &c.toks[i]
	switch c.textAt(i) {
	case "-", "&":
		return !t.SpaceBefore && i+1 < len(c.toks) && !c.toks[i+1].SpaceBefore && c.toks[i+1].Kind != text.Punct
	case ".":
		if t.SpaceBefore || i == 0 {
			return false
		}
		if c.toks[i-1].Kind != text.Word || !c.capAt(i-1) {
			return false
		}
		n := len(c.textAt(i - 1))
		if n == 1 {
			return true // an initial or a letter of "U.S."
		}
		_, isTitle := titles[c.lowAt(i-1)]
		return isTitle && n <= 4
	}
	return false
}

// pluralPossessive reports whether token k is the apostrophe of a plural
// possessive inside a phrase, "the lenders' association": glued to a word
// ending in s and followed by a space and a word. A closing single quote
// looks the same, so not after an opening one within the phrase's reach
// (lo on).
func (c *chunker) pluralPossessive(k, lo int) bool {
	t := &c.toks[k]
	mark := c.textAt(k)
	if mark != "'" && mark != "’" || t.SpaceBefore || k == 0 || k+1 >= len(c.toks) {
		return false
	}
	prev, next := &c.toks[k-1], &c.toks[k+1]
	if prev.Kind != text.Word || !strings.HasSuffix(c.lowAt(k-1), "s") || !next.SpaceBefore || next.Kind != text.Word {
		return false
	}
	for j := k - 1; j >= lo && k-j <= 2*maxPhrase; j-- {
		if m := c.textAt(j); m == "'" || m == "‘" {
			return false
		}
	}
	return true
}

// possessive reports whether token k is a word in the possessive, which
// determines the phrase after it as "the" would: "Ukraine's air force".
func (c *chunker) possessive(k int) bool {
	l := c.lowAt(k)
	return c.toks[k].Kind == text.Word && (strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") || c.pluralPossessive(k+1, k))
}

// isNameWord reports whether token i can be part of a name.
func (c *chunker) isNameWord(i int) bool {
	if c.toks[i].Kind != text.Word || !c.capAt(i) {
		return false
	}
	return c.class(i) == wNone
}

// typeOf classifies the head word h of a phrase starting at token start.
func (c *chunker) typeOf(start, h int) headType {
	t := &c.toks[h]
	if t.Kind != text.Word {
		return hNone
	}
	l := lower(c.lowAt(h))
	switch funcCodes[l] {
	case wPron:
		return hPron
	case wNone:
	default:
		return hNone
	}
	// A hyphenated word takes its case from its first part: "Won-sik".
	first := h
	for first-2 >= start && c.textIs(first-1, "-") && c.glue(first-1) && c.toks[first-2].Kind == text.Word {
		first -= 2
	}
	capital := c.capAt(first)
	if first < h && capital {
		return hName
	}
	// A capitalised noun after another capitalised word is part of a name
	// ("Washington Post", "World Bank").
	if capital && h > start && c.isNameWord(h-1) {
		if !strings.HasSuffix(c.lowAt(h-1), "'s") && !strings.HasSuffix(c.lowAt(h-1), "’s") {
			return hName
		}
	}
	switch nounTypes[l] {
	case nPers:
		return hPerson
	case nPeop:
		return hPeople
	case nOrg:
		return hOrg
	case nDoc:
		return hDoc
	}
	if capital || t.IsAllCaps(c.txt) {
		return hName
	}
	return hNone
}

// subjectPronouns are the pronouns that can be a source, lower-cased: not
// "you", the reader; "it" only as a clause's subject (sentSubject), not
// after "according to" or an inverted "said".
var subjectPronouns = []string{"he", "she", "they", "we", "i"}

// maxPhrase bounds how far a phrase is read, which keeps the cost linear.
const maxPhrase = 8

// back reads the core phrase that ends just before token e, no further left
// than lo.
func (c *chunker) back(e, lo int) (phrase, bool) {
	p, ok := c.backLax(e, lo)
	if !ok || p.typ == hNone {
		return phrase{}, false
	}
	return p, true
}

// backLax is back that also returns a phrase whose head is no source noun
// ("the matter"), with type hNone, for the linker chain to widen.
func (c *chunker) backLax(e, lo int) (phrase, bool) {
	j := e - 1
	for j >= lo && c.toks[j].Kind == text.Punct && c.glue(j) {
		j-- // "Jr." ends on its full stop
	}
	if j < lo || c.toks[j].Kind != text.Word {
		return phrase{}, false
	}
	if l := c.lowAt(j); (l == "both" || l == "all" || l == "each") && j > lo && c.toks[j-1].Kind == text.Word && (c.class(j-1) == wNone || c.class(j-1) == wPron) {
		// "Trump and Clinton both said", "the officials all said"
		j--
		e = j + 1
	}
	if c.class(j) == wPron {
		return phrase{start: j, end: e, head: j, typ: hPron}, true
	}
	start := j + 1
	det := ""
scan:
	for k := j; k >= lo && j-k < maxPhrase; k-- {
		t := &c.toks[k]
		switch t.Kind {
		case text.Word:
			switch cl := c.class(k); cl {
			case wNone:
				start = k
			case wDet:
				if c.textIs(k, "A") && k+1 < len(c.toks) && c.textIs(k+1, ".") && !c.toks[k+1].SpaceBefore {
					start = k // the initial of "Francis A. Schaeffer"
					continue
				}
				if k == j {
					if is(c.lowAt(k), rDetHead) {
						// "one said", "another added"; not "no one said",
						// "the one said" or "that one said".
						if k > lo && is(c.lowAt(k-1), rQuant) {
							return phrase{}, false
						}
						return phrase{start: j, end: e, head: j, typ: hPeople}, true
					}
					break scan
				}
				start, det = k, lower(c.lowAt(k))
				break scan
			default:
				break scan
			}
		case text.Number:
			start = k
		default:
			if !c.glue(k) && !c.pluralPossessive(k, lo) {
				break scan
			}
			start = k
		}
	}
	if start > j {
		return phrase{}, false
	}
	typ := c.typeOf(start, j)
	if typ == hPron {
		return phrase{}, false
	}
	if typ == hNone && (det != "" || c.possessive(start)) && j > start && c.toks[j].Kind == text.Word {
		typ = hOther // "the air force", "Ukraine's air force"
	}
	if typ == hName && det == "" {
		// "in reality Pierre Duhem": lower-case words before a name are
		// part of it only as titles ("retired general Keller").
		for start < j && c.toks[start].Kind == text.Word && !c.capAt(start) {
			if _, isTitle := titles[c.lowAt(start)]; isTitle || nounTypes[c.lowAt(start)] != "" || is(c.lowAt(start), rParticle) {
				break
			}
			start++
		}
	}
	return phrase{start: start, end: e, head: j, typ: typ, det: det}, true
}

// linkers join a modifier to the phrase before it: "a spokesman for the
// ministry", "people familiar with the matter", "a study by Pew".
func (c *chunker) linker(e, lo int) int {
	j := e - 1
	if j < lo || c.toks[j].Kind != text.Word {
		return -1
	}
	switch r := roles[c.lowAt(j)]; {
	case r&rOfPrep != 0:
		if j-1 >= lo && c.lowIs(j, "by") && c.class(j-1) == wNone && !c.capAt(j-1) &&
			(strings.HasSuffix(c.lowAt(j-1), "ed") || strings.HasSuffix(c.lowAt(j-1), "en")) {
			return j - 1 // "reports seen by Reuters", "a study commissioned by"
		}
		if j-1 >= lo && is(c.lowAt(j-1), rPostmod) {
			return j - 1 // "officials based in Kyiv", "people working for"
		}
		return j
	case r&rPostPrep != 0:
		if j-1 >= lo {
			if is(c.lowAt(j-1), rPostmod) {
				return j - 1
			}
		}
		if c.lowIs(j, "with") && j-2 >= lo && c.toks[j-1].Kind == text.Word && nounTypes[c.lowAt(j-1)] != "" {
			return j // "officials with the agency"
		}
	}
	return -1
}

// subject reads the source phrase ending just before token e: the core
// phrase, widened left over modifiers whose phrase is a source noun, or a
// phrase with a relative clause ("a senior official who asked not to be
// named").
func (c *chunker) subject(e, lo int) (phrase, bool) {
	p, ok := c.backLax(e, lo)
	if !ok {
		return c.relative(e, lo)
	}
	for n := 0; n < 3; n++ {
		k := c.linker(p.start, lo)
		if k < 0 {
			break
		}
		q, ok := c.back(k, lo)
		if ok && p.typ == hName && q.det == "" && c.allTitles(q.start, q.end) {
			// "Secretary of State Antony Blinken": the title widens the
			// mention, the name stays the head.
			p.start = q.start
			continue
		}
		if ok && q.typ == hName && !c.lowIs(k, "in") && !c.lowIs(k, "by") && (p.typ == hName || p.typ == hOrg) {
			// "Felix Brandt of the Helmholtz Centre": the person is the
			// head.
			p = phrase{start: q.start, end: p.end, head: q.head, typ: hName}
			continue
		}
		if !ok || q.typ == hName || q.typ == hPron || q.typ == hOther || q.typ == hNone {
			break
		}
		p = phrase{start: q.start, end: p.end, head: q.head, typ: q.typ, det: q.det}
	}
	if p.typ == hName && p.start-1 > lo && c.lowIs(p.start-1, "and") {
		// "Trump and Clinton said": both, as one group.
		if q, ok := c.back(p.start-1, lo); ok && q.typ == hName {
			p = phrase{start: q.start, end: p.end, head: p.head, typ: hPeople}
		}
	}
	if p.typ == hNone {
		return c.relative(e, lo)
	}
	if p.typ == hOther {
		// "a poll released Wednesday" reads better than "a … released".
		if q, ok := c.relative(e, lo); ok {
			return q, true
		}
	}
	return p, true
}

// relative finds "NOUN who … " ending at e.
func (c *chunker) relative(e, lo int) (phrase, bool) {
	for k := e - 1; k >= lo && e-k <= 12; k-- {
		t := &c.toks[k]
		if t.Kind == text.Punct && !c.glue(k) {
			return phrase{}, false
		}
		if c.class(k) == wPron && k > lo && k < e-1 && c.toks[k-1].Kind == text.Word && c.class(k-1) == wNone {
			// "every poll we've seen says": a relative clause with no "that".
			if p, ok := c.back(k, lo); ok && p.typ != hName && p.typ != hOther {
				p.end = e
				return p, true
			}
			return phrase{}, false
		}
		if who := c.lowIs(k, "who"); who || is(c.lowAt(k), rReportPart) {
			if k == e-1 && who {
				return phrase{}, false
			}
			p, ok := c.subject(k, lo)
			if ok && p.typ == hPron && !who {
				continue // "we've seen": the clause's own subject
			}
			if !ok || p.typ == hPron || !who && p.typ != hDoc {
				return phrase{}, false
			}
			p.end = e
			return p, true
		}
	}
	return phrase{}, false
}

// forward reads a phrase starting at token s (after "according to" or an
// inverted "said"), stopping at punctuation, a closed-class word other
// than a linker, or hi.
func (c *chunker) forward(s, hi int) (phrase, bool) {
	if s >= hi || c.toks[s].Kind != text.Word {
		return phrase{}, false
	}
	if c.class(s) == wPron {
		if oneOf(c.lowAt(s), subjectPronouns) {
			return phrase{start: s, end: s + 1, head: s, typ: hPron}, true
		}
		return phrase{}, false
	}
	p := phrase{start: s, head: -1}
	k := s
	if c.class(k) == wDet {
		p.det = lower(c.lowAt(k))
		if is(p.det, rDetHead) && k+1 < hi && c.lowIs(k+1, "of") {
			p.head = k // "one of the aides", "some of the officials"
		}
		k++
	}
	links, afterLink := 0, false
	for k < hi && k-s < 2*maxPhrase {
		switch c.toks[k].Kind {
		case text.Word:
			l := c.lowAt(k)
			switch cl := c.class(k); {
			case cl == wNone && p.head >= 0 && is(l, rPostmod) && k+1 < hi && c.class(k+1) == wPrep && links < 2:
				// "people familiar with the matter"
				links++
				afterLink = true
				k += 2
				continue
			case cl == wNone:
				// A cue ends the phrase, and so does a participle after its
				// head: "according to a study published in The Lancet".
				if triggers[l]&tCue != 0 && k > s && nounTypes[l] == "" ||
					p.head >= 0 && !c.capAt(k) && strings.HasSuffix(l, "ed") {
					goto done
				}
				if links == 0 {
					p.head = k
				}
			case cl == wDet && afterLink:
			case cl == wPrep && p.head >= 0 && links < 2 && is(l, rLinkPrep):
				links++
				afterLink = true
				k++
				continue
			default:
				goto done
			}
		case text.Number:
		default:
			if !c.glue(k) && !c.pluralPossessive(k, s) {
				goto done
			}
		}
		afterLink = false
		k++
	}
done:
	// Do not end on a dangling linker or determiner.
	for k > s && c.toks[k-1].Kind == text.Word && c.class(k-1) != wNone {
		k--
	}
	if p.head < 0 || k <= p.head {
		return phrase{}, false
	}
	p.end = k
	if is(p.det, rDetHead) && p.head == p.start {
		// "one of the aides" is one of them: the type of "the aides".
		if q, ok := c.back(k, p.start+2); ok {
			p.typ = q.typ
			if p.typ == hName || p.typ == hOther {
				p.typ = hPeople
			}
			return p, true
		}
		return phrase{}, false
	}
	p.typ = c.typeOf(p.start, p.head)
	if p.typ == hNone {
		return phrase{}, false
	}
	return p, true
}

// allTitles reports whether the words of [s, e) are all titles.
func (c *chunker) allTitles(s, e int) bool {
	for k := s; k < e; k++ {
		if c.toks[k].Kind != text.Word {
			continue
		}
		if _, ok := titles[c.lowAt(k)]; !ok {
			return false
		}
	}
	return true
}
