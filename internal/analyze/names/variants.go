package names

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Limits that keep the comparison linear and the matches typos.
const (
	// minRunes is the length below which one letter is too large a share
	// of a name to call a difference a typo ("Kim" and "Kin").
	minRunes = 4
	// minShort is the shortest name compared at all; names under
	// minRunes need more context (see shortSlip).
	minShort = 2
	// maxRunes bounds the deletion keys made per spelling.
	maxRunes = 40
	// maxBucket bounds the spellings compared under one deletion key;
	// real texts stay far below it.
	maxBucket = 32
)

// A variant is a spelling taken for a typo of another.
type variant struct {
	canonical *spelling
	edit      edit
}

// asVariant reports whether s may be a misspelling: a name word written
// rarely, long enough, and neither an ordinary word nor a real name of its
// own.
func asVariant(s *spelling) bool {
	return mayBeSlip(s) && !s.known
}

// mayBeSlip is asVariant but for real names, which may still be slips in
// context (see typoOf).
func mayBeSlip(s *spelling) bool {
	if s.count > 2 || s.runes < minShort || s.runes > maxRunes || s.lower > 0 {
		return false
	}
	return !s.acronym && !s.common && !s.calendar && !s.title
}

// asCanonical reports whether s may be the name a variant stands for: a
// name the text writes capitalized where capitals are not automatic, or a
// word that is no ordinary word.
func asCanonical(s *spelling) bool {
	if s.mid == 0 || s.runes < minShort || s.runes > maxRunes || s.acronym || s.calendar {
		return false
	}
	return true
}

// ordinary reports whether s is an ordinary word: common in English or
// written in lower case elsewhere in the text.
func ordinary(s *spelling) bool { return s.lower > 0 || s.common }

// deletionKeys returns the hash of key and of every string made by
// removing one rune of it. Two spellings one substitution, insertion,
// deletion or transposition apart share at least one of these, so looking
// spellings up by them finds every candidate pair without comparing all
// pairs. Hashes rather than strings spare an allocation per key; a
// collision only adds a candidate that classify then turns down.
func deletionKeys(key string, buf []uint64) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	hash := func(skipFrom, skipTo int) uint64 {
		h := uint64(offset)
		for i := 0; i < len(key); i++ {
			if i == skipFrom {
				i = skipTo - 1
				continue
			}
			h = (h ^ uint64(key[i])) * prime
		}
		return h
	}
	buf = append(buf[:0], hash(-1, -1))
	for i, r := range key {
		buf = append(buf, hash(i, i+utf8.RuneLen(r)))
	}
	return buf
}

// findVariants pairs every spelling that may be a typo with the spelling it
// most probably stands for.
func findVariants(t *tallied) map[*spelling]variant {
	spellings := t.spellings
	// The index maps a deletion key to the last of its entries; entries
	// chain to the one before under the same key. One flat slice and
	// one map of small values spare a slice per key.
	type bucket struct{ last, n int32 }
	type entry struct{ id, prev int32 }
	size := 0
	for _, s := range spellings {
		if asCanonical(s) {
			size += s.runes + 1
		}
	}
	index := make(map[uint64]bucket, size)
	entries := make([]entry, 0, size)
	var keys []uint64
	for id, s := range spellings {
		if !asCanonical(s) {
			continue
		}
		keys = deletionKeys(s.key, keys)
		for _, k := range keys {
			b, ok := index[k]
			if ok && (b.n >= maxBucket || entries[b.last].id == int32(id)) {
				continue
			}
			if !ok {
				b.last = -1
			}
			entries = append(entries, entry{int32(id), b.last})
			index[k] = bucket{int32(len(entries) - 1), b.n + 1}
		}
	}
	found := make(map[*spelling]variant)
	var seen []int32
	for id, v := range spellings {
		if !mayBeSlip(v) {
			continue
		}
		seen = seen[:0]
		best := variant{}
		keys = deletionKeys(v.key, keys)
		for _, k := range keys {
			b, ok := index[k]
			if !ok {
				continue
			}
			for x := b.last; x >= 0; x = entries[x].prev {
				cid := entries[x].id
				if int(cid) == id || containsID(seen, cid) {
					continue
				}
				seen = append(seen, cid)
				c := spellings[cid]
				e, ok := typoOf(v, c, t)
				if ok && (best.canonical == nil || c.count > best.canonical.count) {
					best = variant{c, e}
				}
			}
		}
		if best.canonical != nil {
			found[v] = best
		}
	}
	return found
}

