package sources

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// This file keeps track of who has been named so far, so that "he", "the
// minister" and "the company" can be traced back to a name: simple
// salience, the most recent compatible entity wins.

type entKind uint8

const (
	eUnknown entKind = iota
	ePerson
	eOrg
	ePlace
	eGroup // several people: "officials", "Democrats"
	eDoc
)

type entity struct {
	name   string
	kind   entKind
	gender byte // 'm', 'f' or 0
	roles  []string
	role1  [1]string // roles' first backing store: most have one or none
	anon   bool
	// described marks an entity introduced by a description ("the
	// ministry") rather than a name: "the company" may point back to
	// "Harbor Foods", not to "the ministry".
	described bool
	// srcSent is the sentence where the entity was last a source, which
	// makes it the likeliest referent of "he" or "she" soon after.
	srcSent int
	// seenSent is the sentence where it was last named.
	seenSent int
}

func (e *entity) hasRole(r string) bool {
	for _, x := range e.roles {
		if x == r {
			return true
		}
	}
	return false
}

// tracker holds the entities named so far. recent lists mentions newest
// last; lookups scan only its tail, which keeps the cost linear.
type tracker struct {
	c         *chunker
	doc       *text.Document
	byName    map[string]*entity
	bySurname map[string]*entity
	recent    []*entity
	sent      int      // the sentence being read
	slab      []entity // entities are carved from here, a chunk at a time
}

// newEntity returns a fresh entity from the slab: one allocation per
// chunk rather than one per description.
func (tr *tracker) newEntity(name string, kind entKind) *entity {
	if len(tr.slab) == cap(tr.slab) {
		tr.slab = make([]entity, 0, 64)
	}
	tr.slab = append(tr.slab, entity{name: name, kind: kind, srcSent: -10})
	e := &tr.slab[len(tr.slab)-1]
	e.roles = e.role1[:0]
	return e
}

const lookBack = 40

func newTracker(c *chunker, doc *text.Document) *tracker {
	return &tracker{c: c, doc: doc, byName: map[string]*entity{}, bySurname: map[string]*entity{},
		recent: make([]*entity, 0, 16*lookBack)}
}

// touch records that e was just mentioned. Called from a dozen places,
// it is kept out of line so that its code is there once.
//
//go:noinline
func (tr *tracker) touch(e *entity) {
	e.seenSent = tr.sent
	if len(tr.recent) == cap(tr.recent) {
		tr.slide()
	}
	tr.recent = append(tr.recent, e)
}

// slide moves the last lookBack entities of a full recent list to its
// front: only those are ever read, so the list need not grow.
func (tr *tracker) slide() {
	if len(tr.recent) < 4*lookBack {
		return // let append grow it
	}
	n := copy(tr.recent, tr.recent[len(tr.recent)-lookBack:])
	clear(tr.recent[n:])
	tr.recent = tr.recent[:n]
}

// nameRun is a run of capitalised tokens [start, end) read as one name,
// with the titles before it.
type nameRun struct {
	start, end int // the name itself, titles excluded
	titleStart int
	gender     byte
	roles      []string
}

// scanName reads the name run starting at token i (which must be a name
// word), or returns end == start when there is none. lo bounds the titles
// looked at before i.
func (tr *tracker) scanName(i, hi int) nameRun {
	c := tr.c
	r := nameRun{start: i, titleStart: i}
	k := i
	for k < hi {
		if c.isNameWord(k) || k > r.start && c.innerName(k) {
			k++
			if strings.HasSuffix(c.lowAt(k-1), "'s") || strings.HasSuffix(c.lowAt(k-1), "’s") {
				break
			}
			continue
		}
		if c.toks[k].Kind == text.Punct && c.glue(k) && k > r.start {
			k++
			if c.textIs(k-1, "-") && k < hi && c.toks[k].Kind == text.Word {
				k++ // "Won-sik": the second part may be lower case
			}
			continue
		}
		if (c.lowIs(k, "of") || c.lowIs(k, "for")) && k+1 < hi && c.isNameWord(k+1) && tr.orgSoFar(r.start, k) {
			k++ // "Department of Conservation", "Bank of America"
			continue
		}
		if is(c.lowAt(k), rParticle) &&
			k+1 < hi && c.isNameWord(k+1) && k > r.start {
			k++
			continue
		}
		break
	}
	for k > r.start && c.toks[k-1].Kind == text.Punct && !c.textIs(k-1, ".") {
		k--
	}
	r.end = k
	// A title inside the run ends what came before it: "FBI Director
	// James Comey" is James Comey, unless what follows names a body
	// ("Justice Department").
	for j := r.end - 2; j > r.start; j-- {
		if _, isTitle := titles[c.lowAt(j)]; isTitle && c.toks[j].Kind == text.Word && c.capAt(j) {
			if !tr.orgSoFar(j+1, r.end) {
				r.start = j
			}
			break
		}
	}
	// Titles at the front: "President", "Sen.", "Defense Minister".
	for r.start < r.end {
		l := c.lowAt(r.start)
		g, isTitle := titles[l]
		if !isTitle || r.end-r.start == 1 {
			break
		}
		if g == gMale || g == gFem {
			r.gender = g[0]
		}
		if _, ok := nounTypes[l]; ok {
			r.roles = append(r.roles, l)
		}
		r.start++
		if r.start < r.end && c.textIs(r.start, ".") {
			r.start++
		}
	}
	// Lower-case titles before: "defense minister Shin", "the minister,
	// Shin Won-sik,".
	j0 := i - 1
	if j0 > 0 && c.textIs(j0, ",") {
		j0--
	}
	for j := j0; j >= 0 && j0-j < 3; j-- {
		if c.toks[j].Kind != text.Word || c.capAt(j) {
			break
		}
		l := c.lowAt(j)
		if _, ok := titles[l]; !ok {
			break
		}
		if _, ok := nounTypes[l]; ok {
			r.roles = append(r.roles, l)
		}
	}
	return r
}

// nameText is the name as written, without a possessive "'s".
func (tr *tracker) nameText(start, end int) string {
	return trimPossessive(tr.doc.Text[tr.c.toks[start].Start:tr.c.toks[end-1].End])
}

// see records a name run; asSource says it is the subject of a cue, which
// is evidence of a person or body rather than a place.
func (tr *tracker) see(r nameRun, asSource bool) *entity {
	if r.end <= r.start {
		return nil
	}
	if r.start > 0 && tr.c.textIs(r.start-1, "(") {
		return nil // "(D-Mass.)", "(NATO)": a label, not a mention
	}
	if first := &tr.c.toks[r.start]; (r.start == 0 || first.NewlineBefore) && first.IsAllCaps(tr.doc.Text) && !asSource {
		return nil // a dateline or byline: "HARRISBURG, Pa. —"
	}
	name := tr.nameText(r.start, r.end)
	e := tr.byName[name]
	if e == nil && r.end-r.start == 1 {
		if s := tr.bySurname[name]; s != nil {
			e = s
		}
	}
	if e == nil {
		e = tr.newEntity(name, tr.kindOf(r))
		tr.byName[name] = e
		if e.kind == ePerson && r.end-r.start > 1 {
			// "Shin Won-sik" is later "Shin" (Korean order) or "Won-sik";
			// "Lloyd Austin" is later "Austin".
			first := tr.nameText(r.start, r.start+1)
			last := tr.lastWord(r.start, r.end)
			if tr.bySurname[last] == nil {
				tr.bySurname[last] = e
			}
			if old := tr.byName[last]; old != nil && old.kind != eOrg {
				// "Obama" named alone before "Barack Obama": the same man.
				tr.byName[last] = e
			}
			if _, given := firstNames[trimPossessive(tr.c.lowAt(r.start))]; !given && tr.bySurname[first] == nil {
				tr.bySurname[first] = e
			}
		}
	}
	if e.gender == 0 {
		e.gender = r.gender
		if e.gender == 0 && e.kind == ePerson {
			if g := firstNames[tr.c.lowAt(r.start)]; g != "" {
				e.gender = g[0]
			}
		}
	}
	for _, role := range r.roles {
		if !e.hasRole(role) {
			e.roles = append(e.roles, role)
		}
	}
	tr.appositive(e, r.end)
	tr.touch(e)
	return e
}

