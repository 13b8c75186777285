package sources

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// This file finds attributions: a cue ("said", "according to", a
// quotation after a colon) and the phrase that names its source.

// candidate is a source mention found in one sentence, before resolution.
type candidate struct {
	p    phrase
	cue  string // as written, lower-cased: "said", "according to", "quote"
	cueI int    // token index of the cue, for ordering
	join bool   // a participle that continues the attribution before it
}

type finder struct {
	*chunker
	doc *text.Document
}

// sentence returns the candidates of sentence s, in cue order.
func (f *finder) sentence(s text.Sentence, out []candidate) []candidate {
	toks := f.toks
	lo, hi := s.First, s.Last
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.Kind != text.Word {
			if f.textIs(i, ":") {
				if cd, ok := f.colonQuote(s, i, out); ok {
					out = append(out, cd)
				}
			}
			continue
		}
		w := f.lowAt(i)
		if !triggerFilter.MayHave(w) {
			continue // most words: one table read and on
		}
		trig := triggers[w]
		if trig == 0 {
			continue
		}
		if w == "according" && i+1 < hi && f.lowIs(i+1, "to") {
			if p, ok := f.forward(i+2, hi); ok && !f.notSource(p) {
				out = append(out, candidate{p: p, cue: "according to", cueI: i})
			}
			i++
			continue
		}
		if w == "per" {
			// ", per the labor department": attribution only after a
			// comma, by a determined phrase, a name or people, and only
			// when the phrase ends the clause: not "per cent", "$5 per
			// share", ", per person,".
			if i > lo && f.textIs(i-1, ",") {
				if p, ok := f.forward(i+1, hi); ok && (p.det != "" || p.typ == hName || p.typ == hPeople) && !f.notSource(p) &&
					(p.end >= hi || toks[p.end].Kind == text.Punct) {
					out = append(out, candidate{p: p, cue: "per", cueI: i})
				}
			}
			continue
		}
		if trig&tSpeechNoun != 0 && i > lo && i+1 < hi {
			if cd, ok := f.possessor(i, speechNouns[w], lo, hi); ok {
				out = append(out, cd)
			}
		}
		if trig&tCue == 0 {
			continue
		}
		if i > lo && f.capAt(i) && !isOpenQuote(f.textAt(i-1)) {
			continue // a headline in title case: "Seoul Says"
		}
		n, tag := cues.Match(f.doc.Lower, toks[:hi], i)
		if n == 0 {
			if (w == "called" || w == "calls") && (f.quoteSoon(i+1, hi) || f.callsItA(i+1, hi)) {
				// "called the claims “fabrications”"
				if cd, ok := f.attribute(s, i, 1, speech, w, out); ok {
					out = append(out, cd)
				}
			}
			continue
		}
		if w == "asked" && i+1 < hi && is(f.lowAt(i+1), rRequest) {
			continue // a request, not speech: "asked not to be named"
		}
		if i+1 < hi && (f.lowIs(i+1, "tank") || f.lowIs(i+1, "tanks")) {
			continue // "a think tank"
		}
		info := cueByTag[tag]
		if n == 1 && is(w, rAdjectival) && i+1 < hi && toks[i+1].Kind == text.Word && !f.capAt(i+1) &&
			f.class(i+1) == wNone && nounTypes[f.lowAt(i+1)] == "" && f.adjectiveContext(i, lo) {
			continue // "suspected diet pills", "alleged abuses"
		}
		if info&cClaim != 0 && !f.claimObject(i+n, hi) || info&cQuote != 0 && !f.quoteSoon(i+n, hi) {
			continue
		}
		cue := f.doc.Lower[t.Start:toks[i+n-1].End]
		if cd, ok := f.attribute(s, i, n, info, cue, out); ok {
			out = append(out, cd)
		}
		i += n - 1
	}
	return out
}

