//go:build browser

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/siftnews/sift/internal/analyze"
)

// article is a made-up story written for these tests: figures with and
// without sources, hedges, a name spelled two ways and some furniture.
const article = `Share this article

Ferry operator cuts winter crossings

The Northern Isles ferry company will run 14 fewer crossings a week from December, its chief executive Maren Holt said on Tuesday.

Holt said fuel costs had risen by 18% since last winter and that the company expected to lose about £3 million this year. Islanders reportedly fear the cuts could leave some villages without a daily link to the mainland.

"We have no choice," Maren Hold told the council. Officials familiar with the talks said the government may step in with a subsidy of up to £5 million.

Nearly 2,400 people live on the three smallest islands.

Advertisement
© 2026 Island Gazette
`

// engineCounts returns the engine's count per kind for text, run natively:
// the page must show the same.
func engineCounts(t *testing.T, text string) (map[string]int, []analyze.Finding) {
	t.Helper()
	r, err := analyze.Analyze(text)
	if err != nil {
		t.Logf("engine error (the page shows it too): %v", err)
	}
	counts := map[string]int{}
	for _, f := range r.Findings {
		counts[string(f.Kind)]++
	}
	return counts, r.Findings
}

// pageCounts reads the per-kind counts shown in the legend.
func pageCounts(b *browser) map[string]int {
	b.t.Helper()
	return eval[map[string]int](b, `(() => {
		const out = {};
		for (const el of document.querySelectorAll('#legend [data-count]')) out[el.dataset.count] = Number(el.textContent);
		return out;
	})()`)
}

func TestPasteShowsMarksAndSummary(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.pasteText(article)

	if got := eval[string](b, `siftPage.text()`); got != article {
		t.Fatalf("editor text differs from the pasted text:\n%q\nwant\n%q", got, article)
	}
	want, findings := engineCounts(t, article)
	if len(findings) == 0 {
		t.Fatal("the engine found nothing in the test article; the test would prove nothing")
	}
	got := pageCounts(b)
	for _, k := range analyze.Analyzers {
		for _, kind := range k.Kinds {
			if got[string(kind)] != want[string(kind)] {
				t.Errorf("legend count of %s = %d, the engine reports %d", kind, got[string(kind)], want[string(kind)])
			}
		}
	}

	// Every finding is marked, over exactly its text.
	marks := b.markTexts()
	page := b.report()
	if len(page) != len(findings) {
		t.Fatalf("page has %d findings, engine %d", len(page), len(findings))
	}
	for i, f := range findings {
		if marks[i] != f.Text {
			t.Errorf("finding %d (%s %q): mark covers %q", i, f.Kind, f.Text, marks[i])
		}
	}

	// The summary lists every finding of each shown kind; figures without
	// a source come first.
	rows := eval[map[string]int](b, `(() => {
		const out = {};
		for (const tr of document.querySelectorAll('#summary tbody tr')) out[tr.dataset.kind] = (out[tr.dataset.kind] || 0) + 1;
		return out;
	})()`)
	for kind, n := range want {
		if kind == "boilerplate" {
			continue
		}
		if rows[kind] != n {
			t.Errorf("summary lists %d %s rows, want %d", rows[kind], kind, n)
		}
	}
	sourced := eval[[]bool](b, `[...document.querySelectorAll('#summary tr[data-kind="figure"]')].map(tr => siftPage.state.report.findings[Number(tr.querySelector('.jump').dataset.i)].source !== undefined)`)
	if !slices.IsSortedFunc(sourced, func(a, b bool) int {
		if a == b {
			return 0
		}
		if !a {
			return -1
		}
		return 1
	}) {
		t.Errorf("figures table is not unsourced-first: %v", sourced)
	}

	// The status line counts marks and words.
	if st := b.text("#status"); !strings.Contains(st, "marks in") {
		t.Errorf("status line = %q", st)
	}
	b.checkClean()
}

