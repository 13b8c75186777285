package htmltext

import "unicode/utf8"

// entities are the named character references news pages use. The full
// HTML table has over two thousand names; carrying it would cost more wasm
// than this whole package, and the rest are rare in article text. Unknown
// names are left as written.
//
// The references that old pages write without their ';' ("&amp", "&nbsp")
// carry the bit noSemicolon.
var entities = map[string]rune{
	"amp": '&' | noSemicolon, "lt": '<' | noSemicolon, "gt": '>' | noSemicolon, "quot": '"' | noSemicolon, "apos": '\'',
	"nbsp": ' ' | noSemicolon, "ensp": ' ', "emsp": ' ', "thinsp": ' ', "shy": -1, "zwj": -1, "zwnj": -1, "lrm": -1, "rlm": -1,
	"copy": '©' | noSemicolon, "reg": '®' | noSemicolon, "trade": '™', "hellip": '…', "mdash": '—', "ndash": '–', "minus": '−',
	"lsquo": '‘', "rsquo": '’', "sbquo": '‚', "ldquo": '“', "rdquo": '”', "bdquo": '„',
	"laquo": '«', "raquo": '»', "lsaquo": '‹', "rsaquo": '›', "bull": '•', "middot": '·',
	"deg": '°', "euro": '€', "pound": '£', "yen": '¥', "cent": '¢', "sect": '§', "para": '¶',
	"times": '×', "divide": '÷', "plusmn": '±', "frac12": '½', "frac14": '¼', "frac34": '¾',
	"sup1": '¹', "sup2": '²', "sup3": '³', "micro": 'µ', "permil": '‰', "prime": '′', "Prime": '″',
	"larr": '←', "rarr": '→', "uarr": '↑', "darr": '↓', "harr": '↔', "dagger": '†', "Dagger": '‡',
	"iexcl": '¡', "iquest": '¿', "ordf": 'ª', "ordm": 'º', "not": '¬', "macr": '¯', "acute": '´', "cedil": '¸',
	"szlig": 'ß', "aelig": 'æ', "AElig": 'Æ', "oslash": 'ø', "Oslash": 'Ø', "eth": 'ð', "ETH": 'Ð',
	"thorn": 'þ', "THORN": 'Þ', "oelig": 'œ', "OElig": 'Œ', "scaron": 'š', "Scaron": 'Š',
	"zcaron": 'ž', "Zcaron": 'Ž', "yuml": 'ÿ', "Yuml": 'Ÿ', "hearts": '♥', "star": '☆', "check": '✓',
	// Latin letters with accents.
	"agrave": 'à', "Agrave": 'À', "egrave": 'è', "Egrave": 'È', "igrave": 'ì', "Igrave": 'Ì', "ograve": 'ò', "Ograve": 'Ò', "ugrave": 'ù', "Ugrave": 'Ù',
	"aacute": 'á', "Aacute": 'Á', "eacute": 'é', "Eacute": 'É', "iacute": 'í', "Iacute": 'Í', "oacute": 'ó', "Oacute": 'Ó', "uacute": 'ú', "Uacute": 'Ú', "yacute": 'ý', "Yacute": 'Ý',
	"acirc": 'â', "Acirc": 'Â', "ecirc": 'ê', "Ecirc": 'Ê', "icirc": 'î', "Icirc": 'Î', "ocirc": 'ô', "Ocirc": 'Ô', "ucirc": 'û', "Ucirc": 'Û',
	"atilde": 'ã', "Atilde": 'Ã', "ntilde": 'ñ', "Ntilde": 'Ñ', "otilde": 'õ', "Otilde": 'Õ',
	"auml": 'ä', "Auml": 'Ä', "euml": 'ë', "Euml": 'Ë', "iuml": 'ï', "Iuml": 'Ï', "ouml": 'ö', "Ouml": 'Ö', "uuml": 'ü', "Uuml": 'Ü',
	"aring": 'å', "Aring": 'Å',
	"ccedil": 'ç', "Ccedil": 'Ç',
}

// noSemicolon marks in entities the references that may be written
// without their ';'.
const noSemicolon = 1 << 30

// decodeEntity decodes the character reference at the start of s (which
// begins with '&'). It returns the text to write (empty for references to
// invisible characters) and how many bytes of s it consumed; n is 0 when s
// does not start with a reference, and the '&' is then text.
func decodeEntity(s string) (out string, n int) {
	if len(s) < 3 {
		return "", 0
	}
	if s[1] == '#' {
		return decodeNumeric(s)
	}
	end := 1
	for end < len(s) && end < 33 && isAlnum(s[end]) {
		end++
	}
	name := s[1:end]
	r, ok := entities[name]
	if !ok {
		return "", 0
	}
	if end < len(s) && s[end] == ';' {
		end++
	} else if r < 0 || r&noSemicolon == 0 { // -1, invisible, has every bit
		return "", 0
	}
	if r < 0 {
		return "", end
	}
	return string(r &^ noSemicolon), end
}

func decodeNumeric(s string) (string, int) {
	i, base := 2, uint64(10)
	if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
		i, base = 3, 16
	}
	// At most 8 digits are read, which fit in 32 bits: no overflow.
	start, v := i, uint64(0)
	for i < len(s) && i-start < 8 && digitValue(s[i]) < base {
		v = v*base + digitValue(s[i])
		i++
	}
	if i == start {
		return "", 0
	}
	long := false
	for i < len(s) && digitValue(s[i]) < base { // absurdly long: consume, replace
		i++
		long = true
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	r := rune(v)
	switch {
	case long || v == 0 || !utf8.ValidRune(r):
		r = utf8.RuneError
	case r == 0xAD || r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF:
		return "", i
	case r == 0xA0:
		r = ' '
	case r < 0x20 && r != '\t' && r != '\n':
		r = ' '
	case r >= 0x80 && r < 0xA0:
		r = cp1252[r-0x80]
	}
	return string(r), i
}

// cp1252 maps the C1 controls (0x80 to 0x9F) that pages write for
// Windows-1252 quotes and dashes to what they meant, as browsers do, and
// the other C1 controls to a space.
var cp1252 = [32]rune{
	'€', ' ', ' ', ' ', ' ', '…', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
	' ', '‘', '’', '“', '”', '•', '–', '—', ' ', '™', ' ', ' ', ' ', ' ', ' ', ' ',
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// digitValue returns the value of c as a hexadecimal digit, or 16 when c
// is none.
func digitValue(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return uint64(c|0x20-'a') + 10
	}
	return 16
}
