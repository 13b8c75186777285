// Package sources finds who claims are attributed to ("the minister told
// Bloomberg", "according to officials", a "he said" traced back to the person
// named before) and which sentences each attribution covers.
//
// An attribution is a cue — a verb of saying, believing or finding ("said",
// "wants", "polls show"), "according to", or a quotation introduced by a
// colon — and the phrase that names its source, read outwards from the cue
// over the shared tokens. Pronouns and definite descriptions ("he", "the
// minister", "the company") are traced to the most recent compatible name.
// Each source mention is reported as a finding; the Result tells the
// figures, hedges and names analyzers which claim belongs to whom.
package sources

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Analyzer marks source mentions. Its result is a *Result, which the
// figures, hedges and names analyzers read.
var Analyzer = &analysis.Analyzer{
	Name:  "sources",
	Doc:   "Sources marks who each claim is attributed to, resolving pronouns to the name before.",
	Kinds: []analysis.Kind{analysis.KindSource},
	Run:   run,
}

// Attribution is one claim's source.
type Attribution struct {
	// Mention is the source as written: "he", "the minister", "Shin Won-sik".
	Mention text.Span
	// Name is the resolved name: the person or body a pronoun or title
	// refers to, or the mention itself.
	Name string
	// Cue is the attributing word or construction: "said", "according to",
	// or "quote" for a quotation introduced by a colon.
	Cue string
	// Anonymous marks unnamed sourcing.
	Anonymous bool
	// Claim is the text the attribution covers: its sentence, minus the
	// source and cue, or a quotation, possibly reaching an adjacent sentence.
	Claim []text.Span

	// The mention's tokens [mStart, mEnd) and the cue's first token, which
	// divide a sentence among its attributions.
	mStart, mEnd, cueTok int32
}

// Result holds the attributions in text order.
type Result struct {
	Attributions []Attribution
	index        claimIndex
}

// For returns the attribution whose claim covers s, or nil when s is
// unsourced. A nil Result attributes nothing. When several claims cover s,
// the narrowest wins. It costs O(log n) plus the claims that start within
// one claim's length before s.
func (r *Result) For(s text.Span) *Attribution {
	if r == nil || len(r.Attributions) == 0 {
		return nil
	}
	if len(r.index.refs) == 0 {
		// A Result built by hand, not by the analyzer.
		r.index.build(r.Attributions)
	}
	if i := r.index.find(s); i >= 0 {
		return &r.Attributions[i]
	}
	return nil
}

// At returns the attribution whose mention starts at byte offset off, or
// nil: the names analyzer uses it to see whether a name is a source.
func (r *Result) At(off int) *Attribution {
	if r == nil {
		return nil
	}
	a := r.Attributions
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m].Mention.Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a) && a[lo].Mention.Start == off {
		return &a[lo]
	}
	return nil
}

func run(pass *analysis.Pass) any {
	doc := pass.Doc
	res := analyze(doc)
	for i := range res.Attributions {
		a := &res.Attributions[i]
		pass.Report(analysis.Finding{
			Kind:      analysis.KindSource,
			Start:     a.Mention.Start,
			End:       a.Mention.End,
			Why:       why(doc, a),
			Source:    a.Name,
			Cue:       a.Cue,
			Anonymous: a.Anonymous,
		})
	}
	return res
}

