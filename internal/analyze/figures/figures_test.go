package figures

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/analysistest"
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

func TestArticles(t *testing.T) {
	analysistest.Run(t, "testdata", Analyzer)
}

// find runs the analyzer alone (no attributions) over in.
func find(in string, res *sources.Result) []analysis.Finding {
	var out []analysis.Finding
	pass := &analysis.Pass{
		Analyzer: Analyzer,
		Doc:      text.Parse(in),
		ResultOf: map[*analysis.Analyzer]any{sources.Analyzer: res},
		Report:   func(f analysis.Finding) { out = append(out, f) },
	}
	run(pass)
	for i := range out {
		out[i].Text = in[out[i].Start:out[i].End]
	}
	return out
}

// TestValues checks the span, value and unit of the only figure in each
// sentence. A NaN value stands for a vague figure (no value).
func TestValues(t *testing.T) {
	vague := math.NaN()
	tests := []struct {
		in, span string
		value    float64
		unit     string
	}{
		// digits, separators, decimals, signs
		{"It weighs 1,234,567 tonnes.", "1,234,567 tonnes", 1234567, "tonnes"},
		{"China has 1 414 021 100 people.", "1 414 021 100 people", 1414021100, "people"},
		{"The rate is 0.25 now.", "0.25", 0.25, ""},
		{"It was 5,00 in Europe.", "5,00", 5, ""},
		{"Written 1.111,11 there.", "1.111,11", 1111.11, ""},
		{"It read -9.5 at dawn.", "-9.5", -9.5, ""},
		{"Output fell (-5%) this year.", "-5%", -5, "%"},
		{"Profit was .08 a share.", ".08", 0.08, ""},
		{"It is 6.23x10^-4 exactly.", "6.23x10^-4", 0.000623, ""},
		// words
		{"They found three.", "three", 3, ""},
		{"It has twenty-one members.", "twenty-one members", 21, "members"},
		{"He paid two hundred and five.", "two hundred and five", 205, ""},
		{"We counted two thousand and two hundred.", "two thousand and two hundred", 2200, ""},
		{"Buy half a dozen.", "half a dozen", 6, ""},
		{"Buy a dozen.", "a dozen", 12, ""},
		{"It has three hundred and two dozens.", "three hundred and two dozens", 324, ""},
		{"About two thirds agreed.", "two thirds", 2.0 / 3, ""},
		{"Only a quarter agreed.", "a quarter", 0.25, ""},
		{"Nearly half the population agreed.", "half", 0.5, ""},
		{"It took one and a half.", "one and a half", 1.5, ""},
		{"There are five and a half million fish.", "five and a half million fish", 5.5e6, "fish"},
		{"It costs a quarter million dollars.", "a quarter million dollars", 250000, "USD"},
		{"It was two thirds of a million.", "two thirds of a million", 2e6 / 3, ""},
		{"It was a quarter of a million.", "a quarter of a million", 250000, ""},
		{"They have 3 million and a quarter.", "3 million and a quarter", 3.25e6, ""},
		{"It reads two hundred point seventy-one.", "two hundred point seventy-one", 200.71, ""},
		{"Total: twenty-one trillion and three hundred.", "twenty-one trillion and three hundred", 21000000000300, ""},
		{"It's 3 hundred and one.", "3 hundred and one", 301, ""},
		{"It's 1 million 200 thousand.", "1 million 200 thousand", 1200000, ""},
		{"It's a million and a half.", "a million and a half", 1500000, ""},
		{"The result is ⅔ today.", "⅔", 2.0 / 3, ""},
		{"Mix 2 1/4 cups.", "2 1/4 cups", 2.25, "cups"},
		{"Use 3/4 of it.", "3/4", 0.75, ""},
		{"It was minus five point five.", "minus five point five", -5.5, ""},
		{"One in five adults smoke.", "One in five", 0.2, ""},
		{"There are 1 crore boxes.", "1 crore boxes", 1e7, "boxes"},
		{"The total is three lakh crore.", "three lakh crore", 3e12, ""},
		// scales and money
		{"It raised $24.5 billion.", "$24.5 billion", 24.5e9, "USD"},
		{"It raised $5bn.", "$5bn", 5e9, "USD"},
		{"It raised £5m.", "£5m", 5e6, "GBP"},
		{"It has 10k followers.", "10k followers", 10000, "followers"},
		{"It lost 5m people.", "5m people", 5e6, "people"},
		{"It cost 120 MEUR.", "120 MEUR", 120e6, "EUR"},
		{"It cost EUR 125.", "EUR 125", 125, "EUR"},
		{"It cost USD115.5.", "USD115.5", 115.5, "USD"},
		{"It cost C$15.", "C$15", 15, "CAD"},
		{"The bill was 450,000 yen.", "450,000 yen", 450000, "JPY"},
		{"It cost 15 dollars 50.", "15 dollars 50", 15.5, "USD"},
		{"It was 75 USD million.", "75 USD million", 75e6, "USD"},
		{"The price is 100 €.", "100 €", 100, "EUR"},
		{"The deal was worth Rs 5 lakh.", "Rs 5 lakh", 5e5, "INR"},
		{"A 12-cent rise.", "12-cent", 12, "cents"},
		// percent
		{"Turnout was 67.3 per cent.", "67.3 per cent", 67.3, "%"},
		{"It rose 4%.", "4%", 4, "%"},
		{"It fell 0.3 percentage points.", "0.3 percentage points", 0.3, "percentage points"},
		{"percent of 10", "percent of 10", 10, "%"},
		// ranges: the lower end, the scale on both ends
		{"Some 3 to 5 million people fled.", "3 to 5 million people", 3e6, "people"},
		{"It rose 3-5% this year.", "3-5%", 3, "%"},
		{"It rose between 3 and 5 percent.", "3 and 5 percent", 3, "%"},
		{"It took two or three days.", "two or three days", 2, "days"},
		{"They came about 300–400 years ago.", "300–400 years", 300, "years"},
		{"The sentence is from 3 to 5 years.", "3 to 5 years", 3, "years"},
		// units
		{"It flew 180 kilometers.", "180 kilometers", 180, "km"},
		{"He is 5 ft 2 in tall.", "5 ft 2 in", 5 + 2.0/12, "ft"},
		{"A 10-gallon cooler.", "10-gallon", 10, "gal"},
		{"It ran at 188 miles an hour.", "188 miles an hour", 188, "mph"},
		{"It was 40°C outside.", "40°C", 40, "°C"},
		{"It covers 190 km2.", "190 km2", 190, "km²"},
		{"It moved 50 meters per millisecond.", "50 meters per millisecond", 50, "m/ms"},
		{"The max is 100t.", "100t", 100, "t"},
		{"A 45-year-old man.", "45-year-old", 45, "years"},
		{"She is 29 years old.", "29 years old", 29, "years"},
		// counted nouns
		{"Russia fired 5,000 artillery shells.", "5,000 artillery shells", 5000, "shells"},
		{"It killed 200 Ukrainian soldiers.", "200 Ukrainian soldiers", 200, "soldiers"},
		{"They sent 31 Abrams tanks.", "31 Abrams tanks", 31, "tanks"},
		{"RUSSIA FIRES 5 MISSILES AT KYIV", "5 MISSILES", 5, "missiles"},
		{"Russia Fires 5 Missiles At Kyiv", "5 Missiles", 5, "missiles"},
		{"The airline will buy 150 Boeing 737 jets.", "150", 150, ""},
		{"A box of 20 costs $9.99.", "20", 20, ""},
		{"Only one person was killed.", "one person", 1, "person"},
		{"It had one big problem.", "one", 1, ""},
		{"One journalist died.", "One", 1, ""},
		{"Republicans hold the House; Democrats 213.", "213", 213, ""},
		{"It destroyed 14 Ukrainian ammunition depots.", "14 Ukrainian ammunition depots", 14, "depots"},
		// vague
		{"Dozens of missiles hit.", "Dozens of missiles", vague, "missiles"},
		{"Hundreds were arrested.", "Hundreds", vague, ""},
		{"Tens of thousands of protesters marched.", "Tens of thousands of protesters", vague, "protesters"},
		{"They lost several hundred aircraft.", "several hundred aircraft", vague, "aircraft"},
		{"It cost millions of dollars.", "millions of dollars", vague, "USD"},
		{"Only a few thousand remain.", "a few thousand", vague, ""},
		{"Hundreds of thousands fled.", "Hundreds of thousands", vague, ""},
	}
	for _, tt := range tests {
		got := find(tt.in, nil)
		if strings.Contains(tt.in, "$") && len(got) == 2 && !strings.Contains(tt.span, "$") {
			got = got[:1] // the price after the figure under test
		}
		if len(got) != 1 {
			t.Errorf("%q: got %d figures %v, want one", tt.in, len(got), texts(got))
			continue
		}
		f := got[0]
		if f.Text != tt.span {
			t.Errorf("%q: span %q, want %q", tt.in, f.Text, tt.span)
		}
		if f.Unit != tt.unit {
			t.Errorf("%q: unit %q, want %q", tt.in, f.Unit, tt.unit)
		}
		switch {
		case math.IsNaN(tt.value):
			if f.Value != nil {
				t.Errorf("%q: value %v, want none", tt.in, *f.Value)
			}
		case f.Value == nil:
			t.Errorf("%q: no value, want %v", tt.in, tt.value)
		case math.Abs(*f.Value-tt.value) > 1e-9*math.Max(1, math.Abs(tt.value)):
			t.Errorf("%q: value %v, want %v", tt.in, *f.Value, tt.value)
		}
	}
}

