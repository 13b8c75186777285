package main

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze"
)

// analyzeHTML converts an HTML page to plain text with its line structure
// and analyzes that.
//
// TODO: switch to analyze.AnalyzeHTML (page-furniture hints for the
// boilerplate detector) once internal/analyze/html.go lands; until then this
// is a minimal conversion of our own.
func analyzeHTML(html string) (string, analyze.Report, error) {
	plain := htmlToText(html)
	r, err := analyze.Analyze(plain)
	return plain, r, err
}

// rawTextElements have contents that are not text for the reader.
var rawTextElements = []string{"script", "style", "noscript", "template", "svg", "textarea", "title"}

// blockElements start a new line.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "dd": true,
	"div": true, "dl": true, "dt": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true, "p": true,
	"pre": true, "section": true, "table": true, "td": true, "th": true, "tr": true, "ul": true,
	"body": true, "html": true, "head": true, "caption": true, "button": true,
}

// htmlToText drops markup, comments, scripts and styles, decodes entities,
// collapses white space and puts block elements on lines of their own. It
// is one pass over the input.
func htmlToText(s string) string {
	var b strings.Builder
	b.Grow(len(s) / 2)
	space := false // white space pending inside a line
	newline := func() {
		space = false
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte('\n')
		}
	}
	text := func(t string) {
		for _, r := range t {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
				space = true
				continue
			}
			if space {
				if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
					b.WriteByte(' ')
				}
				space = false
			}
			b.WriteRune(r)
		}
	}
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			text(decodeEntities(s[i:]))
			break
		}
		text(decodeEntities(s[i : i+lt]))
		i += lt
		rest := s[i:]
		if strings.HasPrefix(rest, "<!--") {
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		gt := strings.IndexByte(rest, '>')
		if gt < 0 {
			text(rest)
			break
		}
		name, closing := tagName(rest[1:gt])
		i += gt + 1
		if name == "" {
			if !closing && !isTagStart(rest) {
				text("<") // a bare "<" in text, as in "a < b"
				i -= gt
			}
			continue
		}
		if !closing && isRawText(name) {
			end := strings.Index(strings.ToLower(s[i:]), "</"+name)
			if end < 0 {
				break
			}
			i += end
			continue
		}
		if blockElements[name] {
			newline()
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func isRawText(name string) bool {
	for _, r := range rawTextElements {
		if name == r {
			return true
		}
	}
	return false
}

// isTagStart reports whether s, starting with "<", opens markup.
func isTagStart(s string) bool {
	if len(s) < 2 {
		return false
	}
	c := s[1]
	return c == '/' || c == '!' || c == '?' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// tagName returns the lower-cased element name of a tag's inside ("p
// class=x", "/div"), and whether it closes an element.
func tagName(inside string) (string, bool) {
	closing := strings.HasPrefix(inside, "/")
	if closing {
		inside = inside[1:]
	}
	n := 0
	for n < len(inside) {
		c := inside[n]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || n > 0 && '0' <= c && c <= '9' || n > 0 && c == '-' {
			n++
			continue
		}
		break
	}
	if n == 0 && !closing && (strings.HasPrefix(inside, "!") || strings.HasPrefix(inside, "?")) {
		return "!", false // doctype or processing instruction: markup without text
	}
	return strings.ToLower(inside[:n]), closing
}

var namedEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "nbsp": " ",
	"ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
	"hellip": "…", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "deg": "°",
	"middot": "·", "bull": "•", "copy": "©", "reg": "®", "trade": "™", "shy": "",
}

// decodeEntities replaces character references; unknown ones stay as written.
func decodeEntities(s string) string {
	amp := strings.IndexByte(s, '&')
	if amp < 0 {
		return s
	}
	var b strings.Builder
	for amp >= 0 {
		b.WriteString(s[:amp])
		s = s[amp:]
		semi := strings.IndexByte(s, ';')
		if semi < 0 || semi > 12 {
			b.WriteByte('&')
			s = s[1:]
		} else if r, ok := decodeEntity(s[1:semi]); ok {
			b.WriteString(r)
			s = s[semi+1:]
		} else {
			b.WriteByte('&')
			s = s[1:]
		}
		amp = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

func decodeEntity(name string) (string, bool) {
	if strings.HasPrefix(name, "#") {
		num, base := name[1:], 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		n, err := strconv.ParseUint(num, base, 32)
		if err != nil || n == 0 || !utf8.ValidRune(rune(n)) {
			return "", false
		}
		if n == 0xa0 {
			n = ' '
		}
		return string(rune(n)), true
	}
	r, ok := namedEntities[name]
	return r, ok
}
