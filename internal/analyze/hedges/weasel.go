package hedges

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// needsQuantifier lists subjects that name nobody only with a vague
// quantifier: "some officials say" is a weasel, "officials said" is the
// ordinary (if anonymous) sourcing that the sources analyzer reports.
var needsQuantifier = wordSet("needs-quantifier")

// auxiliaries may stand between a weasel subject and its verb: "critics
// have long argued", "many would say".
var auxiliaries = wordSet("auxiliary")

// weasel returns the length in tokens of a weasel phrase starting at token
// i, or 0: an unnamed subject with its reporting verb ("some experts say",
// "critics argue", "many believe"), an agentless passive of saying or
// believing ("it is said that", "it has been suggested"), or "according to"
// an unnamed subject ("according to some analysts").
func weasel(w *window, i int) int {
	if n := unnamedSubjectSays(w, i); n > 0 {
		return n
	}
	if n := itIsSaid(w, i); n > 0 {
		return n
	}
	if n := isSaidTo(w, i); n > 0 {
		return n
	}
	return accordingToUnnamed(w, i)
}

// unnamedSubject returns the length of an unnamed subject at i: a
// quantifier and a plural ("some experts"), a plural that is vague alone
// ("critics"), or a quantifier standing alone ("some", "many", "others").
func unnamedSubject(w *window, i int) int {
	if i >= w.hi {
		return 0
	}
	q, _ := weaselQuants.Match(w.low, w.toks[:w.hi], i)
	if q > 0 && i+q < w.hi {
		if s, _ := weaselSubjects.Match(w.low, w.toks[:w.hi], i+q); s > 0 {
			return q + s
		}
		// Any plural after a vague quantifier names nobody: "some
		// fishermen", "many local parents".
		for k := i + q; k < i+q+2 && k < w.hi && w.isWord(k); k++ {
			if isPlural(w.lower(k)) {
				return k + 1 - i
			}
		}
	}
	s, _ := weaselSubjects.Match(w.low, w.toks[:w.hi], i)
	if s == 0 || needsQuantifier[w.lower(i)] {
		return 0
	}
	return s
}

// opensClause reports whether a subject may start at token i: at the start
// of the sentence, after punctuation or a conjunction, not after a
// determiner or preposition ("the critics", "some of the critics").
func opensClause(w *window, i int) bool {
	if i == w.lo || w.kind(i-1) == text.Punct {
		return true
	}
	return clauseOpeners[w.lower(i-1)]
}

// clauseOpeners are the conjunctions after which a new subject may start.
var clauseOpeners = wordSet("clause-opener")

func unnamedSubjectSays(w *window, i int) int {
	if !opensClause(w, i) {
		return 0
	}
	n := unnamedSubject(w, i)
	if n == 0 {
		return 0
	}
	j := i + n
	for k := 0; k < 3 && auxiliaries[w.lower(j)]; k++ {
		j++
	}
	if j >= w.hi {
		return 0
	}
	v, _ := weaselVerbs.Match(w.low, w.toks[:w.hi], j)
	if v == 0 {
		return 0
	}
	return j + v - i
}

// itIsSaid matches an agentless passive of saying or believing with a dummy
// subject: "it is said", "it was widely believed", "it has been suggested".
// An agent after it ("it was claimed by the ministry") names the source.
func itIsSaid(w *window, i int) int {
	if w.lower(i) != "it" {
		return 0
	}
	j := i + 1
	sawBe := false
	for k := 0; k < 4 && j < w.hi; k++ {
		l := w.lower(j)
		if w.has(j, clBe) {
			sawBe = true
		} else if !auxiliaries[l] && !w.skipsAsAdverb(j) {
			break
		}
		j++
	}
	if !sawBe || j >= w.hi || !isListed(weaselPassives, w.lower(j)) {
		return 0
	}
	if w.lower(j+1) == "by" {
		return 0
	}
	return j + 1 - i
}

// hearsay verbs make "X is said to have" a claim nobody signs.
var hearsay = wordSet("hearsay")

// isSaidTo matches "is said to", "were claimed to": the claim is passed on
// with nobody named as its source. The span is the verb group, "is said".
func isSaidTo(w *window, i int) int {
	if !w.has(i, clBe) {
		return 0
	}
	j := w.next(i)
	if j >= w.hi || !hearsay[w.lower(j)] || w.lower(j+1) != "to" {
		return 0
	}
	return j + 1 - i
}

func accordingToUnnamed(w *window, i int) int {
	if w.lower(i) != "according" || w.lower(i+1) != "to" {
		return 0
	}
	n := unnamedSubject(w, i+2)
	if n == 0 || w.lower(i+2) == "others" || w.lower(i+2+n) == "of" {
		return 0
	}
	return 2 + n
}

// isPlural guesses whether a lower-cased noun is plural: "parents",
// "fishermen", "people"; not "press" or "status".
func isPlural(l string) bool {
	switch {
	case strings.HasSuffix(l, "men"), strings.HasSuffix(l, "people"), strings.HasSuffix(l, "children"):
		return true
	case len(l) < 4 || !strings.HasSuffix(l, "s"):
		return false
	}
	return !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is")
}
