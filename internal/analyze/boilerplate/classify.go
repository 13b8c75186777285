package boilerplate

import "github.com/siftnews/sift/internal/analyze/text"

// classified is a line with its verdict: reason is "" for article lines.
type classified struct {
	text.Span
	reason string
}

// titleWindow is how many lines above the body the headline is looked for.
const titleWindow = 8

// tagReply is the lexicon tag of per-comment buttons ("Reply", "Report");
// they are reported with reason "comments".
const tagReply = "reply"

// classify decides every line of doc.
func classify(doc *text.Document) []classified {
	lines, in, commentsAt := findArticle(doc)
	return label(doc, lines, in, commentsAt)
}

// findArticle reads the lines of doc and decides which are the article's:
// in[i] is true for those. commentsAt is the line where reader comments
// start, or -1.
func findArticle(doc *text.Document) (lines []lineInfo, in []bool, commentsAt int) {
	lines = readLines(doc)
	w := make([]float64, len(lines))
	for i := range lines {
		li := &lines[i]
		toks := doc.Tokens[li.First:li.Last]
		li.prompt, li.strong = matchPrompt(doc, toks, li.words, li.endsSentence)
		li.stamp = li.prompt == "" && isStamp(doc, toks, li.words)
		li.markup = isMarkup(doc, toks)
		li.replyMark = li.prompt == "" && endsWithReply(doc, toks, li.words)
		w[i] = li.weight()
	}
	joinWraps(doc, lines, w)
	markGalleries(doc, lines, w)
	in = make([]bool, len(lines))
	findBody(w, in)
	commentsAt = cutComments(lines, in, w)
	trimBios(doc, lines, in)
	keepTitles(doc, lines, in)
	markInlineRelated(doc, lines, in, w)
	return lines, in, commentsAt
}

// label gives every line that is not the article's a reason.
func label(doc *text.Document, lines []lineInfo, in []bool, commentsAt int) []classified {
	out := make([]classified, len(lines))
	seenBody := false
	for i := range lines {
		li := &lines[i]
		out[i].Span = li.Span
		reason := li.prompt
		if reason == tagReply {
			reason = "comments"
		}
		if in[i] {
			seenBody = true
			switch {
			case li.strong:
				out[i].reason = reason
			case li.markup, li.gallery:
				out[i].reason = "other"
			case li.card:
				out[i].reason = "related"
			case li.seps >= minSeps && !li.isProse():
				out[i].reason = "navigation"
			case li.repeated && !li.isProse():
				out[i].reason = "other"
			case li.furniture && !li.isProse():
				out[i].reason = "other"
			}
			continue
		}
		switch {
		case reason != "":
		case commentsAt >= 0 && i > commentsAt:
			reason = "comments"
		case li.markup, li.gallery:
			reason = "other"
		case li.stamp:
			reason = "timestamp"
		case li.seps >= minSeps:
			reason = "navigation"
		case li.isHeadline() && !seenBody:
			reason = "navigation"
		case li.isHeadline():
			reason = "related"
		case li.words <= 4:
			reason = "navigation"
		case seenBody && isBio(doc, doc.Tokens[li.First:li.Last], li.words):
			reason = "byline-bio"
		case seenBody:
			reason = "related"
		default:
			reason = "other"
		}
		out[i].reason = reason
	}
	return out
}

// commentShare is how much of the body's weight must come before a comment
// header for the text after it to be taken for comments.
const commentShare = 0.3

// A header of related stories or comments ends the article when at least
// tailShare of the body's weight comes before it and at most tailRest
// after: the body had run on into a bio or teaser below the article.
//
// A header also ends it when what follows is a feed: repeated labels
// (at least minFeedRepeats, and feedRatio per prose line) among teasers.
const (
	minFeedRepeats = 6
	feedRatio      = 2
	tailShare      = 0.5
	tailRest       = 0.15
)