// TestNotFigures lists numbers that are not quantities.
func TestNotFigures(t *testing.T) {
	for _, in := range []string{
		// years and dates
		"It has grown since 2000.", "In 2022, it grew.", "The 1990s were different.", "In the '90s it was.",
		"It was set for May 4.", "It happened on 4 May 2023.", "It is due Jan. 5.", "The 2022-23 season.",
		"Sales rose in the 2024 elections.", "mr . marous said on nov . 6 .", "He was born in 1066 AD.",
		// times
		"We met at 10:30.", "It starts at 3 p.m.", "It ends at 11pm.", "The 1400 GMT deadline.",
		// names and references
		"The 38 North website.", "A Boeing 737 landed.", "COVID-19 spread.", "The G7 met.", "An F-16 crashed.",
		"Drive Route 66.", "Under Article 5 they act.", "Formula One is fast.", "See page 12.", "He lives at No. 10.",
		"The S&P 500 rose.", "The iPhone 15 sold well.", "They met at 7-Eleven.", "Read the 8-K filing.",
		"The crew of Apollo 11 astronauts.", "They left one by one.", "The 38 North website said so.", "It was version 22.04.", "Apple released iOS 17.2 today.", "It runs Python 3.12 now.", "Bill H.R. 815 passed.",
		// ordinals
		"He came second.", "She was 3rd.", "The 21st century.", "The third time.",
		// list numbers, phones, URLs, codes
		"1. First item", "2) Second item", "Call 555-1234 now.", "Call +44 20 7946 0958 now.",
		"Call (555) 123-4567 now.", "See https://example.com/a/2024/123 now.", "Mail bob99@example.com now.",
		"The code is 02138.", "Order 24703 shipped.", "Use model 24703m212.", "It was 3D.", "A 5G network.",
		"The team won 3-1.", "They voted 5-4.", "Open 24/7.", "After 9/11 it changed.", "Between 1933/1934 it was banned.",
		// "one" and "a"
		"No one came.", "The one you mentioned.", "It is one we should drop.", "As shown[3] and [12].", "Photo 1 of 12", "They had a worst-ever 6-10 record.", "It became Public Law 102-243.", "The marker CFI(m)68 was found.",
		"It appeared in Robert Chester's 1601 poem.", "It is a zero-sum game.", "A one-off payment.", "Chapter One begins.", "One Direction played.", "It lists (1) schools and (2) roads.", "One of the victims.", "This one is not.", "Which one?",
		"a", "an", "Book a first class seat.", "How do I calculate a percentage?",
		// vague words that are not quantities here
		"Several came.", "Many came.", "A few came.", "The scores were high.", "In the second half of the game.",
	} {
		if got := find(in, nil); len(got) > 0 {
			t.Errorf("%q: got figures %v, want none", in, texts(got))
		}
	}
}

