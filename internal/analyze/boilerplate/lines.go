package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze/text"
)

// lineInfo is what the analyzer knows about one line of the page, read from
// the line's tokens.
type lineInfo struct {
	text.Line
	// words counts word and number tokens; lowers counts words that start
	// with a lower-case letter, caps those that start with a capital.
	words, lowers, caps int
	// cjk counts the words estimated in scripts written without spaces.
	cjk int
	// numbers counts number tokens.
	numbers int
	// stops counts sentence-ending marks (. ! ?) followed by a space or the
	// end of the line; endsSentence is true when the line ends like a
	// sentence, possibly inside closing quotes or brackets.
	stops        int
	endsSentence bool
	// linky is true when the line carries URL or handle fragments, pipes
	// or arrows: marks of link lists rather than prose. seps counts the
	// pipes and arrows, which menus and breadcrumbs put between links.
	linky bool
	seps  int
	// gapBefore is true when a blank line precedes the line.
	gapBefore bool
	// furniture is true when at least half the line lies in spans that
	// the page's markup placed in furniture.
	furniture bool
	// prompt is the tag of a lexicon prompt the line consists of, or ""
	// when it is not one; strong says the line is a prompt even inside
	// the body (see matchPrompt). stamp is true for a date or time stamp.
	prompt string
	strong bool
	stamp  bool
	// replyMark is true for the head of a reader's comment that ends
	// with a reply button.
	replyMark bool
	// markup is true for a line of HTML source.
	markup bool
	// card is true for the title or summary of a card linking to another
	// story: a title that repeats itself, or text cut with "… Read more".
	card bool
	// gallery is true for the lines of a photo gallery (gallery.go).
	gallery bool
	// tabbed is true for a line with tabs inside: a row of a table.
	tabbed bool
	// repeated is true for a short line whose text occurs at least
	// minRepeats times in the page: template furniture ("Save", "More like
	// this", a section name under every teaser).
	repeated bool
	// copies is how many lines of the page have this line's text (for
	// short lines; 0 for others).
	copies int
}

// readLines computes lineInfo for every line of doc in one pass over its
// tokens.
func readLines(doc *text.Document) []lineInfo {
	out := make([]lineInfo, len(doc.Lines))
	fur := 0
	for i, l := range doc.Lines {
		li := &out[i]
		li.Line = l
		toks := doc.Tokens[l.First:l.Last]
		for k := range toks {
			t := &toks[k]
			switch t.Kind {
			case text.Word:
				if n := cjkWords(t.In(doc.Text)); n > 0 {
					// Scripts written without spaces count as words of
					// about two characters, with no case.
					li.words += n
					li.lowers += n
					li.cjk += n
					break
				}
				li.words++
				if t.IsCapitalized(doc.Text) {
					li.caps++
				} else if isLowerStart(t.In(doc.Text)) {
					li.lowers++
				}
			case text.Number:
				li.words++
				li.numbers++
			case text.Punct:
				switch p := punctOf(doc, t); {
				case p&stopMark != 0:
					if k+1 == len(toks) || toks[k+1].SpaceBefore || punctOf(doc, &toks[k+1])&closer != 0 {
						li.stops++
					}
				case p&cjkStop != 0:
					li.stops++
				case p&separator != 0:
					if t.In(doc.Text) == ">" && k+1 < len(toks) && (toks[k+1].Kind == text.Number || toks[k+1].In(doc.Text) == "=") {
						break // a comparison in code or a formula: "x > 10"
					}
					li.seps++
					li.linky = true
				case p&linkMark != 0:
					if t.In(doc.Text) != "/" || !t.SpaceBefore && k+1 < len(toks) && toks[k+1].In(doc.Text) == "/" {
						li.linky = true
					}
				}
			}
		}
		li.endsSentence = endsSentence(doc, toks)
		if cut := truncatedAt(doc, toks); cut >= 0 {
			// "Tips to be found on Google P...": a teaser's title or
			// summary cut to fit its box. Its ellipsis ends no sentence.
			li.endsSentence = false
			li.stops = max(li.stops-1, 0)
			// "… Read more" after the cut: a card linking elsewhere.
			if cut < len(toks) {
				n, _ := prompts.Match(doc.Lower, toks, cut)
				li.card = n > 0
			}
		}
		li.card = li.card || echoes(doc, toks)
		li.tabbed = strings.IndexByte(doc.Text[l.Start:l.End], '\t') >= 0
		if i > 0 {
			// A blank line is two line breaks in the gap.
			li.gapBefore = strings.Count(doc.Text[doc.Lines[i-1].End:l.Start], "\n") >= 2
		}
		if len(doc.Furniture) > 0 {
			li.furniture, fur = furnished(doc.Furniture, fur, l.Span)
		}
	}
	markRepeats(doc, out)
	return out
}