// attribute finds the source of the cue at tokens [i, i+n).
func (f *finder) attribute(s text.Sentence, i, n int, info cueInfo, cue string, prior []candidate) (candidate, bool) {
	toks, c := f.toks, f.chunker
	lo, hi := s.First, s.Last
	if info&cAdj != 0 && !(i+n < hi && f.lowIs(i+n, "that") && i > lo && c.class(i-1) == wBe) {
		return candidate{}, false
	}
	// The verb group: auxiliaries and adverbs between subject and cue.
	vg, passive := i, false
	for vg > lo {
		if toks[vg-1].Kind != text.Word {
			break
		}
		l := f.lowAt(vg - 1)
		cl := c.class(vg - 1)
		if cl == wBe {
			// "was told", "has been often reported": a passive, unless
			// the cue is a participle in -ing ("was saying").
			passive = passive || !strings.HasSuffix(l, "ing") && !strings.HasSuffix(f.lowAt(i), "ing")
			vg--
			continue
		}
		if cl == wAux || (cl == wNone && !f.capAt(vg-1) && strings.HasSuffix(l, "ly") && nounTypes[l] == "") {
			vg--
			// "most recently", "more often"
			if vg > lo && strings.HasSuffix(l, "ly") && is(f.lowAt(vg-1), rDegree) {
				vg--
			}
			continue
		}
		// "on Monday", "last week", "earlier this month".
		if cl == wTime && vg-1 > lo {
			vg--
			for vg > lo && (c.class(vg-1) == wPrep || f.lowIs(vg-1, "this") || f.lowIs(vg-1, "last")) {
				vg--
			}
			continue
		}
		break
	}
	if passive && info&cAdj == 0 {
		// "was told by the minister": the agent is the source.
		if j := i + n; j+1 < hi && f.lowIs(j, "by") {
			if p, ok := c.forward(j+1, hi); ok && accepts(info, p.typ, false) {
				return candidate{p: p, cue: cue, cueI: i}, true
			}
		}
		return candidate{}, false
	}
	if info&cBase != 0 && vg == i && vg > lo && f.lowIs(vg-1, "to") {
		// "took to Twitter to say", "went on to say": the subject of the
		// verb before; not "declined to say", "is expected to say".
		if v := f.toSay(vg-1, lo); v >= 0 {
			if p, ok := c.subject(f.verbStart(v, lo), lo); ok && p.typ != hOther && p.typ != hDoc && accepts(info, p.typ, false) {
				return candidate{p: p, cue: cue, cueI: i}, true
			}
		}
		return candidate{}, false
	}
	thatNext := i+n < hi && f.lowIs(i+n, "that")
	// ", saying …": the subject of the clause. After "is" or "has been"
	// the participle is a verb of its own: "Kim is calling for …".
	if info&cGer != 0 && !(i > lo && c.class(i-1) == wBe) {
		// "…, saying", "is quoted as saying", "released a statement saying"
		// "sent a letter last week warning that …"
		thatClause := thatNext && i > lo && toks[i-1].Kind == text.Word && c.class(i-1) != wDet && !strings.HasSuffix(f.lowAt(i-1), "'s")
		if i == lo || !f.textIs(i-1, ",") && !f.lowIs(i-1, "as") && nounTypes[f.lowAt(i-1)] != nDoc && !thatClause {
			return candidate{}, false
		}
		// prior holds this sentence's earlier cues, in order: the last
		// is the attribution the participle continues.
		if len(prior) > 0 {
			return candidate{p: prior[len(prior)-1].p, cue: cue, cueI: i, join: true}, true
		}
		if p, ok := f.sentSubject(lo, i); ok && p.typ != hDoc {
			return candidate{p: p, cue: cue, cueI: i}, true
		}
		return candidate{}, false
	}
	e := vg
	if e > lo && f.textIs(e-1, ")") {
		for k := e - 2; k >= lo && e-k <= 10; k-- {
			if f.textIs(k, "(") {
				e = k
				break
			}
		}
	}
	var (
		p  phrase
		ok bool
	)
	if e > lo && f.textIs(e-1, ",") {
		// An aside between commas: "Kim, a ministry spokesman, said".
		for k := e - 2; k > lo && e-k <= 24; k-- {
			if oneOf(f.textAt(k), quoteMarks) || toks[k].Kind == text.Punct && oneOf(f.textAt(k), asideEnds) && !c.glue(k) {
				break
			}
			if f.textIs(k, ",") {
				if q, good := c.subject(k, lo); good && c.aside(k+1, e-1) && !(q.start > lo && c.class(q.start-1) == wPrep) {
					p, ok = q, true
					if q.typ == hPerson && c.isNameWord(k+1) && c.nameSpan(k+1) == e-1 {
						// "the defense minister, Shin Won-sik, said": the
						// name is the mention.
						p = phrase{start: k + 1, end: e - 1, head: e - 2, typ: hName}
					}
				}
				break
			}
		}
	} else if e > lo+1 && f.lowIs(e-1, "who") {
		// "Kim, who has said …": the phrase the clause hangs on.
		k := e - 1
		if f.textIs(k-1, ",") {
			k--
		}
		p, ok = c.subject(k, lo)
	} else {
		p, ok = c.subject(e, lo)
	}
	if ok && (p.typ == hName || p.typ == hOther) && p.start > lo && c.class(p.start-1) == wPrep && !is(f.lowAt(p.start-1), rClausePrep) {
		ok = false // "away from Judeo-Christian thought": an object
	}
	if ok && p.typ == hPeople && p.end-p.start == 1 && is(f.lowAt(p.head), rDetHead) {
		// "many say" and "one says" are subjects; "many reports" and
		// "some claims" are nouns.
		plural := !f.lowIs(p.head, "one") && !f.lowIs(p.head, "another")
		if plural && strings.HasSuffix(cue, "s") || !plural && info&cBase != 0 {
			ok = false
		}
		if p.start > lo && toks[p.start-1].Kind == text.Word && c.class(p.start-1) == wNone {
			ok = false // "may offer some hope": an object, not a subject
		}
		if j := i + n; j < hi && toks[j].Kind == text.Word && !f.capAt(j) && c.class(j) == wNone {
			ok = false // "some hope remains": a noun, not a verb
		}
	}
	if ok && p.end == i && (strings.HasSuffix(f.lowAt(i-1), "'s") || strings.HasSuffix(f.lowAt(i-1), "’s")) && !pastTense(cue) {
		ok = false // "Mnangagwa's plan": a noun, not a verb
	}
	if ok && p.typ == hPron && f.lowIs(p.head, "you") &&
		(!f.doc.InQuote(toks[p.head].Span) || p.head > lo && f.lowIs(p.head-1, "if")) {
		ok = false // "if you want to …": the reader, not a source
	}
	if ok && info&cBase != 0 && vg == i && p.typ == hPron {
		switch f.lowAt(p.head) {
		case "he", "she", "it":
			ok = false
		}
	}
	if ok && !accepts(info, p.typ, thatNext) {
		ok = false
	}
	if ok && p.typ == hOther && is(p.det, rDetHead) && p.det != "one" && p.det != "another" && strings.HasSuffix(cue, "s") {
		ok = false // "one of Africa's most promising states": a plural noun
	}
	if ok && p.typ == hOther && !is(cue, rAnySubj) {
		ok = false // "the bill added $14 billion": not speech
	}
	if !ok && vg > lo && (f.lowIs(vg-1, "and") || f.lowIs(vg-1, "but")) && (n > 1 || f.verbObject(i+n, hi)) {
		// "Democrats defended the plan but called for …": the subject of
		// the first verb.
		if q, good := f.sentSubject(lo, vg-1); good && accepts(info, q.typ, thatNext) && q.typ != hOther {
			p, ok = q, true
		}
	}
	if !ok && i+n+1 < hi && f.lowIs(i+n, "by") && strings.HasSuffix(f.lowAt(i), "ed") {
		// "as reported by The Times", "first noted by analysts"
		if q, good := c.forward(i+n+1, hi); good && accepts(info, q.typ, false) && q.typ != hOther {
			p, ok = q, true
		}
	}
	if !ok && info&cInv != 0 && i > lo && (f.textIs(i-1, ",") || oneOf(f.textAt(i-1), closeQuotes)) {
		// "…,” said Kim, a spokesman."
		if q, good := c.forward(i+n, hi); good && accepts(info, q.typ, false) {
			p, ok = q, true
		}
	}
	if !ok {
		return candidate{}, false
	}
	return candidate{p: p, cue: cue, cueI: i}, true
}

