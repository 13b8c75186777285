package analysis

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/siftnews/sift/internal/analyze/text"
)

// Run runs the analyzers, and those they require, once each in dependency
// order over doc, and returns each analyzer's findings with Text filled in.
//
// Findings whose spans are out of bounds, reversed or not on UTF-8
// boundaries are dropped, and an analyzer that panics yields no findings and
// a nil result; both are reported in the error, which is nil when every
// analyzer behaved. The findings that survive are always usable.
func Run(doc *text.Document, analyzers []*Analyzer) (map[*Analyzer][]Finding, error) {
	r := runner{doc: doc, results: map[*Analyzer]any{}, findings: map[*Analyzer][]Finding{}, state: map[*Analyzer]int{}}
	for _, a := range analyzers {
		r.visit(a)
	}
	return r.findings, errors.Join(r.errs...)
}

type runner struct {
	doc      *text.Document
	results  map[*Analyzer]any
	findings map[*Analyzer][]Finding
	state    map[*Analyzer]int // 1 visiting, 2 done
	errs     []error
	// chunks collect the findings of the pass that is running, reused
	// from pass to pass. Growing one slice by append would copy a large
	// text's findings several times over; chunks are copied once, into a
	// slice of the exact size.
	chunks [][]Finding
}

const chunkLen = 128

// collect returns the findings held in the chunks as one slice and empties
// the chunks for the next pass.
func (r *runner) collect() []Finding {
	n := 0
	for _, c := range r.chunks {
		n += len(c)
	}
	if n == 0 {
		return nil
	}
	out := make([]Finding, 0, n)
	for i, c := range r.chunks {
		out = append(out, c...)
		clear(c)
		r.chunks[i] = c[:0]
	}
	return out
}

func (r *runner) visit(a *Analyzer) {
	switch r.state[a] {
	case 1:
		panic("analysis: dependency cycle through " + a.Name)
	case 2:
		return
	}
	r.state[a] = 1
	for _, req := range a.Requires {
		r.visit(req)
	}
	pass := &Pass{Analyzer: a, Doc: r.doc, ResultOf: make(map[*Analyzer]any, len(a.Requires))}
	for _, req := range a.Requires {
		pass.ResultOf[req] = r.results[req]
	}
	cur := 0 // the chunk being filled
	pass.Report = func(f Finding) {
		if problem := r.check(&f); problem != "" {
			r.errs = append(r.errs, errors.New(a.Name+": finding "+string(f.Kind)+" ["+
				strconv.Itoa(f.Start)+","+strconv.Itoa(f.End)+") "+problem))
			return
		}
		if f.Text == "" {
			f.Text = r.doc.Text[f.Start:f.End]
		}
		for cur < len(r.chunks) && len(r.chunks[cur]) == chunkLen {
			cur++
		}
		if cur == len(r.chunks) {
			r.chunks = append(r.chunks, make([]Finding, 0, chunkLen))
		}
		r.chunks[cur] = append(r.chunks[cur], f)
	}
	result, ok := r.runSafely(a, pass)
	r.results[a] = result
	found := r.collect()
	if ok {
		// A pass that panicked may have stopped half-way through the text;
		// its partial findings would mislead, so none are kept.
		r.findings[a] = found
	}
	r.state[a] = 2
}

func (r *runner) runSafely(a *Analyzer, pass *Pass) (result any, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			r.errs = append(r.errs, &PanicError{Analyzer: a.Name, Value: p})
			result, ok = nil, false
		}
	}()
	return a.Run(pass), true
}

// PanicError reports an analyzer that panicked. The engine is kept out of
// fmt (it weighs on the WebAssembly build), so the value is kept as is for
// drivers to print.
type PanicError struct {
	Analyzer string
	Value    any
}

func (e *PanicError) Error() string {
	msg := "?"
	switch v := e.Value.(type) {
	case error:
		msg = v.Error()
	case string:
		msg = v
	}
	return e.Analyzer + ": panic: " + msg
}

// check returns what is wrong with a finding's span, or "".
func (r *runner) check(f *Finding) string {
	n := len(r.doc.Text)
	switch {
	case f.Start < 0 || f.End > n || f.Start >= f.End:
		return "is out of bounds (text has " + strconv.Itoa(n) + " bytes)"
	case !boundary(r.doc.Text, f.Start) || !boundary(r.doc.Text, f.End):
		return "splits a UTF-8 character"
	}
	return ""
}

// boundary reports whether off does not fall inside a valid multi-byte
// UTF-8 sequence.
func boundary(s string, off int) bool {
	if off == 0 || off == len(s) {
		return true
	}
	if utf8.RuneStart(s[off]) {
		return true
	}
	// off is on a continuation byte: fine only if it is not part of a
	// valid sequence that starts before it.
	for back := 1; back <= 3 && off-back >= 0; back++ {
		if utf8.RuneStart(s[off-back]) {
			r, size := utf8.DecodeRuneInString(s[off-back:])
			return r == utf8.RuneError && size == 1 || off-back+size <= off
		}
	}
	return true
}
