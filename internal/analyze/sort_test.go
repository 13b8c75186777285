package analyze

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
)

// sortFindings must give the order of a stable sort by (start, longest
// first, kind), whatever order the findings come in.
func TestSortFindingsIsStable(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 70; n++ {
		fs := make([]Finding, n)
		for i := range fs {
			start := r.Intn(8)
			fs[i] = Finding{
				Kind:  analysis.Kinds[r.Intn(len(analysis.Kinds))],
				Start: start, End: start + 1 + r.Intn(3),
				Why: string(rune('a' + i%26)), Text: string(rune('a' + i/26)),
			}
		}
		want := slices.Clone(fs)
		slices.SortStableFunc(want, func(a, b Finding) int {
			switch {
			case before(&a, &b):
				return -1
			case before(&b, &a):
				return 1
			}
			return 0
		})
		sortFindings(fs)
		for i := range fs {
			if fs[i].Start != want[i].Start || fs[i].End != want[i].End || fs[i].Kind != want[i].Kind || fs[i].Why != want[i].Why || fs[i].Text != want[i].Text {
				t.Fatalf("n=%d: at %d got %+v, want %+v", n, i, fs[i], want[i])
			}
		}
	}
}
