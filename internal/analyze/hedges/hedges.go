// Package hedges finds words and phrases that signal uncertainty or lean on
// unnamed authority ("likely", "is believed to", "some experts say"), told
// apart from their plain senses ("could not", "about the war").
//
// Four kinds of hedge are reported, in Finding.CueType:
//
//   - epistemic: possibility and inference ("may", "likely", "appears to",
//     "suggests", "no evidence");
//   - doxastic: belief, expectation and allegation ("is believed to",
//     "regarded as", "expected to", "alleged", "reportedly");
//   - approximator: a qualifier on a quantity ("nearly", "up to", "about",
//     "some"), marked alone; the figures analyzer marks the number;
//   - weasel: unnamed authority ("some experts say", "critics argue", "it is
//     said"), marked with its reporting verb, since the vagueness lies in the
//     pair. When that verb is itself a belief or inference cue ("many
//     believe", "it has been suggested"), the cue is also reported on its
//     own, nested inside the weasel: the reader learns both that nobody is
//     named and that what follows is held, not shown.
//
// Spans follow the annotation of the Szeged Uncertainty Corpus: cues are
// short ("believed" alone in "is believed to"), and a few fixed phrases are
// one span ("no evidence", "not clear", "in all likelihood", "remains to be
// seen", "could not be independently verified"). Conditions ("if", a
// conditional "would") and open questions ("whether") are not hedges here,
// and "would", "will" and "should" never are.
//
// Word lists (lexicon/*.txt) find candidates; sense rules over the
// neighbouring tokens (sense.go) decide whether each use carries doubt: the
// month "May", the noun "might" and the name "All Might" do not, nor
// "could" of past ability or negated ("could not find"), nor "suggested" of
// a person proposing, nor "can" of plain ability, nor "some" or "about"
// without a number. Each rule reads a few tokens either side of the cue and
// the sentence bounds, never the whole text, so the cost is linear.
//
// A hedge inside an attributed quotation carries the speaker's name in
// Finding.Source, from the sources analyzer's result.
package hedges

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/lexicon"
	"github.com/siftnews/sift/internal/analyze/sources"
	"github.com/siftnews/sift/internal/analyze/text"
)

// Analyzer marks hedges.
var Analyzer = &analysis.Analyzer{
	Name:     "hedges",
	Doc:      "Hedges marks cues of uncertainty and of claims leaning on unnamed authority.",
	Kinds:    []analysis.Kind{analysis.KindHedge},
	Requires: []*analysis.Analyzer{sources.Analyzer},
	Run:      run,
}

// Cue types, the values of Finding.CueType.
const (
	Epistemic    = "epistemic"
	Doxastic     = "doxastic"
	Approximator = "approximator"
	Weasel       = "weasel"
)

// reporter fills in what every hedge finding shares.
type reporter struct {
	pass   *analysis.Pass
	claims *sources.Result
	// whys holds the explanation built for each cue as written, so that a
	// text repeating "may" a hundred times builds its sentence once.
	whys map[whyKey]string
}

type whyKey struct{ cue, sense string }

func (r *reporter) report(s text.Span, cueType, sense string) {
	f := analysis.Finding{
		Kind:    analysis.KindHedge,
		Start:   s.Start,
		End:     s.End,
		CueType: cueType,
		Why:     r.why(r.pass.Doc.Text[s.Start:s.End], sense),
	}
	if r.pass.Doc.InQuote(s) {
		if a := r.claims.For(s); a != nil {
			f.Source = a.Name
		}
	}
	r.pass.Report(f)
}

