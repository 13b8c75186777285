package boilerplate

import (
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/analysistest"
	"github.com/siftnews/sift/internal/analyze/text"
)

func TestArticles(t *testing.T) {
	analysistest.Run(t, "testdata", Analyzer)
}

// Paragraphs of a made-up article, long enough to be the page's body.
var body = []string{
	"The town's library will stay open until nine on weekdays from next month, the mayor announced on Friday, after a petition signed by more than two thousand residents asked for evening hours.",
	"Staff had warned that longer hours would need more volunteers, and the library's board agreed to hire two part-time assistants with money saved from a delayed roof repair.",
	"Readers who use the study rooms welcomed the change. Students preparing for exams said the building was the only quiet place in town with reliable heating and a working printer.",
	"The new hours begin on the first Monday of the month and will be reviewed after a year, when the board will look at how many people came in after six.",
}

// page builds a pasted page: before, the title and the body's first half,
// middle, the body's second half, after. Each part is lines.
func page(before, middle, after []string) string {
	var lines []string
	lines = append(lines, before...)
	lines = append(lines, "Library extends its opening hours")
	lines = append(lines, body[:2]...)
	lines = append(lines, middle...)
	lines = append(lines, body[2:]...)
	lines = append(lines, after...)
	return strings.Join(lines, "\n")
}

// reasons runs the analyzer and returns the reason reported for each line
// of the input ("" for article lines), keyed by the line's text.
func reasons(t *testing.T, input string) map[string]string {
	t.Helper()
	doc := text.Parse(input)
	res, err := analysis.Run(doc, []*analysis.Analyzer{Analyzer})
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string)
	for _, l := range doc.Lines {
		out[doc.Slice(l.Span)] = ""
	}
	for _, f := range res[Analyzer] {
		for _, l := range doc.Lines {
			if f.Start <= l.Start && l.End <= f.End {
				out[doc.Slice(l.Span)] = f.Reason
			}
		}
	}
	return out
}