func containsID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// typoOf reports whether v is probably a typo of c, and the slip.
func typoOf(v, c *spelling, t *tallied) (edit, bool) {
	spellings, index := t.spellings, t.index
	if !asCanonical(c) {
		return edit{}, false
	}
	short := min(v.runes, c.runes) < minRunes || max(v.runes, c.runes) <= minRunes
	if fold(v.key) == fold(c.key) {
		// Accents or hyphens written or not: a spelling choice.
		return edit{}, false
	}
	d := levenshtein.ComputeDistance(v.key, c.key)
	if d > 2 || d*4 > max(v.runes, c.runes)*2 {
		return edit{}, false
	}
	e := classify(v.key, c.key)
	if v.known && !(e.typical() && v.count < c.count && shareMate(v, c)) {
		// A real name of its own ("Alan") is a slip only in the
		// other's full name, written less often: "Patrick Alan"
		// beside "Patrick Allan" twice.
		return edit{}, false
	}
	if e.kind == notTypo || short && !shortSlip(e, v, c) || atEdge(e, v, c) && !edgeSlip(e, v, c) {
		return edit{}, false
	}
	if len(v.mates) > 0 && ordinary(c) && !c.title && !shareMate(v, c) &&
		!(e.typical() && letterScore(c.key)-letterScore(v.key) >= garbled) {
		// A word of someone's full name is not a slip for an
		// ordinary word written apart from that name: "Tree
		// Gelbman" and "Three", "François Hollande" and "Français".
		// "Souht Sudan" and "South Sudan" share the name's other
		// word; "Presidnet Jacob Zuma" has a title misspelled; a
		// common slip that leaves no English word ("Trend Micro
		// Newtwork") garbles the ordinary word.
		return edit{}, false
	}
	if !c.title && differentPeople(v, c, e, spellings, index) {
		return edit{}, false
	}
	// Which of the two is the slip: the rarer, if clearly rarer; between
	// spellings written equally often, the one that takes the less
	// likely slip or whose letters read clearly less like English (see
	// preferCanonical). Which one the text
	// writes first, or in full, was tried as well and told nothing: a
	// slip is as likely in the introduction as after it.
	switch {
	case v.count < c.count:
		if v.count > 1 && v.count*3 > c.count {
			return edit{}, false
		}
	case v.count == c.count:
		if asVariant(c) && !preferCanonical(c, v, e) {
			return edit{}, false
		}
		if ordinary(c) && e.kind == substitution && !e.adjacent && letterScore(c.key)-letterScore(v.key) < garbled {
			// An ordinary word capitalized once mid-sentence is
			// as often a title ("Magic Mike") as a name: against
			// it only the likeliest slip, a neighbouring key,
			// counts, or one that leaves no word ("Uneted
			// States").
			return edit{}, false
		}
	default:
		return edit{}, false
	}
	return e, true
}

// atEdge reports whether the slip touches the first or the last letter,
// where spellings that are both right tend to differ: names that rhyme
// ("York", "Work"), inflections and demonyms ("Korea", "Korean", "Iraqi",
// "Clintons"), related words ("Communism", "Communist") and given names
// ("Maria", "Mario"). Typists rarely miss a first letter, and the one slip
// at the end that keeps both readings apart, swapping the last two
// letters, is still counted.
func atEdge(e edit, v, c *spelling) bool {
	if e.at == 0 {
		return true
	}
	switch e.kind {
	case substitution:
		return e.at == c.runes-1
	case deletion:
		// A doubled last letter written single is a plain slip
		// ("Kirchof"), but for a plural's "s".
		return e.at == c.runes-1 && !(e.doubled && e.want != "s")
	case insertion:
		return e.at >= v.runes-1 && !(e.doubled && e.got != "s")
	}
	return false
}

// shortSlip reports whether two short names ("Un", "Um") are one name all
// the same: in one letter of so few, names differ as often as typists slip
// ("Kim", "Kin"), so it takes a common slip in the rarer spelling, inside
// a full name that shares two other words with the other's: "Kim Jong Um"
// beside "Kim Jong Un", not "Wang Lu" beside "Wang Li".
func shortSlip(e edit, v, c *spelling) bool {
	if !e.typical() || v.count >= c.count || e.got == "s" || e.want == "s" {
		return false
	}
	shared := 0
	for _, m := range v.mates {
		if hasString(c.mates, m) {
			shared++
		}
	}
	return shared >= 2
}

// edgeSlip reports whether a slip at the edge of a name is a typo all the
// same: a common slip, in a spelling written no more often than the other,
// no "s" added, dropped or changed at the end ("Francs", "France"), and
// with evidence beyond the letters: a name written with the same other
// words as the other spelling ("Jim Varrey" beside "Jim Carrey"), or, in a
// spelling written less often, letters that read clearly less like a word
// ("Ogogle" beside "Google"; not "Emacs" beside "XEmacs"), or a spelling
// written once against one written edgeMajority times or more ("Hahoo"
// beside "Yahoo" all through the text).
func edgeSlip(e edit, v, c *spelling) bool {
	if !e.typical() || v.count > c.count {
		return false
	}
	if e.at > 0 && (e.got == "s" || e.want == "s") {
		return false // "Francs", "France"
	}
	if shareMate(v, c) {
		return true
	}
	return v.count < c.count && (letterScore(c.key)-letterScore(v.key) >= garbled || v.count == 1 && c.count >= edgeMajority)
}

