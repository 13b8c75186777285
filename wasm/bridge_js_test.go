//go:build js && wasm

package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/hack-pad/safejs"
	"github.com/siftnews/sift/internal/analyze"
)

// setGlobal sets a property of globalThis for one test.
func setGlobal(t *testing.T, name string, v any) {
	t.Helper()
	g := safejs.Global()
	if err := g.Set(name, v); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Delete(name) })
}

// jsFunction compiles body into a JavaScript function, as a page would
// define one.
func jsFunction(t *testing.T, body string) safejs.Value {
	t.Helper()
	ctor, err := safejs.Global().Get("Function")
	if err != nil {
		t.Fatal(err)
	}
	f, err := ctor.New(body)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// registered installs globalThis.sift and returns it.
func registered(t *testing.T) safejs.Value {
	t.Helper()
	if err := register(safejs.Global()); err != nil {
		t.Fatalf("register: %v", err)
	}
	t.Cleanup(func() { safejs.Global().Delete("sift") })
	sift, err := safejs.Global().Get("sift")
	if err != nil || sift.Type() != safejs.TypeObject {
		t.Fatalf("globalThis.sift = %v, %v", sift.Type(), err)
	}
	return sift
}

// call calls sift[method](args...) the way the page does and returns the
// string it gets back; any other result type fails the test.
func call(t *testing.T, sift safejs.Value, method string, args ...any) string {
	t.Helper()
	v, err := sift.Call(method, args...)
	if err != nil {
		t.Fatalf("sift.%s threw: %v", method, err)
	}
	if v.Type() != safejs.TypeString {
		t.Fatalf("sift.%s returned a %v, want a string", method, v.Type())
	}
	s, err := v.String()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRegisterInstallsSift(t *testing.T) {
	sift := registered(t)
	for _, name := range []string{"analyze", "analyzeHTML", "kinds"} {
		f, err := sift.Get(name)
		if err != nil || f.Type() != safejs.TypeFunction {
			t.Errorf("sift.%s is a %v (%v), want a function", name, f.Type(), err)
		}
	}
	v, err := sift.Get("version")
	if err != nil || v.Type() != safejs.TypeString {
		t.Fatalf("sift.version is a %v (%v), want a string", v.Type(), err)
	}
	if s, _ := v.String(); s == "" {
		t.Error("sift.version is empty")
	}
}

func TestCallsReturnJSON(t *testing.T) {
	sift := registered(t)
	text := "Officials said nearly 5,000 homes 🏠 were damaged in Zürich, reportedly more in 東京."

	got := decode(t, []byte(call(t, sift, "analyze", text)))
	r, err := analyze.Analyze(text)
	if want := withError(r.AppendJSON(nil), err); call(t, sift, "analyze", text) != string(want) {
		t.Errorf("sift.analyze differs from the engine's JSON")
	}
	if got.Text != nil {
		t.Error("sift.analyze returned a text member")
	}

	got = decode(t, []byte(call(t, sift, "analyzeHTML", "<p>"+text+"</p><script>x()</script>")))
	if got.Text == nil || *got.Text != text {
		t.Errorf("sift.analyzeHTML text = %v, want %q", got.Text, text)
	}

	var kinds []struct{ Kind, Analyzer, Doc string }
	if err := json.Unmarshal([]byte(call(t, sift, "kinds")), &kinds); err != nil || len(kinds) == 0 {
		t.Errorf("sift.kinds: %v, %d kinds", err, len(kinds))
	}
}

func TestBadArgumentsComeBackAsErrors(t *testing.T) {
	sift := registered(t)
	tests := []struct {
		method string
		args   []any
		want   string
	}{
		{"analyze", nil, "sift.analyze: missing text argument"},
		{"analyze", []any{42}, "sift.analyze: text must be a string, not number"},
		{"analyze", []any{nil}, "sift.analyze: text must be a string, not null"},
		{"analyzeHTML", []any{safejs.Undefined()}, "sift.analyzeHTML: text must be a string, not undefined"},
		{"analyzeHTML", []any{map[string]any{"html": "<p>x</p>"}}, "sift.analyzeHTML: text must be a string, not object"},
	}
	for _, tt := range tests {
		got := decode(t, []byte(call(t, sift, tt.method, tt.args...)))
		if got.Error == nil || *got.Error != tt.want {
			t.Errorf("sift.%s(%v): error %v, want %q", tt.method, tt.args, got.Error, tt.want)
		}
		if len(got.Findings) != 0 {
			t.Errorf("sift.%s(%v): findings without text", tt.method, tt.args)
		}
	}
}

func TestPanicDoesNotStopTheRuntime(t *testing.T) {
	sift := registered(t)
	panicking := func(string) (analyze.Report, error) { panic("detector bug") }
	old := analyzeText
	analyzeText = panicking
	got := decode(t, []byte(call(t, sift, "analyze", "some text")))
	analyzeText = old
	if got.Error == nil || !strings.Contains(*got.Error, "detector bug") {
		t.Errorf("error = %v, want the panic's message", got.Error)
	}
	// The Go runtime must still answer.
	if got := decode(t, []byte(call(t, sift, "analyze", "Officials said 12 people."))); got.Error != nil {
		t.Errorf("call after a panic: error %q", *got.Error)
	}
}

func TestEngineErrorThroughJS(t *testing.T) {
	sift := registered(t)
	swap(t, &analyzeText, func(string) (analyze.Report, error) {
		return analyze.Report{}, errorString("hedges: finding [4,2) reversed")
	})
	got := decode(t, []byte(call(t, sift, "analyze", "text")))
	if got.Error == nil || *got.Error != "hedges: finding [4,2) reversed" {
		t.Errorf("error = %v", got.Error)
	}
}

func TestOnSiftReadyIsCalled(t *testing.T) {
	calls := 0
	var sawSift bool
	ready, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		calls++
		s, _ := safejs.Global().Get("sift")
		sawSift = s.Type() == safejs.TypeObject
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ready.Release()
	setGlobal(t, "onSiftReady", ready)
	registered(t)
	if calls != 1 {
		t.Errorf("onSiftReady called %d times, want once", calls)
	}
	if !sawSift {
		t.Error("onSiftReady ran before globalThis.sift was installed")
	}
}

func TestOnSiftReadyThrowing(t *testing.T) {
	setGlobal(t, "onSiftReady", jsFunction(t, "throw new Error('page not ready')"))
	err := register(safejs.Global())
	t.Cleanup(func() { safejs.Global().Delete("sift") })
	if err == nil || !strings.Contains(err.Error(), "onSiftReady: ") || !strings.Contains(err.Error(), "page not ready") {
		t.Errorf("register error = %v, want the page's exception", err)
	}
	// The engine is installed anyway.
	sift, _ := safejs.Global().Get("sift")
	if sift.Type() != safejs.TypeObject {
		t.Fatal("sift not installed when onSiftReady throws")
	}
	decode(t, []byte(call(t, sift, "analyze", "text")))
}

func TestOnSiftReadyNotAFunction(t *testing.T) {
	setGlobal(t, "onSiftReady", "not a function")
	registered(t)
}

// BenchmarkSiftAnalyzeFromJS measures a call as the worker makes it: the
// JavaScript string crosses into Go, is analyzed, and the JSON crosses back.
func BenchmarkSiftAnalyzeFromJS(b *testing.B) {
	for _, size := range []int{12 << 10, 100 << 10} {
		b.Run(strconv.Itoa(size>>10)+"KB", func(b *testing.B) {
			if err := register(safejs.Global()); err != nil {
				b.Fatal(err)
			}
			sift, _ := safejs.Global().Get("sift")
			text := article(size)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := sift.Call("analyze", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The worker answers the requests queued during start-up from inside
// onSiftReady, so the bridge must take calls while register is still
// running.
func TestCallsFromInsideOnSiftReady(t *testing.T) {
	setGlobal(t, "onSiftReady", jsFunction(t, `globalThis.readyReply = globalThis.sift.analyze("Officials said 12 people were hurt."); globalThis.readyKinds = globalThis.sift.kinds();`))
	t.Cleanup(func() {
		safejs.Global().Delete("readyReply")
		safejs.Global().Delete("readyKinds")
	})
	registered(t)
	for _, name := range []string{"readyReply", "readyKinds"} {
		v, err := safejs.Global().Get(name)
		if err != nil || v.Type() != safejs.TypeString {
			t.Fatalf("%s is a %v (%v)", name, v.Type(), err)
		}
		s, _ := v.String()
		if !json.Valid([]byte(s)) {
			t.Errorf("%s = %q, not JSON", name, s)
		}
	}
}
