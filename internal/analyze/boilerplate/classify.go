package boilerplate

import "github.com/siftnews/sift/internal/analyze/text"

// classified is a line with its verdict: reason is "" for article lines.
type classified struct {
	text.Span
	reason string
}

// titleWindow is how many lines above the body the headline is looked for.
const titleWindow = 8

// classify decides every line of doc.
func classify(doc *text.Document) []classified {
	lines := readLines(doc)
	w := make([]float64, len(lines))
	for i := range lines {
		li := &lines[i]
		toks := doc.Tokens[li.First:li.Last]
		li.prompt = matchPrompt(toks, li.words, li.endsSentence)
		li.stamp = li.prompt == "" && isStamp(toks, li.words)
		w[i] = li.weight()
	}
	in := make([]bool, len(lines))
	findBody(w, in)
	keepTitles(lines, in)

	out := make([]classified, len(lines))
	comments := false
	seenBody := false
	for i := range lines {
		li := &lines[i]
		out[i].Span = li.Span
		if in[i] {
			seenBody = true
			comments = false
			switch {
			case li.prompt != "" && li.words <= maxPromptWords:
				out[i].reason = li.prompt
			case li.furniture && !li.isProse():
				out[i].reason = "other"
			}
			continue
		}
		switch {
		case li.prompt != "":
			out[i].reason = li.prompt
			if li.prompt == "comments" && seenBody {
				comments = true
			}
		case comments:
			out[i].reason = "comments"
		case li.stamp:
			out[i].reason = "timestamp"
		case li.isHeadline():
			out[i].reason = "related"
		case li.words <= 4:
			out[i].reason = "navigation"
		case seenBody && isBio(doc.Tokens[li.First:li.Last]):
			out[i].reason = "byline-bio"
		case seenBody:
			out[i].reason = "related"
		default:
			out[i].reason = "other"
		}
	}
	return out
}

// keepTitles marks as body the headline above each run of body lines: the
// longest headline-shaped line among the few lines before it.
func keepTitles(lines []lineInfo, in []bool) {
	for i := range lines {
		if !in[i] || i > 0 && in[i-1] {
			continue
		}
		best := -1
		for k := i - 1; k >= 0 && k >= i-titleWindow && !in[k]; k-- {
			li := &lines[k]
			if li.prompt != "" || li.stamp || li.furniture || li.linky || li.words < 3 || li.words > 25 || li.stops > 0 && !li.endsSentence {
				continue
			}
			if best < 0 || li.words > lines[best].words {
				best = k
			}
		}
		if best >= 0 {
			in[best] = true
		}
	}
}

// isBio reports whether a line reads like a note about a person: a name
// followed early by "is", "was", "writes" or "covers".
func isBio(toks []text.Token) bool {
	for k := 1; k < len(toks) && k < 6; k++ {
		if toks[k].Is("is", "was", "writes", "covers", "has") && toks[0].IsCapitalized() {
			return true
		}
	}
	return false
}
