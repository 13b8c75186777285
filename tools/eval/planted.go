package main

import (
	"math/rand"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// plantTypos makes the name-variant evaluation set: for each article a clean
// control, labeled for name variants with no gold (so every flag on it is a
// false alarm), and a copy with one typo planted in one mention of a name
// that occurs at least twice, gold-labeled with the original spelling.
// It is deterministic for a seed.
//
// (First version by the lead; the names engineer owns and refines it.)
func plantTypos(articles []Item, seed int64) []Item {
	rng := rand.New(rand.NewSource(seed))
	var out []Item
	for i, a := range articles {
		out = append(out, Item{ID: a.ID + "/clean", Source: a.Source, Text: a.Text, Kinds: []string{"name-variant"}})
		mentions := repeatedNames(a.Text)
		if len(mentions) == 0 {
			continue
		}
		spans := mentions[rng.Intn(len(mentions))]
		at := spans[rng.Intn(len(spans))]
		name := a.Text[at[0]:at[1]]
		typo := applyTypo(name, i%4, rng)
		text := a.Text[:at[0]] + typo + a.Text[at[1]:]
		out = append(out, Item{
			ID: a.ID + "/planted", Source: a.Source, Text: text, Kinds: []string{"name-variant"},
			Gold: []Gold{{Kind: "name-variant", Start: at[0], End: at[0] + len(typo), Text: typo, Canonical: name}},
		})
	}
	return out
}

// repeatedNames finds capitalized words of five or more letters that are
// not sentence-initial and occur at least twice, returning each word's
// mention spans.
func repeatedNames(s string) [][][2]int {
	byWord := map[string][][2]int{}
	prevEnd := byte('.')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) {
				prevEnd = s[i]
			}
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += sz
		}
		w := s[i:j]
		sentenceStart := prevEnd == '.' || prevEnd == '!' || prevEnd == '?' || prevEnd == '\n' || prevEnd == '"'
		if unicode.IsUpper(r) && j-i >= 5 && !sentenceStart && strings.ToUpper(w) != w {
			byWord[w] = append(byWord[w], [2]int{i, j})
		}
		prevEnd = 'a'
		i = j
	}
	var words []string
	for w, spans := range byWord {
		if len(spans) >= 2 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	out := make([][][2]int, len(words))
	for i, w := range words {
		out[i] = byWord[w]
	}
	return out
}

// applyTypo changes one letter after the first: 0 substitution, 1 deletion,
// 2 insertion (doubling), 3 transposition.
func applyTypo(name string, kind int, rng *rand.Rand) string {
	r := []rune(name)
	pos := 1 + rng.Intn(len(r)-2)
	switch kind {
	case 0:
		c := 'a' + rune(rng.Intn(26))
		if c == unicode.ToLower(r[pos]) {
			c = 'a' + (c-'a'+1)%26
		}
		r[pos] = c
	case 1:
		r = append(r[:pos], r[pos+1:]...)
	case 2:
		r = append(r[:pos+1], r[pos:]...)
	default:
		if r[pos] == r[pos+1] {
			pos--
		}
		r[pos], r[pos+1] = r[pos+1], r[pos]
	}
	return string(r)
}
