package hedges

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// window is one sentence's tokens, the context every sense rule reads. Index
// arithmetic outside the sentence yields the empty token, so rules can look
// left and right without bounds checks.
type window struct {
	toks   []text.Token // the whole document's tokens
	txt    string       // the document's Text, which the tokens' spans index
	low    string       // the document's Lower
	lo, hi int          // the sentence is toks[lo:hi]
	cond   int          // index of the first condition word, hi if none, -1 until known
	title  int8         // 1 when the sentence is a title-case headline, -1 when not, 0 until known
	report int8         // 1 when the sentence holds a reporting verb, -1 when not, 0 until known
}

// isReported reports whether the sentence holds a verb of saying ("said",
// "warned", "according to"): what it reports is someone's claim about what
// may happen. Computed once per sentence.
func (w *window) isReported() bool {
	if w.report == 0 {
		w.report = -1
		for k := w.lo; k < w.hi; k++ {
			if reporting[w.toks[k].In(w.low)] {
				w.report = 1
				break
			}
		}
	}
	return w.report > 0
}

// reporting are verbs of saying that mark a sentence as reported speech.
var reporting = wordSet("reporting")

// isTitleCase reports whether most words of the sentence are capitalized, as
// in a headline ("Prices May Rise As Talks Stall"), where a capital letter
// says nothing about a word being a name. Computed once per sentence.
func (w *window) isTitleCase() bool {
	if w.title == 0 {
		words, caps := 0, 0
		for k := w.lo; k < w.hi; k++ {
			if w.toks[k].Kind == text.Word {
				words++
				if w.toks[k].IsCapitalized(w.txt) {
					caps++
				}
			}
		}
		w.title = -1
		if words >= 3 && caps*4 >= words*3 {
			w.title = 1
		}
	}
	return w.title > 0
}

// firstCondition returns the index of the sentence's first condition word
// ("if", "unless"), or hi. It is computed once per sentence, on demand,
// which keeps the cost linear however many modals a sentence holds.
func (w *window) firstCondition() int {
	if w.cond < 0 {
		w.cond = w.firstOf(clCond)
	}
	return w.cond
}

// lower returns the lower-cased text of token j, or "" outside the sentence.
//
// Not inlined: called from over a hundred places, where inlined copies
// with their bounds checks cost 6 kB of the gzipped WebAssembly build.
//
//go:noinline
func (w *window) lower(j int) string {
	if j < w.lo || j >= w.hi {
		return ""
	}
	return w.toks[j].In(w.low)
}

// kind returns token j's kind; outside the sentence it reports Punct, which
// is what a sentence boundary behaves like.
//
// Not inlined, like lower (1 kB of the gzipped WebAssembly build).
//
//go:noinline
func (w *window) kind(j int) text.Kind {
	if j < w.lo || j >= w.hi {
		return text.Punct
	}
	return w.toks[j].Kind
}

// has reports whether token j belongs to word class c.
//
// Not inlined: the map lookup is a call anyway.
//
//go:noinline
func (w *window) has(j int, c class) bool {
	return classes[w.lower(j)]&c != 0
}

// isWord reports whether token j is a word (not a number or punctuation).
func (w *window) isWord(j int) bool { return w.kind(j) == text.Word }

// skipsAsAdverb reports whether token j is an adverb a verb group may hold:
// a listed one, or a word ending in "-ly" ("widely", "incorrectly").
func (w *window) skipsAsAdverb(j int) bool {
	if w.has(j, clAdv) {
		return true
	}
	l := w.lower(j)
	return len(l) > 4 && strings.HasSuffix(l, "ly") && w.isWord(j)
}

// maxAdverbs bounds how many adverbs prev and next skip, so that a run of
// adverbs costs a constant per cue and the whole pass stays linear.
const maxAdverbs = 3

// prev returns the index of the nearest token before j that is not an
// adverb; it may fall outside the sentence.
func (w *window) prev(j int) int {
	j--
	for k := 0; k < maxAdverbs && j >= w.lo && w.skipsAsAdverb(j); k++ {
		j--
	}
	return j
}

// next returns the index of the nearest token after j that is not an
// adverb; it may fall outside the sentence.
func (w *window) next(j int) int {
	j++
	for k := 0; k < maxAdverbs && j < w.hi && w.skipsAsAdverb(j); k++ {
		j++
	}
	return j
}

// find looks for word within the next max tokens after j, stopping at
// punctuation; it returns the index or -1.
func (w *window) find(j, max int, word string) int {
	for k := j + 1; k <= j+max && k < w.hi; k++ {
		if w.kind(k) == text.Punct {
			return -1
		}
		if w.lower(k) == word {
			return k
		}
	}
	return -1
}

// isGerund guesses whether token j is an -ing verb form ("changing"), not a
// noun such as "thing" or "evening".
func (w *window) isGerund(j int) bool {
	l := w.lower(j)
	return w.isWord(j) && len(l) > 5 && strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "thing")
}

// isParticiple guesses whether token j is a regular past participle.
func (w *window) isParticiple(j int) bool {
	l := w.lower(j)
	return w.isWord(j) && len(l) > 3 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "en"))
}

// firstOf returns the index of the first token of class c in the sentence,
// or hi when there is none.
func (w *window) firstOf(c class) int {
	for k := w.lo; k < w.hi; k++ {
		if w.has(k, c) {
			return k
		}
	}
	return w.hi
}
