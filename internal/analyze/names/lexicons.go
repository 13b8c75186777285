package names

import (
	"embed"
	"strings"

	"github.com/siftnews/sift/internal/analyze/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

func load(name string) map[string]string {
	data, err := lexiconFiles.ReadFile("lexicon/" + name)
	if err != nil {
		panic("names: missing lexicon " + name)
	}
	return lexicon.Set(string(data))
}

// The word lists, lower-cased. They are read once, when the package loads.
var (
	// common holds ordinary English words: capitalized, they start a
	// sentence or a headline rather than name someone.
	common = load("common.txt")
	// titles precede a name without being part of it.
	titles = load("titles.txt")
	// particles join the parts of a name ("von der", "bin"); those tagged
	// "hyphen" are written joined to it ("al-Assad").
	particles = load("particles.txt")
	// calendar holds months and days.
	calendar = load("calendar.txt")
	// known holds real names one letter from other real names.
	known = load("known.txt")
	// speech holds the verbs that cite a speaker.
	speech = load("speech.txt")
	// outlets holds news agencies, cited but never introduced.
	outlets = load("outlets.txt")
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
