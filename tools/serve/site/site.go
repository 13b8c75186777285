// Package site serves Sift's static page and builds the bundle for static
// hosts. Both follow the same rules: the right MIME types (application/wasm
// for streaming compilation), one Content-Security-Policy that lets the page
// run WebAssembly but no inline or third-party script, precompressed copies
// when the client accepts them, and the service worker's cache name
// replaced by a hash of the files it caches, so each build gets a cache of
// its own.
package site

import (
	"bytes"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
)

// CSP is the Content-Security-Policy of every response. 'wasm-unsafe-eval'
// allows compiling WebAssembly and nothing else that eval would.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// VersionPlaceholder is the text in the service worker that is replaced by
// the content hash of the site.
const VersionPlaceholder = "__SIFT_VERSION__"

// serviceWorker is the file whose placeholder is replaced.
const serviceWorker = "sw.js"

// Handler serves the files under dir for development and tests:
//
//   - GET and HEAD only; "/" and directories serve their index.html, and
//     there are no directory listings;
//   - paths with "..", backslashes, NUL or a dot-file segment are refused,
//     and files are opened through an os.Root, so symbolic links cannot
//     lead outside dir either;
//   - every response, errors included, carries CSP, nosniff and
//     no-referrer headers;
//   - responses are "Cache-Control: no-cache" with an ETag, so a rebuild is
//     seen at once and an unchanged file costs a 304;
//   - name.br or name.gz is served instead of name when it exists and the
//     request accepts that encoding (brotli preferred);
//   - sw.js is served with VersionPlaceholder replaced by Version(dir).
//
// dir is opened on every request, so the handler keeps working when the
// directory is deleted and rebuilt.
func Handler(dir string) http.Handler {
	return &handler{dir: dir}
}

type handler struct {
	dir     string
	version versionCache
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", CSP)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := fileName(r.URL.Path)
	if !ok {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	root, err := os.OpenRoot(h.dir)
	if err != nil {
		http.Error(w, "500 cannot open the site directory", http.StatusInternalServerError)
		return
	}
	defer root.Close()

	info, err := root.Stat(name)
	if err == nil && info.IsDir() {
		name = path.Join(name, "index.html")
		info, err = root.Stat(name)
	}
	if err != nil || !info.Mode().IsRegular() {
		if err != nil && !errors.Is(err, fs.ErrNotExist) && !isEscape(err) {
			http.Error(w, "500 cannot read the file", http.StatusInternalServerError)
			return
		}
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}

	hdr.Set("Content-Type", ContentType(name))
	hdr.Set("Cache-Control", "no-cache")
	hdr.Add("Vary", "Accept-Encoding")

	if path.Base(name) == serviceWorker {
		h.serveWorker(w, r, root, name)
		return
	}

	served, enc := name, ""
	for _, e := range encodings {
		if !accepts(r.Header.Get("Accept-Encoding"), e.name) {
			continue
		}
		if ci, err := root.Stat(name + e.ext); err == nil && ci.Mode().IsRegular() {
			served, enc, info = name+e.ext, e.name, ci
			break
		}
	}
	f, err := root.Open(served)
	if err != nil {
		http.Error(w, "500 cannot read the file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	if enc != "" {
		hdr.Set("Content-Encoding", enc)
	}
	hdr.Set("ETag", `"`+strconv.FormatInt(info.Size(), 36)+"-"+strconv.FormatInt(info.ModTime().UnixNano(), 36)+enc+`"`)
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// serveWorker serves the service worker with its cache version filled in.
func (h *handler) serveWorker(w http.ResponseWriter, r *http.Request, root *os.Root, name string) {
	src, err := root.ReadFile(name)
	if err != nil {
		http.Error(w, "500 cannot read the file", http.StatusInternalServerError)
		return
	}
	v, err := h.version.get(root.FS())
	if err != nil {
		http.Error(w, "500 cannot hash the site", http.StatusInternalServerError)
		return
	}
	body := bytes.ReplaceAll(src, []byte(VersionPlaceholder), []byte(v))
	w.Header().Set("ETag", `"`+v+`"`)
	http.ServeContent(w, r, name, timeZero, bytes.NewReader(body))
}

// fileName maps a URL path to a slash-separated name inside the site, or
// reports false for a path that must not be served.
func fileName(urlPath string) (string, bool) {
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	var parts []string
	for _, p := range strings.Split(urlPath[1:], "/") {
		switch {
		case p == "":
			continue
		case strings.HasPrefix(p, "."):
			// "..", and dot files such as .git or .env.
			return "", false
		}
		parts = append(parts, p)
	}
	name := strings.Join(parts, "/")
	if name == "" || strings.HasSuffix(urlPath, "/") {
		name = path.Join(name, "index.html")
	}
	return name, true
}

// isEscape reports whether err is os.Root refusing a name that leads out of
// the directory (through a symbolic link); that is a 404 like any other.
func isEscape(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "escapes")
}

// encodings are the precompressed variants, in order of preference.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// accepts reports whether an Accept-Encoding header value allows coding,
// explicitly or through "*", with a non-zero quality.
func accepts(header, coding string) bool {
	star := false
	for _, item := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(item), ";")
		name = strings.TrimSpace(name)
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch {
		case strings.EqualFold(name, coding):
			return q > 0
		case name == "*":
			star = q > 0
		}
	}
	return star
}

// versionCache remembers the site's version until a file changes.
type versionCache struct {
	mu          sync.Mutex
	fingerprint string
	version     string
}

func (c *versionCache) get(fsys fs.FS) (string, error) {
	fp, err := fingerprint(fsys)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if fp == c.fingerprint && c.version != "" {
		return c.version, nil
	}
	v, err := Version(fsys)
	if err != nil {
		return "", err
	}
	c.fingerprint, c.version = fp, v
	return v, nil
}