func TestLegendComesFromEngineKinds(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	kinds := eval[[]string](b, `[...document.querySelectorAll('#legend input')].map(i => i.dataset.kind)`)
	var want []string
	for _, a := range analyze.Analyzers {
		for _, k := range a.Kinds {
			want = append(want, string(k))
		}
	}
	if !slices.Equal(kinds, want) {
		t.Errorf("legend kinds = %v, want the engine's %v", kinds, want)
	}
	b.checkClean()
}

func TestTypingUpdatesMarksAndKeepsCaret(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.pasteText(article)

	// Put the caret after "Nearly 2,400 people" and type a hedge.
	text := eval[string](b, `siftPage.text()`)
	at := strings.Index(text, "people live") + len("people")
	eval[bool](b, `siftPage.select(`+itoa16(text, at)+`, `+itoa16(text, at)+`), true`)
	before := b.report()
	rev := b.rev()
	typed := " reportedly"
	for _, r := range typed {
		b.do("typing", insertText(string(r)))
	}
	b.waitRender(rev)
	b.waitJS("the typed text to be analyzed", `siftPage.state.reportText === siftPage.state.text && siftPage.state.text.includes('people reportedly live')`)

	got := eval[string](b, `siftPage.text()`)
	wantText := text[:at] + typed + text[at:]
	if got != wantText {
		t.Fatalf("after typing, text =\n%q\nwant\n%q", got, wantText)
	}
	sel := eval[map[string]int](b, `siftPage.selection()`)
	wantCaret := utf16Len(text[:at] + typed)
	if sel["anchor"] != wantCaret || sel["focus"] != wantCaret {
		t.Errorf("caret at %v after typing, want %d", sel, wantCaret)
	}
	after := b.report()
	if !slices.ContainsFunc(after, func(f finding) bool { return f.Text == "reportedly" && f.Start > at }) {
		t.Errorf("no mark on the typed hedge; findings before %d, after %d", len(before), len(after))
	}
	marks := b.markTexts()
	for i, f := range after {
		if marks[i] != f.Text {
			t.Errorf("after typing, finding %d (%s %q) is marked over %q", i, f.Kind, f.Text, marks[i])
		}
	}

	// A selection survives a re-render: select a word, then let a new
	// report arrive for an edit made elsewhere by the page.
	from := strings.Index(got, "ferry company")
	eval[bool](b, `siftPage.select(`+itoa16(got, from)+`, `+itoa16(got, from+len("ferry company"))+`), true`)
	rev = b.rev()
	eval[bool](b, `(() => {
		const ed = document.getElementById('editor');
		ed.append(document.createTextNode('\nMore to follow.'));
		ed.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText'}));
		return true;
	})()`)
	b.waitRender(rev)
	sel = eval[map[string]int](b, `siftPage.selection()`)
	if sel["anchor"] != utf16Len(got[:from]) || sel["focus"] != utf16Len(got[:from+len("ferry company")]) {
		t.Errorf("selection after re-render = %v, want %d..%d", sel, utf16Len(got[:from]), utf16Len(got[:from+len("ferry company")]))
	}
	if s := eval[string](b, `document.getSelection().toString()`); s != "ferry company" {
		t.Errorf("selected text after re-render = %q", s)
	}
	b.checkClean()
}

func TestEnterKeyKeepsLines(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.pasteText("First line.")
	rev := b.rev()
	eval[bool](b, `siftPage.select(11, 11), true`)
	b.do("typing", pressEnter(), insertText("Second line may follow."))
	b.waitRender(rev)
	b.waitJS("the new line", `siftPage.state.reportText === siftPage.text() && siftPage.text().includes('follow.')`)
	if got := eval[string](b, `siftPage.text()`); got != "First line.\nSecond line may follow." {
		t.Errorf("text after Enter = %q", got)
	}
	// Backspace at the start of the second line joins the lines again.
	rev = b.rev()
	eval[bool](b, `siftPage.select(12, 12), true`)
	b.do("backspace", chromedp.KeyEvent(kb.Backspace))
	b.waitRender(rev)
	b.waitJS("the joined line", `siftPage.state.reportText === siftPage.text() && !siftPage.text().includes('\n')`)
	if got := eval[string](b, `siftPage.text()`); got != "First line.Second line may follow." {
		t.Errorf("text after Backspace = %q", got)
	}
	if sel := eval[map[string]int](b, `siftPage.selection()`); sel["anchor"] != 11 || sel["focus"] != 11 {
		t.Errorf("caret after Backspace at %v, want 11", sel)
	}
	b.checkClean()
}

