package figures

import (
	"github.com/siftnews/sift/internal/analyze/text"
)

// This file tells numbers inside codes, addresses and URLs from quantities,
// by the run of tokens glued around them.

// codeAround reports whether the Number token j is part of a code, a URL,
// an e-mail address, a model name ("G7", "F-16", "COVID-19", "MH17") or a
// date or time written with separators.
func (s *scanner) codeAround(j int) bool {
	toks := s.toks
	if s.glued(j) {
		p := &toks[j-1]
		if p.Kind != text.Punct {
			if _, ok := currencyCodes[s.tokLow(j-1)]; !ok {
				return true
			}
		} else {
			switch s.tokText(j - 1) {
			case "-", "‐", "–":
				// "COVID-19", "F-16"; "300–400" is a range, read from its first number.
				if j >= 2 && s.glued(j-1) && s.kindIs(j-2, text.Word) {
					return true
				}
			case "/", ":", ".", ",", "#", "№", "'", "’", "@", "_", "=", "&", "?", "\\", "|", "^", "*", ")", "]":
				return true
			}
		}
	}
	// ":" glued after: a clock time or a ratio ("10:30", "3:1").
	if s.gluedText(j+1, ":") && s.gluedKind(j+2, text.Number) {
		return true
	}
	s.loadChunk(j)
	return s.chunkCode
}

// loadChunk finds the glued run of tokens around token j and whether it
// looks like a URL or an address. Each run is examined once.
func (s *scanner) loadChunk(j int) {
	if j >= s.chunkLo && j < s.chunkHi {
		return
	}
	toks := s.toks
	lo := j
	for lo > 0 && !s.spaced(lo) {
		lo--
	}
	hi := j + 1
	for hi < len(toks) && !s.spaced(hi) {
		hi++
	}
	s.chunkLo, s.chunkHi, s.chunkCode = lo, hi, false
	slashes := 0
	for k := lo; k < hi; k++ {
		switch s.tokText(k) {
		case "@":
			s.chunkCode = true
		case "/":
			slashes++
		case ":":
			if k+1 < hi && s.textIs(k+1, "/") {
				s.chunkCode = true
			}
		case ".":
			if k > lo && k+1 < hi && s.kindIs(k-1, text.Word) && s.kindIs(k+1, text.Word) && len(s.tokText(k+1)) > 1 {
				s.chunkCode = true // a domain name: "example.com/2024"
			}
		}
		if s.lowIn(k, webWords) {
			s.chunkCode = true
		}
	}
	if slashes >= 2 {
		s.chunkCode = true
	}
}

// chunkEnd returns the index after the glued run of tokens holding j.
func (s *scanner) chunkEnd(j int) int {
	k := j + 1
	for k < len(s.toks) && !s.spaced(k) {
		k++
	}
	return k
}

// skipPhone returns the index after a phone number's groups of digits.
func (s *scanner) skipPhone(j int) int {
	for s.cont(j) && (s.kindIs(j, text.Number) || s.textIn(j, phoneSymbols)) {
		j++
	}
	return j
}
