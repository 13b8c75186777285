package site

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeSite writes files (name → content) under a new temporary directory.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gz(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// A placeholder site: the page engineer owns the real one in web/.
var placeholder = map[string]string{
	"index.html":           "<!doctype html><html><head><meta charset=utf-8><title>t</title></head><body><p>Sift</p><script src=app.js></script></body></html>",
	"app.js":               "console.log('app');\n",
	"style.css":            "body { color: black; }\n",
	"sw.js":                "const CACHE = 'sift-" + VersionPlaceholder + "';\nself.addEventListener('install', () => {});\n",
	"sift.wasm":            "\x00asm\x01\x00\x00\x00",
	"wasm_exec.js":         "// runtime glue\n",
	"manifest.webmanifest": `{"name": "Sift"}`,
	"icon.svg":             `<svg xmlns="http://www.w3.org/2000/svg"/>`,
	"data.json":            `{"a": 1}`,
	"notes.txt":            "plain",
	"blob.bin":             "\x01\x02",
	"sub/index.html":       "<!doctype html><title>sub</title>",
	"big.js":               strings.Repeat("var x = 1;\n", 100),
	"big.js.gz":            "gzipped big.js",
	"big.js.br":            "brotli big.js",
	"only-gz.css":          "plain css",
	"only-gz.css.gz":       "gzipped css",
	".env":                 "SECRET=1",
	".git/config":          "secret",
}

func get(t *testing.T, h http.Handler, method, target string, header ...string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestContentTypes(t *testing.T) {
	h := Handler(writeSite(t, placeholder))
	tests := []struct{ path, want string }{
		{"/", "text/html; charset=utf-8"},
		{"/index.html", "text/html; charset=utf-8"},
		{"/app.js", "text/javascript; charset=utf-8"},
		{"/sw.js", "text/javascript; charset=utf-8"},
		{"/style.css", "text/css; charset=utf-8"},
		{"/sift.wasm", "application/wasm"},
		{"/manifest.webmanifest", "application/manifest+json"},
		{"/icon.svg", "image/svg+xml"},
		{"/data.json", "application/json"},
		{"/notes.txt", "text/plain; charset=utf-8"},
		{"/blob.bin", "application/octet-stream"},
		{"/sub/", "text/html; charset=utf-8"},
	}
	for _, tt := range tests {
		resp := get(t, h, "GET", tt.path)
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", tt.path, resp.StatusCode)
		}
		if got := resp.Header.Get("Content-Type"); got != tt.want {
			t.Errorf("%s: Content-Type %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	h := Handler(writeSite(t, placeholder))
	etag := get(t, h, "GET", "/app.js").Header.Get("ETag")
	tests := []struct {
		method, path string
		header       []string
		status       int
	}{
		{"GET", "/", nil, 200},
		{"HEAD", "/sift.wasm", nil, 200},
		{"GET", "/sw.js", nil, 200},
		{"GET", "/missing.js", nil, 404},
		{"GET", "/../etc/passwd", nil, 404},
		{"POST", "/", nil, 405},
		{"GET", "/app.js", []string{"If-None-Match", etag}, 304},
		{"GET", "/big.js", []string{"Range", "bytes=0-9"}, 206},
		{"GET", "/app.js", []string{"Range", "bytes=9999-"}, 416},
		{"GET", "/big.js", []string{"Accept-Encoding", "gzip"}, 200},
	}
	for _, tt := range tests {
		resp := get(t, h, tt.method, tt.path, tt.header...)
		if resp.StatusCode != tt.status {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, resp.StatusCode, tt.status)
		}
		if got := resp.Header.Get("Content-Security-Policy"); got != CSP {
			t.Errorf("%s %s (%d): CSP %q", tt.method, tt.path, resp.StatusCode, got)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s %s (%d): X-Content-Type-Options %q", tt.method, tt.path, resp.StatusCode, got)
		}
	}
	if !strings.Contains(CSP, "script-src 'self' 'wasm-unsafe-eval'") || strings.Contains(CSP, "unsafe-inline") {
		t.Errorf("CSP %q must allow wasm and no inline script", CSP)
	}
}

func TestCacheControl(t *testing.T) {
	h := Handler(writeSite(t, placeholder))
	for _, p := range []string{"/", "/index.html", "/sw.js", "/sift.wasm"} {
		resp := get(t, h, "GET", p)
		if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s: Cache-Control %q, want no-cache", p, got)
		}
		if resp.Header.Get("ETag") == "" {
			t.Errorf("%s: no ETag, so revalidation would re-send the file", p)
		}
	}
}

func TestPrecompressedNegotiation(t *testing.T) {
	h := Handler(writeSite(t, placeholder))
	tests := []struct {
		path, accept string
		encoding     string
		body         string
	}{
		{"/big.js", "", "", strings.Repeat("var x = 1;\n", 100)},
		{"/big.js", "gzip", "gzip", "gzipped big.js"},
		{"/big.js", "gzip, deflate, br", "br", "brotli big.js"},
		{"/big.js", "br;q=0, gzip", "gzip", "gzipped big.js"},
		{"/big.js", "gzip;q=0", "", strings.Repeat("var x = 1;\n", 100)},
		{"/big.js", "*", "br", "brotli big.js"},
		{"/big.js", "identity", "", strings.Repeat("var x = 1;\n", 100)},
		{"/only-gz.css", "br, gzip", "gzip", "gzipped css"},
		{"/only-gz.css", "br", "", "plain css"},
		{"/app.js", "gzip, br", "", "console.log('app');\n"},
	}
	for _, tt := range tests {
		resp := get(t, h, "GET", tt.path, "Accept-Encoding", tt.accept)
		if got := resp.Header.Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("%s with %q: Content-Encoding %q, want %q", tt.path, tt.accept, got, tt.encoding)
		}
		if got := body(t, resp); got != tt.body {
			t.Errorf("%s with %q: body %q, want %q", tt.path, tt.accept, got, tt.body)
		}
		if ct := resp.Header.Get("Content-Type"); ct != ContentType(tt.path) {
			t.Errorf("%s with %q: Content-Type %q is the variant's", tt.path, tt.accept, ct)
		}
		if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", tt.path)
		}
	}
	// The variants differ, and so must their validators.
	a := get(t, h, "GET", "/big.js").Header.Get("ETag")
	b := get(t, h, "GET", "/big.js", "Accept-Encoding", "gzip").Header.Get("ETag")
	if a == b {
		t.Errorf("identity and gzip share ETag %s", a)
	}
}

