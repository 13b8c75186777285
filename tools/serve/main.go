// Command serve serves Sift's page for development, builds the static
// bundle, and reports what the WebAssembly binary is made of.
//
//	go run ./tools/serve -addr localhost:8080 -dir web   # serve web/
//	go run ./tools/serve -build dist -dir web            # write the bundle to dist/
//	go run ./tools/serve -size web/sift.wasm             # sizes and per-package cost
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/siftnews/sift/tools/serve/site"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "address to serve on")
	dir := flag.String("dir", "web", "the site's directory")
	build := flag.String("build", "", "write the static bundle of -dir to this directory and exit")
	size := flag.String("size", "", "report the size of this wasm file and what each package adds, and exit")
	pkg := flag.String("pkg", "./wasm", "with -size: the package the wasm is built from")
	top := flag.Int("top", 25, "with -size: how many packages to list")
	marg := flag.Bool("marginal", true, "with -size: also build reference programs to measure what each layer adds")
	funcs := flag.Int("funcs", 0, "with -size: also list this many of the largest functions")
	buildFlags := flag.String("buildflags", "", "with -size: the go build flags the wasm was built with (space-separated, no quotes), for the breakdown's and the reference programs' builds")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: serve [-addr host:port] [-dir web] | -build dist [-dir web] | -size web/sift.wasm")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}

	var err error
	switch {
	case *build != "" && *size != "":
		err = errors.New("-build and -size cannot be used together")
	case *build != "":
		err = runBuild(*dir, *build)
	case *size != "":
		err = runSize(*size, *pkg, strings.Fields(*buildFlags), *top, *funcs, *marg)
	default:
		err = serve(*addr, *dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func serve(addr, dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("%s has no index.html (is -dir right?)", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "sift.wasm")); err != nil {
		fmt.Fprintf(os.Stderr, "serve: warning: %s/sift.wasm is missing; run make web/sift.wasm\n", dir)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	host := ln.Addr().String()
	if h, port, err := net.SplitHostPort(host); err == nil && (h == "127.0.0.1" || h == "::1" || h == "::" || h == "0.0.0.0") {
		host = net.JoinHostPort("localhost", port)
	}
	fmt.Printf("Sift: serving %s on http://%s/ (Ctrl-C to stop)\n", dir, host)
	srv := &http.Server{
		Handler:           logRequests(site.Handler(dir)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	return srv.Serve(ln)
}

// logRequests prints one line per failed request, so a missing file shows
// in the terminal without drowning it in asset fetches.
func logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		if sw.status >= 400 {
			fmt.Fprintf(os.Stderr, "%s %s %s → %d\n", time.Now().Format("15:04:05"), r.Method, r.URL.Path, sw.status)
		}
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func runBuild(src, dst string) error {
	start := time.Now()
	if err := site.Build(src, dst); err != nil {
		return err
	}
	type row struct {
		name         string
		raw, gz, br  int64
		srcSize      int64
		hasGz, hasBr bool
	}
	var rows []row
	var total row
	err := filepath.WalkDir(dst, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".br") {
			return err
		}
		rel, _ := filepath.Rel(dst, p)
		r := row{name: filepath.ToSlash(rel), raw: fileSize(p), gz: fileSize(p + ".gz"), br: fileSize(p + ".br"),
			srcSize: fileSize(filepath.Join(src, rel))}
		rows = append(rows, r)
		total.srcSize += r.srcSize
		total.raw += r.raw
		total.gz += pick(r.gz, r.raw)
		total.br += pick(r.br, r.raw)
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Printf("%-24s %10s %10s %10s %10s\n", "file", "source", "bundled", "gzip", "brotli")
	for _, r := range rows {
		fmt.Printf("%-24s %10d %10d %10s %10s\n", r.name, r.srcSize, r.raw, orDash(r.gz), orDash(r.br))
	}
	fmt.Printf("%-24s %10d %10d %10d %10d\n", "total (as transferred)", total.srcSize, total.raw, total.gz, total.br)
	fmt.Printf("wrote %s in %.1fs\n", dst, time.Since(start).Seconds())
	return nil
}

func fileSize(p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		return -1
	}
	return fi.Size()
}

func pick(v, otherwise int64) int64 {
	if v < 0 {
		return otherwise
	}
	return v
}

func orDash(v int64) string {
	if v < 0 {
		return "-"
	}
	return fmt.Sprint(v)
}

// sorted returns the keys of m by descending value.
func sorted(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}
