package boilerplate

import (
	"math"

	"github.com/siftnews/sift/internal/analyze/text"
)

// Photo galleries. A slideshow pasted with its page numbers every slide
// ("1/50 United goin down", "2 of 12") and a caption under each: the
// captions are full sentences, often more words than the article, and
// would pull the body into the gallery. The counters give it away: several
// lines start with a count out of the same total. From the first such line
// to the caption after the last, the gallery's lines weigh nothing, so
// that the article's parts on either side still join into one body, and
// they are boilerplate wherever they stand.

// minSlides is the fewest counted slides that make a gallery.
const minSlides = 3

// slideCounter returns the count and total a line starts with ("7/50",
// "7 of 50"), or ok false. A date ("9/11/13") is no counter.
func slideCounter(doc *text.Document, toks []text.Token) (k, n int, ok bool) {
	if len(toks) < 3 || toks[0].Kind != text.Number || toks[2].Kind != text.Number {
		return 0, 0, false
	}
	switch {
	case toks[1].In(doc.Text) == "/" && !toks[1].SpaceBefore && !toks[2].SpaceBefore:
	case toks[1].LowerIs(doc.Lower, "of"):
	default:
		return 0, 0, false
	}
	if len(toks) > 3 && !toks[3].SpaceBefore {
		return 0, 0, false // 9/11/13, 1/2.5
	}
	k, ok1 := atoi(toks[0].In(doc.Text))
	n, ok2 := atoi(toks[2].In(doc.Text))
	if !ok1 || !ok2 || k < 1 || k > n {
		return 0, 0, false
	}
	return k, n, true
}

// atoi returns the value of a number token made only of digits, and false
// for decimals, grouped digits ("1,000") and values beyond an int, as
// strconv.Atoi does for such tokens (they start with a digit, so have no
// sign). Atoi was linked for this alone: 1.7 kB of gzipped wasm.
func atoi(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		d := int(s[i] - '0')
		if s[i] < '0' || s[i] > '9' || v > (math.MaxInt-d)/10 {
			return 0, false
		}
		v = v*10 + d
	}
	return v, len(s) > 0
}

// markGalleries sets gallery on the lines of galleries and their weight in
// w to zero.
func markGalleries(doc *text.Document, lines []lineInfo, w []float64) {
	type run struct{ count, first, last int }
	runs := make(map[int]*run)
	for i := range lines {
		li := &lines[i]
		_, n, ok := slideCounter(doc, doc.Tokens[li.First:li.Last])
		if !ok {
			continue
		}
		if r := runs[n]; r != nil {
			r.count++
			r.last = i
		} else {
			runs[n] = &run{1, i, i}
		}
	}
	for _, r := range runs {
		if r.count < minSlides {
			continue
		}
		end := min(r.last+2, len(lines))
		for i := r.first; i < end; i++ {
			lines[i].gallery = true
			w[i] = 0
		}
	}
}