func TestReasons(t *testing.T) {
	tests := []struct {
		name                  string
		before, middle, after []string
		line, want            string // the line under test and its reason
	}{
		{"share", nil, []string{"Share this article"}, nil, "Share this article", "share"},
		{"share network", nil, nil, []string{"Share on Facebook", "Share on X"}, "Share on Facebook", "share"},
		{"follow", nil, nil, []string{"Follow us on Instagram"}, "Follow us on Instagram", "share"},
		{"subscribe", nil, []string{"Subscribe to our newsletter"}, nil, "Subscribe to our newsletter", "subscribe"},
		{"sign up", nil, nil, []string{"Sign up for the morning briefing"}, "Sign up for the morning briefing", "subscribe"},
		{"advertisement", nil, []string{"Advertisement"}, nil, "Advertisement", "advertisement"},
		{"sponsored", nil, nil, []string{"Sponsored content"}, "Sponsored content", "advertisement"},
		{"navigation", []string{"Home", "Local", "Schools", "Weather"}, nil, nil, "Schools", "navigation"},
		{"breadcrumb", nil, []string{"Home > Local > Schools"}, nil, "Home > Local > Schools", "navigation"},
		{"menu line", nil, nil, []string{"News | Sport | Weather | Jobs"}, "News | Sport | Weather | Jobs", "navigation"},
		{"skip link", []string{"Skip to content"}, nil, nil, "Skip to content", "navigation"},
		{"related header", nil, nil, []string{"Read more", "Council votes to repave the high street"}, "Read more", "related"},
		{"related headlines", nil, nil, []string{"More from Local", "Council Votes to Repave the High Street", "New Bakery Opens Near the Station"}, "New Bakery Opens Near the Station", "related"},
		{"bio", nil, nil, []string{"Priya Nandakumar is a reporter for the Valley Courier. She writes about schools, libraries and local councils."}, "Priya Nandakumar is a reporter for the Valley Courier. She writes about schools, libraries and local councils.", "byline-bio"},
		{"credit", nil, []string{"Photo: Tomas Lindqvist"}, nil, "Photo: Tomas Lindqvist", "credit"},
		{"copyright", nil, nil, []string{"© 2026 Valley Courier Ltd"}, "© 2026 Valley Courier Ltd", "notice"},
		{"correction", nil, nil, []string{"Correction: an earlier version of this story misspelled the mayor's name."}, "Correction: an earlier version of this story misspelled the mayor's name.", "notice"},
		{"cookies", nil, nil, []string{"We use cookies to improve your experience"}, "We use cookies to improve your experience", "notice"},
		{"cookie banner", []string{"We use cookies to remember your settings and to show you offers from the shops in town that might interest you. Read our cookie policy to find out more."}, nil, nil, "We use cookies to remember your settings and to show you offers from the shops in town that might interest you. Read our cookie policy to find out more.", "notice"},
		{"comments", nil, nil, []string{"8 comments"}, "8 comments", "comments"},
		{"comment prompt", nil, nil, []string{"Join the conversation"}, "Join the conversation", "comments"},
		{"tags", nil, nil, []string{"Tags: libraries, council, education"}, "Tags: libraries, council, education", "tags"},
		{"pagination", nil, nil, []string{"« Previous", "Next »"}, "Next »", "pagination"},
		{"timestamp", nil, nil, []string{"Council Votes to Repave the High Street", "6h ago"}, "6h ago", "timestamp"},
		{"other", nil, nil, []string{`<img src="/pixel.gif" width="1" height="1" alt="">`}, `<img src="/pixel.gif" width="1" height="1" alt="">`, "other"},
		{"french", nil, []string{"Lire aussi"}, nil, "Lire aussi", "related"},
		{"german", nil, nil, []string{"Anzeige"}, "Anzeige", "advertisement"},

		// The article's own short lines stay article.
		{"title", []string{"Home", "News"}, nil, nil, "Library extends its opening hours", ""},
		{"byline", []string{"Home", "News"}, nil, nil, "By Tom Okafor", ""},
		{"subheading", nil, []string{"What the students say"}, nil, "What the students say", ""},
		{"one-line quote", nil, []string{"“It changes everything for us.”"}, nil, "“It changes everything for us.”", ""},
		{"dateline paragraph", nil, []string{"OXFORD, March 3 — The board met again on Tuesday."}, nil, "OXFORD, March 3 — The board met again on Tuesday.", ""},
		{"subheading like a prompt", nil, []string{"Next steps for the board"}, nil, "Next steps for the board", ""},
		{"comparison in code", nil, []string{"WHERE visits > 10 AND score > 3"}, nil, "WHERE visits > 10 AND score > 3", ""},
		{"list item", nil, []string{"Opening hours:", "Monday to Friday, 9am to 9pm", "Saturday, 10am to 4pm"}, nil, "Saturday, 10am to 4pm", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.before
			if tt.name == "byline" {
				before = append(before[:len(before):len(before)], "Library extends its opening hours", "By Tom Okafor")
			}
			input := page(before, tt.middle, tt.after)
			if tt.name == "byline" {
				input = strings.Replace(input, "Library extends its opening hours\nLibrary extends its opening hours", "Library extends its opening hours", 1)
			}
			got, ok := reasons(t, input)[tt.line]
			if !ok {
				t.Fatalf("line %q not in the page", tt.line)
			}
			if got != tt.want {
				t.Errorf("%q: reason %q, want %q\npage:\n%s", tt.line, got, tt.want, input)
			}
			// The body's paragraphs are never boilerplate.
			for _, p := range body {
				if r := reasons(t, input)[p]; r != "" {
					t.Errorf("paragraph %.40q... marked %s", p, r)
				}
			}
		})
	}
}

