// Package boilerplate finds the lines of a pasted page that are not part of
// the article: share and subscribe prompts, advertisements, navigation,
// related-story lists, bios, credits and notices.
//
// It works from what plain text still shows, in three steps:
//
//  1. Each line is read once (lines.go): its words, capitals, sentence
//     marks, separators, whether it is a prompt from the lexicons under
//     lexicon/ ("Share this article", "Advertisement", several languages),
//     a date or time stamp ("6h ago"), HTML source, a short line the
//     page repeats ("Save" under every teaser), or a link card (a title
//     that repeats itself, a summary cut with "… Read more"). Prompts of
//     Chinese and Japanese match as the start of a token, since those
//     scripts run words together.
//  2. The article's body is found first (body.go): prose lines weigh their
//     words and furniture-like lines weigh a little below zero, and the
//     body is the run of lines with the greatest total weight, with runs
//     of strong prose elsewhere taken in and deep dips cut out. Lines of a
//     hard-wrapped paragraph weigh as prose when the paragraph does
//     (wrap.go), and a photo gallery with numbered slides weighs nothing
//     (gallery.go). A related or comment header after most of the body
//     ends it when what follows is small, or reads as comments or a feed
//     of teasers (classify.go).
//  3. Lines outside the body are boilerplate, except the headline and
//     byline just above it (a bare name under the headline counts as a
//     byline); lines inside it are article, except prompts that stand
//     alone ("Advertisement"), separator menus, HTML source, repeated
//     labels, link cards and gallery slides. The article's own short lines
//     (a subheading, a one-line quote, a dateline) stay article because
//     they sit inside the body.
//
// When the text was converted from HTML, the markup's furniture hints
// (Document.Furniture) weigh as strongly negative lines, and short lines in
// furniture are boilerplate even inside the body.
//
// Neighbouring lines with the same reason make one finding. Reason is one
// of:
//
//	share          share and follow prompts, social network names
//	subscribe      subscribe, newsletter and donation prompts
//	advertisement  "Advertisement", "Sponsored content"
//	navigation     menus, breadcrumbs, sign-in and search prompts
//	related        "Read next" and related-story lists, runs of headlines
//	byline-bio     notes about the author around the article
//	credit         photo and image credits
//	notice         copyright, correction, cookie and legal notices
//	comments       comment prompts and reader comments
//	tags           tag and category lists
//	pagination     "« Previous / Next »" links
//	timestamp      date and time stamps outside the article ("6h ago")
//	other          anything else outside the article's body
package boilerplate

import (
	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Analyzer marks boilerplate lines. Its result is a *Result, which other
// analyzers read to leave boilerplate out of their counts.
var Analyzer = &analysis.Analyzer{
	Name:  "boilerplate",
	Doc:   "Boilerplate marks lines of a pasted page that are not part of the article.",
	Kinds: []analysis.Kind{analysis.KindBoilerplate},
	Run:   run,
}

// Result holds the boilerplate spans in text order.
type Result struct {
	Spans []text.Span
}

// Covers reports whether s overlaps boilerplate. A nil Result covers nothing.
func (r *Result) Covers(s text.Span) bool {
	if r == nil {
		return false
	}
	lo, hi := 0, len(r.Spans)
	for lo < hi {
		m := (lo + hi) / 2
		if r.Spans[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(r.Spans) && r.Spans[lo].Overlaps(s)
}

func run(pass *analysis.Pass) any {
	doc := pass.Doc
	lines := classify(doc)
	res := &Result{}
	// Neighbouring lines with the same reason make one block.
	for i := 0; i < len(lines); {
		if lines[i].reason == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j].reason == lines[i].reason {
			j++
		}
		s := wholeLines(doc.Text, text.Span{Start: lines[i].Start, End: lines[j-1].End})
		pass.Report(analysis.Finding{
			Kind:   analysis.KindBoilerplate,
			Start:  s.Start,
			End:    s.End,
			Reason: lines[i].reason,
			Why:    why(lines[i].reason),
		})
		res.Spans = append(res.Spans, s)
		i = j
	}
	return res
}

// wholeLines widens s over the indentation before its first line and the
// white space after its last, so that a greyed-out block covers its lines
// as the reader sees them: an indented menu entry is all boilerplate, not
// just its words.
func wholeLines(t string, s text.Span) text.Span {
	for s.Start > 0 && isBlank(t[s.Start-1]) {
		s.Start--
	}
	for s.End < len(t) && isBlank(t[s.End]) {
		s.End++
	}
	return s
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' }

// whys pairs each reason with the sentence shown for it. A table
// rather than a map: a map literal is built by code at start-up, and
// findings are few.
var whys = [...]struct{ name, why string }{
	{"share", "A prompt to share or follow, not part of the article."},
	{"subscribe", "A prompt to subscribe, sign up or donate, not part of the article."},
	{"advertisement", "An advertisement or sponsored block, not part of the article."},
	{"navigation", "Site navigation, not part of the article."},
	{"related", "A list of other stories, not part of the article."},
	{"byline-bio", "A note about the author or publisher, not part of the article."},
	{"credit", "A photo or image credit, not part of the article's text."},
	{"notice", "A copyright, correction, cookie or legal notice, not part of the article."},
	{"comments", "Reader comments or a comment prompt, not part of the article."},
	{"tags", "A list of tags or categories, not part of the article."},
	{"pagination", "Links to previous or next pages, not part of the article."},
	{"timestamp", "A date or time stamp outside the article."},
	{"other", "Page text outside the article's main body."},
}

// why returns the sentence shown for reason, or "" for an unknown one.
func why(reason string) string {
	for _, r := range whys {
		if r.name == reason {
			return r.why
		}
	}
	return ""
}
