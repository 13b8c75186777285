//go:build !(js && wasm)

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestBinaryInNode builds the real sift.wasm and runs it in Node the way
// the page's worker does, so main itself (registration, onSiftReady, the
// runtime staying alive for calls) is tested, not only its parts.
func TestBinaryInNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm binary")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	goroot := runtime.GOROOT()
	if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil && len(bytes.TrimSpace(out)) > 0 {
		goroot = string(bytes.TrimSpace(out))
	}
	wasmExec := filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")
	if _, err := os.Stat(wasmExec); err != nil {
		wasmExec = filepath.Join(goroot, "misc", "wasm", "wasm_exec.js")
	}
	bin := filepath.Join(t.TempDir(), "sift.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w -X main.version=test-1", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm: %v\n%s", err, out)
	}
	out, err := exec.Command(node, filepath.Join("testdata", "host.js"), wasmExec, bin).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Types       map[string]string
		Version     string
		Analyze     reply
		AnalyzeHTML reply
		Kinds       []map[string]string
		BadArgument reply
		Pwned       bool
		Error       string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if got.Error != "" {
		t.Fatal(got.Error)
	}
	want := map[string]string{"analyze": "function", "analyzeHTML": "function", "kinds": "function", "version": "string"}
	for k, v := range want {
		if got.Types[k] != v {
			t.Errorf("typeof sift.%s = %q, want %q", k, got.Types[k], v)
		}
	}
	if got.Version != "test-1" {
		t.Errorf("sift.version = %q, want the -X value", got.Version)
	}
	if got.Analyze.Findings == nil || got.Analyze.Error != nil {
		t.Errorf("sift.analyze: %+v", got.Analyze)
	}
	if got.AnalyzeHTML.Text == nil || *got.AnalyzeHTML.Text != "Officials said 12 people were hurt." {
		t.Errorf("sift.analyzeHTML text: %v", got.AnalyzeHTML.Text)
	}
	if len(got.Kinds) == 0 {
		t.Error("sift.kinds is empty")
	}
	if got.BadArgument.Error == nil || *got.BadArgument.Error != "sift.analyze: text must be a string, not object" {
		t.Errorf("bad argument: %+v", got.BadArgument)
	}
	if got.Pwned {
		t.Error("a script in analyzeHTML's input ran")
	}
}
