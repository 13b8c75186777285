package hedges

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

// sortClaims must keep claims that start together in their given order, as
// the stable sort it replaces did.
func TestSortClaimsIsStable(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 100; n++ {
		cs := make([]claim, n)
		for i := range cs {
			start := r.Intn(10)
			cs[i] = claim{text.Span{Start: start, End: start + 1}, i}
		}
		want := slices.Clone(cs)
		slices.SortStableFunc(want, func(a, b claim) int { return a.Start - b.Start })
		sortClaims(cs)
		if !slices.Equal(cs, want) {
			t.Fatalf("n=%d: got %v, want %v", n, cs, want)
		}
	}
}
