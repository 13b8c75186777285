package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// batchFile runs --jsonl over one input: a JSON object {"id":..., "text":...}
// per line in, a report {"id":..., "findings":[...]} per line out, in the
// same order. Lines are streamed, so memory is bounded by the longest line,
// whatever the length of the batch.
func (c *command) batchFile(w *bufio.Writer, file string) {
	name := displayName(file)
	rc, err := c.open(file)
	if err != nil {
		c.problem(exitInput, name+": "+err.Error())
		return
	}
	defer rc.Close()
	r := bufio.NewReaderSize(rc, 64<<10)
	var line []byte
	for n := 1; ; n++ {
		if r.Buffered() == 0 {
			// The next read may block on a pipe: let whoever feeds us
			// line by line see the answers so far.
			if w.Flush() != nil {
				return // output is gone; main reports the write error
			}
		}
		line, err = readLine(r, line[:0])
		if len(line) > 0 || err == nil {
			c.batchLine(w, name+":"+strconv.Itoa(n), line)
		}
		if err != nil {
			if err != io.EOF {
				c.problem(exitInput, name+": "+err.Error())
			}
			return
		}
	}
}

// readLine appends the next line of r to buf, without its line ending. It
// returns io.EOF with the last line when that has no line ending, and with
// an empty line at the end of the input.
func readLine(r *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		chunk, err := r.ReadSlice('\n')
		buf = append(buf, chunk...)
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			buf = buf[:len(buf)-1]
			if n := len(buf); n > 0 && buf[n-1] == '\r' {
				buf = buf[:n-1]
			}
			return buf, nil
		default:
			return buf, err
		}
	}
}

// batchItem is one input line of --jsonl.
type batchItem struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// batchLine answers one input line; where is "file:line" for messages.
// Blank lines are skipped. A line that cannot be analyzed still gets an
// output line, with its id when that could be read, so outputs stay aligned
// with inputs.
func (c *command) batchLine(w *bufio.Writer, where string, line []byte) {
	// A byte-order mark, as some Windows tools write at the start of a
	// file, is not JSON.
	line = bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\ufeff")))
	if len(line) == 0 {
		return
	}
	item, err := parseBatchItem(line)
	id := []byte("null")
	if len(item.ID) > 0 {
		var compact bytes.Buffer
		if json.Compact(&compact, item.ID) == nil {
			id = compact.Bytes()
		}
	}
	head := append([]byte(`{"id":`), id...)
	head = append(head, ',')
	if err != nil {
		c.problem(exitInput, where+": "+err.Error())
		writeJSONReport(w, head, result{err: err})
		return
	}
	res := analyzeInput(*item.Text, c.opt.html)
	if res.err != nil {
		c.problem(exitEngine, where+": engine: "+oneLine(res.err.Error()))
	}
	writeJSONReport(w, appendTextMember(head, res.text, res.html), res)
}

func parseBatchItem(line []byte) (batchItem, error) {
	var item batchItem
	if line[0] != '{' {
		return item, errors.New(`invalid line: want a JSON object {"id": ..., "text": "..."}`)
	}
	err := json.Unmarshal(line, &item)
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field == "text":
		return item, errors.New(`invalid line: "text" must be a string, not ` + typeErr.Value)
	case err != nil:
		return item, errors.New("invalid JSON: " + err.Error())
	case item.Text == nil:
		return item, errors.New(`invalid line: no "text" string`)
	}
	return item, nil
}
