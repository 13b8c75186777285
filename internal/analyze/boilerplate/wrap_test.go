package boilerplate

import (
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

// wrapped is an article hard-wrapped at 52 characters, as a page that
// sets its column width pastes.
var wrapped = []string{
	"The ferry between the two islands will run twice a",
	"day again from April, the operator said on Monday,",
	"ending a winter in which islanders waited up to",
	"three days for a crossing when storms closed the",
	"harbour.",
	"Shopkeepers on the smaller island had warned that",
	"the single sailing left shelves empty by midweek.",
	"The council's transport committee asked the operator",
	"to restore the morning boat before the tourist",
	"season, when the population triples.",
	"The operator blamed a shortage of qualified",
	"deckhands for the cuts. Two new crew members",
	"finished their training in February, and a third is",
	"expected to join in May, which the company says is",
	"enough to keep both sailings going all summer.",
	"Fares will not change this year. A season ticket for",
	"residents still costs less than a single return for",
	"visitors, a rule the islands fought for when the",
	"route was privatised and which the new contract",
	"keeps.",
}

func TestWrappedArticle(t *testing.T) {
	var lines []string
	lines = append(lines, "Home", "Islands", "Transport", "Weather", "Sign in")
	lines = append(lines, "Ferry to run twice a day again")
	lines = append(lines, wrapped...)
	lines = append(lines, "Share this article", "Most read",
		"Lifeboat crew honoured for winter rescue",
		"New bakery opens on the quay",
		"Where to watch the spring tides this year",
		"© 2026 Island Post")
	got := reasons(t, strings.Join(lines, "\n"))
	for _, l := range wrapped {
		if got[l] != "" {
			t.Errorf("wrapped article line %q marked %s", l, got[l])
		}
	}
	for _, l := range []string{"Transport", "Share this article", "New bakery opens on the quay", "© 2026 Island Post"} {
		if got[l] == "" {
			t.Errorf("%q kept as article", l)
		}
	}
}

func TestJoinWraps(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []bool // whether each line weighs as prose after joining
	}{
		{"wrapped paragraph", wrapped[:5], []bool{true, true, true, true, true}},
		// Each line ends where its writer ended it: the next line's
		// first word would have fitted.
		{"list of teasers", []string{
			"Lifeboat crew honoured for a winter rescue off the point at dawn",
			"Bakery opens on the quay with a queue down the street",
			"Is the old pier safe at night?",
		}, []bool{false, false, false}},
		{"headline over a paragraph", []string{
			"Lifeboat Crew Honoured For Winter Rescue Off The Point",
			"the crew were given medals on Friday for a rescue.",
		}, []bool{false, true}},
		// A line that ends a sentence is not joined to the next.
		{"paragraph break after a sentence", []string{
			"The ferry will run twice a day again from April.",
			"Shopkeepers had warned that shelves were empty.",
		}, []bool{true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := text.Parse(strings.Join(tt.lines, "\n"))
			lines := readLines(doc)
			w := make([]float64, len(lines))
			for i := range lines {
				w[i] = lines[i].weight()
			}
			joinWraps(doc, lines, w)
			for i := range lines {
				if got := w[i] >= float64(lines[i].words) && w[i] > 0; got != tt.want[i] {
					t.Errorf("line %q: prose %v (weight %v), want %v", doc.Slice(lines[i].Span), got, w[i], tt.want[i])
				}
			}
		})
	}
}

func TestTruncated(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Tips to be better found and discovered on Google P...", true},
		{"Nine ways to keep a library open late on a small budg…", true},
		{"Saving data: reducing the size of app updates by 6...", true},
		{"The board will meet again in May.", false},
		{"And then . . .", false}, // spaced dots are the writer's
		{"Wait for it …", false},
		{"...", false},
	} {
		doc := text.Parse(tt.line)
		if got := truncatedAt(doc, doc.Tokens) >= 0; got != tt.want {
			t.Errorf("truncatedAt(%q) >= 0 is %v, want %v", tt.line, got, tt.want)
		}
	}
	// A cut teaser does not read as prose.
	doc := text.Parse("Tips to be better found and discovered on Google P...")
	if li := readLines(doc)[0]; li.isProse() {
		t.Errorf("truncated teaser reads as prose: %+v", li)
	}
}

func TestCards(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"How to Keep a Library Open How to Keep a Library Open How to Keep a Lib", true},
		{"When the board met last winter, it had one question for the staff,… Read more Read more", true},
		{"When the board met last winter, it had one question…", false}, // cut, but no link after it
		{"She paused… then she laughed.", false},
		{"Or this…conversation:", false},
		{"******", false},
		{"2, 2, 3, 3, 3", false},
		{"Go, go, go!", false},
		{"The board met. The board met again on Monday to vote.", false},
	} {
		doc := text.Parse(tt.line)
		li := readLines(doc)[0]
		if li.card != tt.want {
			t.Errorf("%q: card %v, want %v", tt.line, li.card, tt.want)
		}
	}
	// Cards inside the article's body are marked.
	cards := []string{
		"Why Evening Hours Matter Why Evening Hours Matter Why Evening Hours Matter",
		"Libraries across the region have tried late opening, with mixed results for the… Read more",
	}
	got := reasons(t, page([]string{"Home"}, cards, nil))
	for _, l := range cards {
		if got[l] != "related" {
			t.Errorf("card %.40q: reason %q, want related", l, got[l])
		}
	}
}

// A line the page cut short (beside a picture, say) still runs on when
// the next line goes on in lower case.
func TestWrapShortFirstLine(t *testing.T) {
	lines := []string{
		"As promised, the ferry is back",
		"on its old timetable from April, and the operator says",
		"the morning boat will run every day of the week. The",
		"evening boat will follow once two more crew are trained.",
	}
	doc := text.Parse(strings.Join(lines, "\n"))
	li := readLines(doc)
	w := make([]float64, len(li))
	for i := range li {
		w[i] = li[i].weight()
	}
	joinWraps(doc, li, w)
	if w[0] <= 0 {
		t.Errorf("first line weighs %v, want prose", w[0])
	}
}