func texts(fs []analysis.Finding) []string {
	var out []string
	for _, f := range fs {
		s := strconv.Quote(f.Text)
		if f.Value != nil {
			s += "=" + strconv.FormatFloat(*f.Value, 'g', -1, 64)
		}
		out = append(out, s)
	}
	return out
}

// TestQualifiers checks that the qualifier goes in Approx, outside the span.
func TestQualifiers(t *testing.T) {
	for _, tt := range []struct{ in, span, approx string }{
		{"Nearly 5 million people fled.", "5 million people", "nearly"},
		{"It cost up to $40bn.", "$40bn", "up to"},
		{"At least 12 died.", "12", "at least"},
		{"More than 1,200 troops came.", "1,200 troops", "more than"},
		{"It took some 325 kilometers.", "325 kilometers", "some"},
		{"It is fewer than 10 people.", "10 people", "fewer than"},
		{"It fell an estimated 4%.", "4%", "an estimated"},
		{"It was about two thirds.", "two thirds", "about"},
		{"A margin of plus or minus 3 points.", "3 points", "plus or minus"},
		{"It was 3 days.", "3 days", ""},
		{"It drew 5,000 people or more.", "5,000 people", "or more"},
		{"It has 1,000-plus troops.", "1,000", "plus"},
		{"It took a dozen or so.", "a dozen", "or so"},
	} {
		got := find(tt.in, nil)
		if len(got) != 1 || got[0].Text != tt.span || got[0].Approx != tt.approx {
			t.Errorf("%q: got %v approx %q, want %q approx %q", tt.in, texts(got), approxOf(got), tt.span, tt.approx)
		}
	}
}

