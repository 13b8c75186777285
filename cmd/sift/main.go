// Command sift reads news critically: it marks every figure and who it is
// attributed to, hedging words, names that look misspelled and the page
// boilerplate around an article, using the same engine as the browser page.
//
// Usage:
//
//	sift [flags] [FILE...]
//
// With no FILE, or when FILE is -, sift reads standard input. See sift -h
// for the flags and the output formats.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/siftnews/sift/internal/analyze"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades memory for speed unless the user set GOGC or GOMEMLIMIT:
// the engine's cost is dominated by collecting the token slices of each
// text, and a higher GC target about halves that (make bench, GOGC=400),
// while the memory limit keeps huge batches bounded.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

// Exit statuses. A run that meets several problems exits with the highest.
const (
	exitOK = 0
	// exitEngine means a detector misbehaved; the output is still usable
	// and the error is printed on stderr (and in the JSON as "error").
	exitEngine = 1
	// exitInput means bad usage or an input that could not be analyzed:
	// an unreadable or binary file, an invalid JSONL line.
	exitInput = 2
)

const usage = `Usage: sift [flags] [FILE...]

Sift marks what a careful reader checks in a news article: figures and who
they are attributed to, sources (anonymous ones flagged), hedging words,
names that look misspelled, and page boilerplate. It reads each FILE, or
standard input when there is none or FILE is "-".

Output formats:
  (default)  the text with marks, a numbered list of the findings with why
             and their fields, and a summary: counts per kind, figures with
             their sources (unsourced first), sources and name variants.
             Without colour a mark reads [marked text]^N; with colour the
             text is coloured by kind and ^N follows it.
  --json     the report {"findings":[...]} for one input; each finding has
             kind, start, end (UTF-8 byte offsets, end exclusive), text, why
             and kind-specific fields. HTML input adds "text", the plain text
             the offsets refer to. A detector error adds "error". With several
             files, one report per line with "file" first.
  --jsonl    batches: each input line is {"id": any JSON, "text": "..."};
             each output line is {"id": ..., "findings": [...]}, in order
             (with --html, "text" is HTML and the output adds the plain
             "text"). A bad line gets {"id": ..., "findings": [], "error": ...}
             and a message on stderr; the batch goes on.

Inputs ending in .html or .htm, or any input with --html, are converted from
HTML first (scripts, styles and markup dropped; page furniture noted for the
boilerplate detector). Standard input that starts with an HTML doctype or
<html> tag is treated as HTML too.

Plain text over 1 MB (far beyond any article: a file that size is many) is
analyzed in pieces of about 1 MB cut at paragraph breaks, and --json streams
the report, so memory stays bounded; pronouns and name variants are not
linked across pieces. --jsonl holds one line at a time.

Exit status: 0 when all went well; 1 when a detector misbehaved (the output
is still printed and the error goes to stderr); 2 for bad usage, unreadable
or binary input or invalid JSONL lines (the other inputs are still done).

Flags:
`

type options struct {
	json, jsonl, html, summaryOnly bool
	color                          bool
	files                          []string
}

// run is the whole command with its environment passed in, so tests drive it
// end to end. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sift", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opt options
	fs.BoolVar(&opt.json, "json", false, "print the report as JSON")
	fs.BoolVar(&opt.jsonl, "jsonl", false, `read JSON lines {"id":...,"text":...} and write one report per line`)
	fs.BoolVar(&opt.html, "html", false, "treat every input as HTML")
	fs.BoolVar(&opt.summaryOnly, "summary", false, "print only the findings list and summary, not the marked text")
	colorMode := fs.String("color", "auto", "colour the marks: `auto` (when stdout is a terminal and NO_COLOR is unset), always or never")
	version := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
		fmt.Fprint(fs.Output(), "\nKinds of findings:\n")
		writeKinds(fs.Output())
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitInput
	}
	if *version {
		fmt.Fprintln(stdout, "sift", buildVersion())
		return exitOK
	}
	if opt.json && opt.jsonl {
		fmt.Fprintln(stderr, "sift: --json and --jsonl cannot be used together")
		return exitInput
	}
	switch *colorMode {
	case "always":
		opt.color = true
	case "never":
	case "auto":
		opt.color = os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb" && isTerminal(stdout)
	default:
		fmt.Fprintf(stderr, "sift: --color must be auto, always or never, not %q\n", *colorMode)
		return exitInput
	}
	opt.files = fs.Args()
	if len(opt.files) == 0 {
		opt.files = []string{"-"}
	}

	c := &command{opt: opt, stdin: stdin, stderr: stderr}
	return c.main(stdout)
}

// writeKinds lists each kind with the one-line summary of the analyzer that
// reports it, in display order.
func writeKinds(w io.Writer) {
	for _, a := range analyze.Analyzers {
		summary, _, _ := strings.Cut(a.Doc, ". ")
		summary = strings.TrimSuffix(strings.Join(strings.Fields(summary), " "), ".") + "."
		for _, k := range a.Kinds {
			fmt.Fprintf(w, "  %-13s %s\n", k, summary)
		}
	}
}

// isTerminal reports whether w is a terminal. Tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// displayName is how an input is named in messages.
func displayName(file string) string {
	if file == "-" {
		return "<stdin>"
	}
	return file
}

// isHTMLName reports whether a file name says HTML.
func isHTMLName(file string) bool {
	lower := strings.ToLower(file)
	return strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm")
}
