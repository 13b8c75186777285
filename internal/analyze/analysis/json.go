package analysis

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// The report is encoded by hand rather than with encoding/json: reflection
// pulls a large share of the runtime type machinery into the WebAssembly
// build, and the browser encodes a report on every keystroke. The output is
// byte-for-byte what encoding/json produces for the same values (a test
// holds it to that), so readers may decode it with any JSON library.

// AppendJSON appends the report as a JSON object to dst.
func (r *Report) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"findings":[`...)
	for i := range r.Findings {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = r.Findings[i].AppendJSON(dst)
	}
	return append(dst, "]}"...)
}

// MarshalJSON implements json.Marshaler with the hand-written encoder.
func (r Report) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil), nil }

// AppendJSON appends the finding as a JSON object to dst.
func (f *Finding) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"kind":`...)
	dst = appendString(dst, string(f.Kind))
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(f.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(f.End), 10)
	dst = appendField(dst, "text", f.Text, true)
	dst = appendField(dst, "why", f.Why, true)
	if f.Value != nil {
		dst = append(dst, `,"value":`...)
		dst = appendFloat(dst, *f.Value)
	}
	dst = appendField(dst, "unit", f.Unit, false)
	dst = appendField(dst, "approx", f.Approx, false)
	dst = appendField(dst, "source", f.Source, false)
	dst = appendField(dst, "cue", f.Cue, false)
	if f.Anonymous {
		dst = append(dst, `,"anonymous":true`...)
	}
	dst = appendField(dst, "cue_type", f.CueType, false)
	dst = appendField(dst, "canonical", f.Canonical, false)
	dst = appendField(dst, "reason", f.Reason, false)
	return append(dst, '}')
}

func appendField(dst []byte, name, value string, always bool) []byte {
	if value == "" && !always {
		return dst
	}
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, '"', ':')
	return appendString(dst, value)
}

// appendFloat formats like encoding/json: shortest representation, plain
// notation between 1e-6 and 1e21, exponent outside it.
func appendFloat(dst []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(dst, "null"...)
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// Clean up e-09 to e-9, as encoding/json does.
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// AppendJSONString appends s as a JSON string escaped exactly as the report
// is, for drivers that wrap a report in JSON of their own (the browser
// bridge's {"text": ..., "findings": ...}).
func AppendJSONString(dst []byte, s string) []byte { return appendString(dst, s) }

const hex = "0123456789abcdef"

// appendString writes s as a JSON string with encoding/json's escaping:
// HTML-significant characters, control characters, U+2028 and U+2029 are
// escaped and each invalid UTF-8 byte becomes U+FFFD, written as itself (as
// encoding/json writes it since Go 1.27).
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, "\uFFFD"...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
