package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/siftnews/sift/internal/analyze"
)

// command holds one run's options and the exit status it has reached.
type command struct {
	opt    options
	stdin  io.Reader
	stderr io.Writer
	status int
}

// problem prints a message on stderr and raises the exit status.
func (c *command) problem(status int, msg string) {
	fmt.Fprintln(c.stderr, "sift: "+msg)
	c.status = max(c.status, status)
}

func (c *command) main(stdout io.Writer) int {
	w := bufio.NewWriterSize(stdout, 64<<10)
	if c.opt.jsonl {
		for _, file := range c.opt.files {
			c.batchFile(w, file)
		}
	} else {
		for i, file := range c.opt.files {
			c.one(w, file, i)
		}
	}
	if err := w.Flush(); err != nil {
		c.problem(exitInput, "writing output: "+err.Error())
	}
	return c.status
}

// one analyzes and prints one input file in the text or --json format.
func (c *command) one(w *bufio.Writer, file string, index int) {
	name := displayName(file)
	multi := len(c.opt.files) > 1
	data, err := c.read(file)
	if err == nil {
		err = checkText(data)
	}
	if err != nil {
		c.problem(exitInput, name+": "+err.Error())
		if c.opt.json && multi {
			// One line per file keeps the output aligned with the arguments.
			writeJSONReport(w, jsonHead(name, "", false), result{err: err})
		}
		return
	}
	if n := invalidUTF8(data); n > 0 {
		fmt.Fprintf(c.stderr, "sift: %s: warning: %d bytes are not valid UTF-8; offsets still count them\n", name, n)
	}
	html := c.opt.html || isHTMLName(file) || (file == "-" && looksLikeHTML(data))
	input := bytesToString(data)
	fileName := ""
	if c.opt.json && multi {
		fileName = name
	}
	if c.opt.json && !html && len(input) > pieceSize {
		// Stream the report piece by piece: memory stays bounded by a
		// piece whatever the size of the file.
		rw := newReportWriter(w, jsonHead(fileName, "", false))
		err := analyzeInPieces(input, pieceSize, func(fs []analyze.Finding) { rw.add(fs) })
		if err != nil {
			c.problem(exitEngine, name+": engine: "+oneLine(err.Error()))
		}
		rw.end(err)
		return
	}
	res := analyzeInput(input, html)
	if res.err != nil {
		c.problem(exitEngine, name+": engine: "+oneLine(res.err.Error()))
	}
	switch {
	case c.opt.json:
		writeJSONReport(w, jsonHead(fileName, res.text, res.html), res)
	default:
		if multi {
			if index > 0 {
				w.WriteString("\n")
			}
			fmt.Fprintf(w, "==> %s <==\n", name)
		}
		render(w, res.text, res.report, renderOptions{color: c.opt.color, summaryOnly: c.opt.summaryOnly})
	}
}

// read returns a file's bytes, or standard input's for "-".
func (c *command) read(file string) ([]byte, error) {
	if file == "-" {
		return io.ReadAll(c.stdin)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			// The file name is already in front of the message.
			err = pe.Err
		}
		return nil, errors.New("cannot read: " + err.Error())
	}
	return data, nil
}

// bytesToString returns data as a string without copying it: inputs can
// be tens of megabytes, and data is never written after it is read.
func bytesToString(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	return unsafe.String(&data[0], len(data))
}

// open returns a reader for a file, or standard input for "-".
func (c *command) open(file string) (io.ReadCloser, error) {
	if file == "-" {
		return io.NopCloser(c.stdin), nil
	}
	f, err := os.Open(file)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, errors.New("cannot read: " + err.Error())
	}
	return f, nil
}

// checkText rejects input that is not text: anything holding a NUL byte
// (binary formats and UTF-16 alike) or where invalid UTF-8 makes up more
// than a fifth of the bytes. Text in a legacy 8-bit encoding has a few
// stray bytes and still passes.
func checkText(data []byte) error {
	if bytes.IndexByte(data, 0) >= 0 {
		return errors.New("binary input (contains NUL bytes); sift reads UTF-8 text or HTML")
	}
	if n := invalidUTF8(data); n > 0 && n*5 > len(data) {
		return fmt.Errorf("binary input (%d of %d bytes are not valid UTF-8); sift reads UTF-8 text or HTML", n, len(data))
	}
	return nil
}

// invalidUTF8 counts the bytes of data that are not part of valid UTF-8.
func invalidUTF8(data []byte) int {
	n := 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

// looksLikeHTML reports whether data starts like an HTML document.
func looksLikeHTML(data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(data) > 64 {
		data = data[:64]
	}
	lower := strings.ToLower(string(data))
	return strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html")
}

// result is the engine's answer for one input.
type result struct {
	// text is what the offsets refer to: the input itself, or the plain
	// text converted from HTML.
	text   string
	html   bool
	report analyze.Report
	err    error
}

// analyzeInput runs the engine. The engine already contains misbehaving
// detectors; the recover here keeps a bug in the shared parse from taking
// the rest of a batch down with it.
func analyzeInput(input string, html bool) (res result) {
	res.text, res.html = input, html
	defer func() {
		if p := recover(); p != nil {
			res.report = analyze.Report{}
			res.err = fmt.Errorf("panic: %v", p)
		}
	}()
	switch {
	case html:
		res.text, res.report, res.err = analyzeHTML(input)
	case len(input) > pieceSize:
		res.err = analyzeInPieces(input, pieceSize, func(fs []analyze.Finding) {
			res.report.Findings = append(res.report.Findings, fs...)
		})
	default:
		res.report, res.err = analyze.Analyze(input)
	}
	return res
}

// pieceSize bounds the text the engine holds at once. The engine keeps
// about 15 bytes of parse per byte of text and allocates some 60 in all, so
// a 30 MB file in one go would need over a gigabyte; no article comes near
// 1 MB (a long read is 50 KB), and a file that large is many in a row.
var pieceSize = 1 << 20

// analyzeInPieces analyzes a long text in pieces of at most about size
// bytes cut at paragraph breaks (a blank line; failing that a line break,
// then a space), and passes each piece's findings, with offsets into the
// whole text, to found in order. Pronouns and name variants are not linked
// across pieces.
func analyzeInPieces(input string, size int, found func([]analyze.Finding)) error {
	var errs []error
	for off := 0; off < len(input); {
		end := cutPoint(input[off:], size) + off
		r, err := analyze.Analyze(input[off:end])
		if err != nil {
			errs = append(errs, err)
		}
		for i := range r.Findings {
			r.Findings[i].Start += off
			r.Findings[i].End += off
		}
		found(r.Findings)
		off = end
	}
	return errors.Join(errs...)
}

// cutPoint returns where to end the next piece of s: all of it when it fits
// in size, otherwise just after the last blank line, line break or space in
// the second half of the first size bytes, or at a character boundary.
func cutPoint(s string, size int) int {
	if len(s) <= size {
		return len(s)
	}
	window := s[size/2 : size]
	for _, sep := range []string{"\n\n", "\n\r\n", "\n", " "} {
		if i := strings.LastIndex(window, sep); i >= 0 {
			return size/2 + i + len(sep)
		}
	}
	cut := size
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if cut == 0 {
		cut = size
	}
	return cut
}

// oneLine joins a multi-line error message (errors.Join) with "; ".
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "; ") }

// buildVersion is the module version or VCS revision the binary was built
// from, as far as the build recorded it.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
		if s.Key == "vcs.modified" && s.Value == "true" {
			v += "+dirty"
		}
	}
	return v
}
