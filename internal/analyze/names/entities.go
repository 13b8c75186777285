package names

import (
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze/text"
)

// A spelling is one distinct name word of the text, lower-cased, with what
// the text shows of it. Mentions of one entity share their spellings: the
// full name, the surname alone and the possessive all count for "Obama".
type spelling struct {
	key  string
	form string // as first written
	// count is the number of times it is written capitalized; mid the
	// number of those not at the start of a sentence or line.
	count, mid int
	// full counts mentions of two words or more ("Barack Obama") that
	// hold it; titled counts mentions after a title ("Mr Obama").
	full, titled int
	// lower counts the times the text writes it in lower case, as an
	// ordinary word.
	lower int
	// first is the index of its first word.
	first int
	// mates are the other words of the full names that hold it, and
	// partners those of them that follow it, the surnames of a given
	// name; ordinary words and dates are left out, and at most maxMates
	// kept.
	mates, partners []string
	runes           int
	// common caches isCommonWord(key), asked of every mention; acronym
	// caches isAcronymLike(form), and calendar, title and known whether
	// the key is a month or day, a title or a known real name: the
	// comparisons ask them of every candidate pair.
	common, acronym, calendar, title, known bool
}

const maxMates = 8

// introduced reports whether the text presents the name properly at least
// once: as part of a full name, or after a title.
func (s *spelling) introduced() bool { return s.full > 0 || s.titled > 0 }

// tallied is what tally learns of a text's name words.
type tallied struct {
	// spellings are in order of first appearance; of gives each word's
	// spelling and index each key's.
	spellings []*spelling
	of        []int
	index     map[string]int
}

// tally groups the words by spelling.
func tally(doc *text.Document, words []word, mentions []mention) *tallied {
	index := make(map[string]int, len(words)/2)
	var spellings []*spelling
	of := make([]int, len(words))
	// First give every word its spelling, so that the words of a full
	// name can be asked about without looking them up again.
	for i := range words {
		w := &words[i]
		id, ok := index[w.key]
		if !ok {
			id = len(spellings)
			index[w.key] = id
			s := &spelling{key: w.key, form: w.form, first: i, runes: utf8.RuneCountInString(w.key),
				common: isCommonWord(w.key), acronym: isAcronymLike(w.form)}
			_, s.calendar = calendar[w.key]
			_, s.title = titles[w.key]
			_, s.known = known[w.key]
			spellings = append(spellings, s)
		}
		of[i] = id
	}
	for i := range words {
		w := &words[i]
		s := spellings[of[i]]
		s.count++
		if w.mention < 0 {
			// A title word: compared, but no one's name.
			if !w.initial && !w.heading {
				s.mid++
			}
			continue
		}
		common := s.common
		m := &mentions[w.mention]
		long := m.last-m.first >= 2
		// Capitals mark a name where they are not automatic: not at
		// a sentence start, unless in a run of names ("Eloise Parry,
		// 21, was"), and, for ordinary words, not on a headline.
		if !w.initial && (!w.heading || !common) || w.initial && long && !common {
			s.mid++
		}
		if m.titled {
			s.titled++
		}
		if long {
			s.full++
			for j := m.first; j < m.last; j++ {
				o := spellings[of[j]]
				if j == i || o.common || o.calendar {
					continue
				}
				if len(s.mates) < maxMates && !hasString(s.mates, o.key) {
					s.mates = append(s.mates, o.key)
					if j > i {
						s.partners = append(s.partners, o.key)
					}
				}
			}
		}
	}
	// A spelling the text also writes in lower case is an ordinary word.
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		if t.Kind == text.Word && !t.IsCapitalized(doc.Text) {
			if id, ok := index[t.In(doc.Lower)]; ok {
				spellings[id].lower++
			}
		}
	}
	return &tallied{spellings: spellings, of: of, index: index}
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
