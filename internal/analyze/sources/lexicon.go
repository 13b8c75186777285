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
)

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

// Word classes of the closed-class list.
const (
	wDet   = "det"
	wPron  = "pron"
	wAux   = "aux"
	wBe    = "be"
	wPrep  = "prep"
	wConj  = "conj"
	wWh    = "wh"
	wStop  = "stop"
	wTime  = "time"
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
	cueWords      = map[string]bool{}
	anonHeads     = map[string]bool{}
	anonPhrases   *lexicon.Phrases
	anonFirstWord = map[string]bool{}
)

// classNames lists the closed-class tags, "" first; classIndex finds one.
var classNames = func() []string {
	names := []string{""}
	for _, tag := range funcWords {
		if classIndex0(names, tag) < 0 {
			names = append(names, tag)
		}
	}
	return names
}()

func classIndex0(names []string, tag string) int {
	for i, n := range names {
		if n == tag {
			return i
		}
	}
	return -1
}

// funcCodes maps each closed-class word to its tag's index in classNames.
var funcCodes = func() map[string]uint8 {
	m := make(map[string]uint8, len(funcWords))
	for w, tag := range funcWords {
		m[w] = uint8(classIndex0(classNames, tag))
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
		cueWords[strings.ToLower(strings.Fields(e.Phrase)[0])] = true
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
