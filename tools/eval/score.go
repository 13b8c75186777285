package main

import (
	"math"
	"sort"

	"github.com/siftnews/sift/internal/analyze"
)

// Counts accumulates one kind's span matches.
type Counts struct {
	TP, FP, FN int
	// ValueChecked counts matched pairs where the gold has a value; ValueOK
	// those where the prediction's value agrees.
	ValueChecked, ValueOK int
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.ValueChecked += o.ValueChecked
	c.ValueOK += o.ValueOK
}

// PRF returns precision, recall and F1; empty denominators count as 1 for
// precision and recall so that a kind absent on both sides scores perfect.
func (c Counts) PRF() (p, r, f float64) {
	return prf(c.TP, c.FP, c.FN)
}

func prf(tp, fp, fn int) (p, r, f float64) {
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// pair is a matched prediction and gold span.
type pair struct{ pred, gold int }

// matchSpans pairs predictions with gold spans one to one by overlap,
// largest overlap first; ties go to the earlier span, so results are stable.
func matchSpans(pred []analyze.Finding, gold []Gold) (pairs []pair, unmatchedPred, unmatchedGold []int) {
	type cand struct{ overlap, p, g int }
	var cands []cand
	for i, p := range pred {
		for j, g := range gold {
			if o := min(p.End, g.End) - max(p.Start, g.Start); o > 0 {
				cands = append(cands, cand{o, i, j})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.overlap != y.overlap {
			return x.overlap > y.overlap
		}
		if x.p != y.p {
			return x.p < y.p
		}
		return x.g < y.g
	})
	usedP := make([]bool, len(pred))
	usedG := make([]bool, len(gold))
	for _, c := range cands {
		if !usedP[c.p] && !usedG[c.g] {
			usedP[c.p], usedG[c.g] = true, true
			pairs = append(pairs, pair{c.p, c.g})
		}
	}
	for i, u := range usedP {
		if !u {
			unmatchedPred = append(unmatchedPred, i)
		}
	}
	for j, u := range usedG {
		if !u {
			unmatchedGold = append(unmatchedGold, j)
		}
	}
	return pairs, unmatchedPred, unmatchedGold
}

// sameValue compares a predicted value with gold, with a relative
// tolerance that accepts rounded fractions ("two thirds" as 0.666666666666667).
func sameValue(pred *float64, gold float64) bool {
	if pred == nil {
		return false
	}
	return math.Abs(*pred-gold) <= 1e-6*math.Max(1, math.Abs(gold))
}
