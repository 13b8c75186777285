package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// Build writes the static bundle of the site in srcDir to dstDir, ready for
// any static host as it is:
//
//   - HTML, CSS, JavaScript, JSON, the web manifest and SVG are minified;
//     other files (the WebAssembly, images) are copied as they are;
//   - every HTML page gets the Content-Security-Policy as a <meta> element
//     when it has none, since a static host may not send the header (the
//     meta form cannot carry frame-ancestors, which browsers ignore there);
//   - VersionPlaceholder in sw.js becomes the content hash of the bundle;
//   - text files and the WebAssembly get .gz and .br copies, when smaller,
//     for hosts that serve precompressed files (nginx gzip_static, Caddy
//     precompressed, or Handler).
//
// Dot files and existing .gz or .br files in srcDir are skipped. The bundle
// is written to a temporary directory next to dstDir and then replaces
// dstDir, so a failed build leaves the previous bundle alone. Build refuses
// a dstDir that overlaps srcDir, or an existing non-empty dstDir without an
// index.html, which is probably not an earlier bundle.
func Build(srcDir, dstDir string) error {
	if err := checkDirs(srcDir, dstDir); err != nil {
		return err
	}
	src, err := os.OpenRoot(srcDir)
	if err != nil {
		return err
	}
	defer src.Close()
	names, err := siteFiles(src.FS())
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return errors.New("build: " + srcDir + " has no files")
	}

	m := minifier()
	out := make(map[string][]byte, len(names))
	for _, name := range names {
		data, err := src.ReadFile(name)
		if err != nil {
			return err
		}
		if out[name], err = transform(m, name, data); err != nil {
			return errors.New("build: " + name + ": " + err.Error())
		}
	}

	// The version hashes the bundle as served, before the substitution.
	h := newHash()
	for _, name := range names {
		writeEntry(h, name, out[name])
	}
	version := h.version()
	for _, name := range names {
		if path.Base(name) == serviceWorker {
			out[name] = bytes.ReplaceAll(out[name], []byte(VersionPlaceholder), []byte(version))
		}
	}

	parent := filepath.Dir(filepath.Clean(dstDir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, ".sift-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // after the rename, there is nothing left to remove
	for _, name := range names {
		if err := writeFile(tmp, name, out[name]); err != nil {
			return err
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := os.RemoveAll(dstDir); err != nil {
		return err
	}
	return os.Rename(tmp, dstDir)
}

// checkDirs refuses builds that would delete or read from the wrong place.
func checkDirs(srcDir, dstDir string) error {
	srcAbs, err := filepath.Abs(srcDir)
	if err != nil {
		return err
	}
	dstAbs, err := filepath.Abs(dstDir)
	if err != nil {
		return err
	}
	if within(srcAbs, dstAbs) || within(dstAbs, srcAbs) {
		return errors.New("build: " + dstDir + " and " + srcDir + " overlap")
	}
	entries, err := os.ReadDir(dstAbs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case len(entries) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(dstAbs, "index.html")); err != nil {
		return errors.New("build: " + dstDir + " exists and does not look like a Sift bundle (no index.html); remove it first")
	}
	return nil
}

// within reports whether path p is dir or inside it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && (rel == "." || rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))
}

func minifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepQuotes: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("text/javascript", js.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/manifest+json", json.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	return m
}

// transform returns a file's bundled form: minified when the minifier knows
// its type, with the CSP meta element added to HTML.
func transform(m *minify.M, name string, data []byte) ([]byte, error) {
	mediatype, _, _ := strings.Cut(ContentType(name), ";")
	if mediatype == "text/html" {
		data = addCSPMeta(data)
	}
	out, err := m.Bytes(mediatype, data)
	if errors.Is(err, minify.ErrNotExist) {
		return data, nil
	}
	return out, err
}

var (
	cspMeta     = regexp.MustCompile(`(?i)<meta[^>]+http-equiv=["']?content-security-policy`)
	charsetMeta = regexp.MustCompile(`(?i)<meta[^>]+charset[^>]*>`)
	headTag     = regexp.MustCompile(`(?i)<head(\s[^>]*)?>`)
)

// addCSPMeta inserts the policy after the charset declaration (which must
// stay within the first 1024 bytes) or else at the start of <head>. A page
// that declares its own policy, or has no head, is left alone.
func addCSPMeta(page []byte) []byte {
	if cspMeta.Match(page) {
		return page
	}
	loc := charsetMeta.FindIndex(page)
	if loc == nil {
		loc = headTag.FindIndex(page)
	}
	if loc == nil {
		return page
	}
	meta := `<meta http-equiv="Content-Security-Policy" content="` + metaCSP() + `">`
	return slices.Concat(page[:loc[1]:loc[1]], []byte(meta), page[loc[1]:])
}

// metaCSP is CSP without the directives browsers ignore in a <meta>.
func metaCSP() string {
	var kept []string
	for _, d := range strings.Split(CSP, "; ") {
		if !strings.HasPrefix(d, "frame-ancestors") {
			kept = append(kept, d)
		}
	}
	return strings.Join(kept, "; ")
}

// writeFile writes one bundled file and its precompressed copies.
func writeFile(dir, name string, data []byte) error {
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	if !compressible(name) || len(data) < minCompress {
		return nil
	}
	gz, err := Gzip(data)
	if err != nil {
		return err
	}
	if len(gz) < len(data) {
		if err := os.WriteFile(p+".gz", gz, 0o644); err != nil {
			return err
		}
	}
	br, err := brotliBytes(data)
	if err != nil {
		return err
	}
	if len(br) < len(data) {
		if err := os.WriteFile(p+".br", br, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Files smaller than this gain nothing from compression worth a request
// header's negotiation.
const minCompress = 256

// WasmBudget is issue 6's limit on the engine as a reader downloads it:
// sift.wasm gzipped by Gzip, as the bundle precompresses it.
const WasmBudget = 1_000_000

// Gzip compresses data as small as gzip can: with the system's gzip -9
// (GNU gzip, in every Debian), whose deeper match search makes the wasm
// about 2% smaller than compress/gzip at its best level (998 against
// 1,016 kB), or with compress/gzip where there is no gzip command. The
// output carries no name or time, so the same input gives the same bytes.
func Gzip(data []byte) ([]byte, error) {
	if path, err := exec.LookPath("gzip"); err == nil {
		cmd := exec.Command(path, "-9", "-n", "-c")
		cmd.Stdin = bytes.NewReader(data)
		if out, err := cmd.Output(); err == nil {
			return out, nil
		}
	}
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func brotliBytes(data []byte) ([]byte, error) {
	var b bytes.Buffer
	// Quality 11 is slow in pure Go (about a minute for a 4 MB wasm on a
	// busy 2-core machine, 8 s at quality 9) but 12% smaller than 9, and a
	// bundle is built once and downloaded by every reader.
	w := brotli.NewWriterLevel(&b, brotli.BestCompression)
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
