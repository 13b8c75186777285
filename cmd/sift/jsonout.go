package main

import (
	"bufio"
	"encoding/json"

	"github.com/siftnews/sift/internal/analyze"
)

// The JSON outputs are written a finding at a time, in the byte-exact shape
// of Report.AppendJSON, so that a report of a large input never exists as
// one more copy in memory.

// jsonString encodes s as a JSON string, escaped as the engine's encoder
// does (both follow encoding/json).
func jsonString(dst []byte, s string) []byte {
	b, _ := json.Marshal(s) // a string always marshals
	return append(dst, b...)
}

// jsonHead starts a report object with the members that come before
// "findings": the file name with several --json inputs, and the plain text
// when the input was converted from HTML.
func jsonHead(file, text string, html bool) []byte {
	head := []byte{'{'}
	if file != "" {
		head = append(head, `"file":`...)
		head = jsonString(head, file)
		head = append(head, ',')
	}
	return appendTextMember(head, text, html)
}

func appendTextMember(head []byte, text string, html bool) []byte {
	if html {
		head = append(head, `"text":`...)
		head = jsonString(head, text)
		head = append(head, ',')
	}
	return head
}

// reportWriter writes one report object: a head, findings added in order
// in one or more batches, and an "error" member when there was one.
type reportWriter struct {
	w   *bufio.Writer
	buf []byte
	n   int // findings written so far
}

func newReportWriter(w *bufio.Writer, head []byte) *reportWriter {
	return &reportWriter{w: w, buf: append(head, `"findings":[`...)}
}

func (rw *reportWriter) add(fs []analyze.Finding) {
	for i := range fs {
		if rw.n > 0 {
			rw.buf = append(rw.buf, ',')
		}
		rw.n++
		rw.buf = fs[i].AppendJSON(rw.buf)
		if len(rw.buf) >= 32<<10 {
			rw.w.Write(rw.buf)
			rw.buf = rw.buf[:0]
		}
	}
}

// end closes the object and the line.
func (rw *reportWriter) end(err error) {
	rw.buf = append(rw.buf, ']')
	if err != nil {
		rw.buf = append(rw.buf, `,"error":`...)
		rw.buf = jsonString(rw.buf, oneLine(err.Error()))
	}
	rw.buf = append(rw.buf, '}', '\n')
	rw.w.Write(rw.buf)
}

// writeJSONReport writes a whole report after head.
func writeJSONReport(w *bufio.Writer, head []byte, res result) {
	rw := newReportWriter(w, head)
	rw.add(res.report.Findings)
	rw.end(res.err)
}
