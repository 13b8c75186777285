package figures

import (
	"math"
	"strconv"
)

// why says in one plain sentence what the figure is, how it is qualified
// and whom the text attributes it to:
// "A figure: 5,000,000 shells, qualified “nearly”, attributed to Shin Won-sik."
func why(f *figure, written, source string) string {
	var buf [160]byte // on the stack: the only allocation is the string
	b := buf[:0]
	if f.vague {
		b = add(b, "A vague figure: “")
		b = add(b, written)
		b = add(b, "” gives no exact number")
	} else if f.class == "ratio" {
		b = add(b, "A figure: “")
		b = add(b, written)
		b = add(b, "”, a proportion of ")
		b = appendNumber(b, f.value)
	} else {
		b = add(b, "A figure: ")
		if f.isRange {
			b = add(b, "between ")
			b = appendQuantity(b, f.value, f.unit, f.class)
			b = add(b, " and ")
			b = appendQuantity(b, f.hi, f.unit, f.class)
		} else {
			b = appendQuantity(b, f.value, f.unit, f.class)
		}
	}
	if f.approx != "" {
		b = add(b, ", qualified “")
		b = add(b, f.approx)
		b = add(b, "”")
	}
	if source != "" {
		b = add(b, ", attributed to ")
		b = add(b, source)
		b = append(b, '.')
	} else {
		b = add(b, ", not attributed to anyone in this text.")
	}
	return string(b)
}

// appendQuantity writes a value with its unit: "5,000,000 shells", "4%",
// "24,500,000,000 USD".
func appendQuantity(b []byte, v float64, unit, class string) []byte {
	b = appendNumber(b, v)
	switch {
	case unit == "":
	case unit == "%" || unit == "°" || unit == "°C" || unit == "°F":
		b = add(b, unit)
	default:
		b = append(b, ' ')
		b = add(b, unit)
	}
	return b
}

// appendNumber writes v with thousands separators when it is a whole
// number, and with up to six decimals otherwise.
func appendNumber(b []byte, v float64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	if v >= 1e15 || v != 0 && v < 1e-6 {
		return strconv.AppendFloat(b, v, 'g', 6, 64)
	}
	whole := math.Floor(v)
	frac := v - whole
	var buf [32]byte
	digits := strconv.AppendInt(buf[:0], int64(whole), 10)
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	if frac > 1e-9 {
		var fbuf [32]byte
		d := strconv.AppendFloat(fbuf[:0], frac, 'f', 6, 64) // "0.250000"
		end := len(d)
		for end > 2 && d[end-1] == '0' {
			end--
		}
		if end > 2 {
			b = append(b, d[1:end]...)
		}
	}
	return b
}

// add appends s to b: one call where each append would be a copy and a
// possible growth of b in the WebAssembly build, at the fifteen places
// that write a sentence.
func add(b []byte, s string) []byte { return append(b, s...) }
