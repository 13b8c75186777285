// Package htmltext turns an HTML page into the plain text a reader would
// paste from it, line by line, and notes which parts of that text the
// markup put in page furniture: navigation, headers and footers, asides,
// forms, captions, and blocks whose class or id says share, related,
// comments, newsletter or promotion.
//
// It is a small hand-written scanner rather than a full HTML parser: the
// engine only needs text, line breaks and a few attributes, and
// golang.org/x/net/html would add about 70 KB (gzip) to the wasm for its
// tokenizer alone and 250 KB with its tree builder. Nothing is executed or
// fetched; scripts, styles, templates and hidden elements are dropped.
// Malformed markup never fails: the scanner always makes progress and
// treats what it cannot read as text.
package htmltext

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// Convert returns the text of page with block elements on lines of their
// own, and the spans of that text that lie in page furniture, in order and
// not overlapping.
func Convert(page string) (plain string, furniture []text.Span) {
	c := converter{src: page, open: map[string]int{}}
	c.out.Grow(len(page) / 3)
	c.run()
	c.flushSpan()
	// Furniture spans never end in line breaks, so trimming keeps them
	// inside the text.
	plain = c.out.String()
	for strings.HasSuffix(plain, "\n") {
		plain = plain[:len(plain)-1]
	}
	return plain, c.spans
}

// element is an open element on the converter's stack.
type element struct {
	name  string
	flags tagFlags
	// furniture and hidden say what the element itself is (by its flags
	// or its attributes); the converter keeps counts of each over the
	// stack.
	furniture, hidden bool
}

type converter struct {
	src   string
	i     int
	out   strings.Builder
	stack []element
	// open counts the open elements by name.
	open map[string]int
	// Counts of open elements that are furniture, hidden (their text is
	// dropped) and preformatted, and of open <article>/<main> elements,
	// inside which <header> and <footer> belong to the article.
	furniture, hidden, pre, article int
	// inHead is true while <head> is open.
	inHead bool
	// newlines is how many line breaks end the output; space is true when
	// a collapsed space is pending before the next text.
	newlines int
	space    bool
	// spanStart is where the current furniture span began, or -1.
	spanStart int
	spans     []text.Span
}

func (c *converter) run() {
	c.spanStart = -1
	c.newlines = 2 // the start of the text counts as a fresh paragraph
	for c.i < len(c.src) {
		lt := strings.IndexByte(c.src[c.i:], '<')
		if lt < 0 {
			c.text(c.src[c.i:])
			c.i = len(c.src)
			break
		}
		if lt > 0 {
			c.text(c.src[c.i : c.i+lt])
			c.i += lt
		}
		c.markup()
	}
}

// markup reads what starts at c.src[c.i] == '<'.
func (c *converter) markup() {
	s := c.src[c.i:]
	switch {
	case strings.HasPrefix(s, "<!--"):
		end := strings.Index(s[4:], "-->")
		if end < 0 {
			c.i = len(c.src)
			return
		}
		c.i += 4 + end + 3
	case len(s) >= 2 && (s[1] == '!' || s[1] == '?'):
		c.skipPast('>')
	case len(s) >= 2 && s[1] == '/':
		if len(s) >= 3 && isLetter(s[2]) {
			name, n := readName(s[2:])
			c.i += 2 + n
			c.skipPast('>')
			c.end(name)
		} else {
			c.skipPast('>') // "</ >" and the like are bogus comments
		}
	case len(s) >= 2 && isLetter(s[1]):
		c.start()
	default:
		c.text("<")
		c.i++
	}
}

// skipPast moves past the next b, or to the end.
func (c *converter) skipPast(b byte) {
	if k := strings.IndexByte(c.src[c.i:], b); k >= 0 {
		c.i += k + 1
	} else {
		c.i = len(c.src)
	}
}

// start reads a start tag and its attributes.
func (c *converter) start() {
	name, n := readName(c.src[c.i+1:])
	c.i += 1 + n
	var a attrs
	selfClosing := c.readAttrs(&a)
	f := tags[name]
	if c.inHead && f&headOnly == 0 {
		c.end("head")
	}

	switch {
	case f&skipContent != 0:
		if !selfClosing {
			c.skipRaw(name)
		}
		return
	case f&void != 0:
		if name == "br" && c.hidden == 0 {
			c.newline()
		} else if name == "hr" {
			c.lineBreak(1)
		}
		return
	}
	if d := f.breaks(); d > 0 {
		c.lineBreak(d)
	} else if f&cell != 0 && c.newlines == 0 && c.hidden == 0 {
		// Cells are separated by tabs, as in a browser's copied text,
		// which is how the boilerplate analyzer knows table rows.
		c.out.WriteByte('\t')
		c.space = false
	}
	if selfClosing && f&foreign != 0 {
		return // "<div/>" is a start tag in HTML, "<path/>" is closed
	}
	e := element{name: name, flags: f, hidden: a.hidden || f&hiddenTag != 0}
	if f&articleTag != 0 {
		c.article++
	}
	if name == "head" {
		c.inHead = true
	}
	e.furniture = c.isFurniture(f, &a)
	c.push(e)
}