// cutComments finds the header of a comment section ("13 Comments", "Leave
// a reply") or of related stories after the bulk of the body, takes what
// follows out of the body when it reads as comments or is small beside
// the article, and returns the header's line when it starts comments, or
// -1. Reader comments are prose, so the body may have run on into them;
// the text after the header reads as comments when reply buttons come
// often enough among its prose lines.
func cutComments(lines []lineInfo, in []bool, w []float64) int {
	total := 0.0
	for i := range lines {
		if in[i] && w[i] > 0 {
			total += w[i]
		}
	}
	// What follows each line, summed from the end so that every header is
	// judged in constant time.
	n := len(lines)
	marks, repeats, prose := make([]int, n+1), make([]int, n+1), make([]int, n+1)
	rest := make([]float64, n+1)
	for k := n - 1; k >= 0; k-- {
		marks[k], repeats[k], prose[k], rest[k] = marks[k+1], repeats[k+1], prose[k+1], rest[k+1]
		if lines[k].repeated {
			repeats[k]++
		}
		switch {
		case lines[k].prompt == tagReply || lines[k].replyMark:
			marks[k]++
		case in[k] && w[k] > 0:
			prose[k]++
			rest[k] += w[k]
		}
	}
	seen := 0.0
	for i := range lines {
		if in[i] && w[i] > 0 {
			seen += w[i]
		}
		li := &lines[i]
		if li.prompt != "comments" && !(li.prompt == "related" && li.strong) || seen < commentShare*total {
			continue
		}
		marks, repeats, prose, rest := marks[i+1], repeats[i+1], prose[i+1], rest[i+1]
		comments := li.prompt == "comments"
		switch {
		case prose == 0:
		case comments && marks >= 2 && 4*marks >= prose:
		case repeats >= minFeedRepeats && repeats >= feedRatio*prose:
			// A feed of teasers, each with the same buttons and labels.
		case seen >= tailShare*total && rest <= tailRest*total:
		default:
			continue
		}
		for k := i; k < len(lines); k++ {
			in[k] = false
		}
		if comments {
			return i
		}
		return -1
	}
	return -1
}

// keepTitles marks as body the headline above each run of body lines and
// the bylines between. The headline is the line just above a byline when
// there is one (skipping date stamps), else the longest headline-shaped
// line among the few lines before the run. A byline is "By Ann Lee" or,
// between the headline and the body, a bare name ("Ann Lee").
func keepTitles(doc *text.Document, lines []lineInfo, in []bool) {
	for i := range lines {
		if !in[i] || i > 0 && in[i-1] {
			continue
		}
		best, _ := keepTitle(doc, lines, in, i, nil)
		if best >= 0 {
			// The line taken may be a standfirst or a subtitle, with the
			// headline and byline above it: look again, and take what
			// is found only with a byline under it.
			var marked []int
			if _, byline := keepTitle(doc, lines, in, best, &marked); byline < 0 {
				for _, k := range marked {
					in[k] = false
				}
			}
		}
	}
}

// keepTitle marks the headline and bylines above the body line i, and
// returns the headline's line (or -1) and the byline's (or -1). When
// marked is not nil, the lines it marks are appended to it.
func keepTitle(doc *text.Document, lines []lineInfo, in []bool, i int, marked *[]int) (best, byline int) {
	mark := func(k int) {
		if !in[k] && marked != nil {
			*marked = append(*marked, k)
		}
		in[k] = true
	}
	lo := i
	for lo > 0 && lo > i-titleWindow && !in[lo-1] {
		lo--
	}
	best, byline = -1, -1
	for k := i - 1; k >= lo; k-- {
		li := &lines[k]
		if isByline(doc, doc.Tokens[li.First:li.Last], li.words) {
			mark(k)
			if byline < 0 {
				byline = k
			}
			continue
		}
		if titleLike(li) && (best < 0 || li.words > lines[best].words) {
			best = k
		}
	}
	if byline < 0 {
		// A bare name just above the body, or above the date stamps and
		// buttons there ("Follow", "3 comments"), may be the byline too.
		k := i - 1
		for k >= lo && (lines[k].stamp || lines[k].prompt != "") {
			k--
		}
		if k >= lo && isNameLine(doc, &lines[k]) {
			if t := above(lines, in, k); t >= 0 && titleLike(&lines[t]) {
				mark(k)
				byline = k
			}
		}
	}
	if byline >= 0 {
		if t := above(lines, in, byline); t >= 0 && titleLike(&lines[t]) {
			best = t
		}
	}
	if best < 0 {
		return -1, byline
	}
	mark(best)
	// Names just under the headline are its bylines.
	for k := best + 1; k < i && k <= best+maxBylineGap; k++ {
		if isNameLine(doc, &lines[k]) {
			mark(k)
		}
	}
	return best, byline
}

// maxBylineGap is how far under the headline a bare name is taken for its
// byline.
const maxBylineGap = 3

// above returns the nearest line above k, outside the body, that is not a
// date stamp, or -1.
func above(lines []lineInfo, in []bool, k int) int {
	k--
	for k >= 0 && !in[k] && lines[k].stamp {
		k--
	}
	if k < 0 || in[k] {
		return -1
	}
	return k
}

// isNameLine reports whether a line is nothing but a person's name: two to
// four capitalized words, with initials ("John C. Welch"), not a prompt or
// a label the page repeats.
func isNameLine(doc *text.Document, li *lineInfo) bool {
	if li.words < 2 || li.words > 4 || li.caps != li.words || li.prompt != "" || li.repeated || li.linky || li.furniture {
		return false
	}
	toks := doc.Tokens[li.First:li.Last]
	if isByline(doc, toks, li.words) {
		return false
	}
	for k := range toks {
		t := &toks[k]
		switch {
		case t.Kind == text.Word:
			if t.IsAllCaps(doc.Text) && len(t.In(doc.Text)) > 1 {
				return false // "BBC News", a section name
			}
		case t.In(doc.Text) == "." && k > 0 && len(toks[k-1].In(doc.Text)) == 1:
			// an initial
		case t.In(doc.Text) == "-" && !t.SpaceBefore || t.In(doc.Text) == "'" || t.In(doc.Text) == "’":
		default:
			return false
		}
	}
	return true
}