// analyze finds, resolves and indexes the attributions of doc.
func analyze(doc *text.Document) *Result {
	c := newChunker(doc)
	f := &finder{chunker: c, doc: doc}
	tr := newTracker(c, doc)
	// Most sentences hold one attribution or none: room for one each
	// saves growing the slices.
	res := &Result{Attributions: make([]Attribution, 0, len(doc.Sentences)+4)}
	var (
		sentOf   = make([]int, 0, cap(res.Attributions))
		cands    []candidate
		speaker  *entity
		deferred []int
		sorted   = true
	)
	for si, s := range doc.Sentences {
		tr.sent = si
		if isHeadline(doc, s) {
			continue
		}
		cands = f.sentence(s, cands[:0])
		sortCandidates(cands)
		deferred = deferred[:0]
		said := -1 // this sentence's attribution outside quotation marks
		// Walk the sentence in order, learning names as they come, so that
		// a pronoun is resolved against what was named before it.
		k := s.First
		for ci := 0; ci <= len(cands); ci++ {
			stop := s.Last
			if ci < len(cands) {
				stop = cands[ci].p.start
			}
			for k < stop {
				if c.isNameWord(k) {
					opens := startsClause(doc, s, k)
					if opens && nounTypes[c.lowAt(k)] != "" {
						k++ // "Officials said": a noun, not a name
						continue
					}
					r := tr.scanName(k, s.Last)
					if r.end == k+1 && opens && adverbOrQualifier(doc, k) {
						r.end = k // "Nearly 5 million …, he said": no one called Nearly
					}
					if r.end > k {
						if r.end > stop {
							k = stop // the name is the mention itself
							break
						}
						tr.see(r, false)
						k = r.end
						continue
					}
				}
				k++
			}
			if ci == len(cands) {
				break
			}
			cd := &cands[ci]
			if cd.join {
				continue
			}
			mention := text.Span{Start: doc.Tokens[cd.p.start].Start, End: doc.Tokens[cd.p.end-1].End}
			if n := len(res.Attributions); n > 0 && res.Attributions[n-1].Mention.Overlaps(mention) {
				continue // one source, two cues: "he said and added"
			}
			quoted := doc.InQuote(mention)
			if cd.p.typ == hPron && firstPerson(c.lowAt(cd.p.head)) {
				if !quoted && !openQuoteBefore(doc, s, cd.p.head) {
					// "I" or "we" outside any quotation is the writer, or
					// a speaker whose quotation marks were lost: no source
					// to name.
					continue
				}
				// "“We will not pay,” the minister said": who "we" is
				// comes later in the sentence.
				deferred = append(deferred, ci)
				continue
			}
			e := tr.resolve(cd.p, nil)
			a := attribution(doc, cd, e, si)
			if e != nil && !quoted {
				speaker = e
			}
			if cd.p.typ == hName && cd.p.start < cd.p.end {
				k = max(k, cd.p.head+1)
			}
			if !quoted {
				said = len(res.Attributions)
			}
			res.Attributions = append(res.Attributions, a)
			sentOf = append(sentOf, si)
		}
		for _, ci := range deferred {
			cd := &cands[ci]
			e := tr.resolve(cd.p, speaker)
			a := attribution(doc, cd, e, si)
			if e == nil && said >= 0 {
				// The speaker named, but not resolved: "“We …,” he said."
				a.Name, a.Anonymous = res.Attributions[said].Name, res.Attributions[said].Anonymous
			}
			res.Attributions = append(res.Attributions, a)
			sentOf = append(sentOf, si)
			sorted = false
		}
	}
	if !sorted {
		sortAttributions(res.Attributions, sentOf)
	}
	claims(doc, res.Attributions, sentOf)
	res.index.build(res.Attributions)
	return res
}

// adverbOrQualifier reports whether the capitalized word k, opening a
// clause, is an adverb in -ly that is no first name ("Nearly", "Roughly",
// "Currently"; not "Kelly") or a word qualifying the number after it
// ("Almost 40", "Some 200"), rather than a name.
func adverbOrQualifier(doc *text.Document, k int) bool {
	l := doc.Tokens[k].In(doc.Lower)
	if _, given := firstNames[l]; strings.HasSuffix(l, "ly") && !given {
		return true
	}
	return k+1 < len(doc.Tokens) && doc.Tokens[k+1].Kind == text.Number && !doc.Tokens[k+1].NewlineBefore
}

