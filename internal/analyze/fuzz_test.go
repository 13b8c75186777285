package analyze

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze/analysis"
)

// fuzzSeeds are inputs that have tripped text tools before: empty and
// one-byte texts, every script direction, combining marks, control bytes,
// numbers too big for any type, runs of symbols, unbalanced quotes and
// markup pasted as text.
var fuzzSeeds = []string{
	"",
	" ",
	"\n\n\n",
	"a",
	"5",
	"%",
	"$$$",
	"$ $ $ 5 $",
	"-$5.",
	"5-",
	"3 to",
	"between 3 and",
	"up to",
	"according to",
	"said",
	"he said.",
	"“",
	"\"",
	"\"unclosed quote, she said 5 million",
	"“nested ‘quotes “deeper” here’ end",
	"”backwards“ quotes",
	"🎉🎉🎉 5 🎉 million 🎉",
	"👩‍👩‍👧 family of 4, said the 👮",
	"Über 300 Menschen, sagte der Minister.",
	"قال الوزير إن ٣٠٠ شخص قتلوا",
	"עברית 5 מיליון said Cohen",
	"e\u0301e\u0301 5\u0301 million\u0301 said Ame\u0301lie",
	"\u202eevil 5 million\u202c said",
	"\u200b5\u200b million\u200b",
	"１２３ people, ½ of them, ¾ said",
	"text\x00with\x00nul 5 million",
	"\x00",
	"\xff\xfe\xfd 5 million \xc3",
	"5 \xe2\x82 million",
	"99999999999999999999999999999999999999999999 trillion dollars",
	"1e308 1e309 0.0000000000000000000000001%",
	"1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0",
	"1..2..3 4,,5 6.,7 .8 ,9",
	"5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5",
	"a dozen dozen half a quarter of three fifths",
	"No. 5 Mr. Dr. Gen. St. U.S. 5 p.m. Jan. 5",
	"Call 555-0134 or +1 (202) 555-0199 at 10:30.",
	"COVID-19 G7 Boeing 737 38 North in 2022 since 2000",
	"----\n====\n****\n1.\n2.\n3.",
	"line\rwith\rreturns 5\r\n6 million\r\n",
	"\t\t5\tmillion\tshells\t",
	strings.Repeat("word ", 200) + "5 million",
	strings.Repeat("a", 5000),
	strings.Repeat("5", 400),
	strings.Repeat("\"", 300),
	strings.Repeat("(", 300) + "5" + strings.Repeat(")", 300),
	"<html><head><script>var s = \"<p>5 million</p>\";</script><style>p{}</style></head>" +
		"<body><p>Officials said <b>5 million</b> shells &amp; more.</p><!-- 9 --></body></html>",
	"<script>alert('5 million')</script",
	"Share on Facebook\nSubscribe\n5 million shells were sent, he said.\nAdvertisement\n",
	"Anna Lee said 5. Ana Lee said 6. Anna Le said 7. Anna Lee said 8.",
	"Officials said nearly 5 million shells went north, according to people familiar with the matter.",
}

// checkReport checks what every report must satisfy for input s.
func checkReport(t *testing.T, s string, r *Report) {
	t.Helper()
	problems := reportProblems(s, r)
	for i, p := range problems {
		if i == 10 {
			t.Fatalf("... and %d more problems", len(problems)-i)
		}
		t.Error(p)
	}
}

// reportProblems lists what is wrong with r as the report for s: spans out
// of bounds or splitting UTF-8 characters (for valid UTF-8 input), order,
// text, kinds, whys, values that are not JSON numbers, findings overlapping
// boilerplate, JSON that does not decode.
func reportProblems(s string, r *Report) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	valid := utf8.ValidString(s)
	var boiler []Finding
	for _, f := range r.Findings {
		if f.Kind == analysis.KindBoilerplate {
			boiler = append(boiler, f)
		}
	}
	prev := Finding{Start: -1}
	next := 0 // first boilerplate finding that may reach the current finding
	for i, f := range r.Findings {
		if f.Start < 0 || f.End > len(s) || f.Start >= f.End {
			bad("finding %d %s [%d,%d) out of bounds of %d bytes", i, f.Kind, f.Start, f.End, len(s))
			return out
		}
		if valid && (!utf8.RuneStart(s[f.Start]) || f.End < len(s) && !utf8.RuneStart(s[f.End])) {
			bad("finding %d %s [%d,%d) splits a UTF-8 character", i, f.Kind, f.Start, f.End)
		}
		if f.Start < prev.Start || f.Start == prev.Start && f.End > prev.End {
			bad("finding %d [%d,%d) comes after [%d,%d): not ordered by start, outer first",
				i, f.Start, f.End, prev.Start, prev.End)
		}
		prev = f
		if f.Text != s[f.Start:f.End] {
			bad("finding %d text %q, covered bytes %q", i, f.Text, s[f.Start:f.End])
		}
		if !slices.Contains(analysis.Kinds, f.Kind) {
			bad("finding %d has unknown kind %q", i, f.Kind)
		}
		if strings.TrimSpace(f.Why) == "" {
			bad("finding %d %s %q has no why", i, f.Kind, f.Text)
		}
		if f.Value != nil && (math.IsNaN(*f.Value) || math.IsInf(*f.Value, 0)) {
			bad("finding %d %q has value %v, not a JSON number", i, f.Text, *f.Value)
		}
		if f.Kind != analysis.KindBoilerplate {
			// Findings and boilerplate are both in start order: skip
			// the boilerplate that ends before f, look at what starts
			// before f ends. Linear, so 10 MB reports check quickly.
			for next < len(boiler) && boiler[next].End <= f.Start {
				next++
			}
			for _, b := range boiler[next:] {
				if b.Start >= f.End {
					break
				}
				if f.Start < b.End {
					bad("%s %q [%d,%d) overlaps boilerplate [%d,%d)", f.Kind, f.Text, f.Start, f.End, b.Start, b.End)
				}
			}
		}
	}
	var decoded struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(r.AppendJSON(nil), &decoded); err != nil || len(decoded.Findings) != len(r.Findings) {
		bad("report JSON does not decode to %d findings: %v", len(r.Findings), err)
	}
	return out
}

