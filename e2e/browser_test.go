//go:build browser

// Package e2e drives Sift's page in real headless Chromium: the page in
// web/ is served in-process on 127.0.0.1 with the same handler as the dev
// server, the engine is the real web/sift.wasm, and every wait is bounded
// so a broken page fails fast instead of hanging.
//
// Run with `make test-browser` (it builds web/sift.wasm first). Debian's
// /usr/bin/chromium is required: the tests fail, not skip, without it.
package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's Chromium; CHROMIUM overrides it.
const chromiumPath = "/usr/bin/chromium"

// Timeouts: a whole test, and one wait for the page to reach a state.
// They are generous for a loaded machine (the engine and Chromium share
// the cores with the build) and still end a hung page in seconds.
const (
	testTimeout  = 90 * time.Second
	waitTimeout  = 15 * time.Second
	readyTimeout = 30 * time.Second // download and compile the engine
)

// webDir is the page's folder, found from this file's location.
func webDir(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "web")
	for _, f := range []string{"index.html", "sift.wasm", "wasm_exec.js"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatalf("web/%s is missing (%v): run `make web/sift.wasm web/wasm_exec.js` or `make test-browser`", f, err)
		}
	}
	return dir
}

func chromium(t testing.TB) string {
	p := os.Getenv("CHROMIUM")
	if p == "" {
		p = chromiumPath
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("Chromium is needed for the browser tests and was not found at %s: install it with `apt-get update && apt-get install -y chromium` (or set CHROMIUM to its path)", p)
	}
	return p
}

// server serves web/ on 127.0.0.1:0 and can be stopped to test offline use.
type server struct {
	URL  string
	srv  *http.Server
	ln   net.Listener
	once sync.Once
}

func startServer(t testing.TB) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{URL: "http://" + ln.Addr().String() + "/", ln: ln, srv: &http.Server{Handler: handler(webDir(t))}}
	go s.srv.Serve(ln)
	t.Cleanup(s.Stop)
	return s
}

// Stop closes the listener and every open connection.
func (s *server) Stop() {
	s.once.Do(func() { s.srv.Close() })
}

// browser is one tab in a browser context of its own (separate storage,
// caches and service workers), in the Chromium shared by all tests: starting
// Chromium is the slowest step, so it happens once per run.
type browser struct {
	t   testing.TB
	ctx context.Context

	mu         sync.Mutex
	exceptions []string
	console    []string
	requests   []string // URLs requested by the page since the last reset
}

var shared struct {
	once   sync.Once
	ctx    context.Context
	cancel context.CancelFunc
	dir    string
	err    error
}

// TestMain closes the shared Chromium after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if shared.cancel != nil {
		shared.cancel()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// startChromium starts the shared browser with a fresh profile.
func startChromium(exec string) (context.Context, error) {
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "sift-e2e-profile-")
		if shared.err != nil {
			return
		}
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(exec),
			chromedp.Flag("headless", true),
			chromedp.Flag("no-sandbox", true),
			chromedp.Flag("disable-gpu", true),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("no-first-run", true),
			chromedp.Flag("no-default-browser-check", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("mute-audio", true),
			chromedp.UserDataDir(shared.dir),
			chromedp.WindowSize(1200, 900),
		}
		actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, cancelBrowser := chromedp.NewContext(actx)
		shared.cancel = func() {
			cancelBrowser()
			cancelAlloc()
		}
		// Start it without a timeout (a timeout here would bound the
		// browser's life), but give up if it does not come up in time.
		done := make(chan error, 1)
		go func() { done <- chromedp.Do(bctx) }()
		select {
		case shared.err = <-done:
		case <-time.After(60 * time.Second):
			shared.err = errors.New("Chromium did not start within 60s")
		}
		shared.ctx = bctx
	})
	return shared.ctx, shared.err
}

func newBrowser(t testing.TB) *browser {
	t.Helper()
	exec := chromium(t)
	root, err := startChromium(exec)
	if err != nil {
		t.Fatalf("starting Chromium (%s): %v", exec, err)
	}
	b := &browser{t: t}
	// The tab's life is bounded by the test timeout; each wait below has
	// its own, shorter timeout.
	ctx, cancelTimeout := context.WithTimeout(root, testTimeout)
	tctx, cancelTab := chromedp.NewContext(ctx, chromedp.WithNewBrowserContext(), chromedp.WithListener(b.listen))
	b.ctx = tctx
	t.Cleanup(func() {
		cancelTab()
		cancelTimeout()
	})
	if _, err := chromedp.Call(tctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("opening a tab in Chromium: %v", err)
	}
	return b
}

// listen records exceptions, console errors and requests. It runs in the
// tab's message loop, so it only appends under the lock.
func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *cdpruntime.EventExceptionThrown:
		msg := ev.ExceptionDetails.Text
		if ev.ExceptionDetails.Exception != nil {
			msg += " " + ev.ExceptionDetails.Exception.Description
		}
		b.exceptions = append(b.exceptions, msg)
	case *cdpruntime.EventConsoleAPICalled:
		if ev.Type == cdpruntime.ConsoleAPICalledTypeError || ev.Type == cdpruntime.ConsoleAPICalledTypeWarning {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			b.console = append(b.console, strings.Join(parts, " "))
		}
	case *network.EventRequestWillBeSent:
		b.requests = append(b.requests, ev.Request.URL)
	}
}

