package analysis

import (
	"encoding/json"
	"math"
	"testing"
)

func ptr(f float64) *float64 { return &f }

// The hand-written encoder must agree byte for byte with encoding/json, so
// that any reader can decode reports and the tags document the wire format.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	findings := []Finding{
		{Kind: KindFigure, Start: 1, End: 5, Text: "4.8m", Why: "A figure.", Value: ptr(4.8e6), Unit: "shells", Approx: "nearly", Source: "Shin Won-sik"},
		{Kind: KindSource, Start: 0, End: 2, Text: "he", Why: "x", Source: "Kim", Cue: "said", Anonymous: true},
		{Kind: KindHedge, Text: "<script>&\"\\\n\t\r\b\f\x01", Why: "\u2028\u2029 é 🎉", CueType: "weasel"},
		{Kind: KindNameVariant, Text: "bad \xff byte", Canonical: "Shin"},
		{Kind: KindBoilerplate, Reason: "share"},
		{Kind: KindFigure, Value: ptr(0)},
		{Kind: KindFigure, Value: ptr(1e21)},
		{Kind: KindFigure, Value: ptr(1e-7)},
		{Kind: KindFigure, Value: ptr(0.666666666666667)},
		{Kind: KindFigure, Value: ptr(-2.5)},
		{Kind: KindFigure, Value: ptr(123456789012)},
	}
	for _, f := range findings {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		want = replacementAsIs(want)
		if got := f.AppendJSON(nil); string(got) != string(want) {
			t.Errorf("AppendJSON =\n%s\nencoding/json =\n%s", got, want)
		}
	}
	r := Report{Findings: findings}
	type plain struct {
		Findings []Finding `json:"findings"`
	}
	want, _ := json.Marshal(plain{findings})
	want = replacementAsIs(want)
	if got := r.AppendJSON(nil); string(got) != string(want) {
		t.Errorf("report mismatch:\n%s\n%s", got, want)
	}
	if got := (&Report{}).AppendJSON(nil); string(got) != `{"findings":[]}` {
		t.Errorf("empty report = %s", got)
	}
}

func TestAppendJSONNonFinite(t *testing.T) {
	f := Finding{Kind: KindFigure, Value: ptr(math.Inf(1))}
	var back map[string]any
	if err := json.Unmarshal(f.AppendJSON(nil), &back); err != nil {
		t.Fatalf("invalid JSON for +Inf: %v", err)
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("plain")
	f.Add("\xff\xfe<>&\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		want = replacementAsIs(want)
		if got := appendString(nil, s); string(got) != string(want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}

// replacementAsIs rewrites the \ufffd escapes of encoding/json's output as
// the character itself. encoding/json wrote invalid UTF-8 as the escape
// before Go 1.27 and as the character since; the report always writes the
// character, and the two spell the same JSON string, so the comparison
// holds whichever Go runs the test.
func replacementAsIs(b []byte) []byte {
	const esc = `\ufffd`
	var out []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' {
			if i+len(esc) <= len(b) && string(b[i:i+len(esc)]) == esc {
				out = append(out, "\uFFFD"...)
				i += len(esc) - 1
				continue
			}
			// Some other escape: keep it and the byte it escapes, so an
			// escaped backslash before "ufffd" is left alone.
			out = append(out, b[i])
			i++
			if i < len(b) {
				out = append(out, b[i])
			}
			continue
		}
		out = append(out, b[i])
	}
	return out
}
