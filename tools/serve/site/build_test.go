package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// bundleSite is a placeholder site with files worth minifying.
var bundleSite = map[string]string{
	"index.html": `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>  Sift  </title>
  <link rel="stylesheet" href="style.css">
</head>
<body>
  <!-- a comment to drop -->
  <p>
     Sift   reads the news.
  </p>
  <script type="module" src="app.js"></script>
</body>
</html>
`,
	"style.css": "body {\n  color : #000000;\n  margin: 0px 0px 0px 0px;\n}\n\n/* comment */\n",
	"app.js": `// A comment to drop.
function greet(name) {
    const message = "Hello, " + name;
    return message;
}
export const result = greet("reader");
` + strings.Repeat("console.log(greet('again'));\n", 40),
	"sw.js":                "const CACHE = 'sift-" + VersionPlaceholder + "';\nself.addEventListener('install', (event) => {\n  event.waitUntil(caches.open(CACHE));\n});\n",
	"manifest.webmanifest": "{\n  \"name\": \"Sift\",\n  \"display\": \"standalone\"\n}\n",
	"icon.svg":             "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n  <!-- c -->\n  <rect x=\"0\" y=\"0\" width=\"10\" height=\"10\"/>\n</svg>\n",
	"sift.wasm":            "\x00asm\x01\x00\x00\x00" + strings.Repeat("\x00\x01\x02\x03", 200),
	"old.js.gz":            "stale precompressed copy",
	".hidden":              "not deployed",
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBuild(t *testing.T) {
	src := writeSite(t, bundleSite)
	dst := filepath.Join(t.TempDir(), "dist")
	if err := Build(src, dst); err != nil {
		t.Fatal(err)
	}

	// Minified: smaller, comments and runs of spaces gone.
	for _, name := range []string{"index.html", "style.css", "app.js", "sw.js", "manifest.webmanifest", "icon.svg"} {
		out := readFile(t, filepath.Join(dst, name))
		added := 0
		if name == "index.html" {
			added = len(`<meta http-equiv="Content-Security-Policy" content="` + metaCSP() + `">`)
		}
		if len(out)-added >= len(bundleSite[name]) {
			t.Errorf("%s: %d bytes from %d, not minified", name, len(out), len(bundleSite[name]))
		}
		for _, gone := range []string{"comment", "/* c", "<!-- c", "  "} {
			if strings.Contains(out, gone) {
				t.Errorf("%s keeps %q:\n%s", name, gone, out)
			}
		}
	}
	html := readFile(t, filepath.Join(dst, "index.html"))
	for _, want := range []string{`<meta http-equiv="Content-Security-Policy"`, "script-src 'self' 'wasm-unsafe-eval'", "Sift reads the news.", `src="app.js"`} {
		if !strings.Contains(html, want) {
			t.Errorf("index.html lacks %q:\n%s", want, html)
		}
	}
	if strings.Contains(html, "frame-ancestors") {
		t.Error("frame-ancestors is ignored in <meta>; it should be left out")
	}
	if i, j := strings.Index(html, "charset"), strings.Index(html, "Content-Security-Policy"); i < 0 || j < i || i > 1024 {
		t.Errorf("charset must come first, within 1024 bytes:\n%s", html)
	}

	// The wasm is copied byte for byte.
	if got := readFile(t, filepath.Join(dst, "sift.wasm")); got != bundleSite["sift.wasm"] {
		t.Error("sift.wasm changed")
	}

	// The version replaces the placeholder, nowhere is one left, and it is
	// the hash of the bundle.
	sw := readFile(t, filepath.Join(dst, "sw.js"))
	err := filepath.WalkDir(dst, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(readFile(t, p), VersionPlaceholder) {
			t.Errorf("%s keeps the placeholder", p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sw, "sift-") || len(sw) < 20 {
		t.Errorf("sw.js = %q", sw)
	}

	// Every text file and the wasm has .gz and .br copies that decompress
	// to the same bytes; files the source only had precompressed are gone.
	for _, name := range []string{"index.html", "app.js", "sift.wasm"} {
		want := readFile(t, filepath.Join(dst, name))
		zr, err := gzip.NewReader(strings.NewReader(readFile(t, filepath.Join(dst, name+".gz"))))
		if err != nil {
			t.Fatalf("%s.gz: %v", name, err)
		}
		if got, err := io.ReadAll(zr); err != nil || string(got) != want {
			t.Errorf("%s.gz does not decompress to %s (%v)", name, name, err)
		}
		got, err := io.ReadAll(brotli.NewReader(strings.NewReader(readFile(t, filepath.Join(dst, name+".br")))))
		if err != nil || string(got) != want {
			t.Errorf("%s.br does not decompress to %s (%v)", name, name, err)
		}
	}
	for _, absent := range []string{"old.js.gz", "old.js", ".hidden"} {
		if _, err := os.Stat(filepath.Join(dst, absent)); err == nil {
			t.Errorf("%s was deployed", absent)
		}
	}

	// Served by Handler, the bundle negotiates its copies and keeps the
	// version the build wrote.
	h := Handler(dst)
	resp := get(t, h, "GET", "/sift.wasm", "Accept-Encoding", "gzip")
	if resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("dist sift.wasm: %v", resp.Header)
	}
	if got := body(t, get(t, h, "GET", "/sw.js")); got != sw {
		t.Errorf("served sw.js %q, built %q", got, sw)
	}
}

func TestBuildIsDeterministicAndVersioned(t *testing.T) {
	src := writeSite(t, bundleSite)
	out := t.TempDir()
	build := func(name string) string {
		dst := filepath.Join(out, name)
		if err := Build(src, dst); err != nil {
			t.Fatal(err)
		}
		return dst
	}
	a, b := build("a"), build("b")
	for _, name := range []string{"sw.js", "app.js.gz", "sift.wasm.br"} {
		if readFile(t, filepath.Join(a, name)) != readFile(t, filepath.Join(b, name)) {
			t.Errorf("%s differs between two builds of the same site", name)
		}
	}
	os.WriteFile(filepath.Join(src, "style.css"), []byte("body{color:red}"), 0o644)
	c := build("c")
	if readFile(t, filepath.Join(a, "sw.js")) == readFile(t, filepath.Join(c, "sw.js")) {
		t.Error("changing style.css did not change the service worker's version")
	}
	// Rebuilding over an earlier bundle replaces it.
	os.Remove(filepath.Join(src, "icon.svg"))
	build("c")
	if _, err := os.Stat(filepath.Join(c, "icon.svg")); err == nil {
		t.Error("a file removed from the site stayed in the rebuilt bundle")
	}
}

func TestBuildRefusesDangerousTargets(t *testing.T) {
	src := writeSite(t, bundleSite)
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "thesis.tex"), []byte("years of work"), 0o644)
	for name, dst := range map[string]string{
		"the source itself":        src,
		"inside the source":        filepath.Join(src, "dist"),
		"a parent of the source":   filepath.Dir(src),
		"a directory not a bundle": other,
	} {
		if err := Build(src, dst); err == nil {
			t.Errorf("%s: Build succeeded", name)
		}
	}
	if readFile(t, filepath.Join(other, "thesis.tex")) != "years of work" {
		t.Error("an unrelated directory was touched")
	}
	if _, err := os.Stat(filepath.Join(src, "index.html")); err != nil {
		t.Error("the source was touched")
	}
}

