package main

import (
	"bufio"
	"encoding/json"
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

// writeJSONReport writes head, the findings and, when res.err is set, an
// "error" member, then a newline.
func writeJSONReport(w *bufio.Writer, head []byte, res result) {
	buf := append(head, `"findings":[`...)
	for i := range res.report.Findings {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = res.report.Findings[i].AppendJSON(buf)
		if len(buf) >= 32<<10 {
			w.Write(buf)
			buf = buf[:0]
		}
	}
	buf = append(buf, ']')
	if res.err != nil {
		buf = append(buf, `,"error":`...)
		buf = jsonString(buf, oneLine(res.err.Error()))
	}
	buf = append(buf, '}', '\n')
	w.Write(buf)
}
