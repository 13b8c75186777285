package hedges

import (
	_ "embed"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
)

// The word lists are data: lexicon/*.txt, read once at start-up and
// described in lexicon/README.md.
var (
	//go:embed lexicon/cues.txt
	cueData string
	//go:embed lexicon/words.txt
	wordData string
	//go:embed lexicon/ability.txt
	abilityData string
	//go:embed lexicon/permission.txt
	permissionData string
	//go:embed lexicon/sets.txt
	setData string
	//go:embed lexicon/weasels.txt
	weaselData string
	//go:embed lexicon/approximators.txt
	approxData string
	//go:embed lexicon/numbers.txt
	numberData string
)

var (
	// cues matches uncertainty cues; a tag is "class rule".
	cues = lexicon.NewPhrases(cueData)
	// classes maps a lower-cased word to the word classes it belongs to.
	classes = wordClasses(wordData)
	// ability holds verbs that after "could" tell of past ability.
	ability = lexicon.Set(abilityData)
	// permission holds verbs that after "may" tell of leave, not chance.
	permission = lexicon.Set(permissionData)

	weaselSubjects = lexicon.NewPhrases(section(weaselData, "subject"))
	weaselQuants   = lexicon.NewPhrases(section(weaselData, "quant"))
	weaselVerbs    = lexicon.NewPhrases(section(weaselData, "verb"))
	weaselPassives = lexicon.Set(section(weaselData, "passive"))

	approximators = lexicon.NewPhrases(approxData)
	numberWords   = lexicon.NewPhrases(numberData)
)

// starter says which detectors may find something starting at a word.
type starter uint8

const (
	startCue starter = 1 << iota
	startApprox
	startWeasel
)

// starts maps every word that can open a cue, an approximator or a weasel
// to the detectors to try there. One map access per token rules out the
// great majority of tokens before any detector runs.
var starts = func() map[string]starter {
	m := make(map[string]starter)
	add := func(data string, s starter) {
		for _, e := range lexicon.Parse(data) {
			if w := lexicon.Split(strings.ToLower(e.Phrase)); len(w) > 0 {
				m[w[0]] |= s
			}
		}
	}
	add(cueData, startCue)
	add(approxData, startApprox)
	add(section(weaselData, "subject"), startWeasel)
	add(section(weaselData, "quant"), startWeasel)
	m["it"] |= startWeasel
	for w, c := range classes {
		if c&clBe != 0 {
			m[w] |= startWeasel // "is said to"
		}
	}
	m["according"] |= startWeasel
	for w := range m {
		startFilter.Add(w)
	}
	return m
}()

// startFilter turns most tokens away before the lookup in starts.
var startFilter lexicon.Filter

// class is a set of word classes, one bit each.
type class uint16

const (
	clBe   class = 1 << iota // a form of "be"
	clTo                     // infinitive "to"
	clDet                    // determiner, possessive or noun-making adjective
	clPron                   // personal pronoun
	clSub                    // opens a clause of time, place or purpose
	clCond                   // opens a condition
	clNeg                    // negation
	clAdv                    // adverb that may sit inside a verb group
)

var classNames = map[string]class{
	"be": clBe, "to": clTo, "det": clDet, "pron": clPron,
	"sub": clSub, "cond": clCond, "neg": clNeg, "adv": clAdv,
}

func wordClasses(data string) map[string]class {
	m := make(map[string]class)
	for _, e := range lexicon.Parse(data) {
		c, ok := classNames[e.Tag]
		if !ok {
			panic("hedges: unknown word class " + e.Tag + " for " + e.Phrase)
		}
		m[strings.ToLower(e.Phrase)] |= c
	}
	return m
}

// section returns the entries of data tagged tag, as lexicon data.
func section(data, tag string) string {
	var b strings.Builder
	for _, e := range lexicon.Parse(data) {
		if e.Tag == tag {
			b.WriteString(e.Phrase)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// sets holds the small word sets of lexicon/sets.txt by name.
var sets = func() map[string]map[string]bool {
	m := make(map[string]map[string]bool)
	for _, e := range lexicon.Parse(setData) {
		if m[e.Tag] == nil {
			m[e.Tag] = make(map[string]bool)
		}
		m[e.Tag][strings.ToLower(e.Phrase)] = true
	}
	return m
}()

// wordSet returns the named set of lexicon/sets.txt; a name missing from the
// data is a programming error and stops the program at start-up.
//
// Not inlined: it runs once per set at start-up.
//
//go:noinline
func wordSet(name string) map[string]bool {
	s, ok := sets[name]
	if !ok {
		panic("hedges: lexicon/sets.txt has no set " + name)
	}
	return s
}
