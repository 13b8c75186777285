package figures

import (
	"strconv"
	"testing"
)

// lexiconValue must read the word lists' values as strconv.ParseFloat does
// and refuse what it cannot read.
func TestLexiconValue(t *testing.T) {
	for _, s := range []string{"0", "1", "40", "100", "1e3", "1e6", "1e12", "1e22", "5e5", "123456789012345"} {
		want, _ := strconv.ParseFloat(s, 64)
		if got, ok := lexiconValue(s); !ok || got != want {
			t.Errorf("lexiconValue(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "e6", "1e", "1.5", "-3", "1e23", "x", "1e6e2", "1234567890123456"} {
		if got, ok := lexiconValue(s); ok {
			t.Errorf("lexiconValue(%q) = %v, want a refusal", s, got)
		}
	}
}
