package hedges

import (
	"slices"

	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// claimIndex finds whose words a quoted hedge is in. sources.Result.For
// scans every attribution on each call; a quote-heavy article would make
// that quadratic, so the claims are sorted once and searched.
type claimIndex struct {
	claims []claim
	// maxEnd[k] is the largest End among claims[:k+1]: the backward scan
	// stops once no earlier claim can reach the span.
	maxEnd []int
}

type claim struct {
	text.Span
	a *sources.Attribution
}

func newClaimIndex(r *sources.Result) *claimIndex {
	x := &claimIndex{}
	if r == nil {
		return x
	}
	for i := range r.Attributions {
		for _, c := range r.Attributions[i].Claim {
			x.claims = append(x.claims, claim{c, &r.Attributions[i]})
		}
	}
	slices.SortStableFunc(x.claims, func(a, b claim) int { return a.Start - b.Start })
	x.maxEnd = make([]int, len(x.claims))
	m := -1
	for k, c := range x.claims {
		m = max(m, c.End)
		x.maxEnd[k] = m
	}
	return x
}

// find returns the attribution of the innermost claim containing s, or nil.
func (x *claimIndex) find(s text.Span) *sources.Attribution {
	// k is the number of claims starting at or before s.Start.
	k, _ := slices.BinarySearchFunc(x.claims, s.Start+1, func(c claim, start int) int {
		if c.Start < start {
			return -1
		}
		return 1
	})
	for k--; k >= 0 && x.maxEnd[k] >= s.End; k-- {
		if x.claims[k].Contains(s) {
			return x.claims[k].a
		}
	}
	return nil
}
