package sources

import (
	_ "embed"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
)

// The word lists are data (lexicon/*.txt); this file only loads them into
// the lookups the cue, phrase and entity code share.

var (
	//go:embed lexicon/cues.txt
	cueData string
	//go:embed lexicon/function.txt
	functionData string
	//go:embed lexicon/nouns.txt
	nounData string
	//go:embed lexicon/titles.txt
	titleData string
	//go:embed lexicon/orgwords.txt
	orgWordData string
	//go:embed lexicon/places.txt
	placeData string
	//go:embed lexicon/firstnames.txt
	firstNameData string
	//go:embed lexicon/notsources.txt
	notSourceData string
	//go:embed lexicon/anonymous.txt
	anonymousData string
	//go:embed lexicon/claimnouns.txt
	claimNounData string
	//go:embed lexicon/speechnouns.txt
	speechNounData string
	//go:embed lexicon/roles.txt
	roleData string
)

// role is one of the small word lists of lexicon/roles.txt, as a bit.
type role uint16

const (
	rDetHead role = 1 << iota
	rQuant
	rPostmod
	rLinkPrep
	rParticle
	rReportPart
	rClausePrep
	rAdjectival
	rPast
	rAnySubj
	rJoiner
	rToSay
	rTakenTo
)

var roleNames = [...]string{"dethead", "quant", "postmod", "linkprep", "particle", "reportpart", "clauseprep",
	"adjectival", "past", "anysubj", "joiner", "tosay", "takento"}

// roles maps each word of lexicon/roles.txt to the lists it is in.
var roles = func() map[string]role {
	m := map[string]role{}
	for _, e := range lexicon.Parse(roleData) {
		for _, name := range strings.Fields(e.Tag) {
			for i, n := range roleNames {
				if n == name {
					m[e.Phrase] |= 1 << i
				}
			}
		}
	}
	return m
}()

// is reports whether word w is in list r.
func is(w string, r role) bool { return roles[w]&r != 0 }

// cueClass says which kinds of subject a cue accepts.
type cueClass uint8

const (
	speech  cueClass = iota // anyone or anything that can speak or write
	belief                  // a person, group or body that holds a view
	finding                 // a document, poll or researcher
)

// cueInfo is one cue entry: its class and its syntactic flags.
type cueInfo struct {
	class cueClass
	inv   bool // may follow its subject: "…, said Kim"
	ger   bool // participle: "…, saying …" takes its clause's subject
	base  bool // bare form: not an attribution after "to"
	claim bool // only with a claim as object: "rejected the claim"
	adj   bool // an adjective after "is", before "that": "is confident that"
	quote bool // only with a quotation soon after: "slammed it as “a joke”"
}

// wclass is a word class of the closed-class list (lexicon/function.txt),
// wNone for any other word.
type wclass uint8

const (
	wNone wclass = iota
	wDet
	wPron
	wAux
	wBe
	wPrep
	wConj
	wWh
	wStop
	wTime
)

// classTags are the tags of function.txt, indexed by wclass.
var classTags = [...]string{"", "det", "pron", "aux", "be", "prep", "conj", "wh", "stop", "time"}

// Tags of the other lists.
const (
	nPers  = "person"
	nPeop  = "people"
	nOrg   = "org"
	nDoc   = "doc"
	gMale  = "m"
	gFem   = "f"
	anPhr  = "phrase"
	anHead = "head"
)

var (
	cues          *lexicon.Phrases
	cueByTag      = map[string]cueInfo{}
	funcWords     = lexicon.Set(functionData)
	nounTypes     = lexicon.Set(nounData)
	titles        = lexicon.Set(titleData)
	orgWords      = lexicon.Set(orgWordData)
	placeWords    = lexicon.Set(placeData)
	firstNames    = lexicon.Set(firstNameData)
	notSources    = lexicon.Set(notSourceData)
	claimNouns    = lexicon.Set(claimNounData)
	speechNouns   = lexicon.Set(speechNounData)
	triggers      = map[string]uint8{"according": tAccording, "per": tAccording}
	anonHeads     = map[string]bool{}
	anonPhrases   *lexicon.Phrases
	anonFirstWord = map[string]bool{}
)

// funcCodes maps each closed-class word to its class.
var funcCodes = func() map[string]wclass {
	m := make(map[string]wclass, len(funcWords))
	for w, tag := range funcWords {
		for i, t := range classTags {
			if t == tag {
				m[w] = wclass(i)
			}
		}
	}
	return m
}()

// maxFuncWord is the byte length of the longest closed-class word, so that
// longer tokens skip the lookup.
var maxFuncWord = func() int {
	n := 0
	for w := range funcWords {
		n = max(n, len(w)+2) // a typographic apostrophe is two bytes longer
	}
	return n
}()

func init() {
	cues = lexicon.NewPhrases(cueData)
	for _, e := range lexicon.Parse(cueData) {
		f := strings.Fields(e.Tag)
		var c cueInfo
		if len(f) > 0 {
			switch f[0] {
			case "belief":
				c.class = belief
			case "finding":
				c.class = finding
			}
			for _, flag := range f[1:] {
				switch flag {
				case "inv":
					c.inv = true
				case "ger":
					c.ger = true
				case "base":
					c.base = true
				case "claimobj":
					c.claim = true
				case "adj":
					c.adj = true
				case "quote":
					c.quote = true
				}
			}
		}
		cueByTag[e.Tag] = c
		triggers[strings.ToLower(strings.Fields(e.Phrase)[0])] |= tCue
	}
	for w := range speechNouns {
		triggers[w] |= tSpeechNoun
	}
	var phrases []string
	for _, e := range lexicon.Parse(anonymousData) {
		if e.Tag == anHead {
			anonHeads[e.Phrase] = true
		} else {
			phrases = append(phrases, e.Phrase)
			anonFirstWord[strings.Fields(e.Phrase)[0]] = true
		}
	}
	anonPhrases = lexicon.NewPhrases(strings.Join(phrases, "\n"))
}

// lower returns a token's lower-cased text with a typographic apostrophe
// made straight, so "didn’t" finds "didn't" in the lists. It allocates only
// for the rare token that has one.
func lower(s string) string {
	if strings.IndexByte(s, 0xE2) >= 0 && strings.Contains(s, "’") {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// Bits of triggers, the words that open an attribution: one lookup per
// word tells the sentence scanner whether to look closer.
const (
	tCue        = 1 << iota // the first word of a cue: "said", "according"
	tSpeechNoun             // a noun of saying after a possessive: "claim"
	tAccording              // "according to"; "per" after a comma
)
