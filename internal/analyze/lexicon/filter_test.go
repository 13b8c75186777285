package lexicon

import "testing"

func TestFilter(t *testing.T) {
	var f Filter
	for _, w := range []string{"likely", "may", "reportedly", "a-very-long-word-over-thirty-one-bytes"} {
		f.Add(w)
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"likely", true},
		{"may", true},
		{"reportedly", true},
		{"a-very-long-word-over-thirty-one-bytes", true},
		{"", false},
		{"the", false},
		{"mxy", true}, // same first, last and length as "may": a false positive is allowed
		{"maybe", false},
		{"éclair", false}, // no wide word added
	}
	for _, tt := range tests {
		if got := f.MayHave(tt.w); got != tt.want {
			t.Errorf("MayHave(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	f.Add("élan")
	if !f.MayHave("éclair") {
		t.Error("after a wide word, wide words must be admitted")
	}
}

// A Filter must never turn away a word that was added.
func FuzzFilterNoFalseNegative(f *testing.F) {
	f.Add("likely", "the")
	f.Fuzz(func(t *testing.T, listed, other string) {
		var fl Filter
		fl.Add(listed)
		if listed != "" && !fl.MayHave(listed) {
			t.Fatalf("added %q but MayHave says no", listed)
		}
		_ = fl.MayHave(other)
	})
}
