package hedges

import "github.com/siftnews/sift/internal/analyze/text"

// approximator returns the length in tokens of a qualifier on a quantity at
// token i ("nearly", "up to", "more than" before "5,000", "half", "$3
// billion"), or 0. Only the qualifier is marked; the figures analyzer marks
// the number and records the qualifier. Without a number after it the word
// is something else: "about the war", "some of the shells", "over the
// border".
func approximator(w *window, i int) int {
	n, _ := approximators.Match(w.toks[:w.hi], i)
	if n == 0 || !isQuantity(w, i+n) {
		return 0
	}
	return n
}

// currency signs that may stand before the number: "up to $3 billion".
var currency = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "₹": true}

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
	n, _ := numberWords.Match(w.toks[:w.hi], j)
	return n > 0
}
