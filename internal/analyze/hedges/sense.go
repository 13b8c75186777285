package hedges

import "github.com/siftnews/sift/internal/analyze/text"

// A sense rule decides whether the cue word at toks[i] carries uncertainty
// in its sentence. Rules look only at a few neighbouring tokens.
type senseRule func(w *window, i int) bool

// rules maps the rule names of lexicon/cues.txt to their tests.
var rules = map[string]senseRule{
	"always":    func(*window, int) bool { return true },
	"may":       isModalMay,
	"might":     isModalMight,
	"could":     isEpistemicCould,
	"can":       isReadingCan,
	"possible":  isPossibleThat,
	"passive":   isUnnamedBelief,
	"clause":    hasBeliefClause,
	"as":        isSeenAs,
	"appear":    isAppearsTo,
	"suggest":   isEvidenceSuggests,
	"that":      hasThatClause,
	"attr":      isAttributive,
	"pred":      isPredicative,
	"deem":      isDeemedAs,
	"to":        beforeInfinitive,
	"unnegated": notAfterNegation,
}

// dateBefore are words that make a headline's "May" the month: "Since May".
var dateBefore = wordSet("date-before")

// isModalMay tells the modal from the month and the name. A capitalized
// "May" inside a sentence is a month or a name ("Theresa May"); so is a
// "May" before a number or a comma ("May 4", "May, 2001").
func isModalMay(w *window, i int) bool {
	if w.toks[i].In(w.txt) != "may" && i > w.lo {
		if !w.isTitleCase() || dateBefore[w.lower(i-1)] {
			return false
		}
	}
	if w.kind(i+1) == text.Number {
		return false
	}
	if w.kind(i+1) == text.Punct && w.lower(i+1) != "(" {
		return false // "May, 2001" or a name in a list
	}
	// "may (also) refer to": a definition listing senses, not a doubt;
	// "may choose to": leave granted, not a chance weighed.
	v := w.lower(w.next(i))
	return v != "refer" && !isListed(permission, v)
}

// isModalMight tells the modal from the noun: "military might", "with all
// its might", "the might of the navy".
func isModalMight(w *window, i int) bool {
	if w.toks[i].IsCapitalized(w.txt) && i > w.lo && !w.isTitleCase() {
		return false // a name: "All Might", "Might and Magic"
	}
	if p := w.lower(i - 1); p == "of" || w.has(i-1, clDet) && !clauseDet[p] {
		return false
	}
	if !w.isWord(i + 1) {
		return false
	}
	switch n := w.lower(i + 1); n {
	case "of", "and", "or", "is", "was", "that", "which":
		return false
	default:
		// A verb in -s after it makes "might" its subject: "might makes right".
		if len(n) > 3 && n[len(n)-1] == 's' && n[len(n)-2] != 's' && n[len(n)-2] != 'u' {
			return false
		}
	}
	return true
}

// clauseDet are determiners that also open a relative clause or stand as
// pronouns, so a modal may follow them: "that might be used", "all might".
var clauseDet = wordSet("clause-det")

// interpretive verbs make a passive after "could be" a matter of reading
// ("could be explained", "could be considered"), not of past ability.
var interpretive = wordSet("interpretive")

