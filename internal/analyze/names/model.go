package names

import (
	"math"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
	"github.com/siftnews/sift/internal/analyze/text"
)

// A letterModel scores how usual a spelling's letters are: the chance of
// each letter given the two before it, in English at large (an embedded
// table) and in the text's own words. A slip of the keys tends to make
// runs the language rarely has ("Obmaa": "bma", "maa"), so between two
// spellings written equally often, the one whose letters are more usual is
// probably the intended one. The text's counts are made on first use: most
// texts never need them.
type letterModel struct {
	doc *text.Document
	// counts holds the text's letter triples and, under the key of a
	// triple whose last letter is 0, the pairs that start them.
	counts map[uint64]float64
}

const boundary = rune(1) // marks the start and end of a word

func trigram(a, b, c rune) uint64 { return uint64(a)<<42 | uint64(b)<<21 | uint64(c) }

// english maps letter triples of English text to their counts, and pairs
// (as triples ending in 0) to the counts of the triples they start; see
// lexicon/trigrams.txt.
var english = func() map[uint64]float64 {
	data, err := lexiconFiles.ReadFile("lexicon/trigrams.txt")
	if err != nil {
		panic("names: missing lexicon trigrams.txt")
	}
	m := make(map[uint64]float64)
	mark := func(r rune) rune {
		if r == '^' || r == '$' {
			return boundary
		}
		return r
	}
	for _, e := range lexicon.Parse(string(data)) {
		head, list, ok := strings.Cut(e.Phrase, " ")
		if !ok || len(head) != 2 {
			continue
		}
		a, b := mark(rune(head[0])), mark(rune(head[1]))
		for i := 0; i+1 < len(list); i += 2 {
			n := math.Exp2(float64(list[i+1] - '0'))
			m[trigram(a, b, mark(rune(list[i])))] = n
			m[trigram(a, b, 0)] += n
		}
	}
	return m
}()

func (m *letterModel) build() {
	m.counts = make(map[uint64]float64)
	for i := range m.doc.Tokens {
		t := &m.doc.Tokens[i]
		if t.Kind == text.Word {
			eachTrigram(t.Lower, func(k, pair uint64) {
				m.counts[k]++
				m.counts[pair]++
			})
		}
	}
}

// eachTrigram calls f with the key of each letter triple of w, lower-cased,
// word boundaries included, and the key of the pair that starts it.
func eachTrigram(w string, f func(k, pair uint64)) {
	a, b := boundary, boundary
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if b != boundary || a != boundary {
			f(trigram(a, b, r), trigram(a, b, 0))
		}
		a, b = b, r
	}
	f(trigram(a, b, boundary), trigram(a, b, 0))
}

// letterCredit is what score credits each letter, in bits: about what an
// ordinary letter costs, so that a spelling is not made likelier merely by
// missing a letter, nor less likely by having one more.
const letterCredit = 2.5

// score returns the log chance of key's letters, each given the two before
// it, plus letterCredit for each.
func (m *letterModel) score(key string) float64 {
	if m.counts == nil {
		m.build()
	}
	sum, n := 0.0, 0
	eachTrigram(key, func(k, pair uint64) {
		hits := english[k] + m.counts[k]
		all := english[pair] + m.counts[pair]
		sum += math.Log2((hits + 0.1) / (all + 3))
		n++
	})
	return sum + letterCredit*float64(n)
}