// toSay finds the verb of "took to Twitter to say", "went on to say" or
// "was quick to say", whose "to" is at token k, or returns -1.
func (f *finder) toSay(k, lo int) int {
	if k-1 < lo {
		return -1
	}
	switch w := f.lowAt(k - 1); {
	case w == "on": // "went on to say"
		if k-2 >= lo && (f.lowIs(k-2, "went") || f.lowIs(k-2, "goes") || f.lowIs(k-2, "go")) {
			return k - 2
		}
	case w == "quick": // "was quick to say"
		if k-2 >= lo && f.class(k-2) == wBe {
			return k - 2
		}
	case is(w, rToSay): // "hastened to add"
		return k - 1
	}
	// "took to Twitter to say", "took to social media to write"
	for j := k - 1; j >= lo && k-j <= 4; j-- {
		if f.lowIs(j, "to") && j-1 >= lo {
			if is(f.lowAt(j-1), rTakenTo) {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// verbStart steps back from the verb at v over auxiliaries and adverbs to
// where its subject ends: "has repeatedly taken".
func (f *finder) verbStart(v, lo int) int {
	for v > lo && f.toks[v-1].Kind == text.Word {
		cl := f.class(v - 1)
		if cl != wAux && cl != wBe && !(cl == wNone && strings.HasSuffix(f.lowAt(v-1), "ly") && !f.capAt(v-1)) {
			break
		}
		v--
	}
	return v
}

// aside reports whether tokens [s, e) read as an aside after a name: an
// appositive ("a ministry spokesman"), a relative clause, or "however".
func (c *chunker) aside(s, e int) bool {
	if s >= e {
		return false
	}
	switch cl := c.class(s); cl {
	case wDet, wWh, wPrep, wAux:
		return true
	}
	if _, ok := titles[c.lowAt(s)]; ok {
		return true
	}
	if l := c.lowAt(s); c.class(s) == wNone && !c.capAt(s) && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")) {
		return true // "published on Thursday", "speaking on condition …"
	}
	if c.isNameWord(s) && e-s <= 5 {
		return true // "Warren, D-Mass., said"
	}
	return nounTypes[c.lowAt(s)] == nPers
}

// accepts reports whether a cue of the given class can have a source whose
// head is of type t. Findings need a text or poll, or a "that" clause.
func accepts(info cueInfo, t headType, thatNext bool) bool {
	switch {
	case info&belief != 0:
		return t != hDoc
	case info&finding != 0:
		return t == hDoc || thatNext && t != hOther
	}
	return true
}

// Lists of punctuation marks, as written. Static slices are data, where a
// switch would be code.
var (
	quoteMarks  = []string{"“", "”", "\"", "«", "»"}
	closeQuotes = []string{"”", "\"", "’", "'", "»"}
	openQuotes  = []string{"“", "\"", "«", "‘"}
	// asideEnds are the marks an aside between commas cannot hold.
	asideEnds = []string{".", ";", ":", "!", "?", "(", ")", "—", "–", "[", "]"}
	// sentenceEnds end a sentence, so a line ending in one is no headline.
	sentenceEnds = []string{".", "!", "?", "”", "\"", ":"}
)

// oneOf reports whether s is in list.
func oneOf(s string, list []string) bool {
	for _, w := range list {
		if s == w {
			return true
		}
	}
	return false
}

func isOpenQuote(s string) bool { return oneOf(s, openQuotes) }

// notSource reports "according to plan", "according to the rules".
func (f *finder) notSource(p phrase) bool {
	h := lower(f.lowAt(p.head))
	if _, ok := notSources[h]; ok && p.head == p.end-1 {
		return true
	}
	return false
}

// colonQuote attributes a quotation introduced by a colon with no cue of
// its own: "The minister was blunt: “We will not pay.”"
func (f *finder) colonQuote(s text.Sentence, k int, prior []candidate) (candidate, bool) {
	toks := f.toks
	next := k + 1
	if next >= len(toks) || !isOpenQuote(f.textAt(next)) {
		return candidate{}, false
	}
	if len(prior) > 0 && prior[0].cueI < k {
		return candidate{}, false // "He said: “…”" has its source
	}
	p, ok := f.sentSubject(s.First, k)
	if !ok || p.typ == hDoc {
		return candidate{}, false
	}
	return candidate{p: p, cue: "quote", cueI: k}, true
}

// sentSubject finds the subject at the start of a clause [lo, hi): after
// any opening adverbs or an introductory phrase set off by a comma.
func (f *finder) sentSubject(lo, hi int) (phrase, bool) {
	toks, c := f.toks, f.chunker
	k := lo
	for k < hi && toks[k].Kind == text.Word && (c.class(k) == wConj || c.class(k) == wAux) {
		k++
	}
	if k < hi && toks[k].Kind == text.Word && c.class(k) == wPrep {
		j := k
		for j < hi && !f.textIs(j, ",") && j-k < 12 {
			j++
		}
		if j >= hi || !f.textIs(j, ",") {
			return phrase{}, false
		}
		k = j + 1
	}
	if k >= hi || toks[k].Kind != text.Word {
		return phrase{}, false
	}
	var p phrase
	switch {
	case c.class(k) == wPron:
		if w := f.lowAt(k); !oneOf(w, subjectPronouns) && w != "it" {
			return phrase{}, false
		}
		p = phrase{start: k, end: k + 1, head: k, typ: hPron}
	case c.isNameWord(k) && nounTypes[f.lowAt(k)] == "":
		j := min(c.nameSpan(k), hi)
		p = phrase{start: k, end: j, head: j - 1, typ: c.typeOf(k, j-1)}
		if j < hi && toks[j].Kind == text.Word && nounTypes[f.lowAt(j)] != "" {
			// "Yahoo shareholders", "White House officials"
			q, ok := f.nounPhrase(j, hi, "")
			if !ok {
				return phrase{}, false
			}
			p.end, p.head, p.typ = q.end, q.head, q.typ
		} else if strings.HasSuffix(f.lowAt(j-1), "'s") || strings.HasSuffix(f.lowAt(j-1), "’s") {
			// "Kim's spokesman": read on to the noun.
			q, ok := f.nounPhrase(j, hi, "")
			if !ok {
				return phrase{}, false
			}
			p.end, p.head, p.typ = q.end, q.head, q.typ
		}
	default:
		det := ""
		s := k
		if c.class(k) == wDet {
			det = lower(f.lowAt(k))
			k++
		}
		if k < hi && c.isNameWord(k) && det == "the" {
			// "The White House", "the Kremlin"
			j := c.nameSpan(k)
			if j >= hi || toks[j].Kind != text.Word || nounTypes[f.lowAt(j)] == "" {
				p = phrase{start: s, end: j, head: j - 1, typ: hName, det: det}
				break
			}
		}
		q, ok := f.nounPhrase(k, hi, det)
		if !ok {
			return phrase{}, false
		}
		q.start = s
		p = q
	}
	if p.typ == hNone {
		return phrase{}, false
	}
	// "Sen. Tim Kaine of Virginia, her running mate, put it …"
	after := p.end
	if after+1 < hi && f.lowIs(after, "of") && c.isNameWord(after+1) {
		after = c.nameSpan(after + 1)
	}
	if after < hi && f.textIs(after, ",") {
		for j := after + 1; j < hi && j-after <= 12; j++ {
			if f.textIs(j, ",") {
				if c.aside(after+1, j) {
					after = j + 1
				}
				break
			}
		}
	}
	// What follows must read as a verb: a lower-case word or auxiliary.
	if after >= hi {
		return p, after == hi && hi < len(toks) && f.textIs(hi, ":")
	}
	if after != p.end {
		if toks[after].Kind == text.Word && !f.capAt(after) && c.class(after) != wPrep && c.class(after) != wConj {
			return p, true
		}
		return phrase{}, false
	}
	if p.end >= hi {
		return p, p.end == hi && hi < len(toks) && f.textIs(hi, ":")
	}
	if f.textIs(p.end, ":") {
		return p, true
	}
	if toks[p.end].Kind != text.Word || f.capAt(p.end) {
		return phrase{}, false
	}
	switch c.class(p.end) {
	case wNone, wAux, wBe:
		return p, true
	}
	return phrase{}, false
}

// nounPhrase reads up to a few modifier words and a source noun: "senior
// administration officials", "ministry".
func (f *finder) nounPhrase(k, hi int, det string) (phrase, bool) {
	toks, c := f.toks, f.chunker
	for j := k; j < hi && j-k < 5; j++ {
		t := &toks[j]
		if t.Kind != text.Word || c.class(j) != wNone {
			if t.Kind == text.Punct && c.glue(j) {
				continue
			}
			return phrase{}, false
		}
		if nounTypes[f.lowAt(j)] != "" && !(j+1 < hi && toks[j+1].Kind == text.Word && nounTypes[f.lowAt(j+1)] != "") {
			return phrase{start: k, end: j + 1, head: j, typ: c.typeOf(k, j), det: det}, true
		}
	}
	return phrase{}, false
}

// quoteSoon reports whether a quotation opens within a few tokens of i:
// "called the claims “fabrications”".
func (f *finder) quoteSoon(i, hi int) bool {
	for k := i; k < hi && k-i < 6; k++ {
		if isOpenQuote(f.textAt(k)) {
			return true
		}
	}
	return false
}

// nameSpan returns the end of the run of name words and glue from k.
func (c *chunker) nameSpan(k int) int {
	start := k
	for k < len(c.toks) && (c.isNameWord(k) || c.toks[k].Kind == text.Punct && c.glue(k) ||
		k > 0 && c.textIs(k-1, "-") && !c.toks[k].SpaceBefore && c.toks[k].Kind == text.Word ||
		k > start && c.innerName(k)) {
		k++
	}
	return k
}

// innerName reports whether token k is a capitalised small word inside a
// name, between two name words: "Coalition Against Censorship".
func (c *chunker) innerName(k int) bool {
	t := &c.toks[k]
	return t.Kind == text.Word && t.IsCapitalized(c.txt) && k > 0 && c.isNameWord(k-1) &&
		k+1 < len(c.toks) && c.isNameWord(k+1) && !c.toks[k].NewlineBefore
}

// claimObject reports whether a claim, a quotation or "as" follows within a
// few tokens: "rejected the claim", "dismissed the report as".
func (f *finder) claimObject(i, hi int) bool {
	for k := i; k < hi && k-i < 4; k++ {
		if l := f.lowAt(k); isOpenQuote(f.textAt(k)) || l == "as" || l == "that" || isClaimNoun(l) {
			return true
		}
	}
	return false
}

func isClaimNoun(w string) bool {
	_, ok := claimNouns[w]
	return ok
}

// possessor attributes a noun of saying to whoever it belongs to: "Trump's
// claim that …", "her warning that …", "his promise to …".
func (f *finder) possessor(i int, tag string, lo, hi int) (candidate, bool) {
	toks, c := f.toks, f.chunker
	next := f.lowAt(i + 1)
	if next != "that" && !isOpenQuote(f.textAt(i+1)) && !(tag == "to" && next == "to") {
		return candidate{}, false
	}
	j := i - 1
	pos := f.lowAt(j)
	switch pos {
	case "his", "her", "their":
		return candidate{p: phrase{start: j, end: j + 1, head: j, typ: hPron}, cue: f.lowAt(i), cueI: i}, true
	}
	if !strings.HasSuffix(pos, "'s") && !strings.HasSuffix(pos, "’s") || !c.isNameWord(j) {
		return candidate{}, false
	}
	s := j
	for s > lo && (c.isNameWord(s-1) || toks[s-1].Kind == text.Punct && c.glue(s-1)) {
		s--
	}
	if _, isTitle := titles[f.lowAt(s)]; isTitle && s == j {
		return candidate{}, false
	}
	return candidate{p: phrase{start: s, end: j + 1, head: j, typ: hName}, cue: f.lowAt(i), cueI: i}, true
}

// adjectiveContext reports whether the word at i stands where an adjective
// would: after a determiner, a preposition or a verb ("the reported deal",
// "took suspected pills"), not after its subject ("They reported …").
func (f *finder) adjectiveContext(i, lo int) bool {
	if i == lo {
		return true
	}
	if f.toks[i-1].Kind != text.Word {
		return false
	}
	switch f.class(i - 1) {
	case wDet, wPrep, wConj, wWh, wBe:
		return true
	case wNone:
		return !f.capAt(i-1) && nounTypes[f.lowAt(i-1)] == ""
	}
	return false
}

// verbObject reports whether what follows a cue reads as its complement:
// "that", "to", "for", a determiner, pronoun, name or quotation, as in
// "… but called for changes"; not "… and fears about the web".
func (f *finder) verbObject(j, hi int) bool {
	if j >= hi {
		return false
	}
	if m := f.textAt(j); isOpenQuote(m) || m == ":" || m == "," {
		return true
	}
	if f.toks[j].Kind != text.Word {
		return false
	}
	if f.capAt(j) {
		return true
	}
	switch f.class(j) {
	case wDet, wPron, wWh:
		return true
	}
	switch f.lowAt(j) {
	case "to", "for", "on":
		return true
	}
	return false
}

// pastTense reports whether a cue is a past form, which cannot be a noun
// after a possessive: "Moody's warned" is a name and a verb, "Kim's plan"
// a noun phrase.
func pastTense(cue string) bool { return is(cue, rPast) || strings.HasSuffix(cue, "ed") }

// callsItA reports "called it a …", "called the move an …": a verdict,
// not a phone call or a meeting.
func (f *finder) callsItA(k, hi int) bool {
	toks := f.toks
	if k >= hi || toks[k].Kind != text.Word {
		return false
	}
	if is(f.lowAt(k), rObjPron) {
		k++
	} else {
		if f.class(k) != wDet {
			return false
		}
		k++
		for n := 0; n < 2 && k < hi && toks[k].Kind == text.Word && f.class(k) == wNone; n++ {
			k++
		}
	}
	return k < hi && (f.lowIs(k, "a") || f.lowIs(k, "an"))
}
