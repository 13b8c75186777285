package sources

import (
	_ "embed"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
)

// The word lists are data (lexicon/*.txt, described in lexicon/README.md);
// this file only loads them into the lookups the cue, phrase and entity
// code share.

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

// role is one of the small word lists of lexicon/roles.txt, as a bit;
// roleNames are the names the file tags its words with.
type role uint32

const (
	rDetHead    role = 1 << iota // dethead: stands alone as a source: "one said", "others argued"
	rQuant                       // quant: makes a bare "one" or "many" nobody in particular: "no one", "the one"
	rPostmod                     // postmod: with a preposition, modifies a source: "familiar with", "close to"
	rLinkPrep                    // linkprep: joins a modifier to a source ahead: "officials at"
	rParticle                    // particle: a lower-case word inside a name: "van der Leyen", "bin Salman"
	rReportPart                  // reportpart: follows a report before its cue: "a poll released Wednesday found"
	rClausePrep                  // clauseprep: a preposition that also opens a clause: "after Schumer said"
	rAdjectival                  // adjectival: a participle often before a noun: "suspected diet pills"
	rPast                        // past: a past cue, no noun after a possessive: "Moody's warned"
	rAnySubj                     // anysubj: a cue taking any noun as subject, its other senses needing a person anyway: "the agreement says"
	rJoiner                      // joiner: joins two clauses, no part of a claim's content
	rToSay                       // tosay: before "to say", makes the saying real: "hastened to add"
	rTakenTo                     // takento: "took to Twitter to say"
	rDegree                      // degree: before a verb's -ly adverb: "most recently said"
	rRequest                     // request: after "asked", a request: "asked not to be named"
	rObjPron                     // objpron: the object of "called it a …"
	rPlainMod                    // plainmod: leaves "the minister" pointing back: "the former minister"
	rPointsBack                  // pointsback: makes "the official" someone named before
	rGenericOrg                  // genericorg: "the company" may be any named body
	rBackRef                     // backref: opens a sentence summing up the one before: "This is what he said."
	rOfPrep                      // ofprep: joins a source noun to its body: "a spokesman for the ministry"
	rPostPrep                    // postprep: joins a postmodifier to its object: "familiar with the matter"
)

var roleNames = []string{"dethead", "quant", "postmod", "linkprep", "particle", "reportpart", "clauseprep",
	"adjectival", "past", "anysubj", "joiner", "tosay", "takento",
	"degree", "request", "objpron", "plainmod", "pointsback", "genericorg", "backref", "ofprep", "postprep"}

// roles maps each word of lexicon/roles.txt to the lists it is in.
var roles = map[string]role{}

// is reports whether word w is in list r.
func is(w string, r role) bool { return roles[w]&r != 0 }

// cueInfo is one cue entry's tag as bits: its class, which says which
// kinds of subject it accepts, and its syntactic flags (lexicon/cues.txt
// names them as in cueTags).
type cueInfo uint16

const (
	speech  cueInfo = 1 << iota // any source: a person, group, body or document
	belief                      // a person, group or body holds a view or intention
	finding                     // a document, poll or researcher found something
	cInv                        // inv: may follow its subject: "…, said Kim"
	cGer                        // ger: a participle after a comma ("…, saying …") takes its clause's subject
	cBase                       // base: a bare form, no attribution after "to"
	cClaim                      // claimobj: only with a claim as object: "rejected the claim", "dismissed the report as"
	cAdj                        // adj: an adjective after "is", only before "that": "is confident that"
	cQuote                      // quote: only with a quotation a few words on: "slammed the deal as “a disaster”"
)

// cueTags are the words of cues.txt's tags, in the order of the bits.
var cueTags = []string{"speech", "belief", "finding", "inv", "ger", "base", "claimobj", "adj", "quote"}

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
var classTags = []string{"", "det", "pron", "aux", "be", "prep", "conj", "wh", "stop", "time"}

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
	funcCodes     = map[string]wclass{}
	nounTypes     = lexicon.Set(nounData)
	titles        = lexicon.Set(titleData)
	orgWords      = lexicon.Set(orgWordData)
	placeWords    = lexicon.Set(placeData)
	firstNames    = lexicon.Set(firstNameData)
	notSources    = lexicon.Set(notSourceData)
	claimNouns    = lexicon.Set(claimNounData)
	speechNouns   = lexicon.Set(speechNounData)
	triggers      = map[string]uint8{"according": tAccording, "per": tAccording}
	triggerFilter lexicon.Filter // turns most words away before triggers
	anonHeads     = map[string]bool{}
	anonPhrases   *lexicon.Phrases
	anonFirstWord = map[string]bool{}
)

// maxFuncWord is the byte length of the longest closed-class word, so that
// longer tokens skip the lookup.
var maxFuncWord int

// tagBits returns the bits of tag's words: bit i for names[i].
func tagBits(tag string, names []string) uint {
	var b uint
	for _, w := range strings.Fields(tag) {
		for i, n := range names {
			if n == w {
				b |= 1 << i
			}
		}
	}
	return b
}

func init() {
	for _, e := range lexicon.Parse(roleData) {
		roles[e.Phrase] |= role(tagBits(e.Tag, roleNames))
	}
	// funcCodes maps each closed-class word to its class.
	for _, e := range lexicon.Parse(functionData) {
		w := strings.ToLower(e.Phrase)
		for i, t := range classTags {
			if t == e.Tag {
				funcCodes[w] = wclass(i)
			}
		}
		maxFuncWord = max(maxFuncWord, len(w)+2) // a typographic apostrophe is two bytes longer
	}
	cues = lexicon.NewPhrases(cueData)
	for _, e := range lexicon.Parse(cueData) {
		c := cueInfo(tagBits(e.Tag, cueTags))
		if c&(belief|finding) == 0 {
			c |= speech
		}
		cueByTag[e.Tag] = c
		triggers[strings.ToLower(strings.Fields(e.Phrase)[0])] |= tCue
	}
	for _, e := range lexicon.Parse(speechNounData) {
		triggers[strings.ToLower(e.Phrase)] |= tSpeechNoun
	}
	for w := range triggers {
		triggerFilter.Add(w)
	}
	// The phrases, one a line, for NewPhrases. (Concatenated rather than
	// joined: strings.Join is needed by nothing else in the wasm.)
	var phrases string
	for _, e := range lexicon.Parse(anonymousData) {
		if e.Tag == anHead {
			anonHeads[e.Phrase] = true
		} else {
			phrases += e.Phrase + "\n"
			anonFirstWord[strings.Fields(e.Phrase)[0]] = true
		}
	}
	anonPhrases = lexicon.NewPhrases(phrases)
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