func (c *converter) push(e element) {
	c.stack = append(c.stack, e)
	c.open[e.name]++
	if e.furniture {
		c.furniture++
	}
	if e.hidden {
		c.hidden++
	}
	if e.flags&preformatted != 0 {
		c.pre++
	}
}

// end closes the innermost open element called name and all inside it; an
// end tag with no open element is ignored, as browsers do.
func (c *converter) end(name string) {
	k := -1
	if c.open[name] > 0 { // else searching the stack would make stray end tags cost quadratic time
		k = len(c.stack) - 1
		for c.stack[k].name != name {
			k--
		}
	}
	if k < 0 {
		if name == "br" || name == "p" {
			c.lineBreak(tags[name].breaks())
		}
		return
	}
	for j := len(c.stack) - 1; j >= k; j-- {
		e := c.stack[j]
		c.open[e.name]--
		if e.furniture {
			c.furniture--
		}
		if e.hidden {
			c.hidden--
		}
		if e.flags&preformatted != 0 {
			c.pre--
		}
		if e.flags&articleTag != 0 {
			c.article--
		}
		if e.name == "head" {
			c.inHead = false
		}
		if d := e.flags.breaks(); d > 0 {
			c.lineBreak(d)
		}
	}
	c.stack = c.stack[:k]
	if c.furniture == 0 {
		c.flushSpan()
	}
}

// skipRaw skips the content of a raw-text element up to its end tag.
func (c *converter) skipRaw(name string) {
	for {
		k := strings.Index(c.src[c.i:], "</")
		if k < 0 {
			c.i = len(c.src)
			return
		}
		c.i += k + 2
		if n := len(name); c.i+n <= len(c.src) && strings.EqualFold(c.src[c.i:c.i+n], name) &&
			(c.i+n == len(c.src) || !isAlnum(c.src[c.i+n])) {
			c.i += n
			c.skipPast('>')
			return
		}
	}
}

// text writes character data, collapsing white space outside <pre>.
func (c *converter) text(s string) {
	if c.hidden > 0 {
		return
	}
	for len(s) > 0 {
		b := s[0]
		switch {
		case b == '&':
			if dec, n := decodeEntity(s); n > 0 {
				c.write(dec)
				s = s[n:]
				continue
			}
			c.write("&")
		case b == '\n' && c.pre > 0:
			c.newline()
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f':
			if c.pre > 0 && b != '\r' {
				c.write(" ")
			} else {
				c.space = true
			}
		default:
			k := 1
			for k < len(s) && !isSpecial(s[k]) {
				k++
			}
			c.write(s[:k])
			s = s[k:]
			continue
		}
		s = s[1:]
	}
}

func isSpecial(b byte) bool {
	return b == '&' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}

// write appends visible text, with the pending space before it unless a
// line starts here.
func (c *converter) write(s string) {
	if s == "" {
		return
	}
	if s == " " && c.pre == 0 {
		c.space = true
		return
	}
	if c.space && c.newlines == 0 {
		c.out.WriteByte(' ')
	}
	c.space = false
	if c.furniture > 0 && c.spanStart < 0 {
		c.spanStart = c.out.Len()
	} else if c.furniture == 0 {
		c.flushSpan()
	}
	c.out.WriteString(s)
	c.newlines = 0
}

// newline ends the current line (a <br>): empty lines are kept, up to one.
func (c *converter) newline() {
	if c.newlines < 2 {
		c.out.WriteByte('\n')
		c.newlines++
	}
	c.space = false
}

// lineBreak makes sure the text ends with at least n line breaks: 1 for a
// block element, 2 for a paragraph.
func (c *converter) lineBreak(n int) {
	if c.out.Len() == 0 {
		return
	}
	for c.newlines < n {
		c.out.WriteByte('\n')
		c.newlines++
	}
	c.space = false
}

// flushSpan closes the furniture span in progress.
func (c *converter) flushSpan() {
	if c.spanStart >= 0 {
		end := c.out.Len()
		// Line breaks after the last furniture text are not furniture.
		for end > c.spanStart && c.out.String()[end-1] == '\n' {
			end--
		}
		if end > c.spanStart {
			c.spans = append(c.spans, text.Span{Start: c.spanStart, End: end})
		}
		c.spanStart = -1
	}
}
