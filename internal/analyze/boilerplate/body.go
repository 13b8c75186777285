package boilerplate

// Finding the article's body. Each line gets a weight: prose lines weigh
// their word count, lines that look like furniture weigh a small negative
// amount. The body is the run of lines with the greatest total weight (a
// maximum-sum segment, found in one pass), after the body-text-extraction
// idea of Finn, Kushmerick and Smyth (2001) with lines in place of tags.
// Runs of strong prose on either side that outweigh a share of the main run
// are taken in as well, for articles split by an advertisement block.

// Weights of lines that are not prose. A menu or a list of headlines is
// many such lines in a row, which is what keeps the body out of them.
const (
	weightFurniture = -8
	weightPrompt    = -4
	weightRepeated  = -6
	weightStamp     = -2
	weightShort     = -2
	weightHeadline  = -3
	weightLinky     = -3
	maxProseWeight  = 100
)

// proseWords is the fewest words a line needs to count as prose.
const proseWords = 8

// minSeps is the fewest separators ("Home > News > Schools", "News | Sport")
// that make a short line a menu or breadcrumb wherever it stands.
const minSeps = 2

// cjkProseWords is the fewest estimated words (about two characters each)
// of Chinese or Japanese that make a line prose without punctuation.
const cjkProseWords = 12

func (li *lineInfo) isProse() bool {
	return li.words >= proseWords && (li.stops > 0 || li.endsSentence) && 3*li.lowers >= li.words
}

// isHeadline reports whether the line reads like a headline: several words,
// mostly capitalized, not ending like a sentence.
func (li *lineInfo) isHeadline() bool {
	return li.words >= 3 && !li.endsSentence && 5*li.caps >= 3*li.words
}

func (li *lineInfo) weight() float64 {
	switch {
	case li.furniture && li.isProse():
		// Prose the markup calls furniture (a promotion, an aside) is
		// kept out of the body's weight without pushing it away: class
		// names are a hint, and sometimes a wrong one.
		return 0
	case li.furniture, li.markup:
		return weightFurniture
	case li.prompt != "":
		return weightPrompt
	case li.card:
		return weightHeadline
	case li.repeated:
		return weightRepeated
	case li.stamp:
		return weightStamp
	case li.isProse():
		return float64(min(li.words, maxProseWeight))
	case li.words-li.cjk >= 20 && 2*li.lowers >= li.words:
		return float64(min(li.words, maxProseWeight)) / 2
	case li.cjk >= cjkProseWords && li.seps < minSeps:
		// Chinese and Japanese posts often drop sentence punctuation.
		return float64(min(li.words, maxProseWeight)) / 2
	case li.endsSentence && li.lowers > 0:
		return 1
	case li.tabbed, li.words > 0 && 2*li.numbers >= li.words:
		// Table rows and cells of figures are the article's data more
		// often than furniture.
		return 0
	case li.linky:
		return weightLinky
	case li.isHeadline():
		return weightHeadline
	}
	return weightShort
}

// segment is a run of lines [start, end) and its total weight.
type segment struct {
	start, end int
	sum        float64
}

// bestSegment returns the maximum-sum run of w[lo:hi] (Kadane's algorithm);
// sum is 0 and the run empty when no weight is positive.
func bestSegment(w []float64, lo, hi int) segment {
	best := segment{lo, lo, 0}
	cur, start := 0.0, lo
	for i := lo; i < hi; i++ {
		if cur <= 0 {
			cur, start = 0, i
		}
		cur += w[i]
		if cur > best.sum {
			best = segment{start, i + 1, cur}
		}
	}
	return best
}

// Extra runs must weigh at least this share of the main run, and at least
// minExtra, to join the body.
const (
	extraShare = 0.3
	minExtra   = 40
)

// minBody is the least weight (about the words of one paragraph) a body
// must have for the page around it to be judged.
const minBody = 20

// maxSearches bounds the searches for runs, each linear in the page, so
// that a page of many short articles still costs linear time.
const maxSearches = 64

// findBody marks the lines of the body in in.
func findBody(w []float64, in []bool) {
	main := bestSegment(w, 0, len(w))
	if main.sum < minBody {
		// Too little prose to tell an article from its page: a short
		// note, a list, a poem. All of it is taken for the article, and
		// only prompts that stand alone are marked.
		for i := range in {
			in[i] = true
		}
		return
	}
	floor := max(minExtra, extraShare*main.sum)
	// Each accepted run splits what is left of the page in two.
	type span struct{ lo, hi int }
	todo := []span{{0, len(w)}}
	for searches := 0; len(todo) > 0 && searches < maxSearches; searches++ {
		sp := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		s := bestSegment(w, sp.lo, sp.hi)
		if s != main && s.sum < floor {
			continue
		}
		for i := s.start; i < s.end; i++ {
			in[i] = true
		}
		todo = append(todo, span{sp.lo, s.start}, span{s.end, sp.hi})
	}
	splitValleys(w, in, floor)
}

// valleyDepth is how deep a dip of non-prose lines inside a run must go to
// split the run: a long menu or gallery between two stretches of prose.
// Runs split this way keep their parts that would pass as runs of their
// own.
const valleyDepth = 60

// worstSegment returns the minimum-sum run of w[lo:hi].
func worstSegment(w []float64, lo, hi int) segment {
	worst := segment{lo, lo, 0}
	cur, start := 0.0, lo
	for i := lo; i < hi; i++ {
		if cur >= 0 {
			cur, start = 0, i
		}
		cur += w[i]
		if cur < worst.sum {
			worst = segment{start, i + 1, cur}
		}
	}
	return worst
}

// splitValleys takes deep dips out of the runs of body lines.
func splitValleys(w []float64, in []bool, floor float64) {
	for searches := 0; searches < maxSearches; searches++ {
		split := false
		for s := 0; s < len(in); {
			if !in[s] {
				s++
				continue
			}
			e := s
			for e < len(in) && in[e] {
				e++
			}
			v := worstSegment(w, s, e)
			if v.sum > -valleyDepth {
				s = e
				continue
			}
			// Only a dip that cuts a small part off ends the article; one
			// between two large parts is inside it (a long list or table).
			left, right := sum(w, s, v.start), sum(w, v.end, e)
			switch {
			case left < right && left < floor:
				clear(in[s:v.end])
				split = true
			case right <= left && right < floor:
				clear(in[v.start:e])
				split = true
			}
			s = e
		}
		if !split {
			return
		}
	}
}

func sum(w []float64, lo, hi int) float64 {
	t := 0.0
	for _, x := range w[lo:hi] {
		t += x
	}
	return t
}
