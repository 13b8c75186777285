package text

import (
	_ "embed"
	"strings"
)

// Sentence is a span of the text with the tokens it holds,
// Tokens[First:Last] of its Document.
type Sentence struct {
	Span
	First, Last int
}

// Line is a non-empty line of the text, trimmed of white space, with the
// tokens it holds, Tokens[First:Last] of its Document.
type Line struct {
	Span
	First, Last int
}

//go:embed abbreviations.txt
var abbreviationData string

// abbreviations are the lower-cased words that a full stop after does not
// end a sentence ("Mr. Shin", "Jan. 5", "Gen. Milley"). The value is true
// for those that only abbreviate before a number ("No. 5").
var abbreviations = func() map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(abbreviationData, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			word, beforeNumber := strings.CutSuffix(line, " +num")
			m[word] = beforeNumber
		}
	}
	return m
}()

func splitLines(s string, toks []Token) []Line {
	var lines []Line
	t := 0
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		next := len(s)
		if end < 0 {
			end = len(s)
		} else {
			end += start
			next = end + 1
		}
		a, b := start, end
		for a < b && isSpaceByte(s[a]) {
			a++
		}
		for b > a && isSpaceByte(s[b-1]) {
			b--
		}
		if a < b {
			for t < len(toks) && toks[t].Start < a {
				t++
			}
			first := t
			for t < len(toks) && toks[t].End <= b {
				t++
			}
			lines = append(lines, Line{Span{a, b}, first, t})
		}
		start = next
	}
	return lines
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' }

// splitSentences ends a sentence at terminal punctuation followed by what
// starts a new one, and at line breaks, except where a hard-wrapped
// paragraph merely continues on the next line.
func splitSentences(d *Document) []Sentence {
	toks := d.Tokens
	// News sentences run to some twenty tokens; one allocation mostly fits.
	out := make([]Sentence, 0, len(toks)/16+1)
	first := 0
	emit := func(last int) {
		if last > first {
			out = append(out, Sentence{Span{toks[first].Start, toks[last-1].End}, first, last})
		}
		first = last
	}
	for i := range toks {
		if i > first && toks[i].NewlineBefore && !continuesWrappedLine(d, i) {
			emit(i)
		}
		if !isTerminal(toks[i].In(d.Text)) {
			continue
		}
		// Closing quotes and brackets belong to the sentence they end.
		j := i + 1
		for j < len(toks) && !toks[j].SpaceBefore && isCloser(toks[j].In(d.Text)) {
			j++
		}
		if j >= len(toks) {
			continue
		}
		if toks[i].In(d.Text) == "." && i > 0 && !toks[i].SpaceBefore && isAbbreviation(d, toks, i-1) {
			continue
		}
		next := &toks[j]
		if next.NewlineBefore || (next.SpaceBefore && startsSentence(d.Text, next)) {
			emit(j)
		}
	}
	emit(len(toks))
	return out
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

func startsSentence(s string, t *Token) bool {
	switch t.Kind {
	case Number:
		return true
	case Word:
		return t.IsCapitalized(s)
	}
	switch t.In(s) {
	case "\"", "'", "“", "‘", "(", "[", "«", "—", "-":
		return true
	}
	return false
}

// isAbbreviation reports whether the word at i, followed by a full stop, is
// an abbreviation or an initial ("U.S.", "J. Smith").
func isAbbreviation(d *Document, toks []Token, i int) bool {
	t := &toks[i]
	if t.Kind != Word {
		return false
	}
	if beforeNumber, ok := abbreviations[t.In(d.Lower)]; ok {
		return !beforeNumber || i+2 < len(toks) && toks[i+2].Kind == Number
	}
	// A single letter: an initial or part of "U.S.".
	if len([]rune(t.In(d.Text))) == 1 && t.IsCapitalized(d.Text) {
		return true
	}
	return false
}

// continuesWrappedLine reports whether the line break before token i is a
// hard wrap inside a paragraph: the previous line is long, does not end a
// sentence, and the new line starts in lower case.
func continuesWrappedLine(d *Document, i int) bool {
	t := &d.Tokens[i]
	if t.Kind != Word || t.IsCapitalized(d.Text) || i == 0 {
		return false
	}
	prev := &d.Tokens[i-1]
	if isTerminal(prev.In(d.Text)) || prev.In(d.Text) == ":" || isCloser(prev.In(d.Text)) {
		return false
	}
	// A blank line between the two always separates paragraphs.
	gap := d.Text[prev.End:t.Start]
	if strings.Count(gap, "\n") > 1 {
		return false
	}
	lineStart := strings.LastIndexByte(d.Text[:prev.End], '\n') + 1
	return prev.End-lineStart >= 40
}

// findQuotes pairs quotation marks line by line. Curly quotes pair by
// direction; straight double quotes pair in order. A quotation still open at
// the end of its line runs to the end of the line, as in news copy where a
// quoted paragraph continues into the next one.
func findQuotes(d *Document) []Span {
	var out []Span
	for _, ln := range d.Lines {
		open := -1
		for i := ln.First; i < ln.Last; i++ {
			t := &d.Tokens[i]
			switch t.In(d.Text) {
			case "“", "«":
				if open < 0 {
					open = t.Start
				}
			case "”", "»":
				if open >= 0 {
					out = append(out, Span{open, t.End})
					open = -1
				}
			case "\"":
				if open < 0 {
					open = t.Start
				} else {
					out = append(out, Span{open, t.End})
					open = -1
				}
			}
		}
		if open >= 0 && open < ln.End {
			out = append(out, Span{open, ln.End})
		}
	}
	return out
}
