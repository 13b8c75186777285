package main

import (
	"flag"
	"math/rand"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// plantSeed seeds the planted-typo set; other seeds give other sets from
// the same articles, to check that a change holds beyond one draw.
var plantSeed = flag.Int64("seed", 1, "seed of the planted-typo name-variant set")

// plantAnywhere lets the planted slip touch the first and last letters too,
// to measure what the detector's caution at the edges of a name costs.
var plantAnywhere = flag.Bool("typo-anywhere", false, "plant name typos on the first and last letters too")

// plantTypos makes the name-variant evaluation set: for each article a clean
// control, labeled for name variants with no gold (so every flag on it is a
// false alarm), and, when the article repeats a name, a copy with one typo
// planted in one mention of that name, gold-labeled with the original
// spelling as canonical. It is deterministic for a seed.
//
// The names are found from the text alone, without the engine's word lists,
// so that the set does not share the detector's assumptions: see
// repeatedNames. The typos are the four single slips of a typist (see
// applyTypo), never on the first letter, which typists rarely miss.
func plantTypos(articles []Item, seed int64) []Item {
	rng := rand.New(rand.NewSource(seed))
	var out []Item
	for _, a := range articles {
		out = append(out, Item{ID: a.ID + "/clean", Source: a.Source, Text: a.Text, Kinds: []string{"name-variant"}})
		names := repeatedNames(a.Text)
		if len(names) == 0 {
			continue
		}
		n := names[rng.Intn(len(names))]
		at := n.spans[rng.Intn(len(n.spans))]
		name := a.Text[at[0]:at[1]]
		words := wordSet(a.Text)
		typo := ""
		for try := 0; try < 20 && typo == ""; try++ {
			t := applyTypo(name, rng.Intn(4), rng)
			// A slip that spells another word of the text is not
			// a typo anyone could see.
			if t != name && !words[strings.ToLower(t)] {
				typo = t
			}
		}
		if typo == "" {
			continue
		}
		text := a.Text[:at[0]] + typo + a.Text[at[1]:]
		out = append(out, Item{
			ID: a.ID + "/planted", Source: a.Source, Text: text, Kinds: []string{"name-variant"},
			Gold: []Gold{{Kind: "name-variant", Start: at[0], End: at[0] + len(typo), Text: typo, Canonical: name}},
		})
	}
	return out
}

// A repeatedName is a name and the spans of its mentions that may take a typo.
type repeatedName struct {
	word  string
	spans [][2]int
}

// repeatedNames finds the words of s that are names by the text's own
// evidence: capitalized (not all capitals) where capitals are not
// automatic — not at the start of a sentence, a line or a quotation, and
// not on a headline-style line where most words are capitalized — never
// written in lower case, of five letters or more (shorter, one slip makes
// another plausible name), not a month or a day, and mentioned so at least
// twice. It returns them sorted, each with those mentions.
func repeatedNames(s string) []repeatedName {
	lowerSeen := map[string]bool{}
	byWord := map[string][][2]int{}
	for _, line := range lineSpans(s) {
		words := letterRuns(s, line[0], line[1])
		caps := 0
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(s[w[0]:]); unicode.IsUpper(r) {
				caps++
			}
		}
		headline := len(words) >= 3 && caps*3 >= len(words)*2
		for _, w := range words {
			word := s[w[0]:w[1]]
			r, _ := utf8.DecodeRuneInString(word)
			if unicode.IsLower(r) {
				lowerSeen[strings.ToLower(word)] = true
				continue
			}
			if !unicode.IsUpper(r) || headline || utf8.RuneCountInString(word) < 5 || strings.ToUpper(word) == word || !cased(word) {
				continue
			}
			if startsClause(s, line[0], w[0]) {
				continue
			}
			byWord[word] = append(byWord[word], w)
		}
	}
	var out []repeatedName
	for w, spans := range byWord {
		if len(spans) >= 2 && !lowerSeen[strings.ToLower(w)] && !calendarWords[strings.ToLower(w)] {
			out = append(out, repeatedName{w, spans})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].word < out[j].word })
	return out
}

// wordSet returns the lower-cased letter runs of s.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		set[strings.ToLower(w)] = true
	}
	return set
}

// calendarWords are capitalized but name no one: a slip in "January" is a
// spelling mistake, not a name variant.
var calendarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday") {
		m[w] = true
	}
	return m
}()