// differentPeople reports whether the two spellings belong to different
// people the text names in full. "Ann Whitaker" and "Anne Delacroix" share
// no other word, and a surname recurs, so they are two people, while "Jon
// Sopel" and "Jon Sopl" are one. A spelling written only in a full
// name with someone else's established surname, a name the text repeats,
// is that person's: "Osama bin Laden" beside "Obama", "François Hollande"
// beside "Français".
func differentPeople(v, c *spelling, e edit, spellings []*spelling, index map[string]int) bool {
	established := func(list []string) bool {
		for _, p := range list {
			if id, ok := index[p]; ok && spellings[id].count >= 2 {
				return true
			}
		}
		return false
	}
	if len(v.partners) > 0 && len(c.partners) > 0 {
		for _, p := range v.partners {
			if hasString(c.partners, p) {
				return false
			}
		}
		return established(v.partners) || established(c.partners)
	}
	if len(v.partners) > 0 && v.full == v.count {
		// Unless c is never written with a surname of its own and
		// the two differ by a common slip: "Jaon Snell" beside
		// "Jason" alone is Jason Snell.
		if len(c.partners) == 0 && e.typical() {
			return false
		}
		return established(v.partners)
	}
	return false
}

// shareMate reports whether two spellings are written in full names with a
// word in common.
func shareMate(v, c *spelling) bool {
	for _, m := range v.mates {
		if hasString(c.mates, m) {
			return true
		}
	}
	return false
}

// tieMargin is the least difference in letterScore, in bits, that decides
// between two spellings written equally often. Under it (a factor of four
// in likelihood) the letters are no evidence, and neither spelling is
// flagged: on the planted-typo set such close calls went either way.
const tieMargin = 2

// preferCanonical reports whether, of two spellings written equally often,
// c is clearly the intended one and v the slip.
func preferCanonical(c, v *spelling, e edit) bool {
	// The letters are weak evidence on names from other languages: they
	// count for at most maxLetterBits.
	score := min(max(letterScore(c.key)-letterScore(v.key), -maxLetterBits), maxLetterBits)
	// A letter dropped is a slip wherever it was; a letter added
	// mostly doubles a neighbour or strikes a key next to one. So of
	// "Toolar" and "Toolbar" the longer is meant: "b" is an unlikely
	// extra letter between "l" and "a".
	switch {
	case e.kind == deletion && !e.doubled && !e.nearKey:
		score += oddInsertion
	case e.kind == insertion && !e.doubled && !e.nearKey:
		score -= oddInsertion
	}
	return score >= tieMargin
}

// oddInsertion weighs, in bits, the evidence of an extra letter that
// neither doubles nor neighbours the letters around it: typists seldom
// strike such a key, so it outweighs what the letters say.
const oddInsertion = 12

// edgeMajority is how often a name must be written for a slip at its edge
// in a spelling written once to count without further evidence.
const edgeMajority = 4

// maxLetterBits bounds what letterScore may tell between two spellings.
const maxLetterBits = 8

// garbled is the least difference in letterScore, in bits, by which a word
// of a full name must read less like English than the ordinary word it
// resembles to be taken for a garbling of it ("Trend Micro Newtwork" and
// "Network", not "Tree Gelbman" and "Three").
const garbled = 4

// fold lowers a key's accented Latin letters to their base letters and
// drops hyphens and apostrophes, so that "José" and "Jose", "Won-sik" and
// "Wonsik" fold alike.
func fold(key string) string {
	plain := true
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 || key[i] == '-' || key[i] == '\'' {
			plain = false
			break
		}
	}
	if plain {
		return key
	}
	var b strings.Builder
	for _, r := range key {
		switch {
		case r == '-' || r == '\'' || r == '’':
			continue
		case r < 0x80:
			b.WriteRune(r)
		default:
			b.WriteString(baseLetter(r))
		}
	}
	return b.String()
}

// baseLetter maps the accented Latin letters news text uses to their base.
func baseLetter(r rune) string {
	const from = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűųýÿźżž"
	const to = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorssstuuuuuuuuyyzzz"
	i := 0
	for _, f := range from {
		if f == r {
			return to[i : i+1]
		}
		i++
	}
	switch r {
	case 'ß':
		return "ss"
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	}
	return string(r)
}

// why explains a variant to the reader.
func why(v *spelling, x variant) string {
	c := x.canonical
	s := "“" + v.form + "” is probably a misspelling of “" + c.form + "”"
	switch {
	case c.count > 1:
		s += ", written " + strconv.Itoa(c.count) + " times in the text"
	case c.introduced():
		s += ", as the text introduces the name"
	}
	return s + ": " + describe(x.edit) + "."
}
