package sources

import (
	"github.com/siftnews/sift/internal/analyze/text"
)

// This file decides which text each attribution covers, and indexes the
// claims so that For answers in logarithmic time.

// claimRef is one claim span of one attribution.
type claimRef struct {
	text.Span
	attr int
}

// maxScan bounds how many claims For looks at before s.
const maxScan = 256

// claimIndex is every claim span, sorted by start.
type claimIndex struct {
	refs   []claimRef
	tmp    []claimRef // scratch for sorting
	maxLen int        // the longest span, which bounds the backward scan
}

func (x *claimIndex) build(attrs []Attribution) {
	n := 0
	for i := range attrs {
		n += len(attrs[i].Claim)
	}
	if cap(x.refs) < n {
		x.refs = make([]claimRef, 0, n)
	}
	x.refs = x.refs[:0]
	for i := range attrs {
		for _, c := range attrs[i].Claim {
			x.refs = append(x.refs, claimRef{c, i})
			if c.Len() > x.maxLen {
				x.maxLen = c.Len()
			}
		}
	}
	x.tmp = sortRefs(x.refs, x.tmp)
}

// sortRefs sorts refs by start, then end, stably, using tmp as scratch and
// returning it for reuse. Refs arrive nearly in order (a sentence's claims
// follow its mention): ordered input costs one pass, and a merge sort
// bounds the rest at n log n. A hand-written sort keeps the generic sort's
// many instantiated helpers out of the wasm binary.
func sortRefs(refs, tmp []claimRef) []claimRef {
	for i := 1; i < len(refs); i++ {
		if refBefore(&refs[i], &refs[i-1]) {
			if cap(tmp) < len(refs) {
				tmp = make([]claimRef, len(refs))
			}
			mergeSort(refs, tmp[:len(refs)])
			break
		}
	}
	return tmp
}

