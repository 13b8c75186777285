package names

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze/lexicon"
)

// Between two spellings written equally often, the letters decide: a slip
// of the keys tends to make runs of letters the language rarely has
// ("Obmaa": "bma", "maa"), so the spelling whose letters are likelier, each
// given the two before it, is probably the intended one. The chances come
// from an embedded table of English letter triples. (Counting the text's
// own triples as well was tried: it cost a pass over every word and, on
// the planted-typo set, decided no better.)

const boundary = rune(1) // marks the start and end of a word

func trigram(a, b, c rune) uint64 { return uint64(a)<<42 | uint64(b)<<21 | uint64(c) }

// english maps letter triples of English text to their counts, and pairs
// (as triples ending in 0) to the counts of the triples they start; see
// lexicon/trigrams.txt.
var english = func() map[uint64]float64 {
	m := make(map[uint64]float64)
	mark := func(r rune) rune {
		if r == '^' || r == '$' {
			return boundary
		}
		return r
	}
	for _, e := range lexicon.Parse(trigramsText) {
		head, list, ok := strings.Cut(e.Phrase, " ")
		if !ok || len(head) != 2 {
			continue
		}
		a, b := mark(rune(head[0])), mark(rune(head[1]))
		for i := 0; i+1 < len(list); i += 2 {
			n := float64(uint64(1) << (list[i+1] - '0')) // 2 to the digit
			m[trigram(a, b, mark(rune(list[i])))] = n
			m[trigram(a, b, 0)] += n
		}
	}
	return m
}()

// letterCredit is what letterScore credits each letter, in bits: about
// what an ordinary letter costs, so that a spelling is not made likelier
// merely by missing a letter, nor less likely by having one more.
const letterCredit = 2.5

// letterScore returns the log chance of key's letters, each given the two
// before it (word boundaries included), plus letterCredit for each.
func letterScore(key string) float64 {
	sum := 0.0
	a, b := boundary, boundary
	// Each rune of key, then the boundary after it.
	for i := 0; i <= len(key); {
		r, n := boundary, 1
		if i < len(key) {
			r, n = utf8.DecodeRuneInString(key[i:])
		}
		if a != boundary || b != boundary {
			hits, all := english[trigram(a, b, r)], english[trigram(a, b, 0)]
			sum += math.Log2((hits+0.1)/(all+3)) + letterCredit
		}
		a, b = b, r
		i += n
	}
	return sum
}
