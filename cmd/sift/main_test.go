package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

const article = `Officials said nearly 5 million shells were sent to the front last year, according to the ministry.
"We expect about 40% more," the minister, Anna Lee, told reporters on Tuesday.
Prices could rise by $2.5 billion, some analysts believe.
`

// runCmd runs the command with args and stdin and returns its outputs.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// wireReport is the report as a reader decodes it.
type wireReport struct {
	ID       json.RawMessage `json:"id"`
	File     string          `json:"file"`
	Text     *string         `json:"text"`
	Findings []struct {
		Kind  string `json:"kind"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Why   string `json:"why"`
	} `json:"findings"`
	Error string `json:"error"`
}

// checkReport decodes one JSON report and checks it against the text its
// offsets refer to.
func checkReport(t *testing.T, line, text string) wireReport {
	t.Helper()
	var r wireReport
	dec := json.NewDecoder(strings.NewReader(line))
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("invalid report %q: %v", line, err)
	}
	if r.Findings == nil {
		t.Fatalf("report without a findings array: %s", line)
	}
	if r.Text != nil {
		text = *r.Text // offsets of an HTML report index its plain text
	}
	for _, f := range r.Findings {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			t.Errorf("finding %+v out of bounds of %d bytes", f, len(text))
			continue
		}
		if want := strings.ToValidUTF8(text[f.Start:f.End], "\uFFFD"); f.Text != want {
			t.Errorf("finding text %q, covered bytes %q", f.Text, want)
		}
		if f.Why == "" {
			t.Errorf("finding %+v has no why", f)
		}
	}
	return r
}

func TestRunJSON(t *testing.T) {
	code, out, errs := runCmd(t, article, "--json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, `{"findings":[`) || strings.Count(out, "\n") != 1 {
		t.Errorf("--json output is not one report object: %.80q", out)
	}
	r := checkReport(t, out, article)
	if r.Text != nil || r.File != "" || r.ID != nil {
		t.Errorf("plain-text report has extra members: %s", out)
	}

	// The same through a file, with "-" also naming stdin.
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", article)
	if code, out2, _ := runCmd(t, "", "--json", p); code != 0 || out2 != out {
		t.Errorf("file and stdin disagree (exit %d):\n%s\n%s", code, out2, out)
	}
	if code, out2, _ := runCmd(t, article, "-json", "-"); code != 0 || out2 != out {
		t.Errorf(`"-" and stdin disagree (exit %d)`, code)
	}
}

func TestRunJSONSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", article)
	bin := writeFile(t, dir, "b.bin", "PK\x03\x04\x00\x00binary")
	missing := filepath.Join(dir, "missing.txt")
	code, out, errs := runCmd(t, "", "--json", a, bin, missing, a)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("want one line per file, got %d:\n%s", len(lines), out)
	}
	for i, want := range []string{a, bin, missing, a} {
		r := checkReport(t, lines[i], article)
		if r.File != want {
			t.Errorf("line %d: file %q, want %q", i+1, r.File, want)
		}
		if failed := i == 1 || i == 2; failed != (r.Error != "") {
			t.Errorf("line %d: error %q", i+1, r.Error)
		}
	}
	for _, want := range []string{bin + ": binary input", missing + ": cannot read"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q does not say %q", errs, want)
		}
	}
}

func TestRunText(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	code, out, errs := runCmd(t, article)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("colour written to a non-terminal")
	}
	if !strings.Contains(out, "Summary: ") {
		t.Errorf("no summary:\n%s", out)
	}
	// Taking the marks out gives the text back.
	body, _, _ := strings.Cut(out, "\n\n^1 ")
	body, _, _ = strings.Cut(body, "\n\nSummary:")
	if got := unmark(body); got != strings.TrimSuffix(article, "\n") {
		t.Errorf("marked text does not read as the input:\n%s", body)
	}

	code, out, _ = runCmd(t, article, "--summary")
	if code != 0 || strings.Contains(out, "front last year") && !strings.Contains(out, `"`) {
		t.Errorf("--summary printed the text:\n%s", out)
	}
}

// unmark removes plain-mode marks: "[" openers and "]^N" closers. The test
// article has no brackets of its own.
func unmark(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '[':
		case s[i] == ']' && i+1 < len(s) && s[i+1] == '^':
			i++
			for i+1 < len(s) && '0' <= s[i+1] && s[i+1] <= '9' {
				i++
			}
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func TestRunColor(t *testing.T) {
	defer func(f func(io.Writer) bool) { isTerminal = f }(isTerminal)
	isTerminal = func(io.Writer) bool { return true }
	const text = "The ministry said 40 people died.\n"
	tests := []struct {
		noColor, term string
		flag          string
		want          bool
	}{
		{"", "xterm", "", true},
		{"1", "xterm", "", false},
		{"", "dumb", "", false},
		{"1", "xterm", "--color=always", true},
		{"", "xterm", "--color=never", false},
		{"", "xterm", "--color=auto", true},
	}
	for _, tt := range tests {
		t.Setenv("NO_COLOR", tt.noColor)
		t.Setenv("TERM", tt.term)
		args := []string{}
		if tt.flag != "" {
			args = append(args, tt.flag)
		}
		code, out, _ := runCmd(t, text, args...)
		if got := strings.Contains(out, "\x1b["); code != 0 || got != tt.want {
			t.Errorf("NO_COLOR=%q TERM=%s %s: exit %d, colour %v, want %v", tt.noColor, tt.term, tt.flag, code, got, tt.want)
		}
	}
	if code, _, errs := runCmd(t, text, "--color=sometimes"); code != exitInput || !strings.Contains(errs, "--color") {
		t.Errorf("bad --color: exit %d, stderr %q", code, errs)
	}
}

func TestRunJSONL(t *testing.T) {
	texts := []string{article, "Nothing to see here.", "Über 300 Menschen — «about 12%» 🎉"}
	var in strings.Builder
	enc := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	in.WriteString("\ufeff" + `{"id": 1, "text": ` + enc(texts[0]) + "}\n")        // BOM
	in.WriteString("{\"id\": \"two\", \"text\": \"broken\n")                       // line 2: invalid JSON
	in.WriteString(`{"text": ` + enc(texts[1]) + ", \"id\": {\"a\": [1, 2]}}\r\n") // CRLF, id last
	in.WriteString("\n")                                                           // blank: skipped
	in.WriteString(`{"id": 4, "text": 42}` + "\n")                                 // line 5
	in.WriteString(`[1, 2]` + "\n")                                                // line 6
	in.WriteString(`{"id": 7}` + "\n")                                             // line 7
	in.WriteString(`{"id": null, "text": ` + enc(texts[2]) + `}`)                  // no final newline

	code, out, errs := runCmd(t, in.String(), "--jsonl")
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []struct {
		id   string
		text string
		err  string
	}{
		{`1`, texts[0], ""},
		{`null`, "", "invalid JSON"},
		{`{"a":[1,2]}`, texts[1], ""},
		{`4`, "", `"text" must be a string`},
		{`null`, "", "JSON object"},
		{`7`, "", `no "text"`},
		{`null`, texts[2], ""},
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d output lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], `{"id":`+w.id+`,"findings":[`) {
			t.Errorf("line %d = %.60s, want id %s first", i+1, lines[i], w.id)
		}
		r := checkReport(t, lines[i], w.text)
		if !strings.Contains(r.Error, w.err) || (w.err == "") != (r.Error == "") {
			t.Errorf("line %d: error %q, want %q", i+1, r.Error, w.err)
		}
	}
	for _, msg := range []string{"<stdin>:2: invalid JSON", "<stdin>:5: ", "<stdin>:6: ", "<stdin>:7: "} {
		if !strings.Contains(errs, msg) {
			t.Errorf("stderr does not mention %q:\n%s", msg, errs)
		}
	}
	if strings.Contains(errs, "<stdin>:1:") || strings.Contains(errs, "<stdin>:3:") {
		t.Errorf("stderr blames a good line:\n%s", errs)
	}
}

func TestRunJSONLLongLine(t *testing.T) {
	// Lines far beyond any buffer size are read whole.
	long := strings.Repeat("The agency said 12 boats sank. ", 20000)
	line, _ := json.Marshal(map[string]any{"id": "long", "text": long})
	in := string(line) + "\n" + `{"id":"short","text":"x"}` + "\n"
	code, out, errs := runCmd(t, in, "--jsonl")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines", len(lines))
	}
	checkReport(t, lines[0], long)
	checkReport(t, lines[1], "x")
}

