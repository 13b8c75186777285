package boilerplate_test

import (
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze"
	"github.com/siftnews/sift/internal/analyze/analysis"
)

// A page of our own with furniture that only its markup gives away: the
// aside's promotion is a full sentence, which plain text alone would keep.
const htmlPage = `<!DOCTYPE html>
<html><head><title>Orchard wins county prize</title>
<script>window.tracking = "<p>not text</p>";</script>
<style>.share { color: red }</style></head>
<body>
<header class="site-header"><a href="/">The Valley Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/food">Food</a></li></ul></nav></header>
<main><article>
<header><h1>Hillside orchard wins the county&rsquo;s apple prize</h1><p class="byline">By Ruth Adebayo</p></header>
<div class="share-tools"><a>Share</a> <a>Email</a></div>
<p>A family orchard on the north slope of the valley has won the county fair&rsquo;s top prize for its cider apples, beating growers who have entered the contest for decades.</p>
<p>The judges praised the fruit&rsquo;s balance of sweetness and acid, and said the orchard had recovered remarkably well from the late frost that ruined much of last spring&rsquo;s blossom.</p>
<p>The owners, who planted the first trees in 1998, said they would spend the prize money on a new press and on netting to keep birds off the young trees.</p>
<figure><img src="a.jpg" alt=""><figcaption>Photo: Ruth Adebayo</figcaption></figure>
</article>
<aside class="promo"><p>Our weekly food newsletter brings you the best recipes and market news from around the valley.</p></aside>
</main>
<footer><p>&copy; 2026 The Valley Courier</p></footer>
</body></html>`

func TestAnalyzeHTML(t *testing.T) {
	plain, r, err := analyze.AnalyzeHTML(htmlPage)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain, "not text") || strings.Contains(plain, "color: red") || strings.Contains(plain, "<p>") {
		t.Errorf("script, style or markup left in the text:\n%s", plain)
	}
	covered := func(s string) bool {
		i := strings.Index(plain, s)
		if i < 0 {
			t.Fatalf("%q not in the text:\n%s", s, plain)
		}
		for _, f := range r.Findings {
			if f.Kind == analysis.KindBoilerplate && f.Start <= i && i+len(s) <= f.End {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		"The Valley Courier\n", "News", "Share Email",
		"Our weekly food newsletter brings you the best recipes and market news from around the valley.",
		"© 2026 The Valley Courier",
	} {
		if !covered(s) {
			t.Errorf("%q not marked boilerplate", s)
		}
	}
	for _, s := range []string{
		"Hillside orchard wins the county’s apple prize", "By Ruth Adebayo",
		"A family orchard on the north slope", "The judges praised", "The owners, who planted",
	} {
		if covered(s) {
			t.Errorf("article text %q marked boilerplate", s)
		}
	}
}

// A class name can mislead: here the article's own container says
// "comments". The article must survive, and the menu still be marked.
func TestAnalyzeHTMLMisleadingClass(t *testing.T) {
	page := `<nav><a>Home</a><a>Markets</a></nav><div class="story-body comments-open">
<h1>Ferry fares to rise in spring</h1>
<p>Ferry fares across the bay will rise by six percent in April, the operator said on Monday, citing fuel costs and the price of new life jackets required by the regulator.</p>
<p>Season ticket holders will keep their current prices until their tickets run out, and children under twelve will still travel free on weekend crossings.</p>
</div>`
	plain, r, err := analyze.AnalyzeHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Kind != analysis.KindBoilerplate {
			continue
		}
		if strings.Contains(f.Text, "Ferry fares across the bay") || strings.Contains(f.Text, "Season ticket holders") {
			t.Errorf("article paragraph marked %s: %q", f.Reason, f.Text)
		}
	}
	menu := strings.Index(plain, "HomeMarkets")
	marked := false
	for _, f := range r.Findings {
		if f.Kind == analysis.KindBoilerplate && f.Start <= menu && menu < f.End {
			marked = true
		}
	}
	if menu < 0 || !marked {
		t.Errorf("menu not marked in:\n%s", plain)
	}
}
