package lexicon

// Filter answers "is this word possibly in the list?" without hashing it.
// Detectors look up every token of a text in their word lists, and most
// tokens are in none; hashing each one was the largest single cost of the
// engine. A Filter keeps, for each pair of ASCII first and last bytes, one
// bit per word length, so an ordinary word is turned away with one table
// read, and only a word that may be listed goes on to the map.
//
// The zero Filter admits nothing; Add every listed word before use.
type Filter struct {
	bits [128 * 128]uint32
	// wide is set when a listed word starts or ends outside ASCII; words
	// like that are then always admitted.
	wide bool
}

// Add records w (lower-cased, as the lookups will be).
func (f *Filter) Add(w string) {
	n := len(w)
	if n == 0 {
		return
	}
	a, z := w[0], w[n-1]
	if a >= 128 || z >= 128 {
		f.wide = true
		return
	}
	f.bits[int(a)<<7|int(z)] |= 1 << min(n, 31)
}

// MayHave reports whether w may have been added: false means it was not.
func (f *Filter) MayHave(w string) bool {
	n := len(w)
	if n == 0 {
		return false
	}
	a, z := w[0], w[n-1]
	if a >= 128 || z >= 128 {
		return f.wide
	}
	return f.bits[int(a)<<7|int(z)]&(1<<min(n, 31)) != 0
}