// attribution builds the attribution of a candidate resolved to e.
func attribution(doc *text.Document, cd *candidate, e *entity, si int) Attribution {
	mention := text.Span{Start: doc.Tokens[cd.p.start].Start, End: doc.Tokens[cd.p.end-1].End}
	a := Attribution{Mention: mention, Cue: cd.cue, Name: mention.In(doc.Text), mStart: int32(cd.p.start), mEnd: int32(cd.p.end), cueTok: int32(cd.cueI)}
	if e != nil {
		e.srcSent = si
		a.Name, a.Anonymous = e.name, e.anon
	}
	return a
}

// sortAttributions orders attributions by mention, keeping sentOf in step.
func sortAttributions(as []Attribution, sentOf []int) {
	for i := 1; i < len(as); i++ {
		for j := i; j > 0 && as[j].Mention.Start < as[j-1].Mention.Start; j-- {
			as[j], as[j-1] = as[j-1], as[j]
			sentOf[j], sentOf[j-1] = sentOf[j-1], sentOf[j]
		}
	}
}

func sortCandidates(cs []candidate) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].p.start < cs[j-1].p.start; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// why says in one sentence whom the claim is attributed to.
func why(doc *text.Document, a *Attribution) string {
	written := a.Mention.In(doc.Text)
	cue := "“" + a.Cue + "”"
	if a.Cue == "quote" {
		cue = "a quotation"
	}
	var who string
	tail := "."
	switch {
	case a.Anonymous:
		who = "Anonymous source: “" + written + "”"
	case a.Name != written:
		who = "Attributed to " + a.Name + " (“" + written + "”)"
	case oneOf(written, pronouns):
		who = "Attributed to “" + written + "”"
		tail = "; no name before it to trace it to."
	default:
		who = "Attributed to " + a.Name
	}
	return who + ", cue " + cue + tail
}

// firstPerson reports "I" and "we", with any contraction: "we'll", "I’d".
func firstPerson(w string) bool {
	// Cut at the first apostrophe of either kind. (IndexByte and Index
	// rather than IndexAny, which nothing else in the wasm needs.)
	if i := strings.IndexByte(w, '\''); i >= 0 {
		w = w[:i]
	}
	if i := strings.Index(w, "’"); i >= 0 {
		w = w[:i]
	}
	return w == "i" || w == "we"
}

// openQuoteBefore reports whether a quotation mark the parse did not pair
// opens in sentence s before token k and is not closed before it: the
// typewriter pairs “…” and a quotation running on from a paragraph
// before.
func openQuoteBefore(doc *text.Document, s text.Sentence, k int) bool {
	open := false
	for j := s.First; j < k; j++ {
		switch doc.Tokens[j].In(doc.Text) {
		case "`", "“", "\"", "«":
			open = true
		case "'":
			if j+1 < k && doc.Tokens[j+1].In(doc.Text) == "'" {
				open = false
			}
		case "”", "»":
			open = false
		}
	}
	return open
}

// pronouns are the pronouns a mention may be, as written.
var pronouns = []string{"he", "He", "she", "She", "they", "They", "it", "It", "we", "We", "I"}

// startsClause reports whether token k opens sentence s or a quotation,
// where any word is capitalised.
func startsClause(doc *text.Document, s text.Sentence, k int) bool {
	return k == s.First || k > 0 && isOpenQuote(doc.Tokens[k-1].In(doc.Text))
}

// isHeadline reports whether a sentence is a line of its own in title case
// ("Verizon Leaves Shareholders in the Dark"): its capitals are no names
// and its verbs no attributions.
func isHeadline(doc *text.Document, s text.Sentence) bool {
	toks := doc.Tokens
	if s.First > 0 && !toks[s.First].NewlineBefore {
		return false
	}
	if s.Last < len(toks) && !toks[s.Last].NewlineBefore {
		return false
	}
	if oneOf(toks[s.Last-1].In(doc.Text), sentenceEnds) {
		return false
	}
	long, capital := 0, 0
	for k := s.First; k < s.Last; k++ {
		if t := &toks[k]; t.Kind == text.Word && len(t.In(doc.Text)) >= 4 {
			long++
			if t.IsCapitalized(doc.Text) {
				capital++
			}
		}
	}
	return long >= 2 && capital*10 >= long*7
}