func approxOf(fs []analysis.Finding) string {
	if len(fs) == 0 {
		return ""
	}
	return fs[0].Approx
}

// TestSourceAndWhy checks that a figure takes the name of the attribution
// covering it and says so in Why.
func TestSourceAndWhy(t *testing.T) {
	in := "North Korea shipped nearly five million shells, Shin Won-sik said. Dozens of missiles were fired."
	claim := text.Span{Start: 0, End: strings.Index(in, ",")}
	res := &sources.Result{Attributions: []sources.Attribution{{Name: "Shin Won-sik", Cue: "said", Claim: []text.Span{claim}}}}
	got := find(in, res)
	if len(got) != 2 {
		t.Fatalf("got %v, want two figures", texts(got))
	}
	if got[0].Source != "Shin Won-sik" {
		t.Errorf("source = %q, want Shin Won-sik", got[0].Source)
	}
	if want := "A figure: 5,000,000 shells, qualified “nearly”, attributed to Shin Won-sik."; got[0].Why != want {
		t.Errorf("why = %q, want %q", got[0].Why, want)
	}
	if got[1].Source != "" {
		t.Errorf("unsourced figure has source %q", got[1].Source)
	}
	if want := "A vague figure: “Dozens of missiles” gives no exact number, not attributed to anyone in this text."; got[1].Why != want {
		t.Errorf("why = %q, want %q", got[1].Why, want)
	}
}

func TestWhyNumbers(t *testing.T) {
	for _, tt := range []struct {
		in, want string
	}{
		{"It raised $24.5 billion.", "A figure: 24,500,000,000 USD, not attributed to anyone in this text."},
		{"It rose 4%.", "A figure: 4%, not attributed to anyone in this text."},
		{"Some 3 to 5 million people fled.", "A figure: between 3,000,000 people and 5,000,000 people, qualified “some”, not attributed to anyone in this text."},
		{"It is 0.25 now.", "A figure: 0.25, not attributed to anyone in this text."},
		{"One in five adults smoke.", "A figure: “One in five”, a proportion of 0.2, not attributed to anyone in this text."},
		{"It read -9.5 at dawn.", "A figure: -9.5, not attributed to anyone in this text."},
	} {
		got := find(tt.in, nil)
		if len(got) != 1 || got[0].Why != tt.want {
			var why string
			if len(got) > 0 {
				why = got[0].Why
			}
			t.Errorf("%q: why %q, want %q", tt.in, why, tt.want)
		}
	}
}

