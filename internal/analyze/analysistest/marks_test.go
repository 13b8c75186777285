package analysistest

import (
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
)

func TestParse(t *testing.T) {
	in := "// a comment line\n[[name-variant canonical=Shin|[[source cue=said|Sika]]]] said [[figure value=5e6 unit=shells approx=\"nearly\"|five million shells]].\n"
	text, marks, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Sika said five million shells.\n"; text != want {
		t.Fatalf("text = %q, want %q", text, want)
	}
	if len(marks) != 3 {
		t.Fatalf("got %d marks", len(marks))
	}
	byKind := map[analysis.Kind]Mark{}
	for _, m := range marks {
		byKind[m.Kind] = m
	}
	if m := byKind["source"]; text[m.Start:m.End] != "Sika" || m.Fields["cue"] != "said" {
		t.Errorf("source mark = %+v", m)
	}
	if m := byKind["name-variant"]; text[m.Start:m.End] != "Sika" || m.Fields["canonical"] != "Shin" {
		t.Errorf("name mark = %+v", m)
	}
	if m := byKind["figure"]; text[m.Start:m.End] != "five million shells" || m.Fields["approx"] != "nearly" || m.Fields["value"] != "5e6" {
		t.Errorf("figure mark = %+v", m)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"[[figure no bar", "[[figure|open", "[[figure value|x]]", `[[figure unit="x|y]]`} {
		if _, _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) gave no error", in)
		}
	}
}

func TestMarkupRoundTrip(t *testing.T) {
	in := "[[source cue=said|[[name-variant canonical=Shin|Sika]]]] said [[figure unit=shells|five million shells]]."
	text, marks, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	var findings []analysis.Finding
	for _, m := range marks {
		findings = append(findings, analysis.Finding{Kind: m.Kind, Start: m.Start, End: m.End, Canonical: m.Fields["canonical"], Cue: m.Fields["cue"], Unit: m.Fields["unit"]})
	}
	if got := Markup(text, findings, "canonical", "cue", "unit"); got != in {
		t.Errorf("Markup =\n%s\nwant\n%s", got, in)
	}
}

// recorder captures what Check reports instead of failing the test.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Errorf(f string, a ...any) { r.errors = append(r.errors, f) }
func (r *recorder) Logf(string, ...any)       {}
func (r *recorder) Failed() bool              { return len(r.errors) > 0 }

func TestCheckReportsDifferences(t *testing.T) {
	text, marks, _ := Parse("[[figure value=3|three]] and [[hedge|maybe]] four")
	kinds := []analysis.Kind{analysis.KindFigure}
	three := 4.0
	findings := []analysis.Finding{
		{Kind: analysis.KindFigure, Start: 0, End: 5, Text: "three", Value: &three},
		{Kind: analysis.KindFigure, Start: 16, End: 20, Text: "four"},
	}
	r := &recorder{}
	Check(r, text, marks, findings, kinds)
	if len(r.errors) != 2 {
		t.Fatalf("got %d errors %q, want a wrong value and an unexpected finding", len(r.errors), r.errors)
	}
	r = &recorder{}
	Check(r, text, marks, findings[:0], kinds)
	if len(r.errors) != 1 {
		t.Errorf("got %d errors for a missing figure, want 1", len(r.errors))
	}
}
