package names

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// syntheticNews writes about n bytes of news-like text in which people,
// places and bodies keep appearing: each paragraph introduces new people in
// full, cites them and earlier ones by surname, and now and then misspells
// one. The number of distinct names grows with the text, as in a long feed,
// so a comparison of all pairs would show as quadratic cost.
func syntheticNews(n int, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	syllables := strings.Fields("ka lo mi ran te sun vo del ar bri chen dou fa gel hou ine jor kes lum nar ost pel qui ros sav tor uly ven wes yar zol")
	name := func() string {
		var b strings.Builder
		for k := 2 + rng.Intn(2); k > 0; k-- {
			b.WriteString(syllables[rng.Intn(len(syllables))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	titles := []string{"Defense Minister", "President", "Mr.", "Dr.", "Senator", "Governor"}
	var people []string // surnames introduced so far
	var b strings.Builder
	for b.Len() < n {
		given, family := name(), name()
		people = append(people, family)
		b.WriteString(titles[rng.Intn(len(titles))] + " " + given + " " + family + " arrived in " + name() + " on Monday for talks on the shipment of shells. ")
		old := people[rng.Intn(len(people))]
		b.WriteString("“We are watching closely,” " + family + " said, adding that " + old + "'s office had not replied. ")
		if rng.Intn(8) == 0 {
			r := []rune(old)
			if len(r) > 4 {
				r[2], r[3] = r[3], r[2]
			}
			old = string(r)
		}
		b.WriteString("According to " + old + ", the figures were checked twice by the " + name() + " Institute.\n")
	}
	return b.String()
}

func benchmarkRun(b *testing.B, size int) {
	input := syntheticNews(size, 1)
	doc := text.Parse(input)
	pass := &analysis.Pass{Analyzer: Analyzer, Doc: doc, ResultOf: map[*analysis.Analyzer]any{}, Report: func(analysis.Finding) {}}
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		run(pass)
	}
}

func BenchmarkNames100KB(b *testing.B) { benchmarkRun(b, 100<<10) }
func BenchmarkNames1MB(b *testing.B)   { benchmarkRun(b, 1<<20) }

// The synthetic text must exercise the comparison: it holds misspellings
// that the analyzer finds.
func TestSyntheticNewsHasVariants(t *testing.T) {
	input := syntheticNews(20<<10, 3)
	res, err := analysis.Run(text.Parse(input), []*analysis.Analyzer{Analyzer})
	if err != nil {
		t.Fatal(err)
	}
	if len(res[Analyzer]) == 0 {
		t.Error("no variants found in the synthetic text")
	}
}