// isEpistemicCould keeps "could" of what may be so ("the ruling could
// affect thousands") and drops past ability ("she could see the coast",
// "so that he could fire officials"), negated assertions ("could not find")
// and conditions ("if ... could").
func isEpistemicCould(w *window, i int) bool {
	if w.has(i+1, clNeg) || w.firstCondition() < i || w.find(i, 8, "if") >= 0 || w.find(i, 8, "unless") >= 0 {
		return false
	}
	// A clause of time, place or purpose just before: "where he could
	// see", "so that they could", "before she could". A relative pronoun
	// starts a clause of its own ("more than this that could be linked").
	for k := i - 1; k >= w.lo && k >= i-4; k-- {
		if w.kind(k) == text.Punct {
			break
		}
		if l := w.lower(k); l == "that" || l == "which" || l == "who" {
			if p := w.lower(k - 1); p == "so" || p == "such" {
				return false
			}
			break
		}
		if w.has(k, clSub) {
			return false
		}
	}
	// Ellipsis ("all they could to help") and the limit of effort ("as
	// much as it could", "as best she could") say what was possible; after
	// a wish ("she wishes she could") it is counterfactual.
	if w.lower(i+1) == "to" || w.has(i-1, clPron) && utmost[w.lower(i-2)] {
		return false
	}
	for k := i - 1; k >= w.lo && k >= i-3; k-- {
		if wishes[w.lower(k)] {
			return false
		}
	}
	v := w.next(i)
	if isListed(ability, w.lower(v)) {
		return false
	}
	if w.lower(v) == "be" && w.isParticiple(v+1) && !interpretive[w.lower(v+1)] && !w.isReported() {
		// "the gates could be opened from inside": what the thing
		// allowed; but "the deal could be signed next week, he said"
		// reports a chance.
		return false
	}
	return w.isWord(v)
}

var (
	utmost  = wordSet("utmost")
	wishes  = wordSet("wish")
	whWords = wordSet("wh-question")
)

