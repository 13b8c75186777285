package htmltext

import "strings"

// Bytes that end a tag's name, an attribute's name or an unquoted value:
// HTML's white space, and '/' and '>'.
const (
	spaceBytes = " \t\n\r\f"
	nameEnd    = spaceBytes + "/>"
)

// until returns how many bytes of s come before the first of stops, or
// len(s).
func until(s, stops string) int {
	if k := strings.IndexAny(s, stops); k >= 0 {
		return k
	}
	return len(s)
}

// readName reads a tag name at the start of s and returns it lower-cased
// with the number of bytes read.
func readName(s string) (string, int) {
	n := until(s, nameEnd)
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

// skipSpaces moves past white space.
func (c *converter) skipSpaces() {
	for c.i < len(c.src) && strings.IndexByte(spaceBytes, c.src[c.i]) >= 0 {
		c.i++
	}
}

// readAttrs reads attributes up to the end of the start tag and reports
// whether the tag closed itself ("/>").
func (c *converter) readAttrs(a *attrs) (selfClosing bool) {
	s := c.src
	for {
		c.skipSpaces()
		if c.i == len(s) {
			return false
		}
		switch s[c.i] {
		case '>':
			c.i++
			return selfClosing
		case '/':
			selfClosing = true
			c.i++
			continue
		}
		selfClosing = false
		// The name runs to '=', but for an '=' that starts it.
		n := 1 + until(s[c.i+1:], nameEnd+"=")
		name := strings.ToLower(s[c.i : c.i+n])
		c.i += n
		c.skipSpaces()
		value := ""
		if c.i < len(s) && s[c.i] == '=' {
			c.i++
			c.skipSpaces()
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
				n := until(s[c.i:], spaceBytes+">")
				value = s[c.i : c.i+n]
				c.i += n
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
}

func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// tagFlags say how the converter treats an element: its content, the line
// breaks around it and what it is on the page.
type tagFlags uint16

const (
	// void elements have no content or end tag.
	void tagFlags = 1 << iota
	// skipContent elements hold raw text or things a reader never sees as
	// text (scripts, styles, templates); their content is skipped up to
	// their end tag.
	skipContent
	// paragraph elements (paragraphs, headings, lists) put two line
	// breaks around themselves, block elements one; inline elements have
	// neither.
	paragraph
	block
	// cell elements are separated by tabs.
	cell
	// foreign elements are SVG or MathML, where "/>" really closes the
	// element.
	foreign
	// headOnly elements may stay inside <head>; any other start tag ends
	// the head, as it does in browsers.
	headOnly
	// hiddenTag elements drop their text.
	hiddenTag
	// preformatted elements keep their white space.
	preformatted
	// furnitureTag elements are page furniture wherever they stand;
	// headerTag ones (<header>) outside an <article> or <main> only.
	furnitureTag
	headerTag
	// articleTag elements (<article>, <main>) make the <header> inside
	// them the article's own.
	articleTag
)

// tags maps the element names the converter knows to their flags; other
// elements are inline, with no flags. Looking a name up once in a map
// makes less wasm than a string switch per question, and is as fast.
var tags = map[string]tagFlags{
	"area": void, "base": void | headOnly, "br": void | block, "col": void, "embed": void,
	"hr": void | paragraph, "img": void, "input": void, "link": void | headOnly, "meta": void | headOnly,
	"param": void, "source": void, "track": void, "wbr": void, "keygen": void,

	"script": skipContent | headOnly, "style": skipContent | headOnly, "template": skipContent | headOnly,
	"noscript": skipContent | headOnly, "title": skipContent | headOnly, "textarea": skipContent,
	"xmp": skipContent, "iframe": skipContent, "noembed": skipContent, "noframes": skipContent,
	"object": skipContent, "canvas": skipContent, "audio": skipContent, "video": skipContent,

	"p": paragraph, "h1": paragraph, "h2": paragraph, "h3": paragraph, "h4": paragraph, "h5": paragraph,
	"h6": paragraph, "blockquote": paragraph, "pre": paragraph | preformatted, "table": paragraph,
	"ul": paragraph, "ol": paragraph, "dl": paragraph, "figure": paragraph,

	"address": block, "article": block | articleTag, "aside": block | furnitureTag, "body": block,
	"dd": block, "details": block, "dialog": block, "div": block, "dt": block, "fieldset": block,
	"figcaption": block | furnitureTag, "footer": block | furnitureTag, "form": block | furnitureTag,
	"header": block | headerTag, "hgroup": block, "li": block, "main": block | articleTag,
	"nav": block | furnitureTag, "section": block, "summary": block, "tr": block, "caption": block,
	"center": block, "legend": block, "menu": block, "option": block, "html": block, "tbody": block,
	"thead": block, "tfoot": block,

	"td": cell, "th": cell, "listing": preformatted, "head": hiddenTag,
	"svg": foreign | hiddenTag, "math": foreign | hiddenTag, "select": hiddenTag, "datalist": hiddenTag,
	"path": foreign, "circle": foreign, "rect": foreign, "use": foreign, "g": foreign,
}

// breaks returns how many line breaks an element with flags f puts around
// itself: 2 for paragraphs and headings, 1 for other blocks, 0 for inline
// elements.
func (f tagFlags) breaks() int {
	switch {
	case f&paragraph != 0:
		return 2
	case f&block != 0:
		return 1
	}
	return 0
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

// isFurniture decides whether an element is page furniture by its flags
// and its class, id and role.
func (c *converter) isFurniture(f tagFlags, a *attrs) bool {
	if f&furnitureTag != 0 {
		return true
	}
	if f&headerTag != 0 {
		// An article's own header holds its headline and byline.
		return c.article == 0
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