// lineSpans returns the [start, end) byte spans of the lines of s.
func lineSpans(s string) [][2]int {
	var out [][2]int
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			out = append(out, [2]int{start, len(s)})
			break
		}
		out = append(out, [2]int{start, start + end})
		start += end + 1
	}
	return out
}

// letterRuns returns the spans of the runs of letters in s[from:to].
func letterRuns(s string, from, to int) [][2]int {
	var out [][2]int
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < to {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += sz
		}
		// A letter run glued to an apostrophe, a hyphen or a digit is
		// part of a longer token ("Nyong'o", "Wi-Fi", "Gnome2").
		if !gluedAt(s, i-1, from, true) && !gluedAt(s, j, to, false) {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

func gluedAt(s string, at, limit int, before bool) bool {
	if before && at < limit || !before && at >= limit {
		return false
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:at+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[at:])
	}
	return r == '\'' || r == '’' || r == '-' || unicode.IsDigit(r)
}

// startsClause reports whether the word at i starts its line, a sentence,
// a quotation or a clause after a colon: the places any word is capitalized.
func startsClause(s string, lineStart, i int) bool {
	for j := i; j > lineStart; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		switch {
		case unicode.IsSpace(r):
			continue
		case strings.ContainsRune(".!?:;\"“‘«(—–-•|", r):
			return true
		}
		return false
	}
	return true
}

func cased(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Typo kinds applyTypo plants.
const (
	typoSubstitution = iota
	typoDeletion
	typoInsertion
	typoTransposition
)

// keyboardRows of a QWERTY layout, each shifted half a key right of the
// row above.
var keyboardRows = [...]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// neighbours returns the keys next to r on a QWERTY keyboard, lower case.
func neighbours(r rune) []rune {
	r = unicode.ToLower(r)
	var row, col = -1, -1
	for i, k := range keyboardRows {
		if j := strings.IndexRune(k, r); j >= 0 {
			row, col = i, j
		}
	}
	if row < 0 {
		return nil
	}
	var out []rune
	add := func(i, j int) {
		if i >= 0 && i < len(keyboardRows) && j >= 0 && j < len(keyboardRows[i]) {
			out = append(out, rune(keyboardRows[i][j]))
		}
	}
	add(row, col-1)
	add(row, col+1)
	add(row-1, col) // the row above is half a key to the left
	add(row-1, col+1)
	add(row+1, col-1)
	add(row+1, col)
	return out
}

// applyTypo makes one slip in name, never on its first letter:
// a substitution (a neighbouring key four times in five, else any letter),
// a deletion, an insertion (doubling the letter, or a neighbouring key,
// never after the last letter) or a transposition of two letters.
func applyTypo(name string, kind int, rng *rand.Rand) string {
	r := []rune(name)
	if len(r) < 3 {
		return name
	}
	pos := 1 + rng.Intn(len(r)-2) // 1 .. len-2
	if *plantAnywhere {
		pos = rng.Intn(len(r))
		if kind == typoTransposition && pos == len(r)-1 {
			pos--
		}
	}
	switch kind {
	case typoSubstitution:
		c := 'a' + rune(rng.Intn(26))
		if nb := neighbours(r[pos]); len(nb) > 0 && rng.Intn(5) > 0 {
			c = nb[rng.Intn(len(nb))]
		}
		if unicode.IsUpper(r[pos]) {
			c = unicode.ToUpper(c)
		}
		r[pos] = c
	case typoDeletion:
		r = append(r[:pos:pos], r[pos+1:]...)
	case typoInsertion:
		c := r[pos]
		if nb := neighbours(c); len(nb) > 0 && rng.Intn(2) == 0 {
			c = nb[rng.Intn(len(nb))]
		}
		r = append(r[:pos+1:pos+1], append([]rune{c}, r[pos+1:]...)...)
	default:
		r[pos], r[pos+1] = r[pos+1], r[pos]
	}
	if first := []rune(name)[0]; *plantAnywhere && unicode.IsUpper(first) && len(r) > 1 {
		// A slip on the first letter keeps the name capitalized.
		r[0] = unicode.ToUpper(r[0])
		if second := []rune(name)[1]; !unicode.IsUpper(second) {
			r[1] = unicode.ToLower(r[1])
		}
	}
	return string(r)
}