// init checks that every rule the lexicon names exists, so that a typo in
// a data file fails every test instead of one sentence in production.
func init() {
	for _, e := range lexicon.Parse(cueData) {
		f := strings.Fields(e.Tag)
		if len(f) != 3 {
			panic("hedges: lexicon/cues.txt: " + e.Phrase + ": want \"class rule sense\", have " + e.Tag)
		}
		if _, ok := rules[f[1]]; !ok {
			panic("hedges: lexicon/cues.txt: " + e.Phrase + ": unknown rule " + f[1])
		}
		if _, ok := whys[f[2]]; !ok {
			panic("hedges: lexicon/cues.txt: " + e.Phrase + ": unknown sense " + f[2])
		}
		switch f[0] {
		case Epistemic, Doxastic, Weasel:
		default:
			panic("hedges: lexicon/cues.txt: " + e.Phrase + ": unknown cue type " + f[0])
		}
	}
}

func run(pass *analysis.Pass) any {
	res, _ := pass.ResultOf[sources.Analyzer].(*sources.Result)
	r := &reporter{pass: pass, claims: res, whys: make(map[whyKey]string)}
	doc := pass.Doc
	// One window, reset per sentence: the rules take it by pointer, and a
	// fresh one per sentence would cost an allocation each.
	w := &window{toks: doc.Tokens, txt: doc.Text, low: doc.Lower}
	for _, s := range doc.Sentences {
		*w = window{toks: doc.Tokens, txt: doc.Text, low: doc.Lower, lo: s.First, hi: s.Last, cond: -1}
		for i := w.lo; i < w.hi; {
			var start starter
			if low := w.toks[i].In(w.low); startFilter.MayHave(low) {
				start = starts[low]
			}
			if start == 0 {
				i++
				continue
			}
			if start&startWeasel != 0 {
				if n := weasel(w, i); n > 0 {
					r.report(w.span(i, n), Weasel, Weasel)
				}
			}
			if start&startApprox != 0 {
				if n := approximator(w, i); n > 0 {
					r.report(w.span(i, n), Approximator, Approximator)
					i += n
					continue
				}
			}
			if start&startCue != 0 {
				if n, cueType, sense := cue(w, i); n > 0 {
					r.report(w.span(i, n), cueType, sense)
					i += n
					continue
				}
			}
			i++
		}
	}
	return nil
}

// span returns the byte span of tokens i to i+n-1.
func (w *window) span(i, n int) text.Span {
	return text.Span{Start: w.toks[i].Start, End: w.toks[i+n-1].End}
}

// cue returns the length in tokens, the class and the sense of the
// uncertainty cue at token i, or 0 when there is none or its use there is a
// plain sense. The tag is "class rule sense", checked at start-up.
func cue(w *window, i int) (n int, cueType, sense string) {
	n, tag := cues.Match(w.low, w.toks[:w.hi], i)
	if n == 0 {
		return 0, "", ""
	}
	cueType, rest, _ := strings.Cut(tag, " ")
	rule, sense, _ := strings.Cut(rest, " ")
	if !rules[rule](w, i) {
		return 0, "", ""
	}
	return n, cueType, sense
}

func (r *reporter) why(cue, sense string) string {
	k := whyKey{cue, sense}
	s, ok := r.whys[k]
	if !ok {
		s = "\u201c" + cue + "\u201d " + whys[sense]
		r.whys[k] = s
	}
	return s
}

// whys finish the one-sentence explanation of a hedge, after the cue in
// quotation marks, by its sense (the third field of lexicon/cues.txt) or,
// for approximators and weasels, by its cue type.
var whys = map[string]string{
	"possibility": "presents this as a possibility, not a fact.",
	"likelihood":  "rates this as probable, not certain.",
	"seeming":     "says how things look, not that they are so.",
	"inference":   "draws a conclusion from evidence that falls short of proof.",
	"unknown":     "says the matter is not known or not settled.",
	"belief":      "reports a belief or judgement, not an established fact.",
	"expectation": "reports an expectation of what will happen, not a fact.",
	"allegation":  "passes on an allegation or hearsay that is not proven.",
	Approximator:  "qualifies the figure: the number is approximate or a bound, not an exact count.",
	Weasel:        "leans on unnamed authority: the text does not say who holds this view.",
}