func TestReloadRestoresDraftAndClearUndoes(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.pasteText(article)
	rev := b.rev()
	b.do("typing", insertText("Draft note, allegedly."))
	b.waitRender(rev)
	text := eval[string](b, `siftPage.text()`)

	b.do("reload", chromedp.Reload())
	b.waitReady()
	b.waitJS("the restored draft to be marked", `siftPage.state.reportText === siftPage.state.text && document.querySelectorAll('#editor mark').length > 0`)
	if got := eval[string](b, `siftPage.text()`); got != text {
		t.Fatalf("after reload the draft is\n%q\nwant\n%q", got, text)
	}

	rev = b.rev()
	b.do("clear", chromedp.Click(chromedp.ID("clear")))
	b.waitRender(rev)
	if got := eval[string](b, `siftPage.text()`); got != "" {
		t.Fatalf("after Clear the text is %q", got)
	}
	// The undo survives a reload too.
	b.do("reload", chromedp.Reload())
	b.waitReady()
	rev = b.rev()
	b.do("undo", chromedp.Click(chromedp.ID("undo")))
	b.waitRender(rev)
	if got := eval[string](b, `siftPage.text()`); got != text {
		t.Fatalf("after Undo the text is\n%q\nwant\n%q", got, text)
	}
	b.checkClean()
}

func TestOfflineReload(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.waitJS("the service worker to control the page", `navigator.serviceWorker.controller !== null`)
	names := eval[[]string](b, `caches.keys()`)
	if len(names) != 1 || !strings.HasPrefix(names[0], "sift-") || strings.Contains(names[0], "__SIFT_VERSION__") || len(names[0]) < len("sift-")+6 {
		t.Fatalf("cache names = %v, want one sift-<version> cache with the placeholder replaced", names)
	}
	b.pasteText(article)

	s.Stop()
	// The server is gone: everything now comes from the service worker.
	b.do("reload offline", chromedp.Reload())
	b.waitReady()
	b.waitJS("marks offline", `siftPage.state.reportText === siftPage.state.text && document.querySelectorAll('#editor mark').length > 0`)
	if got := eval[string](b, `siftPage.text()`); got != article {
		t.Errorf("offline, the draft is %q", got)
	}
	rev := b.rev()
	b.do("load the sample offline", chromedp.Click(chromedp.ID("sample")))
	b.waitRender(rev)
	if n := eval[int](b, `document.querySelectorAll('#editor mark').length`); n == 0 {
		t.Error("no marks on the sample offline")
	}
	b.checkClean()
}

