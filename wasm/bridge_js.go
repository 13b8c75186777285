//go:build js && wasm

package main

import (
	"runtime/debug"
	"unsafe"

	"github.com/hack-pad/safejs"
)

func main() {
	// Collecting the token slices of each text is most of the engine's
	// cost; a higher GC target halves it. The page refuses texts over
	// 2 MB, which bounds what the larger heap can reach.
	debug.SetGCPercent(300)
	if err := register(safejs.Global()); err != nil {
		consoleError("sift: " + err.Error())
	}
	// Keep the Go program alive to serve calls. Blocking here does not
	// block JavaScript: the runtime hands control back to the event loop
	// and every call comes in as a callback.
	select {}
}

// register installs globalThis.sift and then calls globalThis.onSiftReady()
// if the page defined it. An error from the page's callback is returned
// after sift is installed, so the engine stays usable.
func register(global safejs.Value) error {
	sift, err := safejs.ValueOf(map[string]any{})
	if err != nil {
		return err
	}
	calls := []struct {
		name string
		fn   func(this safejs.Value, args []safejs.Value) any
	}{
		{"analyze", textCall("sift.analyze", analyzeJSON, false)},
		{"analyzeHTML", textCall("sift.analyzeHTML", analyzeHTMLJSON, true)},
		{"kinds", func(safejs.Value, []safejs.Value) any { return string(kindsJSON()) }},
	}
	for _, c := range calls {
		// The functions live as long as the program, so they are never
		// released.
		f, err := safejs.FuncOf(c.fn)
		if err != nil {
			return err
		}
		if err := sift.Set(c.name, f); err != nil {
			return err
		}
	}
	if err := sift.Set("version", buildVersion()); err != nil {
		return err
	}
	if err := global.Set("sift", sift); err != nil {
		return err
	}

	ready, err := global.Get("onSiftReady")
	if err != nil || ready.Type() != safejs.TypeFunction {
		return err
	}
	if _, err := ready.Invoke(); err != nil {
		return errorf("onSiftReady: ", err)
	}
	return nil
}

// textCall adapts a string → JSON function to a JavaScript function of one
// string argument that always returns a JSON string: argument errors and
// panics (including ones raised by JavaScript values) become an "error"
// member instead of escaping into the runtime, where an unrecovered panic
// in a callback would end the Go program for good.
func textCall(name string, run func(string) []byte, withText bool) func(safejs.Value, []safejs.Value) any {
	return func(_ safejs.Value, args []safejs.Value) (result any) {
		defer func() {
			if p := recover(); p != nil {
				result = string(errorJSON(name+": internal error: "+panicMessage(p), withText))
			}
		}()
		s, err := stringArg(name, args)
		if err != nil {
			return jsString(errorJSON(err.Error(), withText))
		}
		return jsString(run(s))
	}
}

// jsString hands a reply to JavaScript without copying it first: the bytes
// are never touched again, and js.ValueOf copies them into a JavaScript
// string right away. A 5 MB article's report can be 30 MB of JSON, so the
// copy a string conversion makes is worth saving.
func jsString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func stringArg(name string, args []safejs.Value) (string, error) {
	if len(args) == 0 {
		return "", errorString(name + ": missing text argument")
	}
	if t := args[0].Type(); t != safejs.TypeString {
		return "", errorString(name + ": text must be a string, not " + t.String())
	}
	s, err := args[0].String()
	if err != nil {
		return "", errorf(name+": reading text: ", err)
	}
	return s, nil
}

// consoleError reports a problem the page cannot otherwise see. If even the
// console fails, the message goes to standard error, which wasm_exec.js
// also sends to the console.
func consoleError(msg string) {
	console, err := safejs.Global().Get("console")
	if err == nil {
		_, err = console.Call("error", msg)
	}
	if err != nil {
		println(msg)
	}
}