// mergeSort sorts a stably, with tmp at least half as long as a.
func mergeSort(a, tmp []claimRef) {
	n := len(a)
	if n <= 16 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && refBefore(&a[j], &a[j-1]); j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	m := n / 2
	mergeSort(a[:m], tmp)
	mergeSort(a[m:], tmp)
	if !refBefore(&a[m], &a[m-1]) {
		return // the halves are already in order
	}
	// The left half moves aside; the merge writes behind the right half's
	// reading position, so it needs no room of its own.
	copy(tmp, a[:m])
	for i, j, k := 0, m, 0; i < m; k++ {
		if j < n && refBefore(&a[j], &tmp[i]) {
			a[k] = a[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
	}
}

func refBefore(a, b *claimRef) bool {
	return a.Start < b.Start || a.Start == b.Start && a.End < b.End
}

// find returns the attribution whose claim span holds s; when several do,
// the narrowest, which is the one most closely attached to it.
func (x *claimIndex) find(s text.Span) int {
	// First claim starting after s.Start.
	lo, hi := 0, len(x.refs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.refs[m].Start <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	best, bestLen := -1, 0
	// Claims are a sentence or two, so the one holding s starts a few
	// entries back; the cap keeps a pathological text (one endless line
	// with an open quotation) from making every call linear.
	for k := lo - 1; k >= 0 && k >= lo-maxScan && x.refs[k].Start >= s.End-x.maxLen; k-- {
		r := &x.refs[k]
		if r.Contains(s) && (best < 0 || r.Len() < bestLen) {
			best, bestLen = r.attr, r.Len()
		}
	}
	return best
}

// claims computes the claim spans of every attribution. sentOf holds the
// sentence index of each attribution's mention.
func claims(doc *text.Document, attrs []Attribution, sentOf []int) {
	// owner maps a sentence to the first attribution in it, or -1.
	owner := make([]int32, len(doc.Sentences))
	for i := range owner {
		owner[i] = -1
	}
	for i, si := range sentOf {
		if owner[si] < 0 {
			owner[si] = int32(i)
		}
	}
	sents := doc.Sentences
	toks := doc.Tokens
	// Every claim starts with room for four spans in one shared array:
	// the sentence around its mention, a quotation and a sentence next to
	// it fit, and only the rare longer claim allocates.
	const room = 4
	arena := make([]text.Span, room*len(attrs))
	for i := range attrs {
		if attrs[i].Claim == nil {
			// Capped at its own room, so a longer claim reallocates
			// rather than spilling into the next one's. (Sliced in two
			// steps, the cap needs no bounds checks of its own.)
			own := arena[room*i : room*(i+1)]
			attrs[i].Claim = own[:0:len(own)]
		}
	}
	for g := 0; g < len(attrs); {
		si := sentOf[g]
		st := sents[si]
		n := 1
		for g+n < len(attrs) && sentOf[g+n] == si {
			n++
		}
		if n == 1 {
			a := &attrs[g]
			a.Claim = appendMinus(a.Claim, st.Span, a.Mention)
		} else {
			clauses(doc, st, attrs[g:g+n])
		}
		g += n
	}
	for i := range attrs {
		a := &attrs[i]
		si := sentOf[i]
		s := sents[si].Span
		// Quotations the sentence holds or ends, whole, when they touch
		// the attribution's part of it.
		for _, q := range quotesIn(doc, s) {
			if !s.Contains(q) && touches(a.Claim, q) {
				a.Claim = append(a.Claim, q)
			}
		}
		st := sents[si]
		// "He said:" covers what follows.
		if last := &toks[st.Last-1]; last.In(doc.Text) == ":" && si+1 < len(sents) && (i+1 == len(attrs) || sentOf[i+1] != si) {
			if owner[si+1] < 0 {
				a.Claim = append(a.Claim, sents[si+1].Span)
			}
		}
		// "This is what the minister said." covers what came before.
		if si > 0 && st.Last-st.First <= 15 {
			if is(lower(toks[st.First].In(doc.Lower)), rBackRef) && owner[si-1] < 0 {
				a.Claim = append(a.Claim, sents[si-1].Span)
			}
		}
	}
	// A quotation that goes on after its attributed sentence, in the next
	// sentence or paragraph, stays with the speaker.
	for si := 1; si < len(sents); si++ {
		if owner[si] >= 0 {
			continue
		}
		prev := int(owner[si-1])
		if prev < 0 {
			continue
		}
		st := sents[si]
		first := &doc.Tokens[st.First]
		if !isOpenQuote(first.In(doc.Text)) && !continuesQuote(doc, st.Span) {
			continue
		}
		// The speaker is the last attribution of the previous sentence.
		last := prev
		for last+1 < len(attrs) && sentOf[last+1] == si-1 {
			last++
		}
		if !quoted(doc, attrs[last].Claim) {
			continue
		}
		attrs[last].Claim = append(attrs[last].Claim, st.Span)
		owner[si] = int32(last)
	}
}

// clauses divides sentence st among its attributions as, which are in
// text order and more than one. Each attribution covers the clause it
// governs: "X said <complement>" reaches from its cue to where the next
// attribution begins, and "<claim>, X said" reaches back to where the one
// before it ended. An attribution followed by no more than a conjunction
// or a comma before the next one (or the sentence's end) governs what
// comes before it.
func clauses(doc *text.Document, st text.Sentence, as []Attribution) {
	toks := doc.Tokens
	pos := st.First // the first token not yet given to anyone
	for i := range as {
		a := &as[i]
		ms, me := int(a.mStart), int(a.mEnd)
		ae := max(me, int(a.cueTok)+1)
		next := st.Last
		if i+1 < len(as) {
			b := &as[i+1]
			next = int(min(b.mStart, b.cueTok))
		}
		next = max(next, ae)
		end := ae
		if i+1 == len(as) || hasContent(doc, ae, next) {
			end = next // X said <complement>
		}
		if i+1 == len(as) {
			end = st.Last
		}
		lo := min(pos, ms)
		a.Claim = appendTokens(a.Claim, toks, lo, ms)
		a.Claim = appendTokens(a.Claim, toks, max(me, lo), end)
		pos = max(pos, end)
	}
}

// hasContent reports whether tokens [s, e) hold two or more words other
// than the conjunctions and complementisers that join two clauses: a
// complement of its own rather than a bridge to the next attribution.
func hasContent(doc *text.Document, s, e int) bool {
	n := 0
	for k := s; k < e && n < 2; k++ {
		if t := &doc.Tokens[k]; t.Kind != text.Punct && !is(t.In(doc.Lower), rJoiner) {
			n++
		}
	}
	return n >= 2
}

// appendTokens appends the span of tokens [s, e), if any.
func appendTokens(dst []text.Span, toks []text.Token, s, e int) []text.Span {
	if s >= e {
		return dst
	}
	return append(dst, text.Span{Start: toks[s].Start, End: toks[e-1].End})
}

// touches reports whether q overlaps any span of claim.
func touches(claim []text.Span, q text.Span) bool {
	for _, c := range claim {
		if c.Overlaps(q) {
			return true
		}
	}
	return false
}

// appendMinus appends s without the part covered by m.
func appendMinus(dst []text.Span, s, m text.Span) []text.Span {
	if !s.Overlaps(m) {
		return append(dst, s)
	}
	if m.Start > s.Start {
		dst = append(dst, text.Span{Start: s.Start, End: m.Start})
	}
	if m.End < s.End {
		dst = append(dst, text.Span{Start: m.End, End: s.End})
	}
	return dst
}

// quotesIn returns the quotations overlapping s.
func quotesIn(doc *text.Document, s text.Span) []text.Span {
	q := doc.Quotes
	lo, hi := 0, len(q)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if q[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	end := lo
	for end < len(q) && q[end].Start < s.End {
		end++
	}
	return q[lo:end]
}

// continuesQuote reports whether the sentence lies in a quotation that
// began before it.
func continuesQuote(doc *text.Document, s text.Span) bool {
	for _, q := range quotesIn(doc, s) {
		if q.Start < s.Start {
			return true
		}
	}
	return false
}

// quoted reports whether a claim includes a quotation.
func quoted(doc *text.Document, claim []text.Span) bool {
	for _, c := range claim {
		if len(quotesIn(doc, c)) > 0 {
			return true
		}
	}
	return false
}