// do runs actions with the wait timeout.
func (b *browser) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, waitTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v%s", what, err, b.problems())
	}
}

// problems describes page exceptions and console errors seen so far.
func (b *browser) problems() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var s string
	if len(b.exceptions) > 0 {
		s += "\npage exceptions:\n\t" + strings.Join(b.exceptions, "\n\t")
	}
	if len(b.console) > 0 {
		s += "\nconsole:\n\t" + strings.Join(b.console, "\n\t")
	}
	return s
}

// checkClean fails the test if the page threw or logged an error (a CSP
// violation shows up here too).
func (b *browser) checkClean() {
	b.t.Helper()
	if p := b.problems(); p != "" {
		b.t.Errorf("the page was not clean:%s", p)
	}
}

func (b *browser) resetRequests() {
	b.mu.Lock()
	b.requests = nil
	b.mu.Unlock()
}

func (b *browser) requested() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.requests...)
}

// eval evaluates a JavaScript expression, awaiting a promise, into a T.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, waitTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v%s", clip(expr, 200), err, b.problems())
	}
	return v
}

// waitJS polls a JavaScript condition until it is true, failing after the
// wait timeout with what the page shows.
func (b *browser) waitJS(what, cond string) {
	b.t.Helper()
	b.waitJSFor(waitTimeout, what, cond)
}

func (b *browser) waitJSFor(d time.Duration, what, cond string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, d)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool]("!!("+cond+")", chromedp.WithPollingInterval(5*time.Millisecond)))
	if err != nil {
		status, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`(document.getElementById('status')?.textContent || '') +
			' [rev ' + document.documentElement.dataset.rev + ', state ' + document.documentElement.dataset.state +
			', text ' + (window.siftPage ? siftPage.state.text.length + ' chars, report for ' + (siftPage.state.reportText ?? '(none)').length : '?') + ']'`))
		b.t.Fatalf("waiting for %s: %v (status line: %q)%s", what, err, status, b.problems())
	}
}

// open loads the page and waits until the engine is ready.
func (b *browser) open(url string) {
	b.t.Helper()
	b.do("loading "+url, chromedp.Navigate(url))
	b.waitReady()
}

func (b *browser) waitReady() {
	b.t.Helper()
	b.waitJSFor(readyTimeout, "the engine to be ready", `document.documentElement.dataset.state === 'ready'`)
}

// rev is the number of reports the page has rendered.
func (b *browser) rev() int {
	b.t.Helper()
	return eval[int](b, `Number(document.documentElement.dataset.rev || 0)`)
}

// waitRender waits until a report newer than rev is rendered for the
// editor's current text.
func (b *browser) waitRender(rev int) {
	b.t.Helper()
	b.waitJS("the marks to be rendered", `Number(document.documentElement.dataset.rev || 0) > `+strconv.Itoa(rev)+
		` && siftPage.state.reportText === siftPage.state.text`)
}

// paste dispatches a paste event carrying the given clipboard data into
// the editor, as a reader's Ctrl+V does.
func (b *browser) paste(data map[string]string) {
	b.t.Helper()
	js, _ := json.Marshal(data)
	eval[bool](b, `(() => {
		const ed = document.getElementById('editor');
		ed.focus();
		const dt = new DataTransfer();
		const data = `+string(js)+`;
		for (const [type, value] of Object.entries(data)) dt.setData(type, value);
		ed.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
		return true;
	})()`)
}

// pasteText pastes plain text and waits for its marks.
func (b *browser) pasteText(text string) {
	b.t.Helper()
	rev := b.rev()
	b.paste(map[string]string{"text/plain": text})
	b.waitRender(rev)
}

// finding is what the tests read back from the page and the engine.
type finding struct {
	Kind      string `json:"kind"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Source    string `json:"source"`
	Canonical string `json:"canonical"`
}

// report is the rendered report.
func (b *browser) report() []finding {
	b.t.Helper()
	return eval[[]finding](b, `siftPage.state.report.findings`)
}

// markTexts returns, for every finding index, the text its <mark>
// elements cover in the editor: from where its first piece starts to where
// its last piece ends (a mark over several lines is split per line). A
// piece whose own text is not the editor's text at its offset is reported
// as "<misplaced ...>".
func (b *browser) markTexts() map[int]string {
	b.t.Helper()
	m := eval[map[string]string](b, `(() => {
		const text = siftPage.text();
		const span = {};
		let bad = '';
		for (const el of document.querySelectorAll('#editor mark.m')) {
			const at = siftPage.offsetOf(el, 0);
			const t = el.textContent;
			if (text.slice(at, at + t.length) !== t) bad = '<misplaced ' + JSON.stringify(t) + ' at ' + at + '>';
			const s = span[el.dataset.i] || (span[el.dataset.i] = {from: at, to: at + t.length, bad: ''});
			s.from = Math.min(s.from, at);
			s.to = Math.max(s.to, at + t.length);
			if (bad) s.bad = bad;
			bad = '';
		}
		const out = {};
		for (const [i, s] of Object.entries(span)) out[i] = s.bad || text.slice(s.from, s.to);
		return out;
	})()`)
	out := make(map[int]string, len(m))
	for k, v := range m {
		n, _ := strconv.Atoi(k)
		out[n] = v
	}
	return out
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	return eval[string](b, `document.querySelector(`+quote(sel)+`)?.textContent ?? ''`)
}

func quote(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }
