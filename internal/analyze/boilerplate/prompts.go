package boilerplate

import (
	_ "embed"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
	"github.com/siftnews/sift/internal/analyze/text"
)

// The word lists are data (lexicon/*.txt, described in lexicon/README.md).

//go:embed lexicon/prompts.txt
var promptData string

//go:embed lexicon/dates.txt
var dateData string

// prompts matches the phrases of page furniture; each tag is a reason,
// with " +" when the phrase may lead a longer line.
var prompts = lexicon.NewPhrases(promptData)

//go:embed lexicon/trades.txt
var tradeData string

// cjkPrompts are the prompts of scripts written without spaces. Their
// words run together into one token ("留言列表"), so they match as the
// start of a token rather than token by token.
var cjkPrompts = func() []lexicon.Entry {
	var out []lexicon.Entry
	for _, e := range lexicon.Parse(promptData) {
		if cjkWords(e.Phrase) > 0 {
			out = append(out, e)
		}
	}
	return out
}()

// matchCJK returns the tag of the prompt a token of Chinese or Japanese
// starts with, and whether the token is all of it.
func matchCJK(doc *text.Document, t *text.Token) (tag string, whole bool) {
	if cjkWords(t.In(doc.Text)) == 0 {
		return "", false
	}
	for _, e := range cjkPrompts {
		if strings.HasPrefix(t.In(doc.Text), e.Phrase) {
			return e.Tag, len(t.In(doc.Text)) == len(e.Phrase)
		}
	}
	return "", false
}

// endsWithReply reports whether a short line with a date or time ends
// with a reply button: the head of a reader's comment ("Ann Lee, 3 May
// 2014 20:31 Reply").
func endsWithReply(doc *text.Document, toks []text.Token, words int) bool {
	if words < 2 || words > maxPromptWords {
		return false
	}
	dated := false
	for k := range toks {
		dated = dated || toks[k].Kind == text.Number
	}
	if !dated {
		return false
	}
	k := len(toks) - 1
	for k >= 0 && toks[k].Kind == text.Punct {
		k--
	}
	if k < 1 {
		return false
	}
	if tag, whole := matchCJK(doc, &toks[k]); whole {
		return strings.TrimSuffix(tag, " +") == tagReply
	}
	n, tag := prompts.Match(doc.Lower, toks, k)
	return n == 1 && toks[k].IsCapitalized(doc.Text) && strings.TrimSuffix(tag, " +") == tagReply
}

// trades are the words for a writer's trade that author notes use.
var trades = lexicon.Set(tradeData)

// dateWords are the words date and time stamps are made of; those tagged
// "context" do not anchor a stamp (see isStamp).
var dateWords = lexicon.Set(dateData)

// Limits on the lines a prompt can make up: a prompt is a short line, and
// a phrase that only leads a line ("Share on ...") may be followed by
// maxTail words at most.
const (
	maxPromptWords = 12
	maxTail        = 2
	// maxNoticeWords bounds labelled notices ("Correction: ..."), which
	// run longer than other prompts.
	maxNoticeWords = 40
	// minNoticePhrase is the fewest tokens of a notice's phrase that
	// lead a long notice.
	minNoticePhrase = 3
)

