package names

import (
	_ "embed"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
)

// The word lists (lexicon/*.txt, described in lexicon/README.md) are
// embedded as strings rather than through an embed.FS, which would link
// io/fs and time into the wasm binary.
var (
	//go:embed lexicon/common.txt
	commonText string
	//go:embed lexicon/titles.txt
	titlesText string
	//go:embed lexicon/particles.txt
	particlesText string
	//go:embed lexicon/calendar.txt
	calendarText string
	//go:embed lexicon/known.txt
	knownText string
	//go:embed lexicon/speech.txt
	speechText string
	//go:embed lexicon/outlets.txt
	outletsText string
	//go:embed lexicon/trigrams.txt
	trigramsText string
)

// The word lists, lower-cased. They are read once, when the package loads.
var (
	// common holds ordinary English words: capitalized, they start a
	// sentence or a headline rather than name someone.
	common = lexicon.Set(commonText)
	// titles precede a name without being part of it.
	titles = lexicon.Set(titlesText)
	// particles join the parts of a name ("von der", "bin"); those tagged
	// "hyphen" are written joined to it ("al-Assad").
	particles = lexicon.Set(particlesText)
	// calendar holds months and days.
	calendar = lexicon.Set(calendarText)
	// known holds real names one letter from other real names.
	known = lexicon.Set(knownText)
	// speech holds the verbs that cite a speaker.
	speech = lexicon.Set(speechText)
	// outlets holds news agencies, cited but never introduced.
	outlets = lexicon.Set(outletsText)
)

// isCommonWord reports whether key, a lower-cased word, is an ordinary
// English word or a regular inflection of one ("admits", "voting",
// "planned").
func isCommonWord(key string) bool {
	if _, ok := common[key]; ok {
		return true
	}
	for _, suffix := range [...]string{"s", "es", "ed", "d", "ing", "ly", "er", "est"} {
		stem, ok := strings.CutSuffix(key, suffix)
		if !ok || len(stem) < 3 || suffix == "d" && !strings.HasSuffix(stem, "e") {
			continue
		}
		if _, ok := common[stem]; ok {
			return true
		}
		if suffix[0] == 'e' || suffix == "ing" {
			// "voting" from "vote", "planned" from "plan".
			if _, ok := common[stem+"e"]; ok {
				return true
			}
			if n := len(stem); stem[n-1] == stem[n-2] {
				if _, ok := common[stem[:n-1]]; ok {
					return true
				}
			}
		}
	}
	return false
}
