package main

import (
	"bufio"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze"
	"github.com/siftnews/sift/internal/analyze/analysis"
)

// The terminal view: the text with every finding marked, the numbered list
// of findings, and a summary. Marks must read without colour too, so every
// mark carries its footnote number: [marked text]^3 without colour, the
// coloured text followed by a dim ^3 with it. Closing marks name their
// finding, so spans that cross rather than nest stay unambiguous.

type renderOptions struct {
	color       bool
	summaryOnly bool
}

// ANSI styles per kind: the colour says the kind at a glance; name variants
// and sources are also underlined, which survives colour blindness.
var kindStyle = map[analysis.Kind]string{
	analysis.KindFigure:      "1;36",
	analysis.KindSource:      "4;32",
	analysis.KindHedge:       "33",
	analysis.KindNameVariant: "1;4;35",
	analysis.KindBoilerplate: "2",
}

const (
	ansiReset = "\x1b[0m"
	ansiDim   = "\x1b[2m"
	ansiBold  = "\x1b[1m"
)

func style(code string) string { return "\x1b[" + code + "m" }

// render writes the marked text, the findings list and the summary.
func render(w *bufio.Writer, text string, r analyze.Report, opt renderOptions) {
	fs := ordered(r.Findings)
	if !opt.summaryOnly {
		renderText(w, text, fs, opt.color)
		if text != "" && !strings.HasSuffix(text, "\n") {
			w.WriteByte('\n')
		}
	}
	if len(fs) > 0 {
		w.WriteByte('\n')
		renderFootnotes(w, fs, opt.color)
	}
	w.WriteByte('\n')
	renderSummary(w, fs, opt.color)
}

