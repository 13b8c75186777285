package boilerplate

import (
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

// The headline and byline above the body are the article's, whatever
// comes between them and the body.
func TestTitlesAndBylines(t *testing.T) {
	tests := []struct {
		name    string
		before  []string // lines before the body's first paragraph
		article []string // lines of before that are the article's
		other   []string // lines of before that are not
	}{
		{"bare name under the headline",
			[]string{"Home", "Local", "Evening hours for the town library", "Priya Nandakumar", "March 3, 2026", "Share"},
			[]string{"Evening hours for the town library", "Priya Nandakumar"},
			[]string{"Home", "Local", "March 3, 2026", "Share"}},
		{"name with an initial, buttons under it",
			[]string{"Responses", "Why the library stays open late", "John C. Okafor", "Follow", "Oct 15, 2025 · 4 min read"},
			[]string{"Why the library stays open late", "John C. Okafor"},
			[]string{"Responses", "Follow"}},
		{"subtitle between byline and body",
			[]string{"Menu", "Evening hours for the town library", "Tom Okafor", "Follow", "Readers asked for it and the board listened"},
			[]string{"Evening hours for the town library", "Tom Okafor", "Readers asked for it and the board listened"},
			[]string{"Menu", "Follow"}},
		{"section name is no byline",
			[]string{"Sign in", "BBC News", "Library extends its opening hours"},
			[]string{"Library extends its opening hours"},
			[]string{"Sign in", "BBC News"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append(tt.before[:len(tt.before):len(tt.before)], body...), "Share this article", "More from Local", "© 2026 Valley Courier")
			got := reasons(t, strings.Join(lines, "\n"))
			for _, l := range tt.article {
				if got[l] != "" {
					t.Errorf("%q marked %s, want article", l, got[l])
				}
			}
			for _, l := range tt.other {
				if got[l] == "" {
					t.Errorf("%q kept as article", l)
				}
			}
		})
	}
}

func TestIsNameLine(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Priya Nandakumar", true},
		{"John C. Okafor", true},
		{"Anne-Marie O'Neill", true},
		{"BBC News", false},       // a section, in capitals
		{"Tom", false},            // one word
		{"By Tom Okafor", false},  // a byline, found as one
		{"Opening hours", false},  // not all capitalized
		{"Share", false},          // a prompt
		{"Route 66 Diner", false}, // a number
		{"Tom Okafor, Ann Lee and Bo Li", false},
	} {
		doc := text.Parse(tt.line)
		lines := readLines(doc)
		li := &lines[0]
		li.prompt, li.strong = matchPrompt(doc, doc.Tokens, li.words, li.endsSentence)
		if got := isNameLine(doc, li); got != tt.want {
			t.Errorf("isNameLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// A box of related stories between two paragraphs of the article.
func TestInlineRelated(t *testing.T) {
	box := []string{
		"Related",
		"Council Votes to Repave the High Street",
		"Priya Nandakumar",
		"Jan 12, 2026",
		"Bakery opens near the station after a long wait",
		"Tom Okafor",
		"Feb 2, 2026",
	}
	got := reasons(t, page([]string{"Home"}, box, nil))
	for _, l := range box {
		if got[l] != "related" {
			t.Errorf("%q: reason %q, want related", l, got[l])
		}
	}
	for _, p := range body {
		if got[p] != "" {
			t.Errorf("paragraph %.40q marked %s", p, got[p])
		}
	}
	// The article's own numbered subheading ends the box.
	box = []string{"Related", "Council Votes to Repave the High Street", "3) What the students say"}
	got = reasons(t, page([]string{"Home"}, box, nil))
	if r := got["3) What the students say"]; r != "" {
		t.Errorf("numbered subheading marked %s", r)
	}
	// An entry of a table of contents is no box's header.
	box = []string{"Contents", "1 Evening hours", "2 See also", "Evening hours"}
	got = reasons(t, page([]string{"Home"}, box, nil))
	if r := got["Evening hours"]; r != "" {
		t.Errorf("subheading after a table of contents marked %s", r)
	}
}
