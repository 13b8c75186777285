package hedges

import "github.com/siftnews/sift/internal/analyze/text"

// approximator returns the length in tokens of a qualifier on a quantity at
// token i ("nearly", "up to", "more than" before "5,000", "half", "$3
// billion"), or 0. Only the qualifier is marked; the figures analyzer marks
// the number and records the qualifier. Without a number after it the word
// is something else: "about the war", "some of the shells", "over the
// border".
func approximator(w *window, i int) int {
	n, _ := approximators.Match(w.low, w.toks[:w.hi], i)
	if n == 0 || !isQuantity(w, i+n) {
		return 0
	}
	switch w.lower(i - 1) {
	case "what", "how":
		return 0 // "what about five years later?" asks, it does not estimate
	}
	if w.lower(i) == "up" && upToVerbs[w.lower(i-1)] {
		return 0 // "crept up to 5.2%": the level reached, not a bound
	}
	// "one" is also a pronoun and an article-like word: "write about one
	// thing" is not a figure; "about one in five", "nearly one million" are.
	if w.lower(i+n) == "one" && !afterOne[w.lower(i+n+1)] {
		if k, _ := numberWords.Match(w.low, w.toks[:w.hi], i+n+1); k == 0 {
			return 0
		}
	}
	return n
}

// upToVerbs are the verbs after which "up to" says where a figure got to.
var upToVerbs = wordSet("up-to-verb")

// afterOne are the words that keep "one" a number after a qualifier.
var afterOne = wordSet("after-one")

// currency signs that may stand before the number: "up to $3 billion".
var currency = wordSet("currency")

// isQuantity reports whether a number starts at token j: digits, a number
// word ("five", "half", "a dozen") or a currency sign with digits.
func isQuantity(w *window, j int) bool {
	if j >= w.hi {
		return false
	}
	if w.kind(j) == text.Number {
		return true
	}
	if currency[w.lower(j)] && w.kind(j+1) == text.Number {
		return true
	}
	n, _ := numberWords.Match(w.low, w.toks[:w.hi], j)
	return n > 0
}