func TestParseDigits(t *testing.T) {
	for _, tt := range []struct {
		in    string
		value float64
		ok    bool
	}{
		{"1", 1, true}, {"1,234", 1234, true}, {"1,234,567", 1234567, true}, {"1.5", 1.5, true},
		{"5,00", 5, true}, {"1,3", 1.3, true}, {"1.111,11", 1111.11, true}, {"1,674,200.5", 1674200.5, true},
		{"1.234.567", 1234567, true}, {"0,125", 0.125, true}, {"20,000.00", 20000, true},
		{"1.2.3", 0, false}, {"1,23,4", 0, false}, {"12,34,567", 0, false},
	} {
		d := parseDigits(tt.in)
		if d.ok != tt.ok || d.ok && math.Abs(d.value-tt.value) > 1e-9*tt.value {
			t.Errorf("parseDigits(%q) = %v ok %v, want %v ok %v", tt.in, d.value, d.ok, tt.value, tt.ok)
		}
	}
}

// newsText returns about size bytes of the test articles, marks removed,
// repeated.
func newsText(tb testing.TB, size int) string {
	files, _ := filepath.Glob("testdata/*.txt")
	var one strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		plain, _, err := analysistest.Parse(string(data))
		if err != nil {
			tb.Fatal(err)
		}
		one.WriteString(plain)
		one.WriteString("\n\n")
	}
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(one.String())
	}
	return b.String()
}

// goldenText returns about size bytes of the engine's golden articles,
// ordinary news with fewer figures than the test articles here.
func goldenText(tb testing.TB, size int) string {
	files, _ := filepath.Glob("../testdata/golden/*.txt")
	var one strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		one.Write(data)
		one.WriteString("\n\n")
	}
	if one.Len() == 0 {
		tb.Skip("no golden articles")
	}
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(one.String())
	}
	return b.String()
}

func benchmarkRun(b *testing.B, size int) {
	benchmarkText(b, newsText(b, size))
}

func benchmarkText(b *testing.B, in string) {
	doc := text.Parse(in)
	pass := &analysis.Pass{
		Analyzer: Analyzer,
		Doc:      doc,
		ResultOf: map[*analysis.Analyzer]any{sources.Analyzer: (*sources.Result)(nil)},
		Report:   func(analysis.Finding) {},
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		run(pass)
	}
}

// The analyzer alone over parsed text: 10 times the text should cost
// about 10 times the time.
func BenchmarkFigures100KB(b *testing.B) { benchmarkRun(b, 100<<10) }
func BenchmarkFigures1MB(b *testing.B)   { benchmarkRun(b, 1<<20) }

// The analyzer over ordinary news, figures less dense.
func BenchmarkFiguresNews1MB(b *testing.B) { benchmarkText(b, goldenText(b, 1<<20)) }

// FuzzFigures checks that no input makes the analyzer panic or report a
// span out of bounds, off a token boundary, or out of order.
func FuzzFigures(f *testing.F) {
	for _, s := range []string{"nearly five million shells", "$24.5 billion", "3-5%", "1 234 567", "two thirds of a million",
		"12 ft 2 in", "c $ 100 and fifty", "-2.5^-1", "6.23x10^-4", "one and a half", "9/11", "+1 202 555 0143", "½", "3 hundred and", "1e999", "10^999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		doc := text.Parse(in)
		starts := map[int]bool{}
		ends := map[int]bool{}
		for _, tok := range doc.Tokens {
			starts[tok.Start], ends[tok.End] = true, true
		}
		last := -1
		for _, fd := range find(in, nil) {
			if fd.Start < 0 || fd.End > len(in) || fd.Start >= fd.End || !starts[fd.Start] || !ends[fd.End] {
				t.Fatalf("%q: bad span [%d,%d)", in, fd.Start, fd.End)
			}
			if fd.Start < last {
				t.Fatalf("%q: findings out of order", in)
			}
			last = fd.End
			if fd.Value != nil && (math.IsNaN(*fd.Value) || math.IsInf(*fd.Value, 0)) {
				t.Fatalf("%q: value %v", in, *fd.Value)
			}
		}
	})
}