func TestCovers(t *testing.T) {
	r := &Result{Spans: []text.Span{{Start: 10, End: 20}, {Start: 30, End: 40}}}
	for _, tt := range []struct {
		s    text.Span
		want bool
	}{
		{text.Span{Start: 0, End: 10}, false},
		{text.Span{Start: 5, End: 11}, true},
		{text.Span{Start: 20, End: 30}, false},
		{text.Span{Start: 39, End: 50}, true},
		{text.Span{Start: 40, End: 50}, false},
	} {
		if got := r.Covers(tt.s); got != tt.want {
			t.Errorf("Covers(%v) = %v, want %v", tt.s, got, tt.want)
		}
	}
	var none *Result
	if none.Covers(text.Span{Start: 0, End: 5}) {
		t.Error("nil Result covers something")
	}
}

func TestPlainArticleHasNoBoilerplate(t *testing.T) {
	input := strings.Join(body, "\n\n")
	for line, r := range reasons(t, input) {
		if r != "" {
			t.Errorf("%.40q... marked %s in a page with nothing but the article", line, r)
		}
	}
}

func TestShortTextIsArticle(t *testing.T) {
	input := "Harbour fire\nThree people hurt\nRoads closed near the docks\nAdvertisement"
	got := reasons(t, input)
	for _, line := range []string{"Harbour fire", "Three people hurt", "Roads closed near the docks"} {
		if got[line] != "" {
			t.Errorf("%q marked %s in a short text", line, got[line])
		}
	}
	if got["Advertisement"] != "advertisement" {
		t.Errorf("Advertisement: reason %q, want advertisement", got["Advertisement"])
	}
}

func benchPage() string {
	data := page([]string{"Home", "News", "Sport", "Subscribe"}, []string{"Advertisement"}, []string{"Share this article", "Related stories", "Council Votes to Repave the High Street", "© 2026 Valley Courier"})
	return strings.Repeat(data+"\n", 50)
}

// BenchmarkAnalyzer times the parse and the analyzer, as the engine runs
// them.
func TestOneSentenceIsArticle(t *testing.T) {
	for _, input := range []string{
		"Amara Osei was a staff writer at the paper for ten years before she left to found a magazine about rivers.",
		"Jonas Berg is a reporter who has covered the harbour for the Gazette since the bridge was first closed.",
	} {
		for line, r := range reasons(t, input) {
			if r != "" {
				t.Errorf("%q marked %s when it is the whole text", line, r)
			}
		}
	}
}

func BenchmarkAnalyzer(b *testing.B) {
	input := benchPage()
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		doc := text.Parse(input)
		if _, err := analysis.Run(doc, []*analysis.Analyzer{Analyzer}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzerOnly times the analyzer over a parsed text.
func BenchmarkAnalyzerOnly(b *testing.B) {
	input := benchPage()
	doc := text.Parse(input)
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := analysis.Run(doc, []*analysis.Analyzer{Analyzer}); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzAnalyzer(f *testing.F) {
	f.Add(page([]string{"Home", "News"}, []string{"Advertisement"}, []string{"Share this article", "12 Comments", "Reply"}))
	f.Add("Subscribe\n\n\n© 2026\n")
	f.Add("“Quote.”\n»\n| a | b |\n<img src=x>\n6h ago")
	f.Fuzz(func(t *testing.T, input string) {
		doc := text.Parse(input)
		res, err := analysis.Run(doc, []*analysis.Analyzer{Analyzer})
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, fd := range res[Analyzer] {
			if fd.Start < last || fd.End <= fd.Start || fd.Reason == "" || why(fd.Reason) == "" {
				t.Fatalf("bad finding %+v after %d", fd, last)
			}
			// Findings start and end on line boundaries.
			starts, ends := false, false
			for _, l := range doc.Lines {
				starts = starts || l.Start == fd.Start
				ends = ends || l.End == fd.End
			}
			if !starts || !ends {
				t.Fatalf("finding %+v is not on line boundaries", fd)
			}
			last = fd.End
		}
	})
}
