// Package lexicon reads the word lists that drive Sift's detectors. Word
// lists are data, not code (as in Vale's rule files): each detector embeds
// its own files and this package parses them and matches them over tokens.
//
// File format: one entry per line; '#' starts a comment line; blank lines are
// ignored. An entry is a phrase, optionally followed by a tab (or " | ") and
// a tag: "is believed to | doxastic". Phrases are matched case-insensitively,
// token by token, so "per cent" matches "per" "cent" and "U.S." matches the
// four tokens "U" "." "S" ".".
package lexicon

import (
	"strings"

	"github.com/siftnews/sift/internal/analyze/text"
)

// Entry is one line of a lexicon file.
type Entry struct {
	Phrase string
	Tag    string
}

// Parse reads lexicon data into entries, in file order.
func Parse(data string) []Entry {
	var out []Entry
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		phrase, tag := line, ""
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			phrase, tag = line[:i], line[i+1:]
		} else if i := strings.Index(line, " | "); i >= 0 {
			phrase, tag = line[:i], line[i+3:]
		}
		out = append(out, Entry{strings.TrimSpace(phrase), strings.TrimSpace(tag)})
	}
	return out
}

// Set returns the lower-cased phrases of data as a set, each mapped to its tag.
func Set(data string) map[string]string {
	m := make(map[string]string)
	for _, e := range Parse(data) {
		m[strings.ToLower(e.Phrase)] = e.Tag
	}
	return m
}

// Phrases matches multi-token phrases against a token stream. Lookup is by
// the first token, so matching costs one map access per token.
type Phrases struct {
	byFirst map[string][]phrase
}

type phrase struct {
	words []string // lower-cased token texts
	tag   string
}

// NewPhrases compiles lexicon data into a matcher.
func NewPhrases(data string) *Phrases {
	p := &Phrases{byFirst: make(map[string][]phrase)}
	for _, e := range Parse(data) {
		words := Split(strings.ToLower(e.Phrase))
		if len(words) == 0 {
			continue
		}
		p.byFirst[words[0]] = append(p.byFirst[words[0]], phrase{words, e.Tag})
	}
	return p
}

// Split cuts a phrase into the token texts the tokenizer would produce.
func Split(s string) []string {
	d := text.Parse(s)
	out := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		out[i] = d.TokenText(i)
	}
	return out
}

// Match returns the number of tokens of the longest phrase that starts at
// toks[i], and its tag; n is 0 when none does or i is out of range, so
// callers may probe one past the end. lower is the Document's Lower string,
// which the tokens' spans index.
func (p *Phrases) Match(lower string, toks []text.Token, i int) (n int, tag string) {
	if i < 0 || i >= len(toks) {
		return 0, ""
	}
	for _, ph := range p.byFirst[toks[i].In(lower)] {
		if len(ph.words) <= n || i+len(ph.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph.words); k++ {
			if toks[i+k].In(lower) != ph.words[k] {
				ok = false
				break
			}
		}
		if ok {
			n, tag = len(ph.words), ph.tag
		}
	}
	return n, tag
}

// Len returns the number of phrases.
func (p *Phrases) Len() int {
	n := 0
	for _, v := range p.byFirst {
		n += len(v)
	}
	return n
}