// titleLike reports whether a line could be a headline: a few words, not a
// prompt, stamp or link, and not several sentences.
func titleLike(li *lineInfo) bool {
	return li.prompt == "" && !li.stamp && !li.furniture && !li.linky && !li.repeated &&
		li.words >= 3 && li.words <= 25 && (li.stops == 0 || li.endsSentence && li.stops == 1)
}

// A box of related stories inside the article ("Related", then a few
// headlines with their bylines and dates) runs from its header to the next
// paragraph of at least paragraphWeight (or a line of Chinese or Japanese
// prose, which weighs less), over at most maxInlineRelated lines.
const (
	paragraphWeight  = 15
	maxInlineRelated = 12
)

// markInlineRelated marks as cards the teasers under a related header
// inside the body: they sit between two paragraphs of the article, so the
// body search takes them in.
func markInlineRelated(doc *text.Document, lines []lineInfo, in []bool, w []float64) {
	for i := range lines {
		if !in[i] || lines[i].prompt != "related" || !lines[i].strong || doc.Tokens[lines[i].First].Kind == text.Number {
			// "7 See also" is an entry of a table of contents.
			continue
		}
		for k := i + 1; k < len(lines) && k <= i+maxInlineRelated && in[k] && w[k] < paragraphWeight && lines[k].cjk < cjkProseWords; k++ {
			if enumerated(doc, doc.Tokens[lines[k].First:lines[k].Last]) || lines[k].prompt != "" {
				break // "19) Ingrid Goes West": the article's own list goes on
			}
			lines[k].card = true
		}
	}
}

// enumerated reports whether a line starts with a list number: "19)", "3.".
func enumerated(doc *text.Document, toks []text.Token) bool {
	return len(toks) > 1 && toks[0].Kind == text.Number && (toks[1].In(doc.Text) == ")" || toks[1].In(doc.Text) == ".") && !toks[1].SpaceBefore
}

// The word lists of bios and bylines are package variables rather than
// arguments written out at each call, which would build them on the stack
// every time, in code.
var (
	// bioVerbs follow the name in a note about a person.
	bioVerbs = []string{"is", "writes", "covers", "reports"}
	// bylineBy is "by" in the languages of bylines, and bylineLeads the
	// words that may come before it.
	bylineBy    = []string{"by", "par", "von", "por", "di", "door", "av"}
	bylineLeads = []string{"written", "posted", "words", "story", "text", "reporting", "published", "edited"}
)

// maxBioWords bounds the length of an author's note.
const maxBioWords = 60

// isBio reports whether a line reads like a note about a person: a name
// followed early by "is", "writes" or "covers" (notes are in the present
// tense; a story's "was" is not one), and a word for a writer's trade
// ("reporter", "editor", "author").
func isBio(doc *text.Document, toks []text.Token, words int) bool {
	if words > maxBioWords || len(toks) == 0 || !toks[0].IsCapitalized(doc.Text) {
		return false
	}
	verb := false
	for k := 1; k < len(toks) && k < 6; k++ {
		if toks[k].LowerIs(doc.Lower, bioVerbs...) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for k := range toks {
		if _, ok := trades[toks[k].In(doc.Lower)]; ok {
			return true
		}
	}
	return false
}

// trimBios takes an author's note off the end of each run of body lines:
// it is prose, so the body search takes it in with the article. A run of
// fewer than minBioRun lines is left alone: it may be all the article.
func trimBios(doc *text.Document, lines []lineInfo, in []bool) {
	run := 0
	for i := range lines {
		if !in[i] {
			run = 0
			continue
		}
		run++
		if run >= minBioRun && (i+1 == len(lines) || !in[i+1]) && isBio(doc, doc.Tokens[lines[i].First:lines[i].Last], lines[i].words) {
			in[i] = false
		}
	}
}

// minBioRun is the fewest lines a run of the body needs to lose a note
// about its author.
const minBioRun = 3

// isByline reports whether a short line names the author: "By Ann Lee",
// "Written by Ann Lee, March 3", "Par Anne Lée".
func isByline(doc *text.Document, toks []text.Token, words int) bool {
	if words < 2 || words > 14 {
		return false
	}
	k := 0
	if len(toks) > 2 && toks[0].LowerIs(doc.Lower, bylineLeads...) {
		k = 1
	}
	return toks[k].LowerIs(doc.Lower, bylineBy...) && k+1 < len(toks) && toks[k+1].IsCapitalized(doc.Text)
}
