package boilerplate

import "github.com/siftnews/sift/internal/analyze/text"

// Hard-wrapped paragraphs. Text pasted from a page that wraps its lines
// (a review column, a mail archive, a plain-text post) breaks each
// paragraph into lines of fifty or sixty characters. Line by line, half of
// them look like furniture: too few words, no sentence mark. A paragraph is
// judged as a whole instead: lines that run on into the next one are
// joined, and when the joined paragraph reads as prose each of its lines
// weighs as prose.

// minWrapBytes is the shortest line taken for a wrapped one: shorter
// lines end where the writer ended them (a menu item, a name).
const minWrapBytes = 25

// runsOn reports whether line i is continued by line i+1: no blank line
// between, line i is long, does not end a sentence and is not headline
// shaped, and neither is a prompt, stamp or other furniture.
func runsOn(lines []lineInfo, i int) bool {
	a, b := &lines[i], &lines[i+1]
	return !b.gapBefore && !a.endsSentence && a.Len() >= minWrapBytes && a.words >= 4 &&
		joinable(a) && joinable(b) && !a.isHeadline() && b.words > 0
}

// joinable reports whether a line can be part of a wrapped paragraph.
func joinable(li *lineInfo) bool {
	return li.prompt == "" && !li.stamp && !li.markup && !li.furniture && !li.repeated && !li.tabbed && li.seps == 0 && li.cjk == 0
}

// joinWraps raises the weight of the lines of wrapped paragraphs that read
// as prose when joined. w holds each line's own weight.
//
// A line was wrapped when the next line's first word would not have fitted
// on it: its length plus that word passes the longest line of the run.
// Lines the writer ended (list items, headlines of a feed, short replies)
// leave room, which keeps a list of one-line teasers from reading as one
// paragraph.
func joinWraps(doc *text.Document, lines []lineInfo, w []float64) {
	for i := 0; i < len(lines); {
		j := i
		for j+1 < len(lines) && runsOn(lines, j) {
			j++
		}
		width := 0
		for k := i; k <= j; k++ {
			width = max(width, lines[k].Len())
		}
		for s := i; s < j; {
			e := s
			for e < j && wrapsAt(doc, lines, e, width) {
				e++
			}
			judgeWrap(lines, w, s, e)
			s = e + 1
		}
		i = j + 1
	}
}

// wrapsAt reports whether line e was wrapped before line e+1, in a run
// of lines at most width long: the next line's first word would not have
// fitted, or the next line starts in lower case, mid-sentence.
func wrapsAt(doc *text.Document, lines []lineInfo, e, width int) bool {
	next := &lines[e+1]
	if next.First < next.Last && isLowerStart(doc.Tokens[next.First].In(doc.Text)) {
		return true
	}
	return lines[e].Len()+1+firstWordLen(doc, next) > width
}

// firstWordLen is the length in bytes of the line's first token.
func firstWordLen(doc *text.Document, li *lineInfo) int {
	if li.First == li.Last {
		return 0
	}
	return len(doc.Tokens[li.First].In(doc.Text))
}

// judgeWrap weighs lines i..j (one wrapped paragraph) as prose when
// together they read as prose.
func judgeWrap(lines []lineInfo, w []float64, i, j int) {
	{
		if j > i {
			var p lineInfo
			for k := i; k <= j; k++ {
				p.words += lines[k].words
				p.lowers += lines[k].lowers
				p.stops += lines[k].stops
			}
			p.endsSentence = lines[j].endsSentence
			if p.isProse() {
				for k := i; k <= j; k++ {
					w[k] = max(w[k], float64(min(lines[k].words, maxProseWeight)))
				}
			}
		}
	}
}
