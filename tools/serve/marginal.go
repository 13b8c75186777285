package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// A step of the marginal-cost table: a program that adds one dependency to
// the step before it. The engine is reached through syscall/js alone, so
// the step from it to the real bridge is what safejs (and the bridge's own
// code) adds on top of the engine.
type step struct {
	name, src string
}

var steps = []step{
	{"empty Go program (runtime)", `package main

func main() { select {} }
`},
	{"+ syscall/js, one callback", `package main

import "syscall/js"

func main() {
	js.Global().Set("f", js.FuncOf(func(this js.Value, args []js.Value) any { return args[0].String() }))
	select {}
}
`},
	{"+ the engine (Analyze, AnalyzeHTML, AppendJSON)", `package main

import (
	"syscall/js"

	"github.com/siftnews/sift/internal/analyze"
)

func main() {
	js.Global().Set("f", js.FuncOf(func(this js.Value, args []js.Value) any {
		r, _ := analyze.Analyze(args[0].String())
		_, r2, _ := analyze.AnalyzeHTML(args[1].String())
		return string(r2.AppendJSON(r.AppendJSON(nil)))
	}))
	select {}
}
`},
	{"+ fmt (safejs imports it)", `package main

import (
	"fmt"
	"syscall/js"

	"github.com/siftnews/sift/internal/analyze"
)

func main() {
	js.Global().Set("f", js.FuncOf(func(this js.Value, args []js.Value) any {
		r, err := analyze.Analyze(args[0].String())
		_, r2, _ := analyze.AnalyzeHTML(args[1].String())
		return string(r2.AppendJSON(r.AppendJSON(nil))) + fmt.Errorf("%+v", err).Error()
	}))
	select {}
}
`},
}

// marginal builds each step inside the module (internal packages are only
// importable from there; a directory starting with "." is invisible to
// ./... patterns) and prints its gzipped size and what it adds, ending with
// the bridge itself.
func marginal(pkg string, buildFlags []string, bridge []byte) error {
	tmp, err := os.MkdirTemp("tools/serve", ".size-")
	if err != nil {
		return fmt.Errorf("-marginal must run from the module root: %v", err)
	}
	defer os.RemoveAll(tmp)
	fmt.Printf("\nmarginal cost, each program built as the wasm is (gzip -9):\n")
	prev := 0
	row := func(name string, raw, gz int) {
		add := ""
		if prev > 0 {
			add = fmt.Sprintf("%+9.1f kB", float64(gz-prev)/1000)
		}
		fmt.Printf("  %-52s %10s %10s gz %s\n", name, kb(raw), kb(gz), add)
		prev = gz
	}
	for i, s := range steps {
		dir := filepath.Join(tmp, fmt.Sprint(i))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(s.src), 0o644); err != nil {
			return err
		}
		out := filepath.Join(tmp, fmt.Sprint(i)+".wasm")
		args := append(append([]string{"build", "-trimpath", "-ldflags=-s -w"}, buildFlags...), "-o", out, "./"+filepath.ToSlash(dir))
		cmd := exec.Command("go", args...)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("building %q: %v", s.name, err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			return err
		}
		row(s.name, len(b), gzipLen(b))
	}
	row("+ safejs and the bridge ("+pkg+")", len(bridge), gzipLen(bridge))
	return nil
}