// ordered returns the findings sorted by start, outer spans first, which is
// the engine's order; sorting again keeps the renderer's numbering sound
// whatever the report's order.
func ordered(in []analyze.Finding) []analyze.Finding {
	fs := slices.Clone(in)
	slices.SortStableFunc(fs, func(a, b analyze.Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	return fs
}

// renderText writes text with marks. Findings are numbered from 1 in
// order; fs must be ordered. Findings out of the text's bounds are skipped.
func renderText(w *bufio.Writer, text string, fs []analyze.Finding, color bool) {
	// Ends are visited in order through a second index sorted by end.
	ends := make([]int, 0, len(fs))
	for i, f := range fs {
		if f.Start >= 0 && f.Start < f.End && f.End <= len(text) {
			ends = append(ends, i)
		}
	}
	starts := slices.Clone(ends)
	slices.SortStableFunc(ends, func(a, b int) int {
		if fs[a].End != fs[b].End {
			return fs[a].End - fs[b].End
		}
		return b - a // inner (later-starting) marks close first
	})
	var open []int // findings open at the current position, in opening order
	pos, si, ei := 0, 0, 0
	for pos <= len(text) {
		// Close what ends here, then open what starts here.
		for ei < len(ends) && fs[ends[ei]].End == pos {
			i := ends[ei]
			ei++
			open = slices.DeleteFunc(open, func(j int) bool { return j == i })
			if color {
				w.WriteString(ansiReset + ansiDim + "^" + strconv.Itoa(i+1) + ansiReset)
				if len(open) > 0 {
					w.WriteString(style(kindStyle[fs[open[len(open)-1]].Kind]))
				}
			} else {
				w.WriteString("]^" + strconv.Itoa(i+1))
			}
		}
		for si < len(starts) && fs[starts[si]].Start == pos {
			i := starts[si]
			si++
			open = append(open, i)
			if color {
				w.WriteString(style(kindStyle[fs[i].Kind]))
			} else {
				w.WriteByte('[')
			}
		}
		if pos == len(text) {
			break
		}
		next := len(text)
		if si < len(starts) {
			next = min(next, fs[starts[si]].Start)
		}
		if ei < len(ends) {
			next = min(next, fs[ends[ei]].End)
		}
		if color && len(open) > 0 {
			// A style does not survive a line break in every pager; end
			// it before each break and take it up again after.
			seg := text[pos:next]
			for {
				nl := strings.IndexByte(seg, '\n')
				if nl < 0 {
					writeSafe(w, seg)
					break
				}
				writeSafe(w, seg[:nl])
				w.WriteString(ansiReset + "\n" + style(kindStyle[fs[open[len(open)-1]].Kind]))
				seg = seg[nl+1:]
			}
		} else {
			writeSafe(w, text[pos:next])
		}
		pos = next
	}
}

// writeSafe writes text for a terminal: control characters other than tab
// and line breaks (an ESC in the input could restyle or move the cursor),
// C1 controls and invalid UTF-8 are shown as visible stand-ins.
func writeSafe(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		if c == '\n' || c == '\t' || c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			w.WriteString(s[start:i])
			if c == 0x7f {
				w.WriteString("^?")
			} else {
				w.WriteByte('^')
				w.WriteByte(c + '@')
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || 0x80 <= r && r < 0xa0 {
			w.WriteString(s[start:i])
			w.WriteRune(utf8.RuneError)
			i += size
			start = i
			continue
		}
		i += size
	}
	w.WriteString(s[start:])
}

// renderFootnotes lists the findings with their kind, text, fields and why.
func renderFootnotes(w *bufio.Writer, fs []analyze.Finding, color bool) {
	width := len(strconv.Itoa(len(fs))) + 1
	for i, f := range fs {
		num := "^" + strconv.Itoa(i+1)
		w.WriteString(num + strings.Repeat(" ", width-len(num)+2))
		kind := string(f.Kind)
		if color {
			kind = style(kindStyle[f.Kind]) + kind + ansiReset
		}
		w.WriteString(kind + strings.Repeat(" ", max(1, 13-len(f.Kind))))
		writeSafe(w, quote(f.Text, 60))
		for _, field := range fields(f) {
			w.WriteString("  ")
			writeSafe(w, field)
		}
		w.WriteByte('\n')
		if f.Why != "" {
			w.WriteString(strings.Repeat(" ", width+2+13))
			if color {
				w.WriteString(ansiDim)
			}
			writeSafe(w, oneLine(f.Why))
			if color {
				w.WriteString(ansiReset)
			}
			w.WriteByte('\n')
		}
	}
}

// fields are a finding's kind-specific fields as name=value, in the order
// of the report.
func fields(f analyze.Finding) []string {
	var out []string
	if f.Value != nil {
		out = append(out, "value="+formatValue(*f.Value))
	}
	add := func(name, v string) {
		if v != "" {
			out = append(out, name+"="+quoteIfSpaced(v))
		}
	}
	add("unit", f.Unit)
	add("approx", f.Approx)
	add("source", f.Source)
	add("cue", f.Cue)
	if f.Anonymous {
		out = append(out, "anonymous")
	}
	add("cue_type", f.CueType)
	add("canonical", f.Canonical)
	add("reason", f.Reason)
	return out
}

// formatValue writes a number plainly (5000000, 0.25) unless it is huge or
// tiny.
func formatValue(v float64) string {
	if a := max(v, -v); a != 0 && (a >= 1e15 || a < 1e-6) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func quoteIfSpaced(s string) string {
	if strings.ContainsAny(s, " \t\n\"") {
		return strconv.Quote(s)
	}
	return s
}

// quote puts s in double quotes on one line, shortened to about max runes
// with an ellipsis in the middle.
func quote(s string, maxRunes int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > maxRunes {
		runes := []rune(s)
		head := maxRunes / 2
		tail := maxRunes - 1 - head
		s = string(runes[:head]) + "…" + string(runes[len(runes)-tail:])
	}
	return `"` + s + `"`
}

// renderSummary writes the counts per kind, the figures grouped by source
// with the unsourced first, the sources and the name variants.
func renderSummary(w *bufio.Writer, fs []analyze.Finding, color bool) {
	heading := func(s string) {
		if color {
			s = ansiBold + s + ansiReset
		}
		w.WriteString(s + "\n")
	}
	counts := map[analysis.Kind]int{}
	anonymous := 0
	for _, f := range fs {
		if f.Kind == analysis.KindBoilerplate {
			// A boilerplate finding may span a block of lines; count lines.
			counts[f.Kind] += max(1, nonEmptyLines(f.Text))
		} else {
			counts[f.Kind]++
		}
		if f.Kind == analysis.KindSource && f.Anonymous {
			anonymous++
		}
	}
	var parts []string
	for _, k := range analysis.Kinds {
		part := plural(counts[k], kindNoun[k])
		if k == analysis.KindSource && anonymous > 0 {
			part += " (" + strconv.Itoa(anonymous) + " anonymous)"
		}
		parts = append(parts, part)
	}
	heading("Summary: " + strings.Join(parts, ", "))
	if color {
		// Without colour the kind is in the list above; with it, say
		// which colour is which.
		w.WriteString("Marks:")
		for _, k := range analysis.Kinds {
			w.WriteString(" " + style(kindStyle[k]) + string(k) + ansiReset)
		}
		w.WriteByte('\n')
	}

	// Figures by source, unsourced first, then sources by first mention.
	groups := map[string][]int{}
	var order []string
	for i, f := range fs {
		if f.Kind != analysis.KindFigure {
			continue
		}
		if _, seen := groups[f.Source]; !seen && f.Source != "" {
			order = append(order, f.Source)
		}
		groups[f.Source] = append(groups[f.Source], i)
	}
	if counts[analysis.KindFigure] > 0 {
		heading("\nFigures, unsourced first:")
		if idx := groups[""]; len(idx) > 0 {
			writeGroup(w, "unsourced", fs, idx)
		}
		for _, src := range order {
			writeGroup(w, "per "+src, fs, groups[src])
		}
	}

	if counts[analysis.KindSource] > 0 {
		heading("\nSources:")
		seen := map[string]int{}
		var names []string
		for _, f := range fs {
			if f.Kind != analysis.KindSource {
				continue
			}
			name := f.Source
			if name == "" {
				name = strings.Join(strings.Fields(f.Text), " ")
			}
			if f.Anonymous {
				name += " (anonymous)"
			}
			if seen[name] == 0 {
				names = append(names, name)
			}
			seen[name]++
		}
		for _, name := range names {
			w.WriteString("  ")
			writeSafe(w, name)
			if n := seen[name]; n > 1 {
				w.WriteString(" ×" + strconv.Itoa(n))
			}
			w.WriteByte('\n')
		}
	}

	if counts[analysis.KindHedge] > 0 {
		// By class, in order of first appearance.
		byType := map[string]int{}
		var types []string
		for _, f := range fs {
			if f.Kind != analysis.KindHedge {
				continue
			}
			t := f.CueType
			if t == "" {
				t = "other"
			}
			if byType[t] == 0 {
				types = append(types, t)
			}
			byType[t]++
		}
		var parts []string
		for _, t := range types {
			parts = append(parts, strconv.Itoa(byType[t])+" "+t)
		}
		heading("\nHedges:")
		w.WriteString("  ")
		writeSafe(w, strings.Join(parts, ", "))
		w.WriteByte('\n')
	}

	if counts[analysis.KindNameVariant] > 0 {
		heading("\nName variants:")
		for i, f := range fs {
			if f.Kind != analysis.KindNameVariant {
				continue
			}
			w.WriteString("  ^" + strconv.Itoa(i+1) + " ")
			writeSafe(w, quote(f.Text, 40))
			if f.Canonical != "" {
				w.WriteString(" is probably ")
				writeSafe(w, quote(f.Canonical, 40))
			}
			w.WriteByte('\n')
		}
	}
}

func writeGroup(w *bufio.Writer, label string, fs []analyze.Finding, idx []int) {
	w.WriteString("  ")
	writeSafe(w, label)
	w.WriteString(" (" + strconv.Itoa(len(idx)) + "):\n")
	for _, i := range idx {
		w.WriteString("    ^" + strconv.Itoa(i+1) + " ")
		writeSafe(w, quote(fs[i].Text, 60))
		w.WriteByte('\n')
	}
}

var kindNoun = map[analysis.Kind][2]string{
	analysis.KindFigure:      {"figure", "figures"},
	analysis.KindSource:      {"source", "sources"},
	analysis.KindHedge:       {"hedge", "hedges"},
	analysis.KindNameVariant: {"name variant", "name variants"},
	analysis.KindBoilerplate: {"boilerplate line", "boilerplate lines"},
}

func plural(n int, noun [2]string) string {
	if n == 1 {
		return "1 " + noun[0]
	}
	return strconv.Itoa(n) + " " + noun[1]
}

func nonEmptyLines(s string) int {
	n := 0
	for line := range strings.Lines(s) {
		if strings.TrimSpace(line) != "" {
			n++
		}
	}
	return n
}
