package analysistest

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Run checks analyzer a against every testdata/*.txt file of dir (usually
// "testdata"). For each kind in a.Kinds, every mark must be matched by a
// finding with exactly its span and the field values the mark lists, and
// every finding must be marked. Marks of other kinds are ignored, so one
// article can serve several analyzers.
func Run(t *testing.T, dir string, a *analysis.Analyzer) {
	t.Helper()
	RunFunc(t, dir, a.Kinds, func(input string) ([]analysis.Finding, error) {
		res, err := analysis.Run(text.Parse(input), []*analysis.Analyzer{a})
		return res[a], err
	})
}

// RunFunc is Run for any function from text to findings, such as the whole
// engine; kinds lists the kinds it is answerable for.
func RunFunc(t *testing.T, dir string, kinds []analysis.Kind, analyze func(string) ([]analysis.Finding, error)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no test articles in %s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			input, marks, err := Parse(string(data))
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			findings, err := analyze(input)
			if err != nil {
				t.Errorf("analysis error: %v", err)
			}
			Check(t, input, marks, findings, kinds)
		})
	}
}

// Check compares findings with marks for the given kinds and reports every
// difference through t.
func Check(t testing.TB, input string, marks []Mark, findings []analysis.Finding, kinds []analysis.Kind) {
	t.Helper()
	matched := make([]bool, len(findings))
	var fieldNames []string
	for _, m := range marks {
		if !slices.Contains(kinds, m.Kind) {
			continue
		}
		for k := range m.Fields {
			if !slices.Contains(fieldNames, k) {
				fieldNames = append(fieldNames, k)
			}
		}
		found := -1
		for i := range findings {
			f := &findings[i]
			if !matched[i] && f.Kind == m.Kind && f.Start == m.Start && f.End == m.End {
				found = i
				break
			}
		}
		if found < 0 {
			t.Errorf("line %d: missing %s %q", m.Line, m.Kind, input[m.Start:m.End])
			continue
		}
		matched[found] = true
		f := &findings[found]
		for name, want := range m.Fields {
			got, ok := Field(f, name)
			if !ok {
				t.Errorf("line %d: unknown field %q in mark", m.Line, name)
				continue
			}
			if !sameValue(name, got, want) {
				t.Errorf("line %d: %s %q: %s = %q, want %q", m.Line, m.Kind, f.Text, name, got, want)
			}
		}
	}
	var extra []analysis.Finding
	for i := range findings {
		if !matched[i] && slices.Contains(kinds, findings[i].Kind) {
			extra = append(extra, findings[i])
			line := 1 + strings.Count(input[:findings[i].Start], "\n")
			t.Errorf("line %d: unexpected %s %q (%s)", line, findings[i].Kind, findings[i].Text, findings[i].Why)
		}
	}
	if t.Failed() {
		slices.SortFunc(findings, func(a, b analysis.Finding) int { return a.Start - b.Start })
		var mine []analysis.Finding
		for _, f := range findings {
			if slices.Contains(kinds, f.Kind) {
				mine = append(mine, f)
			}
		}
		t.Logf("the analyzer saw:\n%s", Markup(input, mine, fieldNames...))
	}
}

func sameValue(name, got, want string) bool {
	if got == want {
		return true
	}
	if name == "value" {
		g, err1 := strconv.ParseFloat(got, 64)
		w, err2 := strconv.ParseFloat(want, 64)
		return err1 == nil && err2 == nil && math.Abs(g-w) <= 1e-9*math.Max(1, math.Abs(w))
	}
	return false
}
