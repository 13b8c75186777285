// Package figures finds quantities as written ("nearly five million
// shells", "$24.5 billion", "4%", "dozens of missiles") with their value,
// unit, qualifier and source.
//
// A figure's span covers the number and what it counts or measures: the
// currency ("$24.5 billion", "450,000 yen"), the unit ("180 kilometers",
// "4%") or the counted noun ("five million shells", "dozens of
// missiles"), but not the qualifier before it ("nearly", "up to"), which
// goes in Approx; the hedges analyzer marks those words on their own.
//
// Values: scale words and abbreviations are applied ("$5bn" is 5e9), words
// are read as numbers ("two hundred and five", "half a dozen", "two
// thirds"), a ratio ("1 in 5", "one out of three") is its fraction, a range
// ("3 to 5 million", "3-5%") has the value of its lower end and says both
// ends in Why, and vague quantities ("dozens", "thousands of") have no
// value.
//
// Units: money is its ISO code ("USD", "EUR"; "$" alone is USD), a unit of
// measure its symbol ("km", "%", "°C", "percentage points"), a counted
// noun the noun in lower case ("shells"). Approx is the qualifier in lower
// case, written before the figure ("nearly", "up to", "more than") or,
// when there is none, after it ("or more", "or so", "-plus").
//
// Years, dates, clock times, numbers in names and references, list
// numbers, phone numbers, codes and ordinals are not figures; context.go
// holds those rules. Number words, units, currencies and qualifiers are
// data files under lexicon/.
package figures

import (
	"math"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Analyzer marks figures.
var Analyzer = &analysis.Analyzer{
	Name:     "figures",
	Doc:      "Figures marks every quantity with its value, unit, qualifier and source.",
	Kinds:    []analysis.Kind{analysis.KindFigure},
	Requires: []*analysis.Analyzer{sources.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) any {
	res, _ := pass.ResultOf[sources.Analyzer].(*sources.Result)
	doc := pass.Doc
	s := &scanner{doc: doc, toks: doc.Tokens, txt: doc.Text, low: doc.Lower}
	for i := 0; i < len(s.toks); {
		if !s.mayStart(i) {
			i++
			continue
		}
		f, ok, next := s.at(i)
		if ok && f.end > f.first {
			report(pass, res, &f, s)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return nil
}

func report(pass *analysis.Pass, res *sources.Result, f *figure, s *scanner) {
	span := text.Span{Start: s.toks[f.first].Start, End: s.toks[f.end-1].End}
	out := analysis.Finding{
		Kind:   analysis.KindFigure,
		Start:  span.Start,
		End:    span.End,
		Unit:   f.unit,
		Approx: f.approx,
	}
	if v := f.value; !f.vague && !math.IsNaN(v) && !math.IsInf(v, 0) && !math.IsNaN(f.hi) && !math.IsInf(f.hi, 0) {
		out.Value = s.newValue(v)
	} else if !f.vague {
		return // "1e999" overflows: not a quantity anyone wrote
	}
	if a := res.For(span); a != nil {
		out.Source = a.Name
	}
	out.Why = why(f, s.doc.Text[span.Start:span.End], out.Source)
	pass.Report(out)
}

// newValue returns a pointer to a copy of v, taken from a block shared by
// the figures of one text: one allocation per 64 figures, not one each.
func (s *scanner) newValue(v float64) *float64 {
	if len(s.values) == cap(s.values) {
		s.values = make([]float64, 0, 64)
	}
	s.values = append(s.values, v)
	return &s.values[len(s.values)-1]
}
