package wasmsize

import (
	"testing"
)

// uleb encodes n as unsigned LEB128.
func uleb(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func vec(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

func str(s string) []byte { return vec(uleb(len(s)), []byte(s)) }

func section(id byte, content []byte) []byte {
	return vec([]byte{id}, uleb(len(content)), content)
}

// module builds a module with one imported function, two defined ones with
// bodies of 3 and 200 bytes, and a name section naming all three.
func module() []byte {
	imports := vec(uleb(2),
		str("go"), str("debug"), []byte{0}, uleb(0), // function import
		str("env"), str("mem"), []byte{2, 1}, uleb(1), uleb(2), // memory with max
	)
	body2 := make([]byte, 200)
	code := vec(uleb(2), uleb(3), []byte{0, 0x41, 0x0b}, uleb(len(body2)), body2)
	names := vec(uleb(3),
		uleb(0), str("go.debug"),
		uleb(1), str("runtime.main"),
		uleb(2), str("github.com_hack_pad_safejs.Value.Get"),
	)
	nameSec := vec(str("name"), []byte{0}, uleb(2), []byte{0, 0}, []byte{1}, uleb(len(names)), names)
	return vec([]byte("\x00asm\x01\x00\x00\x00"),
		section(2, imports), section(10, code), section(11, make([]byte, 300)), section(0, nameSec))
}

func TestParse(t *testing.T) {
	m, err := Parse(module())
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Funcs) != 2 {
		t.Fatalf("%d functions, want 2", len(m.Funcs))
	}
	if f := m.Funcs[0]; f.Name != "runtime.main" || f.Size != 3 {
		t.Errorf("first function %q of %d bytes", f.Name, f.Size)
	}
	if f := m.Funcs[1]; f.Name != "github.com_hack_pad_safejs.Value.Get" || f.Size != 200 {
		t.Errorf("second function %q of %d bytes", f.Name, f.Size)
	}
	var got []string
	for _, s := range m.Sections {
		got = append(got, s.Name)
	}
	if want := "import code data name"; joined(got) != want {
		t.Errorf("sections %q, want %q", joined(got), want)
	}
	if m.Sections[2].Size != 300 {
		t.Errorf("data section %d bytes, want 300", m.Sections[2].Size)
	}
}

func joined(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

func TestParseRejectsBadInput(t *testing.T) {
	good := module()
	for name, b := range map[string][]byte{
		"empty":     nil,
		"not wasm":  []byte("\x7fELF\x02\x01\x01\x00"),
		"truncated": good[:len(good)-5],
		"long size": vec(good[:8], []byte{10, 0xff, 0xff, 0xff, 0xff, 0x0f}),
	} {
		if _, err := Parse(b); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestPackage(t *testing.T) {
	p := NewPackages([]string{"runtime", "internal/runtime/maps", "github.com/hack-pad/safejs",
		"github.com/siftnews/sift/internal/analyze/text", "github.com/agnivade/levenshtein", "slices"})
	tests := []struct{ sym, want string }{
		{"runtime.mallocgc", "runtime"},
		{"internal_runtime_maps.__Map_.getWithKey", "internal/runtime/maps"},
		{"github.com_hack_pad_safejs.Value.Get", "github.com/hack-pad/safejs"},
		{"github.com_siftnews_sift_internal_analyze_text.__Token_.IsCapitalized", "github.com/siftnews/sift/internal/analyze/text"},
		{"github.com_agnivade_levenshtein.ComputeDistance", "github.com/agnivade/levenshtein"},
		{"slices.SortFunc[go.shape.struct { github.com_x_y.A int }]", "slices"},
		{"main.register", "main"},
		{"type_.eq.github.com_siftnews_sift_internal_analyze_text.Token", "(compiler-generated)"},
		{"", "(unnamed)"},
		{"unlisted_pkg.F", "unlisted/pkg"},
		{"nodot", "(other)"},
	}
	for _, tt := range tests {
		if got := p.Package(tt.sym); got != tt.want {
			t.Errorf("Package(%q) = %q, want %q", tt.sym, got, tt.want)
		}
	}
}

func TestGroup(t *testing.T) {
	const mod = "github.com/siftnews/sift"
	tests := []struct{ pkg, want string }{
		{"runtime", "runtime"},
		{"internal/runtime/maps", "runtime"},
		{"(compiler-generated)", "runtime"},
		{"sync/atomic", "runtime"},
		{"fmt", "fmt"},
		{"strconv", "std (other)"},
		{"main", "bridge (main)"},
		{mod + "/internal/analyze/names", "engine (" + mod + "/internal/analyze/...)"},
		{"github.com/hack-pad/safejs/internal/catch", "github.com/hack-pad/safejs"},
		{"github.com/agnivade/levenshtein", "github.com/agnivade/levenshtein"},
	}
	for _, tt := range tests {
		if got := Group(tt.pkg, mod); got != tt.want {
			t.Errorf("Group(%q) = %q, want %q", tt.pkg, got, tt.want)
		}
	}
}
