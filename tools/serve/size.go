package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/siftnews/sift/tools/serve/site"
	"github.com/siftnews/sift/tools/serve/wasmsize"
)

const budget = site.WasmBudget

// runSize prints the raw, gzip and brotli sizes of the wasm file, then
// builds an unstripped copy of pkg (the same code with its name section) to
// attribute the code section to packages.
func runSize(file, pkg string, buildFlags []string, top, funcs int, withMarginal bool) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	gz, br := gzipLen(data), brotliLen(data)
	fmt.Printf("%s: %s raw, %s gzip -9, %s brotli q9 (make dist uses q11, about 12%% smaller)\n", file, kb(len(data)), kb(gz), kb(br))
	if gz <= budget {
		fmt.Printf("budget: gzip %s of %s (%.0f%%) — within\n", kb(gz), kb(budget), 100*float64(gz)/budget)
	} else {
		fmt.Printf("budget: gzip %s of %s — OVER by %s\n", kb(gz), kb(budget), kb(gz-budget))
	}

	tmp, err := os.MkdirTemp("", "sift-size-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	full := filepath.Join(tmp, "sift.wasm")
	args := append(append([]string{"build", "-trimpath"}, buildFlags...), "-o", full, pkg)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building %s with names: %v", pkg, err)
	}
	unstripped, err := os.ReadFile(full)
	if err != nil {
		return err
	}
	m, err := wasmsize.Parse(unstripped)
	if err != nil {
		return err
	}
	stripped, err := wasmsize.Parse(data)
	if err != nil {
		return err
	}

	fmt.Printf("\nsections of %s (the name section is absent when built with -s):\n", file)
	for _, s := range stripped.Sections {
		fmt.Printf("  %-12s %10s\n", s.Name, kb(s.Size))
	}
	codeNow, codeNamed := sectionSize(stripped, "code"), sectionSize(m, "code")
	if codeNow != codeNamed {
		fmt.Printf("  note: %s's code section (%s) differs from a fresh build of %s (%s); the breakdown is of the fresh build\n",
			file, kb(codeNow), pkg, kb(codeNamed))
	}

	pkgs, err := depsOf(pkg)
	if err != nil {
		return err
	}
	byPkg := map[string]int{}
	bodies := map[string]*bytes.Buffer{}
	for _, f := range m.Funcs {
		p := pkgs.Package(f.Name)
		byPkg[p] += f.Size
		if bodies[p] == nil {
			bodies[p] = &bytes.Buffer{}
		}
		bodies[p].Write(f.Body)
	}
	module := modulePath()
	byGroup := map[string]int{}
	groupGz := map[string]int{}
	for p, n := range byPkg {
		g := wasmsize.Group(p, module)
		byGroup[g] += n
		groupGz[g] += gzipLen(bodies[p].Bytes())
	}

	fmt.Printf("\ncode by dependency (function bodies; gzip of each group's code alone):\n")
	for _, g := range sorted(byGroup) {
		fmt.Printf("  %-52s %10s %10s gz\n", g, kb(byGroup[g]), kb(groupGz[g]))
	}
	fmt.Printf("  %-52s %10s\n", "data section (strings, type info, pclntab, embedded word lists)", kb(sectionSize(m, "data")))

	fmt.Printf("\ntop %d packages by code:\n", top)
	for i, p := range sorted(byPkg) {
		if i == top {
			break
		}
		fmt.Printf("  %-52s %10s %10s gz\n", p, kb(byPkg[p]), kb(gzipLen(bodies[p].Bytes())))
	}
	if funcs > 0 {
		largest := slices.Clone(m.Funcs)
		slices.SortFunc(largest, func(a, b wasmsize.Func) int { return b.Size - a.Size })
		fmt.Printf("\nlargest %d functions:\n", funcs)
		for i, f := range largest {
			if i == funcs {
				break
			}
			fmt.Printf("  %-80s %10s\n", f.Name, kb(f.Size))
		}
	}
	if withMarginal {
		return marginal(pkg, buildFlags, data)
	}
	return nil
}

func sectionSize(m *wasmsize.Module, name string) int {
	n := 0
	for _, s := range m.Sections {
		if s.Name == name {
			n += s.Size
		}
	}
	return n
}

// depsOf lists the packages the wasm is built from.
func depsOf(pkg string) (wasmsize.Packages, error) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("listing the packages of %s: %v", pkg, err)
	}
	return wasmsize.NewPackages(strings.Fields(string(out))), nil
}

func modulePath() string {
	out, err := exec.Command("go", "list", "-m").Output()
	if err != nil {
		return "github.com/siftnews/sift"
	}
	return strings.TrimSpace(string(out))
}

func kb(n int) string {
	if n < 10_000 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.1f kB", float64(n)/1000)
}

// gzipLen is the size of b as a static host would serve it precompressed
// (make dist writes the same bytes).
func gzipLen(b []byte) int {
	gz, err := site.Gzip(b)
	if err != nil {
		return -1
	}
	return len(gz)
}

func brotliLen(b []byte) int {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, 9)
	w.Write(b)
	w.Close()
	return buf.Len()
}