// trimPossessive drops a final "'s" or "’s".
func trimPossessive(w string) string {
	if strings.HasSuffix(w, "'s") {
		return w[:len(w)-2]
	}
	if strings.HasSuffix(w, "’s") {
		return w[:len(w)-4]
	}
	return w
}

// lastWord is the last word of a name with its hyphenated parts: "Won-sik".
func (tr *tracker) lastWord(start, end int) string {
	k := end - 1
	for k > start && !tr.c.toks[k].SpaceBefore {
		k--
	}
	return tr.nameText(k, end)
}

// appositiveLinks join a name to a role after it: ", the defence minister",
// "is the defense minister".
var appositiveLinks = []string{",", "is", "was", "became"}

// appositive learns a role from ", the defence minister," or ", a
// spokesman for …" after a name.
func (tr *tracker) appositive(e *entity, k int) {
	c := tr.c
	if k >= len(c.toks) {
		return
	}
	if !oneOf(c.lowAt(k), appositiveLinks) {
		return // neither an aside nor "Shin is the defense minister"
	}
	for j := k + 1; j < len(c.toks) && j <= k+6; j++ {
		if c.toks[j].Kind != text.Word || c.class(j) == wPrep || c.class(j) == wWh {
			return
		}
		if l := c.lowAt(j); nounTypes[l] == nPers {
			if !e.hasRole(l) {
				e.roles = append(e.roles, l)
			}
			if e.kind == eUnknown {
				e.kind = ePerson
			}
			return
		}
	}
}

func (tr *tracker) kindOf(r nameRun) entKind {
	c := tr.c
	if len(r.roles) > 0 || r.gender != 0 || r.titleStart < r.start {
		return ePerson
	}
	place := false
	for k := r.start; k < r.end; k++ {
		t := &c.toks[k]
		if t.Kind != text.Word {
			continue
		}
		l := strings.TrimSuffix(strings.TrimSuffix(c.lowAt(k), "'s"), "’s")
		if _, ok := orgWords[l]; ok {
			return eOrg
		}
		if t.IsAllCaps(tr.doc.Text) {
			return eOrg
		}
		if _, ok := placeWords[l]; ok {
			place = true
		}
	}
	_, given := firstNames[c.lowAt(r.start)]
	if given && r.end-r.start > 1 {
		return ePerson // "Michael Jordan", "Virginia Foxx"
	}
	if place {
		return ePlace
	}
	if given {
		return ePerson
	}
	if r.end-r.start > 1 && tr.c.toks[r.end-1].Kind == text.Word && !tr.c.toks[r.end-1].IsAllCaps(tr.doc.Text) {
		// Two capitalised words with no place or body word in them are
		// most often a person: "Shin Won-sik", "Dana Whitfield".
		return ePerson
	}
	return eUnknown
}

// query describes the entity a pronoun or definite description looks
// for among those named last. The zero value accepts any entity.
type query struct {
	kinds    uint8 // the kinds accepted, as bits 1 << kind
	ifSource uint8 // kinds accepted only once they have been a source
	gender   byte  // 'm' or 'f' rules out entities of the other gender
	// A source within the last srcWithin sentences, named within the
	// last seenWithin; 0 sets no bound.
	srcWithin, seenWithin int
	role                  string // a role the entity must have
	// body is the head of "the company", "the ministry": a body whose
	// name holds it, or for a generic head any named body.
	body    string
	generic bool
}