func isListed(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// readings are the participles that make "can be ... as" a way of seeing.
var readings = wordSet("reading")

// canOutcome are verbs of effects: after them "can" says what may happen.
var canOutcome = wordSet("can-outcome")

// isReadingCan keeps "can" in "can be seen as" and its kin, where it offers
// one reading among others, and before a verb of effect ("can lead to",
// "can cause"), where it says what may happen. Elsewhere "can" states an
// ability or a general fact, which this corpus and most readers do not
// count as doubt.
func isReadingCan(w *window, i int) bool {
	if canOutcome[w.lower(w.next(i))] && !w.has(i+1, clNeg) {
		return true // "this can lead to", "it can cause"
	}
	if w.lower(i+1) != "be" || !readings[w.lower(i+2)] {
		return false
	}
	if k := w.find(i+2, 5, "as"); k >= 0 {
		return asReading(w, k)
	}
	return w.lower(i+3) == "to" || w.lower(i+3) == "that"
}

// asReading reports whether the "as" at k introduces what something is
// taken for ("seen as a defeat"), not a comparison or a list ("seen as many
// as 5,000", "described as follows").
func asReading(w *window, k int) bool {
	return !notReading[w.lower(k+1)]
}

var notReading = wordSet("not-reading")

// isPossibleThat keeps "it is possible that" and "it is possible, ..."
// and drops "as soon as possible", "made it possible", "possible to use".
func isPossibleThat(w *window, i int) bool {
	switch w.lower(i + 1) {
	case "that":
		return true
	case "to", "for":
		return false
	}
	p := w.prev(i)
	return w.has(p, clBe) && w.lower(w.prev(p)) == "it"
}

// isUnnamedBelief keeps a belief participle used of an unnamed believer:
// "is believed to", "widely regarded as", "a tunnel expected to run", "it is
// thought that". It drops other senses: "the thought", "school of thought",
// "highly regarded", "considered for publication", "was considered.".
func isUnnamedBelief(w *window, i int) bool {
	word := w.lower(i)
	n := w.lower(i + 1)
	switch n {
	case "to":
		// "is supposed to open" is duty or plan; "is supposed to have
		// lived" is hearsay.
		return word != "supposed" || w.lower(i+2) == "have"
	case "as", "that":
		return true
	case "of":
		// "suspected of causing", "accused of": an allegation.
		return word == "suspected"
	case "in":
		// "believed in God" is faith, not a claim held in doubt.
		if word == "believed" {
			return false
		}
	case "by":
		// "considered by many to be": the believers are named only
		// vaguely, and the claim follows.
		return w.find(i+1, 8, "to") >= 0 || w.find(i+1, 8, "as") >= 0 || w.find(i+1, 8, "that") >= 0
	case "for", "from", "whether", "out", "about":
		return false
	}
	dummy := w.lower(w.prev(w.prev(i))) == "it" // "it is thought, ..."
	if w.kind(i+1) == text.Punct && n != "(" && n != "\"" && n != "“" && !dummy {
		return false
	}
	if word == "thought" && (w.has(i-1, clDet) || w.lower(i-1) == "of") {
		return false
	}
	if word == "regarded" && (w.lower(i-1) == "highly" || w.lower(i-1) == "well") {
		return false
	}
	p := w.prev(i)
	if w.has(p, clBe) || w.lower(p) == "," || w.lower(p) == "(" || p < w.lo {
		return true
	}
	if w.has(p, clDet) && (p < i-1 || attributive[word]) {
		return true // "the widely expected choice", "the suspected gunman"
	}
	// Active use with an object held to be something: "many regarded him
	// as a puppet", "they considered it to be a synonym".
	switch word {
	case "considered", "regarded":
		return isDeemedAs(w, i)
	}
	// Active use with a clause after: "they believed he had gone".
	switch word {
	case "believed", "thought", "suspected", "feared", "presumed", "expected", "predicted":
		// Not "assumed": "she assumed office", "assumed the presidency".
		return w.has(i+1, clPron) || w.has(i+1, clDet) && w.lower(i+1) != "no"
	}
	return false
}

// attributive participles carry doubt before a noun: "the suspected
// gunman", "its supposed author".
var attributive = wordSet("attributive")

// reflexives after "consider" make it a judgement: "consider themselves".
var reflexives = wordSet("reflexive")

// isDeemedAs keeps an active verb of considering when it judges its object
// to be something ("historians consider him a traitor", "regard it as an
// ally", "considered it to be a synonym") and drops weighing something up
// ("considered the proposal", "considered running").
func isDeemedAs(w *window, i int) bool {
	if reflexives[w.lower(i+1)] || w.lower(i+1) == "that" {
		return true
	}
	if w.isGerund(i + 1) {
		return false
	}
	if k := w.find(i, 7, "to"); k >= 0 && w.lower(k+1) == "be" {
		return true
	}
	return w.find(i, 7, "as") >= 0
}

// hasBeliefClause keeps a belief verb that takes a clause: "they believe
// that", "I think", "critics suspect the figures". It drops "believe in",
// "think of", "think about".
func hasBeliefClause(w *window, i int) bool {
	n := w.lower(i + 1)
	switch n {
	case "that":
		return true
	}
	word := w.lower(i)
	if i == w.lo && !w.isGerund(i) {
		return false // an imperative: "Think of a number", "Suppose ..."
	}
	if (word == "expect" || word == "expects") && w.find(i-1, 4, "to") >= 0 {
		return true // "we expect to", "many expect them to act"
	}
	switch n {
	case "in", "of", "about", "so", "to":
		return false // "believe in", "think of", "think so"
	case "it", "me", "him", "her", "them", "us", "you":
		// An object ("believe him"), except after "think", which takes
		// no person as object: "I think you should go".
		if word != "think" && word != "thinks" {
			return false
		}
	}
	if w.lower(i-1) == "i" || w.lower(i-1) == "we" || w.has(i+1, clBe) {
		return true // "I think", "what he believes is practiced"
	}
	// An embedded question asks for a belief and states none: "let us
	// know what you think", "what do you believe".
	if whWords[w.lower(i-2)] || whWords[w.lower(i-3)] && auxiliaries[w.lower(i-2)] {
		return false
	}
	if w.kind(i+1) == text.Punct {
		return false
	}
	switch word {
	case "think", "thinks", "believe", "believes":
		// A noun in "think tank", "a German think tank".
		if n == "tank" || n == "tanks" || n == "piece" || n == "pieces" || w.has(i-1, clDet) && !clauseDet[w.lower(i-1)] {
			return false
		}
		// These take a clause far more often than an object: "some
		// think one of the texts was", "others believe the figure".
		return true
	case "assume", "assumes", "assuming":
		// "assume office", "assume the role": taking on, not supposing;
		// but a clause may open with "Assuming the talks fail, ...".
		if i == w.lo || w.kind(i-1) == text.Punct {
			return w.has(i+1, clPron) || w.has(i+1, clDet)
		}
		return w.has(i+1, clPron) && w.lower(i+1) != "who"
	}
	return w.has(i+1, clPron) || w.has(i+1, clDet) || w.toks[i+1].IsCapitalized(w.txt)
}

// isSeenAs keeps "seen as", "viewed by many as", "the view that" and drops
// "seen in the river", "as seen in", "point of view", "a view of the bay".
func isSeenAs(w *window, i int) bool {
	word := w.lower(i)
	if w.lower(i+1) == "that" {
		return word == "view" || word == "views"
	}
	if w.lower(i-1) == "as" || w.lower(i-1) == "of" || w.lower(i+1) == "of" {
		return false // "as seen in", "point of view", "a view of the bay"
	}
	switch w.lower(i - 1) {
	case "has", "have", "had", "having":
		return false // "has seen": witnessed, not judged
	}
	k := w.find(i, 6, "as")
	return k >= 0 && asReading(w, k)
}

// isAppearsTo keeps "appears to be", "it appears that" and drops "appears
// on Saturdays", "appeared in the film".
func isAppearsTo(w *window, i int) bool {
	switch w.lower(i + 1) {
	case "to":
		return w.isWord(i+2) && w.lower(i+2) != "the" && w.lower(i+2) != "a"
	case "that":
		return true
	}
	if w.lower(w.prev(i)) != "it" {
		return false
	}
	// "it appears there were", "it appeared, at first,", not "it appeared
	// in magazines".
	n := i + 1
	return w.lower(n) == "," || w.lower(n) == "there" || w.has(n, clPron) || w.has(n, clDet)
}

// isEvidenceSuggests keeps "the data suggest that", "suggested it could"
// and drops a person proposing: "suggested changing", "suggested to him",
// "suggested that the council should".
func isEvidenceSuggests(w *window, i int) bool {
	if w.isGerund(i+1) || w.lower(i+1) == "to" {
		return false
	}
	if w.lower(i+1) == "that" {
		for k := i + 2; k < w.hi && k < i+10; k++ {
			if w.lower(k) == "should" {
				return false
			}
		}
	}
	return true
}

// hasThatClause keeps a noun or verb of belief or inference only with a
// "that" clause: "the belief that", "fears that", "indicates that".
func hasThatClause(w *window, i int) bool {
	switch w.lower(i - 1) {
	case "no", "little", "without", "beyond":
		return false // "there is no doubt that" asserts
	}
	if w.lower(i+1) == "that" {
		return true
	}
	// "I feel the informant was", "we fear the worst": first person; but
	// not in a question or a manner clause, "exactly how I felt".
	return (w.lower(i-1) == "i" || w.lower(i-1) == "we") && !whWords[w.lower(i-2)]
}

// isPredicative keeps "almost certain" said of a claim ("it is almost
// certain that") and drops it before a noun ("almost certain death").
func isPredicative(w *window, i int) bool {
	n := w.lower(i + 2)
	return n == "that" || w.kind(i+2) == text.Punct || w.lower(i+2) == "to"
}

// beforeInfinitive keeps a verb whose other senses are common only before
// "to": "projected to grow" (not "projected onto a screen"), "is understood
// to be" (not "she understood the risk"), "tipped to win".
func beforeInfinitive(w *window, i int) bool {
	return w.lower(i+1) == "to" && w.isWord(i+2)
}

// notAfterNegation drops an adverb that a negation makes emphatic: "we
// cannot possibly measure it" asserts an impossibility.
func notAfterNegation(w *window, i int) bool {
	switch w.lower(i - 1) {
	case "cannot", "can't", "couldn't", "not", "n't":
		return false
	}
	return true
}

// isAttributive keeps an adjective before its noun: "the apparent cause",
// not "it became apparent".
func isAttributive(w *window, i int) bool {
	return w.has(i-1, clDet) && w.isWord(i+1)
}
