package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/siftnews/sift/internal/analyze"
)

func lineGold(it *Item) bool {
	for _, g := range it.Gold {
		if g.Kind == "line" {
			return true
		}
	}
	return false
}

// scoreLines scores the boilerplate class over an item's labeled lines: a
// line counts as predicted boilerplate when at least half its bytes lie under
// boilerplate findings. It also scores the text Sift keeps (the lines not
// predicted boilerplate) against the gold article lines as bags of words.
func scoreLines(r *result, it *Item, findings []analyze.Finding, o options) {
	var covered [][2]int
	for _, f := range findings {
		if f.Kind == "boilerplate" {
			covered = append(covered, [2]int{f.Start, f.End})
		}
	}
	covered = merge(covered)
	variant := it.Variant
	if variant == "" {
		variant = "all"
	}
	if r.linesBy[variant] == nil {
		r.linesBy[variant] = &Counts{}
	}
	var kept, article []string
	for _, g := range it.Gold {
		if g.Kind != "line" {
			continue
		}
		isGold := g.Label == "boilerplate"
		isPred := 2*coverage(covered, g.Start, g.End) >= g.End-g.Start
		r.lines.add(sentenceCounts(isPred, isGold))
		r.linesBy[variant].add(sentenceCounts(isPred, isGold))
		line := it.Text[g.Start:g.End]
		if !isPred {
			kept = append(kept, line)
		}
		if !isGold {
			article = append(article, line)
		}
		if o.verbose && isPred != isGold {
			what := "FP"
			if isGold {
				what = "FN"
			}
			fmt.Fprintf(o.out, "  %s boilerplate %s %q\n", what, it.ID, clip(line, 100))
		}
	}
	if r.tokens[variant] == nil {
		r.tokens[variant] = &Counts{}
	}
	c := bagOverlap(words(kept), words(article))
	r.tokens[variant].add(c)
	_, _, f := c.PRF()
	r.tokenF1[variant] = append(r.tokenF1[variant], f)
}

// merge sorts and joins overlapping intervals.
func merge(iv [][2]int) [][2]int {
	sort.Slice(iv, func(a, b int) bool { return iv[a][0] < iv[b][0] })
	var out [][2]int
	for _, x := range iv {
		if n := len(out); n > 0 && x[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], x[1])
		} else {
			out = append(out, x)
		}
	}
	return out
}

// coverage returns how many bytes of [start,end) the merged intervals cover.
func coverage(iv [][2]int, start, end int) int {
	n := 0
	for _, x := range iv {
		if o := min(x[1], end) - max(x[0], start); o > 0 {
			n += o
		}
	}
	return n
}

func words(lines []string) map[string]int {
	m := map[string]int{}
	for _, l := range lines {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[strings.ToLower(w)]++
		}
	}
	return m
}

// bagOverlap scores predicted words against gold words as multisets.
func bagOverlap(pred, gold map[string]int) Counts {
	var c Counts
	for w, n := range pred {
		g := gold[w]
		c.TP += min(n, g)
		c.FP += max(0, n-g)
	}
	for w, g := range gold {
		c.FN += max(0, g-pred[w])
	}
	return c
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
