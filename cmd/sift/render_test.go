package main

import (
	"bufio"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze"
	"github.com/siftnews/sift/internal/analyze/analysis"
)

func val(v float64) *float64 { return &v }

// mark builds a finding over the first occurrence of sub in text.
func mark(text, sub string, k analysis.Kind) analyze.Finding {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub)
	}
	return analyze.Finding{Kind: k, Start: i, End: i + len(sub), Text: sub}
}

func renderTextString(text string, fs []analyze.Finding, color bool) string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	renderText(w, text, ordered(fs), color)
	w.Flush()
	return b.String()
}

func TestRenderTextPlain(t *testing.T) {
	const s = "Officials said 5 million shells went north."
	tests := []struct {
		name string
		fs   []analyze.Finding
		want string
	}{
		{"none", nil, s},
		{"one", []analyze.Finding{mark(s, "5 million shells", "figure")},
			"Officials said [5 million shells]^1 went north."},
		{"two in order given backwards",
			[]analyze.Finding{mark(s, "5 million shells", "figure"), mark(s, "Officials", "source")},
			"[Officials]^1 said [5 million shells]^2 went north."},
		{"nested, outer first",
			[]analyze.Finding{mark(s, "million", "hedge"), mark(s, "5 million shells", "figure")},
			"Officials said [5 [million]^2 shells]^1 went north."},
		{"same span", []analyze.Finding{mark(s, "said", "source"), mark(s, "said", "hedge")},
			"Officials [[said]^2]^1 5 million shells went north."},
		{"crossing spans name what they close",
			[]analyze.Finding{mark(s, "said 5", "source"), mark(s, "5 million", "figure")},
			"Officials [said [5]^1 million]^2 shells went north."},
		{"whole text", []analyze.Finding{{Kind: "boilerplate", Start: 0, End: len(s)}},
			"[" + s + "]^1"},
		{"out of bounds is skipped",
			[]analyze.Finding{{Kind: "figure", Start: 40, End: 99}, {Kind: "figure", Start: 3, End: 3}},
			s},
	}
	for _, tt := range tests {
		if got := renderTextString(s, tt.fs, false); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestRenderTextColor(t *testing.T) {
	const s = "About 40 people\nleft."
	fs := []analyze.Finding{mark(s, "About 40 people\nleft", "figure"), mark(s, "About", "hedge")}
	got := renderTextString(s, fs, true)
	want := "\x1b[1;36m\x1b[33mAbout\x1b[0m\x1b[2m^2\x1b[0m\x1b[1;36m 40 people\x1b[0m\n\x1b[1;36mleft\x1b[0m\x1b[2m^1\x1b[0m."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if strings.Contains(got, "[") && !strings.Contains(got, "\x1b[") {
		t.Errorf("brackets in colour mode: %q", got)
	}
}

func TestWriteSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, émigré 🎉 עברית", "plain text, émigré 🎉 עברית"},
		{"tab\tand\nnewline\r\n", "tab\tand\nnewline\r\n"},
		{"esc \x1b[31mred", "esc ^[[31mred"},
		{"lone\rreturn", "lone^Mreturn"},
		{"del\x7f nul\x00", "del^? nul^@"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"c1 \u009b31m", "c1 \uFFFD31m"},
	}
	for _, tt := range tests {
		var b strings.Builder
		w := bufio.NewWriter(&b)
		writeSafe(w, tt.in)
		w.Flush()
		if b.String() != tt.want {
			t.Errorf("writeSafe(%q) = %q, want %q", tt.in, b.String(), tt.want)
		}
	}
}

func TestFields(t *testing.T) {
	tests := []struct {
		f    analyze.Finding
		want string
	}{
		{analyze.Finding{Kind: "figure", Value: val(4.8e6), Unit: "shells", Approx: "nearly", Source: "Shin Won-sik"},
			`value=4800000 unit=shells approx=nearly source="Shin Won-sik"`},
		{analyze.Finding{Kind: "figure", Value: val(0.25), Unit: "%"}, `value=0.25 unit=%`},
		{analyze.Finding{Kind: "figure", Value: val(3e21)}, `value=3e+21`},
		{analyze.Finding{Kind: "source", Cue: "according to", Anonymous: true}, `cue="according to" anonymous`},
		{analyze.Finding{Kind: "hedge", CueType: "weasel"}, `cue_type=weasel`},
		{analyze.Finding{Kind: "name-variant", Canonical: "Zelenskyy"}, `canonical=Zelenskyy`},
		{analyze.Finding{Kind: "boilerplate", Reason: "share"}, `reason=share`},
		{analyze.Finding{Kind: "figure"}, ``},
	}
	for _, tt := range tests {
		if got := strings.Join(fields(tt.f), " "); got != tt.want {
			t.Errorf("fields(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, `"short"`},
		{"two\n  lines", 20, `"two lines"`},
		{"abcdefghijklmnopqrstuvwxyz", 10, `"abcde…wxyz"`},
		{"ééééééééééééééé", 6, `"ééé…éé"`},
	}
	for _, tt := range tests {
		if got := quote(tt.in, tt.max); got != tt.want {
			t.Errorf("quote(%q, %d) = %s, want %s", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestRenderSummary(t *testing.T) {
	const s = "Officials said 40 died. Anna Lee, a medic, said 12 were hurt and 3 missing. Ana Lee left."
	src := mark(s, "Anna Lee", "source")
	src.Source = "Anna Lee"
	anon := mark(s, "Officials", "source")
	anon.Anonymous = true
	f1 := mark(s, "40", "figure")
	f2 := mark(s, "12", "figure")
	f2.Source = "Anna Lee"
	f3 := mark(s, "3 missing", "figure")
	nv := mark(s, "Ana Lee", "name-variant")
	nv.Canonical = "Anna Lee"
	h1 := mark(s, "said 12", "hedge")
	h1.CueType = "weasel"
	h2 := mark(s, "were hurt", "hedge")
	h2.CueType = "epistemic"
	h3 := mark(s, "missing", "hedge")
	h3.CueType = "weasel"
	bp := analyze.Finding{Kind: "boilerplate", Start: len(s), End: len(s) + 12, Text: "Share\n\nPrint", Reason: "share"}
	var b strings.Builder
	w := bufio.NewWriter(&b)
	render(w, s, analyze.Report{Findings: []analyze.Finding{f2, src, anon, f1, f3, nv, bp, h1, h2, h3}}, renderOptions{summaryOnly: true})
	w.Flush()
	want := `
^1   source       "Officials"  anonymous
^2   figure       "40"
^3   source       "Anna Lee"  source="Anna Lee"
^4   hedge        "said 12"  cue_type=weasel
^5   figure       "12"  source="Anna Lee"
^6   hedge        "were hurt"  cue_type=epistemic
^7   figure       "3 missing"
^8   hedge        "missing"  cue_type=weasel
^9   name-variant "Ana Lee"  canonical="Anna Lee"
^10  boilerplate  "Share Print"  reason=share

Summary: 3 figures, 2 sources (1 anonymous), 3 hedges, 1 name variant, 2 boilerplate lines

Figures, unsourced first:
  unsourced (2):
    ^2 "40"
    ^7 "3 missing"
  per Anna Lee (1):
    ^5 "12"

Sources:
  Officials (anonymous)
  Anna Lee

Hedges:
  2 weasel, 1 epistemic

Name variants:
  ^9 "Ana Lee" is probably "Anna Lee"
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}
