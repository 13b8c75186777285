package analyze

import (
	"encoding/json"
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
	valid := utf8.ValidString(s)
	var boiler []Finding
	for _, f := range r.Findings {
		if f.Kind == analysis.KindBoilerplate {
			boiler = append(boiler, f)
		}
	}
	prev := Finding{Start: -1}
	for i, f := range r.Findings {
		if f.Start < 0 || f.End > len(s) || f.Start >= f.End {
			t.Fatalf("finding %d %s [%d,%d) out of bounds of %d bytes", i, f.Kind, f.Start, f.End, len(s))
		}
		if valid && (!utf8.RuneStart(s[f.Start]) || f.End < len(s) && !utf8.RuneStart(s[f.End])) {
			t.Errorf("finding %d %s [%d,%d) splits a UTF-8 character", i, f.Kind, f.Start, f.End)
		}
		if f.Start < prev.Start || f.Start == prev.Start && f.End > prev.End {
			t.Errorf("finding %d [%d,%d) comes after [%d,%d): not ordered by start, outer first",
				i, f.Start, f.End, prev.Start, prev.End)
		}
		prev = f
		if f.Text != s[f.Start:f.End] {
			t.Errorf("finding %d text %q, covered bytes %q", i, f.Text, s[f.Start:f.End])
		}
		if !slices.Contains(analysis.Kinds, f.Kind) {
			t.Errorf("finding %d has unknown kind %q", i, f.Kind)
		}
		if strings.TrimSpace(f.Why) == "" {
			t.Errorf("finding %d %s %q has no why", i, f.Kind, f.Text)
		}
		if f.Value != nil && (math.IsNaN(*f.Value) || math.IsInf(*f.Value, 0)) {
			t.Errorf("finding %d %q has value %v, not a JSON number", i, f.Text, *f.Value)
		}
		if f.Kind != analysis.KindBoilerplate {
			for _, b := range boiler {
				if f.Start < b.End && b.Start < f.End {
					t.Errorf("%s %q [%d,%d) overlaps boilerplate [%d,%d)", f.Kind, f.Text, f.Start, f.End, b.Start, b.End)
				}
			}
		}
	}
	var decoded struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(r.AppendJSON(nil), &decoded); err != nil || len(decoded.Findings) != len(r.Findings) {
		t.Errorf("report JSON does not decode to %d findings: %v", len(r.Findings), err)
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