// latest returns the most recent entity that q accepts. A query is data,
// not a closure: one loop serves the dozen questions resolve asks.
func (tr *tracker) latest(q *query) *entity {
	for i := len(tr.recent) - 1; i >= 0 && len(tr.recent)-i <= lookBack; i-- {
		e := tr.recent[i]
		bit := uint8(1) << e.kind
		switch {
		case q.kinds&bit == 0 && (q.ifSource&bit == 0 || e.srcSent < 0),
			q.gender != 0 && e.gender != 0 && e.gender != q.gender,
			q.srcWithin > 0 && e.srcSent < tr.sent-q.srcWithin,
			q.seenWithin > 0 && e.seenSent < tr.sent-q.seenWithin,
			q.role != "" && !e.hasRole(q.role),
			q.body != "" && !(q.generic && !e.anon && (!e.described || e.hasRole(q.body)) || containsFold(e.name, q.body)):
			continue
		}
		return e
	}
	return nil
}

// resolve returns the entity a source phrase refers to, creating one for a
// new description ("two officials"), or nil when a pronoun or definite
// description has no antecedent. speaker is the source of the quotation the
// phrase stands in, for "I" and "we".
func (tr *tracker) resolve(p phrase, speaker *entity) *entity {
	c := tr.c
	head := lower(c.lowAt(p.head))
	if i := strings.IndexByte(head, '\''); i > 0 {
		head = head[:i] // "I'd", "we'll"
	}
	switch head {
	case "his":
		head = "he"
	case "her":
		head = "she"
	case "their":
		head = "they"
	}
	var (
		e *entity
		q query
	)
	switch p.typ {
	case hPron:
		switch head {
		case "he", "she":
			g := byte('m')
			if head == "she" {
				g = 'f'
			}
			// A person, or a name of unknown kind quoted before; the
			// recent source first, a person before the unknown.
			q = query{kinds: 1 << ePerson, gender: g, srcWithin: 2}
			e = tr.latest(&q)
			if e == nil {
				q.ifSource = 1 << eUnknown
				e = tr.latest(&q)
			}
			if e == nil {
				q.srcWithin = 0
				e = tr.latest(&q)
			}
			if e == nil {
				// "Trump arrived in Ohio. He said …": a lone name just
				// before, neither place nor body.
				e = tr.latest(&query{kinds: 1 << eUnknown, gender: g, seenWithin: 1})
			}
			if e != nil && e.gender == 0 && !e.anon {
				e.gender, e.kind = g, ePerson
			}
		case "they":
			q = query{kinds: 1<<eGroup | 1<<eOrg, srcWithin: 2}
			e = tr.latest(&q)
			if e == nil {
				q.srcWithin = 0
				e = tr.latest(&q)
			}
		case "it":
			q = query{kinds: 1<<eOrg | 1<<eDoc, ifSource: 1 << eUnknown, srcWithin: 2}
			e = tr.latest(&q)
			if e == nil {
				q.srcWithin = 0
				e = tr.latest(&q)
			}
			if e != nil && e.kind == eUnknown {
				e.kind = eOrg
			}
		case "i", "we":
			e = speaker
		}
		if e != nil {
			tr.touch(e)
		}
		return e
	case hName:
		// The name run ending at the head.
		s := p.head
		for s > p.start && (c.isNameWord(s-1) || c.toks[s-1].Kind == text.Punct && c.glue(s-1) || s-1 > p.start && c.innerName(s-1)) {
			s--
		}
		r := tr.scanName(s, p.end)
		if r.end <= r.start {
			return nil
		}
		return tr.see(r, true)
	}
	if p.typ == hPeople && p.end-p.start > 2 && is(head, rDetHead) && c.lowIs(p.start+1, "of") {
		// "one of the aides": the aides quoted before, if any.
		e = tr.latest(&query{kinds: 1 << eGroup, role: lower(c.lowAt(p.end - 1)), srcWithin: 3})
	}
	if e == nil && p.typ == hPeople && p.end-p.start == 1 && is(head, rDetHead) && head != "others" {
		// "one said", "another added": one of the group quoted before.
		e = tr.latest(&query{kinds: 1 << eGroup, srcWithin: 2})
	}
	// "The minister" points back; "his spokesman" is someone new.
	definite := p.det == "the" || p.det == "this"
	if e == nil && definite && !tr.hasNameInside(p) && tr.modifiersKnown(p) {
		switch p.typ {
		case hPerson:
			e = tr.latest(&query{kinds: 1 << ePerson, role: head})
			if e == nil {
				// A role never given to anyone: the person quoted just
				// before, if any.
				e = tr.latest(&query{kinds: 1 << ePerson, srcWithin: 3})
			}
		case hOrg:
			e = tr.latest(&query{kinds: 1 << eOrg, body: head, generic: is(head, rGenericOrg)})
		case hPeople:
			// "the officials" after "Con Edison officials".
			e = tr.latest(&query{kinds: 1 << eGroup, role: head, srcWithin: 5})
		case hDoc:
			e = tr.latest(&query{kinds: 1 << eDoc, role: head})
		}
	}
	if e != nil {
		tr.touch(e)
		return e
	}
	// A new description: a source of its own.
	kind := eUnknown
	switch p.typ {
	case hPerson:
		kind = ePerson
	case hPeople:
		kind = eGroup
	case hOrg:
		kind = eOrg
	case hDoc, hOther:
		kind = eDoc
	}
	e = tr.newEntity(tr.doc.Text[c.toks[p.start].Start:c.toks[p.end-1].End], kind)
	e.roles = append(e.roles, head)
	e.anon = tr.anonymous(p)
	e.described = true
	if p.typ == hPeople && p.end-p.start == 1 && is(head, rDetHead) {
		// "one said", "another added", "some argued", with no group
		// named before: nobody the reader can check.
		e.anon = true
	}
	tr.touch(e)
	return e
}

