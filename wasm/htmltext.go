package main

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze"
	"github.com/siftnews/sift/internal/analyze/text"
)

// analyzeHTMLFallback stands in for the engine's HTML entry point until the
// engine has one: it reduces the page to text with htmlToText and analyzes
// that without page-furniture hints.
func analyzeHTMLFallback(html string) (string, analyze.Report, error) {
	plain := htmlToText(html)
	r, err := analyze.AnalyzeDocument(text.Parse(plain))
	return plain, r, err
}

// htmlToText keeps the text of an HTML document and its line structure:
// block elements and <br> end lines, paragraphs and headings are separated by
// a blank line, runs of white space collapse to one space (except inside
// <pre>), the contents of script, style and similar elements are dropped and
// character references are decoded. It is a small tokenizer rather than a
// full HTML parser because it only needs the text; it never fails.
func htmlToText(html string) string {
	var c converter
	c.b.Grow(len(html) / 2)
	for i := 0; i < len(html); {
		if html[i] != '<' {
			j := strings.IndexByte(html[i:], '<')
			if j < 0 {
				j = len(html) - i
			}
			c.text(html[i : i+j])
			i += j
			continue
		}
		i = c.markup(html, i)
	}
	return c.finish()
}

type converter struct {
	b        strings.Builder
	pre      int  // depth of <pre> elements
	space    bool // white space seen since the last word
	breaks   int  // line breaks wanted before the next word (0, 1 or 2)
	started  bool // a word has been written
	lastWord bool
}

// markup consumes the tag, comment or declaration at html[i] (a '<') and
// returns the index after it.
func (c *converter) markup(html string, i int) int {
	rest := html[i:]
	switch {
	case strings.HasPrefix(rest, "<!--"):
		end := strings.Index(rest[4:], "-->")
		if end < 0 {
			return len(html)
		}
		return i + 4 + end + 3
	case len(rest) > 1 && (rest[1] == '!' || rest[1] == '?'):
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			return len(html)
		}
		return i + end + 1
	}
	closing := len(rest) > 1 && rest[1] == '/'
	n := 1
	if closing {
		n = 2
	}
	nameStart := n
	for n < len(rest) && isNameByte(rest[n]) {
		n++
	}
	if n == nameStart {
		// A '<' that does not open a tag is text.
		c.text("<")
		return i + 1
	}
	name := strings.ToLower(rest[nameStart:n])
	end := tagEnd(rest, n)
	if end < 0 {
		return len(html)
	}
	after := i + end
	if !closing && in(rawText, name) {
		// Skip to the matching end tag; the content is never shown.
		closeAt := indexFold(html[after:], "</"+name)
		if closeAt < 0 {
			return len(html)
		}
		after += closeAt
		if gt := strings.IndexByte(html[after:], '>'); gt >= 0 {
			return after + gt + 1
		}
		return len(html)
	}
	switch {
	case name == "br":
		c.lineBreak(1)
	case name == "pre":
		if closing {
			if c.pre > 0 {
				c.pre--
			}
		} else {
			c.pre++
		}
		c.lineBreak(2)
	case in(paragraph, name):
		c.lineBreak(2)
	case in(block, name):
		c.lineBreak(1)
	case name == "td" || name == "th":
		if !closing {
			c.space = true
		}
	}
	return after
}

// tagEnd returns the index just past the '>' that closes the tag whose
// attributes start at s[n], skipping quoted attribute values; -1 if none.
func tagEnd(s string, n int) int {
	var quote byte
	for ; n < len(s); n++ {
		switch b := s[n]; {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '"' || b == '\'':
			quote = b
		case b == '>':
			return n + 1
		}
	}
	return -1
}

func (c *converter) lineBreak(n int) {
	if !c.started {
		return
	}
	if n > c.breaks {
		c.breaks = n
	}
	c.space = false
}

