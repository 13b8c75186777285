package main

import (
	"runtime"
	"slices"
	"strings"

	"github.com/siftnews/sift/internal/analyze"
	"github.com/siftnews/sift/internal/analyze/analysis"
)

// The engine entry points the bridge calls. They are variables so tests can
// make the engine fail or panic on purpose.
var (
	analyzeText = analyze.Analyze
	analyzeHTML = analyze.AnalyzeHTML
)

// analyzeJSON runs the engine over text and returns the report as JSON,
// byte for byte what the command line's --json prints, plus an "error"
// member when the engine reported one. It never panics.
func analyzeJSON(text string) (out []byte) {
	defer recoverJSON(&out, false)
	r, err := analyzeText(text)
	// Findings average well under 200 bytes of JSON; the guess saves the
	// first few slice growths on long articles.
	dst := make([]byte, 0, 64+len(r.Findings)*160)
	return withError(r.AppendJSON(dst), err)
}

// analyzeHTMLJSON converts html to plain text with its line structure, runs
// the engine over it and returns {"text":...,"findings":[...]} with offsets
// into "text". It never panics.
func analyzeHTMLJSON(html string) (out []byte) {
	defer recoverJSON(&out, true)
	plain, r, err := analyzeHTML(html)
	dst := make([]byte, 0, 64+len(plain)+len(plain)/8+len(r.Findings)*160)
	dst = append(dst, `{"text":`...)
	dst = analysis.AppendJSONString(dst, plain)
	dst = append(dst, ',')
	// The report object continues this one: append it and close the gap
	// its opening brace leaves, rather than encode it to a buffer of its
	// own and copy that.
	at := len(dst)
	dst = r.AppendJSON(dst)
	dst = append(dst[:at], dst[at+1:]...)
	return withError(dst, err)
}

// kindsJSON describes every finding kind the engine reports, in the order
// readers are shown them (analysis.Kinds, then any kind an analyzer adds
// that the list does not have yet), with the analyzer that reports it and
// that analyzer's doc, so the page builds its legend and toggles from the
// engine rather than from a copy.
func kindsJSON() (out []byte) {
	defer func() {
		if p := recover(); p != nil {
			out = []byte(`[]`)
		}
	}()
	type entry struct {
		kind analysis.Kind
		a    *analysis.Analyzer
	}
	var entries []entry
	for _, k := range analysis.Kinds {
		for _, a := range analyze.Analyzers {
			if slices.Contains(a.Kinds, k) {
				entries = append(entries, entry{k, a})
				break
			}
		}
	}
	for _, a := range analyze.Analyzers {
		for _, k := range a.Kinds {
			if !slices.Contains(analysis.Kinds, k) {
				entries = append(entries, entry{k, a})
			}
		}
	}
	out = append(out, '[')
	for i, e := range entries {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, `{"kind":`...)
		out = analysis.AppendJSONString(out, string(e.kind))
		out = append(out, `,"analyzer":`...)
		out = analysis.AppendJSONString(out, e.a.Name)
		out = append(out, `,"doc":`...)
		out = analysis.AppendJSONString(out, e.a.Doc)
		out = append(out, '}')
	}
	return append(out, ']')
}

// withError adds an "error" member to the JSON object obj when err is set,
// on one line as the command line writes it (the engine joins one error per
// misbehaving detector with newlines).
func withError(obj []byte, err error) []byte {
	if err == nil {
		return obj
	}
	return appendErrorMember(obj, strings.ReplaceAll(err.Error(), "\n", "; "))
}

func appendErrorMember(obj []byte, msg string) []byte {
	obj = obj[:len(obj)-1] // the closing brace
	if obj[len(obj)-1] != '{' {
		obj = append(obj, ',')
	}
	obj = append(obj, `"error":`...)
	obj = analysis.AppendJSONString(obj, msg)
	return append(obj, '}')
}

// errorJSON is the reply of a call that produced no report at all.
func errorJSON(msg string, withText bool) []byte {
	obj := []byte(`{"findings":[]}`)
	if withText {
		obj = []byte(`{"text":"","findings":[]}`)
	}
	return appendErrorMember(obj, msg)
}

// recoverJSON turns a panic in the calling function into an error reply, so
// a bug in the engine costs one analysis instead of the whole Go runtime
// (after an unrecovered panic in a callback, every later call would fail).
// The stack goes to the console for whoever debugs it.
func recoverJSON(out *[]byte, withText bool) {
	p := recover()
	if p == nil {
		return
	}
	stack := make([]byte, 8<<10)
	stack = stack[:runtime.Stack(stack, false)]
	println("sift: recovered panic:", panicMessage(p))
	println(string(stack))
	*out = errorJSON("internal error: "+panicMessage(p), withText)
}

func panicMessage(p any) string {
	switch v := p.(type) {
	case error:
		return v.Error()
	case string:
		return v
	case interface{ String() string }:
		return v.String()
	}
	return "panic of unexpected type"
}
