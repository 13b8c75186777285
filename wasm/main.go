// Command wasm is Sift's browser bridge: built with GOOS=js GOARCH=wasm into
// web/sift.wasm, it registers globalThis.sift in the page's Web Worker so the
// page (and any other page or extension) can run the engine:
//
//	sift.analyze(text)     → '{"findings":[...]}', the command line's --json
//	sift.analyzeHTML(html) → '{"text":"...","findings":[...]}', offsets into text
//	sift.kinds()           → '[{"kind":"figure","analyzer":"figures","doc":"..."}, ...]'
//	sift.version           → the build's version string
//
// Every call returns a JSON string. When the engine reports an error next to
// its report, or the call itself fails (a bad argument, a Go panic, a
// JavaScript exception), the object carries an extra "error" member; the
// calls never throw and never bring the Go runtime down. When registration
// is done the bridge calls globalThis.onSiftReady() if it is a function.
//
// This is the only package that touches JavaScript, and it does so through
// github.com/hack-pad/safejs so that JavaScript exceptions arrive as Go
// errors. It stays small on purpose: no fmt, encoding/json or reflection of
// its own (they would all ship in the binary); JSON is written by hand.
package main

// version is set at link time with -ldflags "-X main.version=...". The
// build info is not consulted: runtime/debug's parser would add 16 kB of
// code to say "(devel)", which is what a build from a work tree records.
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	return "dev"
}
