package analyze

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the engine's current output")

// goldenJSON is a report as Report.AppendJSON writes it, with a line break
// before each finding so that diffs of golden files read one finding a line.
// It is still valid JSON and decodes to the same report.
// For HTML articles the plain text the offsets index comes first.
func goldenJSON(r *Report, plain string, html bool) []byte {
	b := []byte{'{'}
	if html {
		b = append(b, `"text":`...)
		text, _ := json.Marshal(plain)
		b = append(b, text...)
		b = append(b, ",\n"...)
	}
	b = append(b, `"findings":[`...)
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		b = r.Findings[i].AppendJSON(b)
	}
	return append(b, "\n]}\n"...)
}

// TestGolden compares the report on each testdata/golden/*.txt article, and
// on each *.html page through AnalyzeHTML, with the .json next to it. Detector changes show up here as a diff of whole
// findings; when a change is intended, regenerate with
//
//	go test ./internal/analyze -run TestGolden -update
//
// and review the diff of the .json files before committing.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil || len(files) < 3 {
		t.Fatalf("golden articles: %v (found %d)", err, len(files))
	}
	pages, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.html"))
	if len(pages) == 0 {
		t.Errorf("no golden HTML page")
	}
	for _, file := range append(files, pages...) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			input, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			html := strings.HasSuffix(file, ".html")
			var r Report
			plain := string(input)
			if html {
				plain, r, err = AnalyzeHTML(plain)
			} else {
				r, err = Analyze(plain)
			}
			if err != nil {
				t.Errorf("engine error: %v", err)
			}
			checkReport(t, plain, &r)
			got := goldenJSON(&r, plain, html)
			jsonFile := strings.TrimSuffix(file, filepath.Ext(file)) + ".json"
			if *update {
				if err := os.WriteFile(jsonFile, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(jsonFile)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s (rerun with -update if the change is intended):\n%s",
					jsonFile, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+). Golden
// lines are whole findings, so this is the set of findings lost and gained.
func lineDiff(want, got string) string {
	count := map[string]int{}
	for _, l := range strings.Split(want, "\n") {
		count[strings.TrimSuffix(l, ",")]++
	}
	for _, l := range strings.Split(got, "\n") {
		count[strings.TrimSuffix(l, ",")]--
	}
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if l = strings.TrimSuffix(l, ","); count[l] > 0 {
			b.WriteString("- " + l + "\n")
			count[l]--
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if l = strings.TrimSuffix(l, ","); count[l] < 0 {
			b.WriteString("+ " + l + "\n")
			count[l]++
		}
	}
	return b.String()
}

// newsText returns about n bytes of news-like text: the golden articles
// repeated, cut at a line break.
func newsText(tb testing.TB, n int) string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		all.Write(b)
		all.WriteString("\n\n")
	}
	unit := all.String()
	if unit == "" {
		tb.Fatal("no golden articles")
	}
	s := strings.Repeat(unit, n/len(unit)+1)
	if i := strings.LastIndexByte(s[:n], '\n'); i > 0 {
		return s[:i+1]
	}
	return s[:n]
}

// Analyze must give the same report for the same text every time, also
// when several texts are analyzed at once (no shared mutable state: the
// command line may run batches in parallel, and the race detector checks
// it under go test -race).
func TestDeterministic(t *testing.T) {
	texts := []string{newsText(t, 20_000), "", "He said “about 5 million” — reportedly.", fuzzSeeds[len(fuzzSeeds)-1]}
	want := make([]string, len(texts))
	for i, s := range texts {
		r, _ := Analyze(s)
		want[i] = string(r.AppendJSON(nil))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				for i, s := range texts {
					r, _ := Analyze(s)
					if got := string(r.AppendJSON(nil)); got != want[i] {
						t.Errorf("text %d: report changed between runs:\n%.300s\n%.300s", i, got, want[i])
					}
				}
			}
		}()
	}
	wg.Wait()
}

// A long text completes and yields a well-formed report. 10 MB normally,
// 1 MB in -short mode; the time is not asserted (see the benchmarks).
func TestLargeText(t *testing.T) {
	n := 10 << 20
	if testing.Short() {
		n = 1 << 20
	}
	s := newsText(t, n)
	r, err := Analyze(s)
	if err != nil {
		t.Errorf("engine error: %v", err)
	}
	checkReport(t, s, &r)
	if len(r.Findings) < n/10_000 {
		t.Errorf("only %d findings in %d bytes of news", len(r.Findings), len(s))
	}
}