func TestRunHTML(t *testing.T) {
	const page = `<!DOCTYPE html><html><head><title>T</title><style>p{}</style>
<script>var x = "<p>5 million</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shells &amp; shortages</h1><p>Officials said nearly 5&nbsp;million shells were sent.</p>
<p>Prices rose 4% &mdash; some analysts believe.</p></article></body></html>`
	dir := t.TempDir()
	p := writeFile(t, dir, "page.HTML", page)
	for _, args := range [][]string{{"--json", p}, {"--json", "--html"}, {"--json"}} {
		code, out, errs := runCmd(t, page, args...)
		if code != 0 || errs != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		var r wireReport
		if err := json.Unmarshal([]byte(out), &r); err != nil || r.Text == nil {
			t.Fatalf("%v: no text member in %s", args, out)
		}
		checkReport(t, out, *r.Text)
		for _, gone := range []string{"<", "var x", "p{}", "&amp;"} {
			if strings.Contains(*r.Text, gone) {
				t.Errorf("%v: plain text keeps %q: %q", args, gone, *r.Text)
			}
		}
		if !strings.Contains(*r.Text, "Officials said nearly 5 million shells were sent.") {
			t.Errorf("%v: article text lost: %q", args, *r.Text)
		}
	}
	// Without a name or flag saying HTML, a file is text.
	txt := writeFile(t, dir, "page.txt", page)
	_, out, _ := runCmd(t, "", "--json", txt)
	if strings.Contains(out, `"text":"`+"\n") || strings.HasPrefix(out, `{"text"`) {
		t.Errorf(".txt file treated as HTML: %.80s", out)
	}
}

func TestRunBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", article)
	tests := []struct {
		name    string
		content string
		msg     string
	}{
		{"nul.txt", "text\x00with a NUL", "binary input (contains NUL"},
		{"utf16.txt", "\xff\xfeh\x00i\x00", "binary input"},
		{"noise.txt", strings.Repeat("\xc3\x28\xa0\xa1\xe2\x28", 100), "binary input (400 of 600 bytes are not valid UTF-8)"},
	}
	for _, tt := range tests {
		p := writeFile(t, dir, tt.name, tt.content)
		code, out, errs := runCmd(t, "", p, good)
		if code != exitInput {
			t.Errorf("%s: exit %d, want %d", tt.name, code, exitInput)
		}
		if !strings.Contains(errs, p+": "+tt.msg) {
			t.Errorf("%s: stderr %q, want %q", tt.name, errs, tt.msg)
		}
		// The good file after it is still done.
		if !strings.Contains(out, "==> "+good+" <==") || !strings.Contains(out, "Summary:") {
			t.Errorf("%s: the rest of the batch was not done:\n%s", tt.name, out)
		}
	}

	// A little Latin-1 is text with a warning, not binary.
	p := writeFile(t, dir, "latin1.txt", "Caf\xe9 prices rose 4% in M\xe1laga, officials said.")
	code, out, errs := runCmd(t, "", "--json", p)
	if code != 0 || !strings.Contains(errs, "warning: 2 bytes are not valid UTF-8") {
		t.Errorf("latin-1: exit %d, stderr %q", code, errs)
	}
	checkReport(t, out, "Caf\xe9 prices rose 4% in M\xe1laga, officials said.")

	code, _, errs = runCmd(t, "", filepath.Join(dir, "nope.txt"))
	if code != exitInput || !strings.Contains(errs, "nope.txt: cannot read: no such file") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "", dir)
	if code != exitInput || !strings.Contains(errs, "cannot read") {
		t.Errorf("directory: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "", "--jsonl", filepath.Join(dir, "nope.jsonl"))
	if code != exitInput || !strings.Contains(errs, "nope.jsonl: cannot read") {
		t.Errorf("missing jsonl: exit %d, stderr %q", code, errs)
	}
}

func TestRunUsage(t *testing.T) {
	code, out, errs := runCmd(t, "", "-h")
	if code != 0 || out != "" {
		t.Errorf("-h: exit %d, stdout %q", code, out)
	}
	for _, flag := range []string{"-json", "-jsonl", "-html", "-color", "-summary", "-version", "Exit status", "NO_COLOR",
		"  figure ", "  source ", "  hedge ", "  name-variant ", "  boilerplate "} {
		if !strings.Contains(errs, flag) {
			t.Errorf("-h does not document %s", flag)
		}
	}
	if code, _, _ := runCmd(t, "", "--bogus"); code != exitInput {
		t.Errorf("unknown flag: exit %d", code)
	}
	if code, _, errs := runCmd(t, "", "--json", "--jsonl"); code != exitInput || errs == "" {
		t.Errorf("--json --jsonl: exit %d", code)
	}
	if code, out, _ := runCmd(t, "", "--version"); code != 0 || !strings.HasPrefix(out, "sift ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestEmptyInput(t *testing.T) {
	for _, args := range [][]string{nil, {"--json"}} {
		code, out, errs := runCmd(t, "", args...)
		if code != 0 || errs != "" || !utf8.ValidString(out) {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	if _, out, _ := runCmd(t, "", "--json"); out != "{\"findings\":[]}\n" {
		t.Errorf("empty --json = %q", out)
	}
	if code, out, _ := runCmd(t, "", "--jsonl"); code != 0 || out != "" {
		t.Errorf("empty --jsonl: exit %d, out %q", code, out)
	}
}

func TestRunJSONLHTML(t *testing.T) {
	in := `{"id":"p","text":"<nav><a href=/>Home</a></nav><p>Officials said 5 people died.</p><script>x=1</script>"}` + "\n"
	code, out, errs := runCmd(t, in, "--jsonl", "--html")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, `{"id":"p","text":"`) {
		t.Fatalf("no plain text after the id: %s", out)
	}
	r := checkReport(t, out, "")
	if r.Text == nil || !strings.Contains(*r.Text, "Officials said 5 people died.") || strings.Contains(*r.Text, "x=1") {
		t.Errorf("plain text %v", r.Text)
	}
}
