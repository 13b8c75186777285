//go:build !(js && wasm)

package main

import "os"

// On other platforms the package only builds so that its pure-Go parts can
// be tested with the rest of the module; the binary itself is useless.
func main() {
	os.Stderr.WriteString("sift/wasm " + buildVersion() + ": build with GOOS=js GOARCH=wasm; see web/\n")
	os.Exit(2)
}