func TestPastedMarkupRunsNothing(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	eval[bool](b, `window.canary = 0, true`)
	evil := `<img src=x onerror="window.canary=1"><script>window.canary=2</script><b onmouseover="window.canary=3">bold</b>`

	// As plain text: shown literally.
	b.pasteText("Before " + evil + " after.")
	if got := eval[string](b, `siftPage.text()`); got != "Before "+evil+" after." {
		t.Errorf("plain paste shows %q", got)
	}
	// As rich text, replacing everything: only its text is kept.
	eval[bool](b, `siftPage.select(0, siftPage.text().length), true`)
	rev := b.rev()
	b.paste(map[string]string{
		"text/html":  `<p>Rich ` + evil + ` text may differ.</p><p>Second paragraph.</p>`,
		"text/plain": "Rich bold text may differ.\nSecond paragraph.",
	})
	b.waitRender(rev)
	got := eval[string](b, `siftPage.text()`)
	if !strings.HasPrefix(got, "Rich") || !strings.Contains(got, "Second paragraph.") || strings.Contains(got, "canary") {
		t.Errorf("rich paste gave %q", got)
	}
	if !strings.Contains(got, "differ.\n") {
		t.Errorf("rich paste lost its paragraph break: %q", got)
	}
	// Give a handler every chance to fire, then check nothing ran and no
	// element but text and marks entered the editor.
	b.do("hover", chromedp.MouseClickXY(200, 200), chromedp.Sleep(300*time.Millisecond))
	if c := eval[int](b, `window.canary`); c != 0 {
		t.Errorf("pasted markup ran: canary = %d", c)
	}
	// Only the page's own elements: line blocks, marks, placeholders.
	if tags := eval[[]string](b, `[...new Set([...document.querySelectorAll('#editor *')].map(e => e.tagName + (e.tagName === 'DIV' ? '.' + e.className : '')))]`); slices.ContainsFunc(tags, func(s string) bool { return s != "MARK" && s != "BR" && s != "DIV.ln" }) {
		t.Errorf("editor holds elements %v", tags)
	}
	for _, u := range b.requested() {
		if strings.HasSuffix(u, "/x") {
			t.Errorf("pasted image was requested: %s", u)
		}
	}
	b.checkClean()
}

func TestNoRequestAfterLoad(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.waitJS("the service worker to control the page", `navigator.serviceWorker.controller !== null`)
	b.resetRequests()

	rev := b.rev()
	b.do("sample", chromedp.Click(chromedp.ID("sample")))
	b.waitRender(rev)
	b.pasteText(article)
	rev = b.rev()
	b.do("typing", insertText("The minister may resign."))
	b.waitRender(rev)
	b.paste(map[string]string{"text/html": "<p>Rich <a href='https://example.com/track'>link</a> text.</p><img src='https://example.com/pixel.gif'>"})
	b.do("toggle", chromedp.Click(chromedp.ID("show-hedge")), chromedp.Click(chromedp.ID("show-hedge")))
	b.do("step", chromedp.KeyEvent(kbAltDown, chromedp.KeyModifiers(chromedp.ModifierAlt)))
	b.do("let things settle", chromedp.Sleep(200*time.Millisecond))

	for _, u := range b.requested() {
		if !strings.HasPrefix(u, "blob:") && !strings.HasPrefix(u, "data:") {
			t.Errorf("a request left the page after load: %s", u)
		}
	}
	b.checkClean()
}

func TestOversizedPasteIsRefused(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.pasteText(article)
	rev := b.rev()

	// No timing is asserted (timings belong in benchmarks): waitJS's
	// bounded wait fails the test if the refusal never comes.
	eval[bool](b, `(() => {
		const ed = document.getElementById('editor');
		const dt = new DataTransfer();
		dt.setData('text/plain', 'The port may close. '.repeat(5 * 1024 * 1024 / 20));
		ed.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
		return true;
	})()`)
	b.waitJS("the refusal", `document.getElementById('status').classList.contains('error')`)
	msg := b.text("#status")
	if !strings.Contains(msg, "5.0 MB") || !strings.Contains(msg, "2.0 MB") || !strings.Contains(msg, "kept") {
		t.Errorf("refusal message = %q", msg)
	}
	if got := eval[string](b, `siftPage.text()`); got != article {
		t.Errorf("the draft changed after a refused paste (%d chars)", len(got))
	}
	if b.rev() != rev {
		t.Error("the page re-rendered after a refused paste")
	}

	// A binary file gets its own message.
	eval[bool](b, `(() => {
		const input = document.getElementById('file');
		const dt = new DataTransfer();
		dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])], 'photo.txt', {type: 'text/plain'}));
		input.files = dt.files;
		input.dispatchEvent(new Event('change', {bubbles: true}));
		return true;
	})()`)
	b.waitJS("the binary file message", `document.getElementById('status').textContent.includes('binary')`)
	if got := eval[string](b, `siftPage.text()`); got != article {
		t.Errorf("the draft changed after a binary file")
	}
	b.checkClean()
}

