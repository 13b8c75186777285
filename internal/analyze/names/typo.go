package names

import "unicode/utf8"

// editKind is the one typing slip that turns one spelling into another.
type editKind uint8

const (
	notTypo editKind = iota
	// substitution: one letter typed for another ("Obamo").
	substitution
	// deletion: one letter left out ("Obma").
	deletion
	// insertion: one letter too many ("Obaama").
	insertion
	// transposition: two neighbouring letters swapped ("Obmaa").
	transposition
)

// edit describes how variant differs from canonical.
type edit struct {
	kind editKind
	// at is the rune index in canonical where the spellings part.
	at int
	// got and want are the letters involved: the variant's and the
	// canonical's (for a transposition, want is the canonical's pair).
	got, want string
	// adjacent marks a substitution of keys that neighbour on a keyboard.
	adjacent bool
	// doubled marks an insertion that repeats its neighbour, or a
	// deletion of one letter of a pair.
	doubled bool
	// nearKey marks an insertion of a key next to a neighbouring
	// letter's, or a deletion of a letter that would be such an
	// insertion if the slip went the other way.
	nearKey bool
}

// typical reports whether e is one of the slips typists make most: two
// letters swapped, a letter dropped, a neighbouring key struck instead or
// as well, a letter doubled.
func (e edit) typical() bool {
	switch e.kind {
	case transposition, deletion:
		return true
	case substitution:
		return e.adjacent
	case insertion:
		return e.doubled || e.nearKey
	}
	return false
}

// nearNeighbour reports whether r[p] is next on the keyboard to the letter
// before or after it.
func nearNeighbour(r []rune, p int) bool {
	return p > 0 && keysAdjacent(r[p], r[p-1]) || p+1 < len(r) && keysAdjacent(r[p], r[p+1])
}

// classify returns the single slip that turns canonical into variant, with
// kind notTypo when one slip does not. Both are compared rune by rune,
// case included, so callers pass lower-cased keys.
func classify(variant, canonical string) edit {
	v, c := []rune(variant), []rune(canonical)
	p := 0
	for p < len(v) && p < len(c) && v[p] == c[p] {
		p++
	}
	sv, sc := len(v), len(c)
	for sv > p && sc > p && v[sv-1] == c[sc-1] {
		sv--
		sc--
	}
	// v[p:sv] replaced c[p:sc]; the rest is common.
	dv, dc := sv-p, sc-p
	e := edit{at: p}
	switch {
	case dv == 1 && dc == 1:
		e.kind, e.got, e.want = substitution, string(v[p]), string(c[p])
		e.adjacent = keysAdjacent(v[p], c[p])
	case dv == 0 && dc == 1:
		e.kind, e.want = deletion, string(c[p])
		e.doubled = p > 0 && c[p-1] == c[p] || p+1 < len(c) && c[p+1] == c[p]
		e.nearKey = nearNeighbour(c, p)
	case dv == 1 && dc == 0:
		e.kind, e.got = insertion, string(v[p])
		e.doubled = p > 0 && v[p-1] == v[p] || p+1 < len(v) && v[p+1] == v[p]
		e.nearKey = nearNeighbour(v, p)
	case dv == 2 && dc == 2 && v[p] == c[p+1] && v[p+1] == c[p]:
		e.kind, e.got, e.want = transposition, string(v[p:p+2]), string(c[p:p+2])
	default:
		// A deletion or insertion inside a run of one letter trims
		// differently ("Lessig"/"Lesig" is caught above; this catches
		// nothing more), so anything else is more than one slip.
		return edit{}
	}
	return e
}

// keyboard rows of a QWERTY layout; each row is shifted right by half a key
// from the one above, which decides the diagonal neighbours.
var keyboard = [...]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

func keyPos(r rune) (row int, x2 int, ok bool) {
	if r >= utf8.RuneSelf {
		return 0, 0, false
	}
	for i, row := range keyboard {
		for j := 0; j < len(row); j++ {
			if rune(row[j]) == r {
				return i, 2*j + i, true
			}
		}
	}
	return 0, 0, false
}

// keysAdjacent reports whether a and b neighbour on a QWERTY keyboard.
func keysAdjacent(a, b rune) bool {
	ra, xa, ok1 := keyPos(a)
	rb, xb, ok2 := keyPos(b)
	if !ok1 || !ok2 || a == b {
		return false
	}
	dx := xa - xb
	switch ra - rb {
	case 0:
		return dx == 2 || dx == -2
	case 1, -1:
		return dx == 1 || dx == -1
	}
	return false
}

// describe says in words how variant differs from canonical; both are
// written as in the text, e is their edit.
func describe(e edit) string {
	switch e.kind {
	case substitution:
		s := "one letter differs: “" + e.got + "” where the other spelling has “" + e.want + "”"
		if e.adjacent {
			s += ", its neighbour on the keyboard"
		}
		return s
	case deletion:
		if e.doubled {
			return "a doubled “" + e.want + "” is written single"
		}
		return "the “" + e.want + "” is missing"
	case insertion:
		if e.doubled {
			return "the “" + e.got + "” is doubled"
		}
		return "it has an extra “" + e.got + "”"
	case transposition:
		return "two letters are swapped: “" + e.got + "” for “" + e.want + "”"
	}
	return "the spellings differ"
}
