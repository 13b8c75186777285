package names

import (
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// A speaker says whether a mention is cited as a source ("Shin said",
// "according to Shin", "..., said Shin") and by what cue. The speakers of a
// text are a slice indexed by mention.
type speaker struct {
	cited bool
	cue   string
}

// findSpeakers returns the speaker of every mention: cited when next to a
// speech verb, which the names analyzer finds itself so as not to depend
// on another detector's recall, or when the head of one of the sources
// analyzer's attributions. A mention cited both ways keeps the verb's cue.
func findSpeakers(doc *text.Document, mentions []mention, res *sources.Result) []speaker {
	speakers := make([]speaker, len(mentions))
	citedNextToVerb(doc, mentions, speakers)
	if res == nil {
		return speakers
	}
	// Attributions are in text order, as are mentions: one merge.
	j := 0
	for _, a := range res.Attributions {
		if a.Anonymous {
			continue
		}
		for j < len(mentions) && mentions[j].span.End <= a.Mention.Start {
			j++
		}
		for k := j; k < len(mentions) && mentions[k].span.Start < a.Mention.End; k++ {
			// The name must be the head of the source, not a
			// modifier: "Zimbabwean intelligence reports".
			if a.Mention.Contains(mentions[k].span) && mentions[k].span.End == a.Mention.End && !speakers[k].cited {
				speakers[k] = speaker{true, a.Cue}
			}
		}
	}
	return speakers
}

// citedNextToVerb marks in speakers the mentions written just before a
// speech verb ("Shin said"), after "according to", or after a speech verb
// that follows a quotation or clause (", said Shin.").
func citedNextToVerb(doc *text.Document, mentions []mention, speakers []speaker) {
	toks := doc.Tokens
	for k := range mentions {
		m := &mentions[k]
		first, last := m.tok, m.after // the name's first token, the token after it
		if m.possessive {
			continue // "Obama's" is not a speaker
		}
		if last < len(toks) && toks[last].Kind == text.Word {
			if _, ok := speech[toks[last].In(doc.Lower)]; ok {
				speakers[k] = speaker{true, toks[last].In(doc.Lower)}
				continue
			}
		}
		// Skip back over the titles before the name.
		p := first - 1
		for p >= 0 && (toks[p].In(doc.Text) == "." || toks[p].Kind == text.Word && toks[p].IsCapitalized(doc.Text)) && toks[p].End >= m.span.Start-40 {
			if toks[p].Kind == text.Word {
				if _, ok := titles[toks[p].In(doc.Lower)]; !ok {
					break
				}
			}
			p--
		}
		if p >= 1 && toks[p].In(doc.Lower) == "to" && toks[p-1].In(doc.Lower) == "according" {
			speakers[k] = speaker{true, "according to"}
			continue
		}
		if p >= 0 && toks[p].Kind == text.Word && (last >= len(toks) || toks[last].Kind == text.Punct) {
			if _, ok := speech[toks[p].In(doc.Lower)]; ok && p > 0 && toks[p-1].Kind == text.Punct {
				// ", said Shin." — the verb follows the quote or clause.
				speakers[k] = speaker{true, toks[p].In(doc.Lower)}
			}
		}
	}
}

// Limits on whom a speaker is compared with. A rewrite garbles the name of
// the person the passage is about, introduced shortly before; looking
// further, among every name of a long text, a famous surname cited alone
// ("Gandhi said") would find some look-alike by chance.
const (
	// recentPeople is how many of the latest people introduced before
	// the speaker are candidates.
	recentPeople = 8
	// recentBytes is how far back they may have been introduced.
	recentBytes = 6000
)

// unintroduced reports the cited speakers that the text names nowhere else
// and never introduces, when they resemble a person it has just
// introduced: a rewrite that turned "Shin said" into "Sika said". A
// speaker who resembles no one is more often an organization or a figure
// known by surname alone ("Putin said") than a slip, and is left alone.
func unintroduced(doc *text.Document, words []word, mentions []mention, t *tallied, speakers []speaker, report func(w *word, canonical, why string)) {
	spellings, of := t.spellings, t.of
	// The people the text introduces in full, in order.
	var people []int // mention indexes
	for i := range mentions {
		m := &mentions[i]
		if m.last-m.first < 2 {
			continue
		}
		for j := m.first; j < m.last; j++ {
			if s := spellings[of[j]]; s.mid > 0 && personLike(s) {
				people = append(people, i)
				break
			}
		}
	}
	if len(people) == 0 {
		return
	}
	p := 0 // people[:p] are introduced before the current speaker
	for i := range speakers {
		sp := &speakers[i]
		if !sp.cited {
			continue
		}
		m := &mentions[i]
		for p < len(people) && people[p] < i {
			p++
		}
		if m.last-m.first != 1 || doc.InQuote(m.span) {
			// A full name introduces itself; a name inside a
			// quotation is quoted text, not the article's source.
			continue
		}
		w := &words[m.first]
		s := spellings[of[m.first]]
		if s.count > 1 || s.full > 0 || s.lower > 0 || !personLike(s) || pluralOfName(s.key, t) {
			continue
		}
		var best *spelling
		bestD := 0
		var seen [recentPeople][2]int // the people looked at: first and last word's spelling
		n := 0
		for k := p - 1; k >= 0; k-- {
			pm := &mentions[people[k]]
			if pm.span.Start < m.span.Start-recentBytes {
				break
			}
			who := [2]int{of[pm.first], of[pm.last-1]}
			if seenBefore(seen[:n], who) {
				continue
			}
			if n == recentPeople {
				break
			}
			seen[n] = who
			n++
			for j := pm.first; j < pm.last; j++ {
				c := spellings[of[j]]
				if d, ok := resembles(s, c); ok && (best == nil || d < bestD) {
					best, bestD = c, d
				}
			}
		}
		if best != nil {
			report(w, best.form, "“"+w.form+"” is cited as a source (“"+sp.cue+"”), but the text never introduces anyone of that name; the person it introduced just before with the closest name is “"+best.form+"”.")
		}
	}
}

// personLike reports whether a spelling may be a person's surname: not an
// ordinary word, a place, a month, an outlet or an acronym, no contraction
// ("We’re"), no compound with an ordinary word ("Pakistan-based") and no
// run of capitals inside ("MakingStarWars").
func personLike(s *spelling) bool {
	if s.runes < minRunes-1 || s.acronym || s.common || s.calendar || s.known {
		return false
	}
	if _, ok := outlets[s.key]; ok {
		return false
	}
	inner := 0
	for i, part := range strings.FieldsFunc(s.key, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }) {
		if i > 0 && (isCommonWord(part) || len(part) <= 2) {
			return false
		}
	}
	for i, r := range s.form {
		if i > 0 && unicode.IsUpper(r) {
			inner++
		}
	}
	return inner <= 1
}

// pluralOfName reports whether key is the plural of a name of the text:
// "the Hendersons" after "Peter Henderson".
func pluralOfName(key string, t *tallied) bool {
	for _, suffix := range [...]string{"s", "es"} {
		if stem, ok := strings.CutSuffix(key, suffix); ok {
			if _, ok := t.index[stem]; ok {
				return true
			}
		}
	}
	return false
}

// resembles reports whether the speaker's name s is near enough to c, a
// name of an introduced person, to have been meant for it, and their edit
// distance: the same initial, lengths within a letter, and at most three
// letters in four changed, fewer than either name has.
func resembles(s, c *spelling) (int, bool) {
	if s == c || s.key[0] != c.key[0] || s.runes-c.runes > 1 || c.runes-s.runes > 1 || !personLike(c) {
		return 0, false
	}
	d := levenshtein.ComputeDistance(s.key, c.key)
	return d, d*4 <= max(s.runes, c.runes)*3 && d < min(s.runes, c.runes)
}

func seenBefore(seen [][2]int, who [2]int) bool {
	for _, x := range seen {
		if x == who {
			return true
		}
	}
	return false
}
