// Package analysistest runs analyzers over test articles whose expected
// findings are written inside the text, after golang.org/x/tools'
// analysistest: a test file reads like the page, with each mark in place.
//
// A mark is written [[kind field=value field="a value"|covered text]] and
// may nest: "[[name-variant canonical=Shin|[[source cue=said|Sika]]]] said".
// Lines starting with "//" are comments and are not part of the text.
// Field names are the report's JSON names; value=none expects no value.
package analysistest

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/siftnews/sift/internal/analyze/analysis"
)

// Mark is one expected finding parsed from a marked-up text.
type Mark struct {
	Kind       analysis.Kind
	Start, End int
	Fields     map[string]string
	Line       int // line of the marked-up file, for messages
}

// Parse removes the marks and comment lines from marked and returns the
// plain text with the marks' spans in it.
func Parse(marked string) (string, []Mark, error) {
	var lines []string
	for _, l := range strings.SplitAfter(marked, "\n") {
		if !strings.HasPrefix(l, "//") {
			lines = append(lines, l)
		}
	}
	src := strings.Join(lines, "")

	var out strings.Builder
	var marks []Mark
	type open struct {
		mark Mark
	}
	var stack []open
	line := 1
	for i := 0; i < len(src); {
		switch {
		case strings.HasPrefix(src[i:], "[["):
			bar := strings.IndexByte(src[i:], '|')
			if bar < 0 {
				return "", nil, errors.New("line " + strconv.Itoa(line) + `: "[[" without "|"`)
			}
			m, err := parseHead(src[i+2 : i+bar])
			if err != nil {
				return "", nil, errors.New("line " + strconv.Itoa(line) + ": " + err.Error())
			}
			m.Start, m.Line = out.Len(), line
			stack = append(stack, open{m})
			i += bar + 1
		case strings.HasPrefix(src[i:], "]]") && len(stack) > 0:
			m := stack[len(stack)-1].mark
			stack = stack[:len(stack)-1]
			m.End = out.Len()
			marks = append(marks, m)
			i += 2
		default:
			if src[i] == '\n' {
				line++
			}
			out.WriteByte(src[i])
			i++
		}
	}
	if len(stack) > 0 {
		return "", nil, errors.New("line " + strconv.Itoa(stack[0].mark.Line) + ": mark not closed")
	}
	return out.String(), marks, nil
}

func parseHead(head string) (Mark, error) {
	head = strings.TrimSpace(head)
	kind, rest, _ := strings.Cut(head, " ")
	m := Mark{Kind: analysis.Kind(kind), Fields: map[string]string{}}
	for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 {
			return m, errors.New("field without '=' in " + strconv.Quote(head))
		}
		key := rest[:eq]
		rest = rest[eq+1:]
		var val string
		if strings.HasPrefix(rest, `"`) {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				return m, errors.New("unterminated quote in " + strconv.Quote(head))
			}
			val, rest = rest[1:end+1], rest[end+2:]
		} else {
			val, rest, _ = strings.Cut(rest, " ")
		}
		m.Fields[key] = val
	}
	return m, nil
}

// Field returns a finding's field by its JSON name, formatted as a mark
// would write it, and whether the name is known.
func Field(f *analysis.Finding, name string) (string, bool) {
	switch name {
	case "value":
		if f.Value == nil {
			return "none", true
		}
		return strconv.FormatFloat(*f.Value, 'g', -1, 64), true
	case "unit":
		return f.Unit, true
	case "approx":
		return f.Approx, true
	case "source":
		return f.Source, true
	case "cue":
		return f.Cue, true
	case "anonymous":
		return strconv.FormatBool(f.Anonymous), true
	case "cue_type":
		return f.CueType, true
	case "canonical":
		return f.Canonical, true
	case "reason":
		return f.Reason, true
	case "why":
		return f.Why, true
	}
	return "", false
}

// Markup writes findings back into text as marks, the inverse of Parse. It
// serves golden files and failure messages, so a test shows what the
// analyzer saw in the same notation as what was expected.
func Markup(text string, findings []analysis.Finding, fields ...string) string {
	type edge struct {
		off   int
		open  bool
		width int
		rank  int // kind order breaks ties between marks of one span
		s     string
	}
	var edges []edge
	for i := range findings {
		f := &findings[i]
		head := "[[" + string(f.Kind)
		for _, name := range fields {
			if v, ok := Field(f, name); ok && v != "" && v != "none" && v != "false" {
				if strings.ContainsAny(v, " |]") {
					v = `"` + v + `"`
				}
				head += " " + name + "=" + v
			}
		}
		rank := slices.Index(analysis.Kinds, f.Kind)
		edges = append(edges, edge{f.Start, true, f.End - f.Start, rank, head + "|"}, edge{f.End, false, f.End - f.Start, rank, "]]"})
	}
	// Closings before openings at one offset; wider marks open first and close last.
	less := func(a, b edge) bool {
		if a.off != b.off {
			return a.off < b.off
		}
		if a.open != b.open {
			return !a.open
		}
		if a.width != b.width {
			return a.open == (a.width > b.width)
		}
		return a.open == (a.rank < b.rank)
	}
	for i := 1; i < len(edges); i++ {
		for j := i; j > 0 && less(edges[j], edges[j-1]); j-- {
			edges[j], edges[j-1] = edges[j-1], edges[j]
		}
	}
	var b strings.Builder
	last := 0
	for _, e := range edges {
		b.WriteString(text[last:e.off])
		b.WriteString(e.s)
		last = e.off
	}
	b.WriteString(text[last:])
	return b.String()
}