func TestServedGzipDecompresses(t *testing.T) {
	files := map[string]string{"index.html": "<p>x</p>", "a.js": "let a = 'hello';"}
	files["a.js.gz"] = gz(t, files["a.js"])
	srv := httptest.NewServer(Handler(writeSite(t, files)))
	defer srv.Close()
	// The client asks for gzip itself and decompresses transparently.
	resp, err := srv.Client().Get(srv.URL + "/a.js")
	if err != nil {
		t.Fatal(err)
	}
	if got := body(t, resp); got != files["a.js"] || !resp.Uncompressed {
		t.Errorf("got %q (uncompressed by client: %v)", got, resp.Uncompressed)
	}
}

func TestServiceWorkerVersion(t *testing.T) {
	dir := writeSite(t, placeholder)
	h := Handler(dir)
	sw := func() string {
		resp := get(t, h, "GET", "/sw.js", "Accept-Encoding", "gzip, br")
		if resp.Header.Get("Content-Encoding") != "" {
			t.Error("sw.js served from a precompressed copy")
		}
		return body(t, resp)
	}
	first := sw()
	if strings.Contains(first, VersionPlaceholder) {
		t.Fatalf("placeholder left in %q", first)
	}
	v, err := Version(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first, "'sift-"+v+"'") || len(v) != 16 {
		t.Errorf("sw.js %q does not carry version %q", first, v)
	}
	if again := sw(); again != first {
		t.Errorf("version changed without a change: %q then %q", first, again)
	}
	// Changing any asset must change the cache name.
	time.Sleep(10 * time.Millisecond)
	if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte("console.log('v2');\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if second := sw(); second == first || strings.Contains(second, VersionPlaceholder) {
		t.Errorf("after a change sw.js is %q, was %q", second, first)
	}
	// Dot files and precompressed copies are not part of the version.
	v1, _ := Version(os.DirFS(dir))
	os.WriteFile(filepath.Join(dir, ".DS_Store"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "app.js.gz"), []byte("x"), 0o644)
	if v2, _ := Version(os.DirFS(dir)); v2 != v1 {
		t.Errorf("version moved from %s to %s for files that are not served resources", v1, v2)
	}
}

func TestPathTraversalRefused(t *testing.T) {
	parent := t.TempDir()
	os.WriteFile(filepath.Join(parent, "secret.txt"), []byte("SECRET"), 0o644)
	dir := filepath.Join(parent, "web")
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>x</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, ".env"), []byte("SECRET"), 0o644)
	if err := os.Symlink(filepath.Join(parent, "secret.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	os.Symlink("../secret.txt", filepath.Join(dir, "rel.txt"))
	os.Symlink(parent, filepath.Join(dir, "up"))
	h := Handler(dir)

	for _, p := range []string{
		"/../secret.txt", "/sub/../../secret.txt", "/..", "/sub/..", "/..\\secret.txt", "/sub\\..\\..\\secret.txt",
		"/.env", "/sub/.env", "/link.txt", "/rel.txt", "/up/secret.txt", "/index.html\x00.txt", "/%2e%2e/secret.txt",
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.URL.Path = p // as the server decodes it, "%2e" included
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code == 200 || strings.Contains(w.Body.String(), "SECRET") {
			t.Errorf("%q: status %d, body %q", p, w.Code, w.Body.String())
		}
	}

	// The same over a real connection, with request lines a browser
	// would never send and Go's client would clean.
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, target := range []string{"/../secret.txt", "/%2e%2e/secret.txt", "/sub/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%5csecret.txt"} {
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		conn.Write([]byte("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		b := body(t, resp)
		conn.Close()
		if resp.StatusCode == 200 || strings.Contains(b, "SECRET") {
			t.Errorf("raw %s: status %d, body %q", target, resp.StatusCode, b)
		}
	}
}

func TestNoDirectoryListing(t *testing.T) {
	h := Handler(writeSite(t, map[string]string{"index.html": "x", "assets/a.js": "a"}))
	if resp := get(t, h, "GET", "/assets/"); resp.StatusCode != 404 {
		t.Errorf("/assets/ without index.html: status %d, want 404", resp.StatusCode)
	}
}

func TestMissingDirectory(t *testing.T) {
	h := Handler(filepath.Join(t.TempDir(), "nope"))
	if resp := get(t, h, "GET", "/"); resp.StatusCode != 500 || resp.Header.Get("Content-Security-Policy") != CSP {
		t.Errorf("status %d", resp.StatusCode)
	}
}

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"", "gzip", false},
		{"gzip", "gzip", true},
		{"GZIP", "gzip", true},
		{"deflate, gzip;q=0.5", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.0", "gzip", false},
		{"*;q=0.1", "br", true},
		{"*, br;q=0", "br", false},
		{"gzipped", "gzip", false},
	}
	for _, tt := range tests {
		if got := accepts(tt.header, tt.coding); got != tt.want {
			t.Errorf("accepts(%q, %q) = %v", tt.header, tt.coding, got)
		}
	}
}
