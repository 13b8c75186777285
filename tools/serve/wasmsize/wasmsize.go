// Package wasmsize reads a WebAssembly binary built by Go and says where its
// bytes go: the size of each section, and the code of each function
// attributed to its Go package through the "name" section (present unless
// the binary was linked with -s).
//
// `go tool nm` does not read WebAssembly, hence this small reader of the
// binary format (https://webassembly.github.io/spec/core/binary/).
package wasmsize

import (
	"errors"
	"strconv"
	"strings"
)

// Section is one section of the module.
type Section struct {
	ID   byte
	Name string // custom sections' own name, else the standard name
	Size int    // bytes of content, without the id and size header
}

// Func is one function defined in the module.
type Func struct {
	Name string // from the name section; "" when stripped
	Size int    // bytes of its body in the code section
	Body []byte // the body, for estimating its compressed size
}

// Module is what Parse finds.
type Module struct {
	Sections []Section
	Funcs    []Func
}

var sectionNames = [...]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount",
}

// Parse reads the sections of a WebAssembly module, the function bodies and
// their names.
func Parse(b []byte) (*Module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("wasmsize: not a WebAssembly module")
	}
	m := &Module{}
	r := reader{b: b, off: 8}
	imported := 0
	var names map[int]string
	var bodies [][]byte
	for r.off < len(r.b) {
		id := r.byte()
		size := r.uint()
		if r.err != nil || size > len(r.b)-r.off {
			return nil, r.fail("truncated section header")
		}
		content := reader{b: r.b[r.off : r.off+size]}
		r.off += size
		s := Section{ID: id, Size: size}
		if int(id) < len(sectionNames) {
			s.Name = sectionNames[id]
		} else {
			s.Name = "unknown " + strconv.Itoa(int(id))
		}
		switch id {
		case 0:
			s.Name = content.name()
			if s.Name == "name" {
				names = content.funcNames()
			}
		case 2:
			imported = content.importedFuncs()
		case 10:
			bodies = content.bodies()
		}
		if content.err != nil {
			return nil, errors.New("wasmsize: " + s.Name + " section: " + content.err.Error())
		}
		m.Sections = append(m.Sections, s)
	}
	for i, body := range bodies {
		m.Funcs = append(m.Funcs, Func{Name: names[imported+i], Size: len(body), Body: body})
	}
	return m, nil
}

type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(msg string) error {
	if r.err == nil {
		r.err = errors.New(msg + " at byte " + strconv.Itoa(r.off))
	}
	return r.err
}

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.b) {
		r.fail("unexpected end")
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

// uint reads an unsigned LEB128 number of at most 32 bits.
func (r *reader) uint() int {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > 1<<32-1 {
				r.fail("number out of range")
			}
			return int(v)
		}
	}
	r.fail("number too long")
	return 0
}

func (r *reader) bytes() []byte {
	n := r.uint()
	if r.err != nil || n > len(r.b)-r.off {
		r.fail("truncated vector")
		return nil
	}
	b := r.b[r.off : r.off+n]
	r.off += n
	return b
}

func (r *reader) name() string { return string(r.bytes()) }

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.uint()
	}
	r.uint()
}

// importedFuncs counts the function imports, which come first in the
// function index space.
func (r *reader) importedFuncs() int {
	n, funcs := r.uint(), 0
	for i := 0; i < n && r.err == nil; i++ {
		r.name()
		r.name()
		switch r.byte() {
		case 0: // function: type index
			r.uint()
			funcs++
		case 1: // table: element type, limits
			r.byte()
			r.limits()
		case 2: // memory
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			r.fail("unknown import kind")
		}
	}
	return funcs
}

func (r *reader) bodies() [][]byte {
	n := r.uint()
	if r.err != nil || n > len(r.b) {
		r.fail("bad function count")
		return nil
	}
	out := make([][]byte, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		out = append(out, r.bytes())
	}
	return out
}

// funcNames reads the function-names subsection of the name section.
func (r *reader) funcNames() map[int]string {
	names := map[int]string{}
	for r.off < len(r.b) && r.err == nil {
		id := r.byte()
		sub := reader{b: r.bytes()}
		if id != 1 {
			continue
		}
		n := sub.uint()
		for i := 0; i < n && sub.err == nil; i++ {
			idx := sub.uint()
			names[idx] = sub.name()
		}
		if sub.err != nil {
			r.err = sub.err
		}
	}
	return names
}

// Packages maps the names Go's wasm linker gives packages in the name
// section to their import paths: it writes "github.com/x/y.F" as
// "github.com_x_y.F", so a symbol's package cannot be read off the symbol
// alone and is matched against the packages the program was built from.
type Packages map[string]string

// NewPackages indexes import paths; "main" is always included.
func NewPackages(paths []string) Packages {
	p := Packages{"main": "main"}
	for _, path := range paths {
		p[mangle(path)] = path
	}
	return p
}

func mangle(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_') {
			b[i] = '_'
		}
	}
	return string(b)
}

// Package returns the import path of the Go package a symbol belongs to:
// "github.com_hack-pad_safejs.Value.Get" → "github.com/hack-pad/safejs",
// "slices.SortFunc[go.shape.…]" → "slices". Compiler-generated helpers
// (type equality, wrappers) and unnamed functions get a group of their own.
func (p Packages) Package(sym string) string {
	switch {
	case sym == "":
		return "(unnamed)"
	case strings.HasPrefix(sym, "type_."), strings.HasPrefix(sym, "type:"),
		strings.HasPrefix(sym, "go_"), strings.HasPrefix(sym, "go:"):
		return "(compiler-generated)"
	}
	if i := strings.IndexByte(sym, '['); i >= 0 {
		sym = sym[:i] // type arguments name other packages
	}
	// The first prefix ending before a dot that names a package.
	for i := 0; i < len(sym); i++ {
		if sym[i] == '.' {
			if path, ok := p[sym[:i]]; ok {
				return path
			}
		}
	}
	if i := strings.IndexByte(sym, '.'); i > 0 {
		return strings.ReplaceAll(sym[:i], "_", "/")
	}
	return "(other)"
}

// Group names the part of the program a package belongs to, for the
// per-dependency summary: the Go runtime, the rest of the standard library,
// the module's own code, or a third-party module by its path.
func Group(pkg, module string) string {
	switch {
	case strings.HasPrefix(pkg, "("):
		return "runtime"
	case pkg == "main":
		return "bridge (main)"
	case strings.HasPrefix(pkg, module+"/"):
		rest := strings.TrimPrefix(pkg, module+"/")
		if strings.HasPrefix(rest, "internal/analyze") {
			return "engine (" + module + "/internal/analyze/...)"
		}
		return module + "/" + rest
	}
	first, _, _ := strings.Cut(pkg, "/")
	if !strings.Contains(first, ".") {
		switch {
		case pkg == "runtime" || strings.HasPrefix(pkg, "runtime/") || strings.HasPrefix(pkg, "internal/") ||
			pkg == "sync" || strings.HasPrefix(pkg, "sync/") || pkg == "syscall":
			return "runtime"
		case pkg == "fmt":
			return "fmt"
		}
		return "std (other)"
	}
	// A third-party module: its path is the first three elements for the
	// common hosts, enough to tell dependencies apart.
	parts := strings.Split(pkg, "/")
	if len(parts) > 3 {
		parts = parts[:3]
	}
	return strings.Join(parts, "/")
}