// Short lines repeated this often are template furniture.
const (
	minRepeats     = 3
	maxRepeatWords = 8
)

// markRepeats sets repeated on short lines whose text recurs, with one map
// pass over the lines.
func markRepeats(doc *text.Document, lines []lineInfo) {
	count := make(map[string]int)
	for i := range lines {
		if li := &lines[i]; repeatable(doc, li) {
			count[doc.Lower[li.Start:li.End]]++
		}
	}
	for i := range lines {
		if li := &lines[i]; repeatable(doc, li) {
			li.copies = count[doc.Lower[li.Start:li.End]]
			li.repeated = li.copies >= minRepeats
		}
	}
}

// repeatable reports whether a line could be template furniture when
// repeated: a short line of words starting with a capital, not code
// ("SELECT", "return x;") or table cells ("0", "Yes").
func repeatable(doc *text.Document, li *lineInfo) bool {
	if li.words == 0 || li.words > maxRepeatWords || li.numbers == li.words {
		return false
	}
	toks := doc.Tokens[li.First:li.Last]
	first := -1
	for k := range toks {
		t := &toks[k]
		switch t.Kind {
		case text.Word:
			if first < 0 {
				first = k
			}
		case text.Punct:
			if punctOf(doc, t)&codeMark != 0 {
				return false
			}
		}
	}
	return first >= 0 && (toks[first].IsCapitalized(doc.Text) && !toks[first].IsAllCaps(doc.Text) || li.cjk > 0)
}

// furnished reports whether half of s lies in the sorted spans fs, starting
// the search at index from; it returns the index to start the next search,
// so that a pass over all lines costs linear time.
func furnished(fs []text.Span, from int, s text.Span) (bool, int) {
	for from < len(fs) && fs[from].End <= s.Start {
		from++
	}
	n := 0
	for k := from; k < len(fs) && fs[k].Start < s.End; k++ {
		lo, hi := max(fs[k].Start, s.Start), min(fs[k].End, s.End)
		if hi > lo {
			n += hi - lo
		}
	}
	return 2*n >= s.Len(), from
}

func isLowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// punct is a set of classes of punctuation marks.
type punct uint8

// Classes of punctuation marks that the reading of lines asks about.
const (
	// stopMark ends a sentence when a space or the line's end follows:
	// . ! ? …
	stopMark punct = 1 << iota
	// cjkStop ends a sentence of Chinese or Japanese: 。！？
	cjkStop
	// separator stands between the links of a menu or breadcrumb.
	separator
	// linkMark marks links and handles: « ‹ → ← @ # /
	linkMark
	// closer closes a quotation or a bracket.
	closer
	// sentenceEnd ends a line like a sentence.
	sentenceEnd
	// promptMark is itself a prompt: « » ← → ‹ › ©
	promptMark
	// codeMark is a mark of code and formulas, never of template labels.
	codeMark
)