func TestOpenHTMLFile(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	rev := b.rev()
	eval[bool](b, `(() => {
		const input = document.getElementById('file');
		const dt = new DataTransfer();
		dt.items.add(new File(['<html><body><nav>Home | World</nav><article><h1>Dam opens</h1><p>The dam may hold 2 million litres, officials said.</p><script>window.canary=9</script></article></body></html>'], 'story.html', {type: 'text/html'}));
		input.files = dt.files;
		input.dispatchEvent(new Event('change', {bubbles: true}));
		return true;
	})()`)
	b.waitRender(rev)
	got := eval[string](b, `siftPage.text()`)
	if !strings.Contains(got, "Dam opens") || !strings.Contains(got, "The dam may hold") || strings.Contains(got, "<p>") || strings.Contains(got, "canary") {
		t.Errorf("opened HTML shows %q", got)
	}
	b.checkClean()
}

func TestDropFile(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	rev := b.rev()
	eval[bool](b, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(['# Notes\n\nThe mayor reportedly said 40 homes were lost.\n'], 'notes.md', {type: 'text/markdown'}));
		const ed = document.getElementById('editor');
		ed.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
		ed.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true;
	})()`)
	b.waitRender(rev)
	if got := eval[string](b, `siftPage.text()`); got != "# Notes\n\nThe mayor reportedly said 40 homes were lost.\n" {
		t.Errorf("dropped file shows %q", got)
	}
	if st := b.text("#status"); !strings.Contains(st, "notes.md") && !strings.Contains(st, "marks") {
		t.Errorf("status after drop = %q", st)
	}
	b.checkClean()
}

func TestUnicodeMarksLandOnTheirText(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	text := "😀🎉 Ünïcödé café 東京都の記者 👩🏽‍💻 reportedly said the ministry may spend up to €40 million, nearly 30% more.\n" +
		"Ærøskøbing's mayor 李明 allegedly claimed 1,200 jobs could go. 🇫🇷 Officials said prices might rise.\n"
	b.pasteText(text)
	// The page's report carries the engine's byte offsets: each mark must
	// cover exactly those bytes of the text.
	findings := b.report()
	if len(findings) < 3 {
		t.Fatalf("the engine found only %d marks; the test needs several after the emoji", len(findings))
	}
	marks := b.markTexts()
	for i, f := range findings {
		if f.Start < 0 || f.End > len(text) || f.Start > f.End {
			t.Errorf("finding %d (%s) has span %d..%d outside the text", i, f.Kind, f.Start, f.End)
			continue
		}
		if want := text[f.Start:f.End]; marks[i] != want || f.Text != want {
			t.Errorf("finding %d (%s) at bytes %d..%d should mark %q (engine text %q), marks %q", i, f.Kind, f.Start, f.End, want, f.Text, marks[i])
		}
	}
	b.checkClean()
}

func TestPanelJumpAndKeys(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.pasteText(article)
	page := b.report()
	if len(page) < 2 {
		t.Fatalf("need two marks, have %d", len(page))
	}

	// Clicking a finding in the summary selects its mark and shows why.
	b.do("jump", chromedp.Click(chromedp.CSS("#summary .jump")))
	i := eval[int](b, `Number(document.querySelector('#summary .jump').dataset.i)`)
	if sel := eval[string](b, `document.getSelection().toString()`); sel != page[i].Text {
		t.Errorf("jump selected %q, want %q", sel, page[i].Text)
	}
	if hidden := eval[bool](b, `document.getElementById('tip').hidden`); hidden {
		t.Error("no details shown after jumping to a mark")
	}

	// Alt+Down steps to the next mark in text order, Alt+Up back.
	eval[bool](b, `siftPage.select(0, 0), true`)
	b.do("next", chromedp.KeyEvent(kbAltDown, chromedp.KeyModifiers(chromedp.ModifierAlt)))
	first := eval[string](b, `document.getSelection().toString()`)
	b.do("next", chromedp.KeyEvent(kbAltDown, chromedp.KeyModifiers(chromedp.ModifierAlt)))
	second := eval[string](b, `document.getSelection().toString()`)
	b.do("previous", chromedp.KeyEvent(kbAltUp, chromedp.KeyModifiers(chromedp.ModifierAlt)))
	back := eval[string](b, `document.getSelection().toString()`)
	if first != page[0].Text || second != page[1].Text || back != first {
		t.Errorf("stepping gave %q, %q, back %q; want %q, %q, back %q", first, second, back, page[0].Text, page[1].Text, page[0].Text)
	}

	// Toggling a kind off unmarks it, on marks it again.
	kind := page[0].Kind
	b.do("toggle off", chromedp.Click(chromedp.ID("show-"+kind)))
	if n := eval[int](b, `document.querySelectorAll('#editor mark[data-kind="`+kind+`"]:not(.off)').length`); n != 0 {
		t.Errorf("%d %s marks still shown after toggling off", n, kind)
	}
	b.do("toggle on", chromedp.Click(chromedp.ID("show-"+kind)))
	if n := eval[int](b, `document.querySelectorAll('#editor mark[data-kind="`+kind+`"].off').length`); n != 0 {
		t.Errorf("%d %s marks still hidden after toggling on", n, kind)
	}
	b.checkClean()
}

func TestExports(t *testing.T) {
	t.Parallel()
	s := startServer(t)
	b := newBrowser(t)
	b.open(s.URL)
	b.pasteText(article)
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(b.ctx, waitTimeout)
	defer cancel()
	_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior:         cdpbrowser.SetDownloadBehaviorBehaviorAllow,
		BrowserContextID: chromedp.FromContext(b.ctx).BrowserContextID,
		DownloadPath:     dir,
	})
	if err != nil {
		t.Fatal(err)
	}
	b.do("export", chromedp.Click(chromedp.ID("export-json")), chromedp.Click(chromedp.ID("export-md")))
	read := func(name string) []byte {
		deadline := time.Now().Add(waitTimeout)
		for time.Now().Before(deadline) {
			if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil && len(data) > 0 {
				return data
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("%s was not downloaded", name)
		return nil
	}
	var rep struct {
		Findings []finding `json:"findings"`
	}
	if err := json.Unmarshal(read("sift-report.json"), &rep); err != nil {
		t.Fatalf("JSON export: %v", err)
	}
	if page := b.report(); len(rep.Findings) != len(page) {
		t.Errorf("JSON export has %d findings, page %d", len(rep.Findings), len(page))
	}
	md := string(read("sift-report.md"))
	if !strings.HasPrefix(md, "# Sift report") || !strings.Contains(md, "| Hedges |") {
		t.Errorf("Markdown export:\n%s", md)
	}
	b.checkClean()
}

// pressEnter presses Enter once, as a keyboard does (chromedp.KeyEvent
// sends a char event after the keyDown, which makes a second line break).
func pressEnter() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
			p := input.DispatchKeyEventParams{Type: typ, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13}
			if typ == input.DispatchKeyEventTypeKeyDown {
				p.Text = "\r"
			}
			if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, p); err != nil {
				return err
			}
		}
		return nil
	})
}

// insertText types text at the caret as an input method would.
func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

const (
	kbAltDown = kb.ArrowDown
	kbAltUp   = kb.ArrowUp
)

// utf16Len is the length of s in UTF-16 code units, as the page counts.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// itoa16 is the UTF-16 offset of byte offset i in s, as a JS literal.
func itoa16(s string, i int) string {
	return strconv.Itoa(utf16Len(s[:i]))
}

// TestServiceWorkerCachesEveryAsset keeps the service worker's list in step
// with web/: a file missing from it would not be there offline.
func TestServiceWorkerCachesEveryAsset(t *testing.T) {
	dir := webDir(t)
	src, err := os.ReadFile(filepath.Join(dir, "sw.js"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "sw.js" || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
			continue
		}
		if !strings.Contains(string(src), "'"+name+"'") {
			t.Errorf("web/%s is not in the service worker's ASSETS list", name)
		}
	}
}