func (tr *tracker) hasNameInside(p phrase) bool {
	for k := p.start + 1; k < p.end; k++ {
		if tr.c.isNameWord(k) {
			return true
		}
	}
	return false
}

// anonymous reports whether a description is unnamed sourcing: an
// anonymity phrase ("who asked not to be named"), or a bare or indefinite
// "official(s)", "source(s)", "people" with no name to it.
func (tr *tracker) anonymous(p phrase) bool {
	c := tr.c
	for k := p.start; k < p.end; k++ {
		if anonFirstWord[c.lowAt(k)] {
			if n, _ := anonPhrases.Match(tr.doc.Lower, c.toks[:p.end], k); n > 0 {
				return true
			}
		}
	}
	head := lower(c.lowAt(p.head))
	if is(head, rDetHead) && p.end-p.start > 2 {
		head = lower(c.lowAt(p.end - 1)) // "one of the officials"
		if p.det == "one" || p.det == "some" || p.det == "two" {
			p.det = "" // indefinite, whatever "the" follows
		}
	}
	if !anonHeads[head] {
		return false
	}
	// "The official" points back at someone; "officials", "a senior
	// official" and "Pentagon officials" name nobody.
	return !is(p.det, rPointsBack)
}

// orgSoFar reports whether tokens [s, e) hold an organisation word.
func (tr *tracker) orgSoFar(s, e int) bool {
	for k := s; k < e; k++ {
		if _, ok := orgWords[tr.c.lowAt(k)]; ok {
			return true
		}
	}
	return false
}

// modifiersKnown reports whether a definite description adds no words
// beyond its determiner and head, or only words found in a name seen
// before: "the ministry" and "the defense ministry" after "Defense
// Ministry" point back, "the finance ministry" after "the housing
// ministry" does not.
func (tr *tracker) modifiersKnown(p phrase) bool {
	c := tr.c
	for k := p.start + 1; k < p.head; k++ {
		if c.toks[k].Kind != text.Word {
			continue
		}
		l := c.lowAt(k)
		if _, ok := titles[l]; ok && p.typ == hPerson {
			continue // "the deputy minister", "the former president"
		}
		if is(l, rPlainMod) {
			continue
		}
		found := false
		for i := len(tr.recent) - 1; i >= 0 && len(tr.recent)-i <= lookBack; i-- {
			if containsFold(tr.recent[i].name, c.textAt(k)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// containsFold reports whether word occurs in s, ignoring ASCII case.
func containsFold(s, word string) bool {
	n := len(word)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], word) {
			return true
		}
	}
	return false
}