// punctClasses maps each mark the line reading asks about to its classes.
var punctClasses = map[string]punct{
	".": stopMark | sentenceEnd, "!": stopMark | sentenceEnd, "?": stopMark | sentenceEnd, "…": stopMark | sentenceEnd,
	":": sentenceEnd, ";": sentenceEnd | codeMark, "：": sentenceEnd,
	"。": cjkStop | sentenceEnd, "！": cjkStop | sentenceEnd, "？": cjkStop | sentenceEnd,
	"|": separator, "»": separator | closer | promptMark, "›": separator | promptMark, ">": separator | codeMark, "｜": separator,
	"«": linkMark | promptMark, "‹": linkMark | promptMark, "→": linkMark | promptMark, "←": linkMark | promptMark,
	"@": linkMark, "#": linkMark, "/": linkMark, "©": promptMark,
	"\"": closer, "'": closer, "”": closer, "’": closer, ")": closer | codeMark, "]": closer | codeMark,
	"）": closer, "」": closer, "』": closer,
	"(": codeMark, "{": codeMark, "}": codeMark, "=": codeMark, "<": codeMark, "[": codeMark,
}

// punctOf returns the classes of a token's text: none for words, numbers
// and other marks.
func punctOf(doc *text.Document, t *text.Token) punct {
	return punctClasses[t.In(doc.Text)]
}

// endsSentence reports whether toks end with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(doc *text.Document, toks []text.Token) bool {
	k := len(toks) - 1
	for k >= 0 && toks[k].Kind == text.Punct && punctOf(doc, &toks[k])&closer != 0 {
		k--
	}
	return k >= 0 && toks[k].Kind == text.Punct && punctOf(doc, &toks[k])&sentenceEnd != 0
}

// maxCutTail is the most words a link may add after a cut ("… Read more").
const maxCutTail = 4

// truncatedAt returns where the text of toks was cut short by the page,
// or -1: the index after an ellipsis glued to a word, number or comma
// ("on...", "P…", "sounds,…") that ends the line or is followed by a few
// words without a sentence mark ("… Read more").
func truncatedAt(doc *text.Document, toks []text.Token) int {
	// The last ellipsis, with at most maxCutTail words after it.
	words := 0
	for e := len(toks) - 1; e >= 0 && words <= maxCutTail; e-- {
		t := &toks[e]
		if t.Kind != text.Punct {
			words++
			continue
		}
		if t.In(doc.Text) != "." && t.In(doc.Text) != "…" || t.SpaceBefore {
			if punctOf(doc, t)&stopMark != 0 {
				return -1
			}
			continue
		}
		k, dots := e, 0
		for k >= 0 && toks[k].Kind == text.Punct && !toks[k].SpaceBefore && (toks[k].In(doc.Text) == "." || toks[k].In(doc.Text) == "…") {
			if toks[k].In(doc.Text) == "…" {
				dots += 3
			} else {
				dots++
			}
			k--
		}
		if dots >= 3 && k >= 0 && (toks[k].Kind != text.Punct || toks[k].In(doc.Text) == ",") {
			return e + 1
		}
		return -1
	}
	return -1
}

// An echo repeats at least minEcho tokens; echoes looks at lines of at
// most maxEchoWords tokens.
const (
	minEcho      = 3
	maxEchoWords = 60
)

// echoes reports whether a line repeats its own opening words ("How to
// Save How to Save How to Save"): the title of a link card, pasted once
// per layout the page has for it.
func echoes(doc *text.Document, toks []text.Token) bool {
	if len(toks) < 6 || len(toks) > maxEchoWords {
		return false
	}
	if toks[0].Kind != text.Word {
		return false
	}
	for p := minEcho; 2*p <= len(toks); p++ {
		if toks[p].In(doc.Lower) != toks[0].In(doc.Lower) {
			continue
		}
		same := true
		for k := 0; k < p && same; k++ {
			same = toks[k].In(doc.Lower) == toks[p+k].In(doc.Lower)
		}
		if same {
			return true
		}
	}
	return false
}

// cjkWords returns about how many words a token of Han, kana or Thai
// letters holds (such scripts run words together), or 0 for other tokens.
func cjkWords(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	if r < 0x0E00 || !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)) {
		return 0
	}
	return (utf8.RuneCountInString(w) + 1) / 2
}
