package hedges

import (
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// claimIndex finds whose words a quoted hedge is in. sources.Result.For
// scans every attribution on each call; a quote-heavy article would make
// that quadratic, so the claims are sorted once and searched.
type claimIndex struct {
	attrs  []sources.Attribution
	claims []claim
	// maxEnd[k] is the largest End among claims[:k+1]: the backward scan
	// stops once no earlier claim can reach the span.
	maxEnd []int
}

// claim is a claim span and the index of its attribution. It holds no
// pointer, so sorting claims moves plain bytes.
type claim struct {
	text.Span
	a int
}

func newClaimIndex(r *sources.Result) *claimIndex {
	x := &claimIndex{}
	if r == nil {
		return x
	}
	x.attrs = r.Attributions
	for i := range r.Attributions {
		for _, c := range r.Attributions[i].Claim {
			x.claims = append(x.claims, claim{c, i})
		}
	}
	sortClaims(x.claims)
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
	k, hi := 0, len(x.claims)
	for k < hi {
		m := int(uint(k+hi) >> 1)
		if x.claims[m].Start <= s.Start {
			k = m + 1
		} else {
			hi = m
		}
	}
	for k--; k >= 0 && x.maxEnd[k] >= s.End; k-- {
		if x.claims[k].Contains(s) {
			return &x.attrs[x.claims[k].a]
		}
	}
	return nil
}

// sortClaims sorts claims stably by start: insertion sorts of short runs,
// then bottom-up merges. It is written out because a generic sort from
// package slices adds its code to the WebAssembly build for each type.
func sortClaims(cs []claim) {
	const run = 16
	for lo := 0; lo < len(cs); lo += run {
		hi := min(lo+run, len(cs))
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && cs[j].Start < cs[j-1].Start; j-- {
				cs[j], cs[j-1] = cs[j-1], cs[j]
			}
		}
	}
	if len(cs) <= run {
		return
	}
	src, dst := cs, make([]claim, len(cs))
	for w := run; w < len(cs); w *= 2 {
		for lo := 0; lo < len(cs); lo += 2 * w {
			mid, hi := min(lo+w, len(cs)), min(lo+2*w, len(cs))
			i, j, k := lo, mid, lo
			for ; i < mid && j < hi; k++ {
				if src[j].Start < src[i].Start {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	copy(cs, src)
}