// matchPrompt returns the tag of the prompt that toks (one line) is, or
// "". The line must start with a lexicon phrase (after bullets and other
// punctuation); a phrase without "+" must leave at most maxTail words after
// it, and the words after any phrase must not read as a sentence. strong
// is true when the line is nothing but the phrase (and counts or marks),
// or an open phrase of several words leads it: such a line is a prompt
// even inside the article's body, where "Next steps" is a subheading.
func matchPrompt(doc *text.Document, toks []text.Token, words int, endsSentence bool) (tag string, strong bool) {
	if words == 0 || words > maxNoticeWords {
		return "", false
	}
	i := 0
	for i < len(toks) && toks[i].Kind == text.Punct && punctOf(doc, &toks[i])&promptMark == 0 {
		i++
	}
	if i == len(toks) {
		return "", false
	}
	// A number before the phrase is a count: "13 Comments", "61 Shares".
	if toks[i].Kind == text.Number && i+1 < len(toks) {
		i++
	}
	n, tag := prompts.Match(doc.Lower, toks, i)
	if n == 0 {
		if isCommentCount(doc, toks, words) {
			return "comments", true
		}
		if tag, whole := matchCJK(doc, &toks[i]); tag != "" && words <= maxPromptWords {
			tag, _ = strings.CutSuffix(tag, " +")
			return tag, whole && i+1 == len(toks)
		}
		return "", false
	}
	tag, open := strings.CutSuffix(tag, " +")
	tail := 0
	for _, t := range toks[i+n:] {
		if t.Kind == text.Word {
			tail++
		}
	}
	// A label with a colon ("Photo: Ann Lee", "Topics: trade, tariffs")
	// is furniture wherever it stands.
	colon := i+n < len(toks) && (toks[i+n].In(doc.Text) == ":" || toks[i+n].In(doc.Text) == "：") && !toks[i+n].SpaceBefore
	if toks[i].In(doc.Text) == "©" {
		return tag, true // a copyright line, however long
	}
	// A notice led by a phrase of several words ("We use cookies to
	// ...", "An earlier version of this article ...") runs long.
	longNotice := tag == "notice" && (colon || n >= minNoticePhrase)
	if words > maxPromptWords && !longNotice {
		return "", false
	}
	switch {
	case tail == 0:
		return tag, true
	case longNotice:
		return tag, true
	case colon:
		return tag, true
	case open && !(endsSentence && tail > 6):
		return tag, n > 1 || colon
	case tail <= maxTail && !endsSentence:
		return tag, false
	}
	return "", false
}

// isStamp reports whether a short line is a date or time stamp: most of
// its words are numbers or date words, and one of them anchors it as a
// date: a month or day name, "am", "ago", a year, or numbers joined as
// dates and times are ("10:30", "3/9", "2017-03-10").
func isStamp(doc *text.Document, toks []text.Token, words int) bool {
	if words == 0 || words > 12 {
		return false
	}
	dated, anchor := 0, false
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case text.Number:
			dated++
			anchor = anchor || isYear(t.In(doc.Text)) || i+2 < len(toks) && !toks[i+1].SpaceBefore && !toks[i+2].SpaceBefore &&
				toks[i+2].Kind == text.Number && (toks[i+1].In(doc.Text) == ":" || toks[i+1].In(doc.Text) == "/" || toks[i+1].In(doc.Text) == "-")
		case text.Word:
			if tag, ok := dateWords[t.In(doc.Lower)]; ok {
				dated++
				// Of the single letters only "h" ("6h") anchors: "d", "m"
				// and "s" alone may be anything.
				if tag != "context" && (len(t.In(doc.Lower)) >= 2 || t.In(doc.Lower) == "h") {
					anchor = true
				}
			}
		}
	}
	return anchor && 3*dated >= 2*words
}

// isYear reports whether a number reads as a year from 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20")
}

// commentWords count comments after a number.
var commentWords = []string{"comments", "comment", "responses", "replies", "reactions"}

// isCommentCount reports whether a short line counts comments: "There are
// 13 comments", "5 responses to this post".
func isCommentCount(doc *text.Document, toks []text.Token, words int) bool {
	if words > 6 {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k-1].Kind == text.Number && toks[k].LowerIs(doc.Lower, commentWords...) {
			return true
		}
	}
	return false
}

// isMarkup reports whether a line is HTML source left in the text ("<img
// src=...>", from a page's noscript blocks): it starts with a tag, or holds
// two or more.
func isMarkup(doc *text.Document, toks []text.Token) bool {
	tags := 0
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].In(doc.Text) == "<" && !toks[k+1].SpaceBefore && (toks[k+1].Kind == text.Word || toks[k+1].In(doc.Text) == "/") {
			if k == 0 && toks[len(toks)-1].In(doc.Text) == ">" {
				return true
			}
			tags++
		}
	}
	return tags >= 2
}
