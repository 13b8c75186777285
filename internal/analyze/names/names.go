// Package names finds name mentions that are probably misspellings of a name
// written otherwise in the same text, and speakers cited but never
// introduced.
//
// Spell checkers are no use on names: every rare name is unknown to them.
// Names instead compares the names of one text with each other. It reads
// the capitalized words with their titles and particles ("Defense Minister
// Shin Won-sik", "Ursula von der Leyen", "al-Assad"), groups them by
// spelling (the full name, the surname alone and the possessive all count
// for "Obama"), and finds, through an index of one-letter deletions, the
// spellings one typing slip apart: a letter changed, dropped, added or two
// swapped. Of such a pair the rarer is reported, with the other as its
// canonical spelling; between two written equally often, the one that
// needs the less likely slip (a letter added that neither doubles nor
// neighbours another is rarer than one dropped) or whose letters read
// clearly less like English, and neither when nothing tells. Pairs that are not slips are left alone:
// inflections and demonyms ("Korea", "Korean"), names that differ in their
// first or last letter ("Walton", "Dalton"), real names of their own
// ("Iran", "Iraq"), two people the text introduces apart ("Ann Whitaker",
// "Anne Delacroix"), ordinary words, acronyms, months and days. Context
// overrules the letters: a slip at the edge of a name, in a short name or
// into a real name counts when the spelling sits in a full name with the
// other's words ("Kim Jong Um" beside "Kim Jong Un", "Patrick Alan" beside
// "Patrick Allan") or, at the edge, against a name the text repeats.
//
// A speaker cited by surname alone ("Sika said") whom the text names
// nowhere else is reported when it resembles a person the text does
// introduce ("Defense Minister Shin Won-sik"), the likely victim of a
// rewrite.
//
// The cost is linear in the text: each spelling is looked up under as many
// keys as it has letters, and a speaker is compared with a bounded number
// of people.
package names

import (
	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/sources"
)

// Analyzer marks possible misspelled names.
var Analyzer = &analysis.Analyzer{
	Name:     "names",
	Doc:      "Names marks mentions that are probably misspellings of a name written otherwise in the text.",
	Kinds:    []analysis.Kind{analysis.KindNameVariant},
	Requires: []*analysis.Analyzer{sources.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) any {
	doc := pass.Doc
	src, _ := pass.ResultOf[sources.Analyzer].(*sources.Result)

	// Boilerplate is read too: a byline or a caption spells the names of
	// the story, and the driver drops what is reported inside it.
	words, mentions := scan(doc)
	t := tally(doc, words, mentions)
	spellings, of := t.spellings, t.of
	variants := findVariants(t)

	reported := make(map[int]bool) // by word start
	report := func(w *word, canonical, why string) {
		if reported[w.span.Start] {
			return
		}
		reported[w.span.Start] = true
		pass.Report(analysis.Finding{
			Kind: analysis.KindNameVariant, Start: w.span.Start, End: w.span.End,
			Canonical: canonical, Why: why,
		})
	}
	for i := range words {
		if v, ok := variants[spellings[of[i]]]; ok {
			report(&words[i], v.canonical.form, why(spellings[of[i]], v))
		}
	}
	speakers := findSpeakers(doc, mentions, src)
	unintroduced(doc, words, mentions, t, speakers, report)
	return nil
}