func TestBuildFailureKeepsPreviousBundle(t *testing.T) {
	src := writeSite(t, bundleSite)
	dst := filepath.Join(t.TempDir(), "dist")
	if err := Build(src, dst); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, filepath.Join(dst, "app.js"))
	os.WriteFile(filepath.Join(src, "app.js"), []byte("function ( {"), 0o644)
	if err := Build(src, dst); err == nil || !strings.Contains(err.Error(), "app.js") {
		t.Errorf("a syntax error in app.js gave %v", err)
	}
	if readFile(t, filepath.Join(dst, "app.js")) != before {
		t.Error("the failed build changed the previous bundle")
	}
	entries, _ := os.ReadDir(filepath.Dir(dst))
	if len(entries) != 1 {
		t.Errorf("temporary directories left behind: %v", entries)
	}
}

func TestAddCSPMeta(t *testing.T) {
	meta := `<meta http-equiv="Content-Security-Policy" content="` + metaCSP() + `">`
	tests := []struct{ in, want string }{
		{`<html><head><meta charset="utf-8"><title>x</title>`, `<html><head><meta charset="utf-8">` + meta + `<title>x</title>`},
		{`<HTML><HEAD lang=en><title>x</title>`, `<HTML><HEAD lang=en>` + meta + `<title>x</title>`},
		{`<head><meta http-equiv='content-security-policy' content="default-src 'none'">`, `<head><meta http-equiv='content-security-policy' content="default-src 'none'">`},
		{`<p>fragment</p>`, `<p>fragment</p>`},
		{`<header>not a head</header>`, `<header>not a head</header>`},
	}
	for _, tt := range tests {
		if got := string(addCSPMeta([]byte(tt.in))); got != tt.want {
			t.Errorf("addCSPMeta(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	if !bytes.Contains([]byte(meta), []byte("object-src 'none'")) {
		t.Error("meta policy lost its directives")
	}
}

func TestGzipRoundTrip(t *testing.T) {
	data := bytes.Repeat([]byte("Sift marks figures, sources and hedges. "), 500)
	gz, err := Gzip(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(gz) >= len(data) {
		t.Errorf("compressed %d bytes to %d", len(data), len(gz))
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	back, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back, data) {
		t.Error("gzip round trip changed the data")
	}
	if again, _ := Gzip(data); !bytes.Equal(again, gz) {
		t.Error("the same input gave different bytes")
	}
}
