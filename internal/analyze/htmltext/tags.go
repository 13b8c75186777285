package htmltext

import "strings"

// readName reads a tag name at the start of s and returns it lower-cased
// with the number of bytes read.
func readName(s string) (string, int) {
	n := 0
	for n < len(s) && !isSpaceByte(s[n]) && s[n] != '/' && s[n] != '>' {
		n++
	}
	return strings.ToLower(s[:n]), n
}

// attrs holds what the converter reads from a start tag's attributes.
type attrs struct {
	// words are the lower-cased class and id values and the role.
	words string
	// hidden is set by the hidden attribute, aria-hidden="true" and inline
	// styles that hide the element.
	hidden bool
}

// readAttrs reads attributes up to the end of the start tag and reports
// whether the tag closed itself ("/>").
func (c *converter) readAttrs(a *attrs) (selfClosing bool) {
	s := c.src
	for c.i < len(s) {
		b := s[c.i]
		switch {
		case b == '>':
			c.i++
			return selfClosing
		case isSpaceByte(b):
			c.i++
			continue
		case b == '/':
			selfClosing = true
			c.i++
			continue
		}
		selfClosing = false
		start := c.i
		for c.i < len(s) && !isSpaceByte(s[c.i]) && s[c.i] != '/' && s[c.i] != '>' && (s[c.i] != '=' || c.i == start) {
			c.i++
		}
		name := strings.ToLower(s[start:c.i])
		for c.i < len(s) && isSpaceByte(s[c.i]) {
			c.i++
		}
		value := ""
		if c.i < len(s) && s[c.i] == '=' {
			c.i++
			for c.i < len(s) && isSpaceByte(s[c.i]) {
				c.i++
			}
			if c.i < len(s) && (s[c.i] == '"' || s[c.i] == '\'') {
				q := s[c.i]
				end := strings.IndexByte(s[c.i+1:], q)
				if end < 0 {
					value, c.i = s[c.i+1:], len(s)
				} else {
					value = s[c.i+1 : c.i+1+end]
					c.i += end + 2
				}
			} else {
				vs := c.i
				for c.i < len(s) && !isSpaceByte(s[c.i]) && s[c.i] != '>' {
					c.i++
				}
				value = s[vs:c.i]
			}
		}
		switch name {
		case "class", "id", "role":
			a.words += " " + strings.ToLower(value)
		case "hidden":
			a.hidden = true
		case "aria-hidden":
			a.hidden = a.hidden || strings.EqualFold(strings.TrimSpace(value), "true")
		case "style":
			v := strings.ToLower(strings.ReplaceAll(value, " ", ""))
			a.hidden = a.hidden || strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
		}
	}
	return false
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}

func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// tagKind says how the converter treats an element's content.
type tagKind uint8

const (
	normal tagKind = iota
	// void elements have no content or end tag.
	void
	// skipContent elements hold raw text or things a reader never sees as
	// text (scripts, styles, templates); their content is skipped up to
	// their end tag.
	skipContent
)

func kind(name string) tagKind {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen":
		return void
	case "script", "style", "template", "noscript", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "object", "canvas", "audio", "video":
		return skipContent
	}
	return normal
}

// breaks returns how many line breaks an element puts around itself: 2 for
// paragraphs and headings, 1 for other blocks, 0 for inline elements.
func breaks(name string) int {
	switch name {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr":
		return 2
	case "address", "article", "aside", "body", "dd", "details", "dialog", "div", "dt", "fieldset",
		"figcaption", "footer", "form", "header", "hgroup", "li", "main", "nav", "section", "summary",
		"tr", "caption", "center", "legend", "menu", "option", "br", "html", "tbody", "thead", "tfoot":
		return 1
	}
	return 0
}

// foreign reports whether name is an SVG or MathML element, where "/>"
// really closes the element.
func foreign(name string) bool {
	return name == "svg" || name == "math" || name == "path" || name == "circle" || name == "rect" || name == "use" || name == "g"
}

// furnitureWords are the words of class and id values that mark page
// furniture; a word matches when a class or id word starts with it.
var furnitureWords = []string{
	"share", "sharing", "social", "related", "comment", "newsletter", "promo", "advert", "sponsor",
	"subscribe", "subscription", "cookie", "consent", "breadcrumb", "sidebar", "nav", "navbar", "navigation", "menu", "footer",
	"masthead", "popular", "recommend", "outbrain", "taboola", "banner", "signup", "paywall",
	"trending", "most-read", "mostread", "read-more", "readmore", "more-stories", "tags", "byline-bio",
	"author-bio", "disqus", "follow",
}

// furnitureRoles are ARIA roles of page furniture.
var furnitureRoles = []string{"navigation", "banner", "contentinfo", "complementary", "search"}

// isFurniture decides whether an element is page furniture by its name and
// its class, id and role.
func (c *converter) isFurniture(name string, a *attrs) bool {
	switch name {
	case "nav", "aside", "form", "figcaption":
		return true
	case "header", "footer":
		// An article's own header holds its headline and byline.
		return c.article == 0 || name == "footer"
	}
	if a.words == "" {
		return false
	}
	for _, w := range strings.Fields(a.words) {
		for _, f := range furnitureWords {
			if matchWord(w, f) {
				return true
			}
		}
		for _, r := range furnitureRoles {
			if w == r {
				return true
			}
		}
	}
	return false
}

// matchWord reports whether the class word w names furniture word f: w is
// f, or starts with f followed by a separator or an "s" ("share-bar",
// "comments", "related_links"), or ends with "-"+f ("post-comments").
func matchWord(w, f string) bool {
	for {
		i := strings.Index(w, f)
		if i < 0 {
			return false
		}
		before := i == 0 || w[i-1] == '-' || w[i-1] == '_'
		j := i + len(f)
		if j < len(w) && w[j] == 's' {
			j++
		}
		after := j == len(w) || w[j] == '-' || w[j] == '_'
		if before && after {
			return true
		}
		w = w[i+1:]
	}
}

// inHead reports whether an element may stay inside <head>; any other start
// tag ends the head, as it does in browsers.
func inHead(name string) bool {
	switch name {
	case "title", "meta", "link", "script", "style", "base", "noscript", "template":
		return true
	}
	return false
}