// The checker itself must catch each kind of broken report.
func TestReportProblems(t *testing.T) {
	const s = "Officials said “5 million” — é"
	ok := func(start, end int, kind Kind) Finding {
		return Finding{Kind: kind, Start: start, End: end, Text: s[start:end], Why: "w"}
	}
	inf := math.Inf(1)
	tests := []struct {
		name string
		fs   []Finding
		want string
	}{
		{"good", []Finding{ok(0, 9, "source"), ok(18, 27, "figure"), ok(18, 19, "figure")}, ""},
		{"out of bounds", []Finding{ok(0, 9, "source"), {Kind: "figure", Start: 30, End: 99, Why: "w"}}, "out of bounds"},
		{"empty", []Finding{{Kind: "figure", Start: 3, End: 3, Why: "w"}}, "out of bounds"},
		{"split rune", []Finding{ok(0, 16, "hedge")}, "splits a UTF-8"},
		{"order", []Finding{ok(18, 19, "figure"), ok(0, 9, "source")}, "not ordered"},
		{"inner first", []Finding{ok(18, 19, "figure"), ok(18, 27, "figure")}, "not ordered"},
		{"text", []Finding{{Kind: "source", Start: 0, End: 9, Text: "Officers", Why: "w"}}, "covered bytes"},
		{"kind", []Finding{ok(0, 9, "opinion")}, "unknown kind"},
		{"why", []Finding{{Kind: "source", Start: 0, End: 9, Text: s[:9], Why: " "}}, "no why"},
		{"value", []Finding{{Kind: "figure", Start: 18, End: 19, Text: "5", Why: "w", Value: &inf}}, "not a JSON number"},
		{"boilerplate", []Finding{ok(0, 14, "boilerplate"), ok(10, 14, "hedge")}, "overlaps boilerplate"},
		{"boilerplate after", []Finding{ok(0, 9, "source"), ok(5, 14, "boilerplate")}, "overlaps boilerplate"},
	}
	for _, tt := range tests {
		got := strings.Join(reportProblems(s, &Report{Findings: tt.fs}), "\n")
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%s: problems %q, want %q", tt.name, got, tt.want)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	golden, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, file := range golden {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Analyze(s)
		if err != nil {
			t.Fatalf("engine error: %v", err)
		}
		checkReport(t, s, &r)
	})
}

// FuzzHTML holds AnalyzeHTML to the same report invariants over the
// plain text it returns.
func FuzzHTML(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{
		"<p>a</p><p>b",
		"<p>5 <b>million</b></p>",
		"<<<>>>",
		"<!-- unclosed comment 5 million",
		"<script>5 million",
		"<p title=\"a > b\">x</p>",
		"&#0; &#xD800; &#99999999; &amp &unknown; &#x1F389;",
		"<div hidden>hidden 5</div><nav>Home</nav><p>Shown 6 people, she said.</p>",
		"<table><tr><td>1</td><td>2</td></tr></table>",
		"<pre>  keep\n  lines  </pre>",
	} {
		f.Add(s)
	}
	pages, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.html"))
	for _, file := range pages {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, page string) {
		plain, r, err := AnalyzeHTML(page)
		if err != nil {
			t.Fatalf("engine error: %v", err)
		}
		if utf8.ValidString(page) && !utf8.ValidString(plain) {
			t.Errorf("plain text of valid UTF-8 is not valid UTF-8: %q", plain)
		}
		checkReport(t, plain, &r)
	})
}