// text adds character data: references decoded, white space collapsed.
func (c *converter) text(s string) {
	if strings.IndexByte(s, '&') >= 0 {
		s = decodeEntities(s)
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case c.pre > 0 && r == '\n':
			// Inside <pre> line breaks are kept, blank lines at most one.
			if c.started && c.breaks < 2 {
				c.breaks++
			}
			c.space = false
		case c.pre > 0 && (r == ' ' || r == '\t'):
			if c.started {
				c.flushBreaks()
				c.b.WriteRune(r)
				c.lastWord = false
			}
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f':
			c.space = true
		default:
			c.flushBreaks()
			if c.space && c.lastWord {
				c.b.WriteByte(' ')
			}
			c.space = false
			c.b.WriteRune(r)
			c.started, c.lastWord = true, true
		}
	}
}

func (c *converter) flushBreaks() {
	if c.breaks == 0 || !c.started {
		c.breaks = 0
		return
	}
	for range c.breaks {
		c.b.WriteByte('\n')
	}
	c.breaks = 0
	c.lastWord = false
	c.space = false
}

func (c *converter) finish() string {
	return c.b.String()
}

func isNameByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '-'
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// The element sets are "|"-separated strings rather than maps: map
// literals compile to initialization code, which all ships in the wasm.
const (
	// Elements whose content is not text for the reader.
	rawText = "|script|style|noscript|template|svg|math|iframe|object|textarea|select|head|title|"
	// Elements that set off a paragraph: a blank line around them.
	paragraph = "|p|h1|h2|h3|h4|h5|h6|blockquote|figure|table|ul|ol|dl|hr|section|article|header|footer|aside|nav|main|"
	// Elements that start a new line.
	block = "|div|li|tr|dt|dd|figcaption|caption|address|details|summary|form|fieldset|legend|body|html|"
)

func in(set, name string) bool {
	return strings.Contains(set, "|"+name+"|")
}

// decodeEntities decodes numeric character references and the named ones
// that news pages actually use; anything else is left as written.
func decodeEntities(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		amp := strings.IndexByte(s, '&')
		if amp < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:amp])
		s = s[amp:]
		semi := strings.IndexByte(s, ';')
		if semi < 2 || semi > 12 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		ref := s[1:semi]
		if r, ok := charRef(ref); ok {
			b.WriteRune(r)
			s = s[semi+1:]
			continue
		}
		b.WriteByte('&')
		s = s[1:]
	}
}

func charRef(ref string) (rune, bool) {
	if ref[0] == '#' {
		var n uint64
		var err error
		if len(ref) > 1 && (ref[1] == 'x' || ref[1] == 'X') {
			n, err = strconv.ParseUint(ref[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(ref[1:], 10, 32)
		}
		if err != nil || n == 0 || n > utf8.MaxRune || (n >= 0xD800 && n <= 0xDFFF) {
			return utf8.RuneError, err == nil
		}
		return rune(n), true
	}
	at := strings.Index(namedRefs, ";"+ref+"=")
	if at < 0 {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(namedRefs[at+len(ref)+2:])
	return r, true
}

// namedRefs holds ";name=character" for the named references news pages
// actually use; a string search is a fraction of a map's code size.
const namedRefs = ";amp=&;lt=<;gt=>;quot=\";apos=';nbsp=\u00a0;ndash=–;mdash=—;lsquo=‘;rsquo=’;ldquo=“;rdquo=”" +
	";sbquo=‚;bdquo=„;laquo=«;raquo=»;hellip=…;middot=·;bull=•;euro=€;pound=£;yen=¥;cent=¢;copy=©" +
	";reg=®;trade=™;deg=°;plusmn=±;times=×;divide=÷;frac12=½;frac14=¼;frac34=¾;sup2=²;sup3=³;minus=−" +
	";permil=‰;prime=′;Prime=″;thinsp=\u2009;ensp=\u2002;emsp=\u2003;shy=\u00ad;zwj=\u200d;zwnj=\u200c" +
	";eacute=é;egrave=è;aacute=á;agrave=à;oacute=ó;uacute=ú;iacute=í;ntilde=ñ;ccedil=ç;uuml=ü" +
	";ouml=ö;auml=ä;szlig=ß;Eacute=É;Uuml=Ü;Ouml=Ö;Auml=Ä;oslash=ø;aring=å;scaron=š;Scaron=Š;"
