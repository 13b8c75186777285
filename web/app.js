// Sift's page: an editor that marks the article as the reader types, a
// summary panel, and the engine in a worker. No framework: the page is
// small, and the editor needs exact control over its DOM to keep the caret.

import { Engine } from './engine.js';
import { toUTF16, utf8Length } from './offsets.js';
import { renderMarked, onScreen, readText, saveSelection, restoreSelection, selectRange, offsetOf } from './render.js';
import { renderLegend, renderSummary, orderKinds, describe, fillTip, toMarkdown, kindLabel } from './panel.js';
import { SAMPLE } from './sample.js';

// LIMIT is the largest text analyzed, in UTF-8 bytes. A long feature story
// is 50 KB; 2 MB is a short book, which still renders marks in well under a
// second. A larger paste is refused and the draft kept as it was.
export const LIMIT = 2 * 1024 * 1024;
// FILE_LIMIT bounds a file read from disk; HTML carries markup around its
// text, so it may be larger than LIMIT before conversion.
const FILE_LIMIT = 8 * 1024 * 1024;
// Show "Analyzing…" when an analysis is still running after this long, or
// at once for texts larger than BIG.
const PROGRESS_DELAY = 150;
const BIG = 256 * 1024;
// A text longer than LONG (UTF-16 units) is long: its lines off screen are
// laid out lazily (the "big" class), it is shown in chunks until its marks
// come, and the lines on screen get their marks first.
const LONG = 50000;

const DRAFT_KEY = 'sift.draft';
const UNDO_KEY = 'sift.undo';
const HIDDEN_KEY = 'sift.hidden';

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const statusLine = $('status');
const tip = $('tip');
const root = document.documentElement;

const state = {
  text: '',
  report: { findings: [] }, // the rendered report, with UTF-16 from/to
  reportText: null, // the text the rendered report belongs to
  kinds: [],
  hidden: new Set(load(HIDDEN_KEY, '').split('\n').filter(Boolean)),
  marks: [], // first <mark> element of each finding
  current: -1, // finding index last jumped to
  composing: false,
  inputAt: 0, // timeStamp of the edit waiting for marks
  panelSig: null, // what the panel shows (see panelSig)
  engineReady: false,
  tooBig: false,
  rev: 0,
};

const engine = new Engine('worker.js');

// ---- Status and storage ----

function setStatus(msg, kind) {
  statusLine.textContent = msg;
  statusLine.classList.toggle('error', kind === 'error');
  statusLine.classList.toggle('busy', kind === 'busy');
}

function load(key, fallback) {
  try {
    const v = localStorage.getItem(key);
    return v === null ? fallback : v;
  } catch (err) {
    return fallback;
  }
}

function store(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch (err) {
    return false;
  }
}

export function formatSize(bytes) {
  if (bytes < 1024) return bytes + ' bytes';
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0) + ' KB';
  return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
}

// ---- Text changes ----

// setText replaces the whole text (sample, file, clear, undo), renders it
// unmarked at once and asks for marks.
function setText(text, caret) {
  editor.classList.toggle('big', text.length > LONG);
  renderMarked(editor, text, [], state.hidden, describe, null, text.length > LONG);
  state.report = { findings: [] };
  state.reportText = null;
  state.marks = [];
  if (caret !== undefined && document.activeElement === editor) selectRange(editor, caret, caret);
  changed(text, performance.now());
}

// changed records a new text: saves the draft and asks for an analysis.
function changed(text, at) {
  if (text === state.text && state.reportText === text) return;
  submit(text, at);
  // The engine starts first: it works in its worker while this thread
  // saves the draft.
  saveDraft();
}

// submit makes text the current text and asks the engine for its report.
function submit(text, at) {
  state.text = text;
  state.inputAt = at;
  editor.classList.toggle('empty', text.length === 0);
  editor.classList.toggle('big', text.length > LONG);
  analyze(text);
}

// saveDraft stores the draft at once when it is short. A long one is
// written once edits pause, in an idle period when no analysis is under
// way: each write copies it whole (milliseconds for 100 KB, tens on a
// busy machine) on the thread that renders the engine's reply, which
// would wait behind it. flushDraft also runs when the page is hidden or
// closed, so a draft waiting for its turn is not lost.
const SAVE_NOW = 32 * 1024;
let saveTimer = 0;
let saveIdle = 0;
function saveDraft() {
  cancelSave();
  if (state.text.length < SAVE_NOW) flushDraft();
  else saveTimer = setTimeout(saveWhenIdle, state.text.length < 256 * 1024 ? 200 : 500);
}
function saveWhenIdle() {
  if (typeof requestIdleCallback !== 'function') {
    flushDraft();
    return;
  }
  saveIdle = requestIdleCallback((deadline) => {
    saveIdle = 0;
    if (engine.busy && !deadline.didTimeout) saveTimer = setTimeout(saveWhenIdle, 100);
    else flushDraft();
  }, { timeout: 2000 });
}
function cancelSave() {
  clearTimeout(saveTimer);
  if (saveIdle) cancelIdleCallback(saveIdle);
  saveIdle = 0;
}
function flushDraft() {
  cancelSave();
  if (!store(DRAFT_KEY, state.text) && state.text.length) {
    setStatus('This draft is too large to be saved in the browser; it will not survive a reload.', 'error');
  }
}
addEventListener('pagehide', flushDraft);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushDraft();
});

function analyze(text) {
  if (!state.engineReady) return; // analyzed when the engine is up
  const bytes = text.length > LIMIT / 3 ? utf8Length(text) : text.length;
  if (bytes > LIMIT) {
    state.tooBig = true;
    setStatus('This text is ' + formatSize(bytes) + '; Sift analyzes up to ' + formatSize(LIMIT) +
      ' at a time. Your text is kept; shorten it to see marks.', 'error');
    show(text, { findings: [], json: '{"findings":[]}' });
    return;
  }
  state.tooBig = false;
  const started = performance.now();
  const progress = () => {
    if (state.text === text) {
      root.dataset.state = 'busy';
      setStatus('Analyzing ' + formatSize(bytes) + '…', 'busy');
    }
  };
  let timer = 0;
  if (bytes >= BIG) progress();
  else timer = setTimeout(progress, PROGRESS_DELAY);
  const preMs = started - state.inputAt;
  engine.latest(text).then((report) => {
    clearTimeout(timer);
    const replied = performance.now();
    if (!report || state.text !== text) return; // stale: a newer text is on its way
    if (state.composing) return; // analyzed again when composition ends
    show(text, report);
    root.dataset.preMs = preMs.toFixed(2);
    root.dataset.roundTripMs = (replied - started).toFixed(2);
    report.ms = performance.now() - started;
    summarizeStatus(report);
  });
}

// show renders a report for text, keeping the caret and selection.
function show(text, report) {
  const t0 = performance.now();
  toUTF16(text, report.findings);
  const focused = editor.contains(document.getSelection().anchorNode);
  const sel = focused ? saveSelection(editor) : null;
  // A long article gets the marks of the lines on screen first; the rest
  // follow after that frame (finishMarks).
  const r = renderMarked(editor, text, report.findings, state.hidden, describe, text.length > LONG ? onScreen : null);
  // Restore only when nodes were replaced: an untouched caret is best left
  // alone (IME state, the browser's idea of the caret's side of a mark).
  if (sel && r.changed) restoreSelection(editor, sel);
  state.marks = r.first;
  state.report = report;
  state.reportText = text;
  state.current = -1;
  if (r.changed) hideTip();
  // Timings for the browser benchmarks: from the edit (or paste) to the
  // marks in the DOM, and to the marks laid out in the next frame.
  const now = performance.now();
  root.dataset.marksMs = (now - t0).toFixed(2);
  root.dataset.engineMs = (engine.lastMs || 0).toFixed(2);
  const inputAt = state.inputAt;
  state.rev++;
  const rev = state.rev;
  root.dataset.renderMs = (now - t0).toFixed(2);
  if (inputAt) root.dataset.latency = (now - inputAt).toFixed(2);
  if (rev === 1) performance.mark('sift-first-marks');
  // The summary panel follows once the marks are on screen: the article is
  // what the reader looks at while typing, and for a long article the
  // panel (a table row per figure) costs as much as the marks. rev and
  // framed are published after it, so that whoever waits for them sees the
  // panel of this report.
  requestAnimationFrame(() => {
    editor.getBoundingClientRect(); // forces style and layout
    if (inputAt && rev === state.rev) root.dataset.frameLatency = (performance.now() - inputAt).toFixed(2);
    setTimeout(() => {
      if (rev !== state.rev) return; // a newer report publishes itself
      const t1 = performance.now();
      if (r.pending) finishMarks(text, report);
      const sig = panelSig(state.report);
      if (sig !== state.panelSig) {
        state.panelSig = sig;
        updatePanel();
      }
      root.dataset.panelMs = (performance.now() - t1).toFixed(2);
      root.dataset.rev = String(rev);
      root.dataset.framed = String(rev);
      root.dataset.state = 'ready';
    }, 0);
  });
}

// finishMarks renders the marks show left for later (lines off screen).
function finishMarks(text, report) {
  if (state.text !== text || state.report !== report) return;
  const focused = editor.contains(document.getSelection().anchorNode);
  const sel = focused ? saveSelection(editor) : null;
  const r = renderMarked(editor, text, report.findings, state.hidden, describe);
  if (sel && r.changed) restoreSelection(editor, sel);
  state.marks = r.first;
}

// panelSig is what the panel shows of a report: the findings without their
// offsets. Most keystrokes leave it unchanged and the panel is not redrawn.
function panelSig(report) {
  return JSON.stringify(report.findings, (k, v) => (k === 'start' || k === 'end' || k === 'from' || k === 'to' ? undefined : v)) +
    (report.error || '');
}

function summarizeStatus(report) {
  if (report.error) {
    setStatus('The engine reported a problem, so some marks may be missing: ' + report.error, 'error');
    return;
  }
  if (!state.text.trim()) {
    setStatus('Ready. Paste or type an article, open a file, or load the sample.');
    return;
  }
  const words = countWords(state.text);
  const n = report.findings.length;
  setStatus(n + (n === 1 ? ' mark' : ' marks') + ' in ' + words + (words === 1 ? ' word.' : ' words.'));
}

function countWords(text) {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function updatePanel() {
  const kinds = orderKinds(state.kinds, state.report.findings);
  const counts = new Map();
  for (const f of state.report.findings) counts.set(f.kind, (counts.get(f.kind) || 0) + 1);
  renderLegend($('legend'), kinds, counts, state.hidden, toggleKind);
  renderSummary($('summary'), kinds, state.report, jump);
}

function toggleKind(kind, show) {
  if (show) state.hidden.delete(kind);
  else state.hidden.add(kind);
  store(HIDDEN_KEY, [...state.hidden].join('\n'));
  for (const m of editor.querySelectorAll('mark.m')) {
    if (m.dataset.kind === kind) m.classList.toggle('off', !show);
  }
  if (!show && state.current >= 0 && state.report.findings[state.current].kind === kind) hideTip();
}

// ---- Editing ----

editor.addEventListener('compositionstart', () => { state.composing = true; });
editor.addEventListener('compositionend', (e) => {
  state.composing = false;
  changed(readText(editor), e.timeStamp);
});
editor.addEventListener('input', (e) => {
  if (state.composing || e.isComposing) return;
  changed(readText(editor), e.timeStamp);
});

// Paste keeps only text. Rich text goes through the engine's HTML reader,
// which keeps the line structure (paragraphs, list items) and drops markup;
// nothing pasted is ever parsed as HTML by the page.
editor.addEventListener('paste', async (e) => {
  const cd = e.clipboardData;
  if (!cd) return;
  e.preventDefault();
  const at = e.timeStamp;
  const sel = saveSelection(editor) || { anchor: state.text.length, focus: state.text.length };
  const plain = cd.getData('text/plain');
  const html = cd.getData('text/html');
  const before = state.text;
  // A UTF-16 unit is at most 3 UTF-8 bytes: only a text that may be near
  // the limit is counted (two passes over 100 KB are a millisecond or more
  // before the engine is asked).
  const near = 3 * (plain.length + before.length) > LIMIT;
  if (!near || !tooLarge(utf8Length(plain) + utf8Length(before) - (Math.abs(sel.focus - sel.anchor)), 'pasted text')) {
    let ins = plain;
    if (html && html.length <= FILE_LIMIT && state.engineReady) {
      const r = await engine.fromHTML(html);
      if (typeof r.text === 'string' && (r.text || !plain)) ins = r.text;
    }
    if (state.text !== before) return; // the reader typed meanwhile
    insertText(ins, sel, at);
  }
});

function tooLarge(bytes, what) {
  if (bytes <= LIMIT) return false;
  setStatus('The ' + what + ' would make the article ' + formatSize(bytes) + '; Sift analyzes up to ' +
    formatSize(LIMIT) + ' at a time. Nothing was changed: your text is kept as it was.', 'error');
  root.dataset.refused = String(Number(root.dataset.refused || 0) + 1);
  return true;
}

// insertText replaces the selection sel with ins (paste, Enter) in the
// text itself and renders it at once. The marks of the last report are
// kept where the text around them did not change, shifted by the edit, so
// they do not flicker while the new report is computed.
function insertText(ins, sel, at) {
  ins = ins.replace(/\r\n?/g, '\n');
  const a = Math.min(sel.anchor, sel.focus);
  const b = Math.max(sel.anchor, sel.focus);
  const before = state.text;
  const text = before.slice(0, a) + ins + before.slice(b);
  // The engine is asked first, so that it analyzes in its worker while
  // this thread renders the text (a large paste: both take tens of
  // milliseconds). Its reply arrives as a later task, after this render.
  // A text that may be over the limit takes the slow path, where analyze
  // itself shows the refusal.
  const early = state.engineReady && text.length <= LIMIT / 3 && text !== before;
  const old = state.reportText === before ? state.report.findings : [];
  if (early) submit(text, at);
  const d = ins.length - (b - a);
  const kept = [];
  // A paste over the whole text keeps no mark.
  if (a > 0 || b < before.length) {
    for (const f of old) {
      if (f.to <= a) kept.push(f);
      else if (f.from >= b) kept.push({ ...f, from: f.from + d, to: f.to + d });
      else kept.push({ ...f, from: 0, to: 0 }); // cut by the edit: unmarked until the new report
    }
  }
  editor.classList.toggle('big', text.length > LONG);
  const r = renderMarked(editor, text, kept, state.hidden, describe, null, text.length > LONG);
  state.report = { findings: kept, json: state.report.json };
  state.reportText = null;
  state.marks = r.first;
  editor.focus();
  selectRange(editor, a + ins.length, a + ins.length);
  if (early) saveDraft();
  else changed(text, at);
}

// Enter is inserted by the page: left to itself, a plaintext-only editor
// at the end of a line inserts a second, invisible line break to give the
// new line a box, which would become part of the text.
editor.addEventListener('beforeinput', (e) => {
  if (e.inputType !== 'insertParagraph' && e.inputType !== 'insertLineBreak') return;
  if (state.composing || e.isComposing) return;
  e.preventDefault();
  const sel = saveSelection(editor) || { anchor: state.text.length, focus: state.text.length };
  insertText('\n', sel, e.timeStamp);
});

// Keep an undoable copy of the text replaced by clear, sample or a file.
function replaceAll(text, what) {
  if (state.text.trim()) {
    store(UNDO_KEY, state.text);
    const undo = $('undo');
    undo.textContent = 'Undo ' + what;
    undo.hidden = false;
  }
  setText(text, 0);
}

$('clear').addEventListener('click', () => {
  replaceAll('', 'clear');
  setStatus('Cleared. Use “Undo clear” to bring the text back.');
  editor.focus();
});

$('undo').addEventListener('click', () => {
  const prev = load(UNDO_KEY, null);
  if (prev === null) return;
  const now = state.text;
  setText(prev, 0);
  store(UNDO_KEY, now.trim() ? now : null);
  $('undo').hidden = !now.trim();
  $('undo').textContent = 'Undo';
  editor.focus();
});

$('sample').addEventListener('click', () => {
  replaceAll(SAMPLE, 'sample');
  editor.focus();
  selectRange(editor, 0, 0);
});

// ---- Files ----

$('file').addEventListener('change', (e) => {
  const f = e.target.files && e.target.files[0];
  if (f) openFile(f);
  e.target.value = '';
});

document.addEventListener('dragover', (e) => {
  if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) {
    e.preventDefault();
    editor.classList.add('dragging');
  }
});
document.addEventListener('dragleave', (e) => {
  if (e.target === editor || !e.relatedTarget) editor.classList.remove('dragging');
});
document.addEventListener('drop', (e) => {
  editor.classList.remove('dragging');
  const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
  if (f) {
    e.preventDefault();
    openFile(f);
  }
});

// looksBinary reports whether bytes are not text: a NUL byte, or many
// control characters, in the first 64 KB.
export function looksBinary(bytes) {
  const n = Math.min(bytes.length, 65536);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctl++;
  }
  return ctl > n / 100;
}

async function openFile(file) {
  const name = file.name || 'the file';
  const isHTML = /\.html?$/i.test(name) || file.type === 'text/html';
  if (!/\.(txt|md|markdown|html?|text)$/i.test(name) && !/^text\//.test(file.type)) {
    setStatus('“' + name + '” is not a .txt, .md or .html file; Sift opens only those.', 'error');
    return;
  }
  if (file.size > (isHTML ? FILE_LIMIT : LIMIT)) {
    tooLarge(file.size, 'file “' + name + '”');
    return;
  }
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    setStatus('Could not read “' + name + '”: ' + err.message, 'error');
    return;
  }
  if (looksBinary(bytes)) {
    setStatus('“' + name + '” does not look like text (it holds binary data), so it was not opened. Your text is kept.', 'error');
    return;
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (isHTML) {
    await engine.ready.catch(() => {});
    if (!state.engineReady) {
      setStatus('The engine is not running, so “' + name + '” cannot be converted from HTML.', 'error');
      return;
    }
    const r = await engine.fromHTML(text);
    if (typeof r.text !== 'string') {
      setStatus('Could not read the HTML of “' + name + '”: ' + (r.error || 'no text found'), 'error');
      return;
    }
    text = r.text;
  }
  text = text.replace(/\r\n?/g, '\n');
  if (tooLarge(utf8Length(text), 'file “' + name + '”')) return;
  replaceAll(text, 'open');
  setStatus('Opened “' + name + '”.');
}

// ---- Marks: details, jumping, stepping ----

function findingAt(el) {
  const m = el && el.closest ? el.closest('mark.m') : null;
  if (!m || !editor.contains(m) || m.classList.contains('off')) return null;
  const i = Number(m.dataset.i);
  return state.reportText === state.text && state.report.findings[i] ? { i, m } : null;
}

let hideTimer = 0;

// showTip shows finding i's details next to its mark m; announce also
// reads them out to screen readers (keyboard and panel navigation).
function showTip(i, m, announce) {
  clearTimeout(hideTimer);
  const f = state.report.findings[i];
  if (!f) return;
  const again = tip.dataset.i === String(i) && !tip.hidden;
  fillTip(tip, f);
  if (announce && !again) $('announce').textContent = tip.textContent;
  tip.hidden = false;
  const rects = m.getClientRects();
  const r = rects.length ? rects[0] : m.getBoundingClientRect();
  const w = tip.offsetWidth;
  const left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - w - 4));
  tip.style.left = (left + window.scrollX) + 'px';
  tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
  for (const c of editor.querySelectorAll('mark.current')) c.classList.remove('current');
  m.classList.add('current');
  tip.dataset.i = String(i);
}

function hideTip() {
  tip.hidden = true;
  delete tip.dataset.i;
  for (const c of editor.querySelectorAll('mark.current')) c.classList.remove('current');
}

// After a jump the text scrolls under a resting mouse pointer; the mark
// that lands under it must not replace the details of the one jumped to.
let jumpedAt = 0;

editor.addEventListener('mouseover', (e) => {
  if (performance.now() - jumpedAt < 600) return;
  const hit = findingAt(e.target);
  if (hit) showTip(hit.i, hit.m);
});
editor.addEventListener('mouseout', (e) => {
  if (findingAt(e.target) && !tip.contains(e.relatedTarget)) {
    hideTimer = setTimeout(() => {
      if (!caretFinding()) hideTip();
    }, 300);
  }
});
tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
tip.addEventListener('mouseleave', () => { hideTimer = setTimeout(hideTip, 300); });

// caretFinding is the mark the caret sits in, if any (tapping a mark on a
// touch screen puts the caret there, as does moving through it with keys).
function caretFinding() {
  const sel = document.getSelection();
  if (!sel || !sel.rangeCount || !editor.contains(sel.focusNode)) return null;
  const node = sel.focusNode.nodeType === 3 ? sel.focusNode.parentElement : sel.focusNode;
  return findingAt(node);
}

// The caret's mark is shown only when the reader moved the caret (a key, a
// click or a tap), not when the page placed it after loading a text.
let userMoved = 0;
editor.addEventListener('keydown', () => { userMoved = performance.now(); });
editor.addEventListener('pointerdown', () => { userMoved = performance.now(); });

document.addEventListener('selectionchange', () => {
  if (performance.now() - userMoved > 1000) return;
  const hit = caretFinding();
  if (hit) showTip(hit.i, hit.m, true);
  else if (!tip.hidden && !editor.matches(':hover')) hideTip();
});

// jump selects finding i in the editor and shows its details.
function jump(i) {
  const f = state.report.findings[i];
  const m = state.marks[i];
  if (!f || !m) return;
  if (state.hidden.has(f.kind)) {
    toggleKind(f.kind, true);
    updatePanel();
  }
  editor.focus({ preventScroll: true });
  selectRange(editor, f.from, f.to);
  m.scrollIntoView({ block: 'center', behavior: 'instant' });
  jumpedAt = performance.now();
  state.current = i;
  showTip(i, m, true);
}

// step moves to the next (dir 1) or previous (dir -1) visible mark.
function step(dir) {
  const fs = state.report.findings;
  if (!fs.length || state.reportText !== state.text) return;
  let pos;
  if (state.current >= 0 && fs[state.current]) pos = fs[state.current].from;
  else {
    const sel = saveSelection(editor);
    pos = sel ? Math.min(sel.anchor, sel.focus) - (dir > 0 ? 1 : 0) : (dir > 0 ? -1 : Infinity);
  }
  const cur = state.current;
  let best = -1;
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i];
    if (state.hidden.has(f.kind) || !state.marks[i] || i === cur) continue;
    const after = f.from > pos || (f.from === pos && i > cur && cur >= 0);
    const before = f.from < pos || (f.from === pos && i < cur);
    if (dir > 0 && after && (best < 0 || f.from < fs[best].from)) best = i;
    if (dir < 0 && before && (best < 0 || f.from >= fs[best].from)) best = i;
  }
  if (best >= 0) jump(best);
  else setStatus(dir > 0 ? 'No more marks after this one.' : 'No marks before this one.');
}

// Any other key in the editor moves the caret away from the mark last
// jumped to, so stepping continues from the caret.
editor.addEventListener('keydown', (e) => {
  if (!(e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp'))) state.current = -1;
}, true);

editor.addEventListener('mousedown', () => { state.current = -1; });

document.addEventListener('keydown', (e) => {
  const inField = e.target === editor || editor.contains(e.target) || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.nodeName);
  if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    e.preventDefault();
    step(e.key === 'ArrowDown' ? 1 : -1);
  } else if (!inField && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'n' || e.key === 'p')) {
    e.preventDefault();
    step(e.key === 'n' ? 1 : -1);
  } else if (e.key === 'Escape' && !tip.hidden) {
    hideTip();
  }
});

// ---- Export and print ----

function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function currentReport() {
  if (state.reportText !== state.text) {
    setStatus('The marks are still being updated; try again in a moment.');
    return null;
  }
  return state.report;
}

$('export-json').addEventListener('click', () => {
  const r = currentReport();
  if (r) download('sift-report.json', 'application/json', r.json || '{"findings":[]}');
});
$('export-md').addEventListener('click', () => {
  const r = currentReport();
  if (r) download('sift-report.md', 'text/markdown', toMarkdown(orderKinds(state.kinds, r.findings), r, state.text));
});
$('print').addEventListener('click', () => window.print());

// ---- Start ----

function start() {
  const draft = load(DRAFT_KEY, '');
  const undo = load(UNDO_KEY, null);
  if (undo !== null) {
    $('undo').hidden = false;
    $('undo').textContent = 'Undo';
  }
  state.text = draft;
  renderMarked(editor, draft, [], state.hidden, describe, null, draft.length > LONG);
  editor.classList.toggle('empty', draft.length === 0);
  editor.classList.toggle('big', draft.length > LONG);
  updatePanel();
  root.dataset.state = 'loading';
  performance.mark('sift-interactive');

  engine.onfatal = (err) => {
    root.dataset.state = 'error';
    setStatus(err.message + ' You can still edit; marks need the engine.', 'error');
  };
  engine.ready.then(() => {
    state.engineReady = true;
    state.kinds = engine.kinds;
    $('version').textContent = 'Engine ' + (engine.version || 'unknown version') + '.';
    performance.mark('sift-engine-ready');
    engine.onwarm = () => {
      performance.mark('sift-engine-warm');
      root.dataset.warm = '1';
    };
    engine.warm(SAMPLE);
    if (state.text) {
      state.inputAt = 0;
      analyze(state.text);
    } else {
      updatePanel();
      root.dataset.state = 'ready';
      root.dataset.rev = String(state.rev);
      setStatus('Ready. Paste or type an article, open a file, or load the sample.');
    }
  }, () => {});

  if ('serviceWorker' in navigator) {
    // A page already run by a service worker that gets a new one has been
    // updated: the new build is used from the next load.
    const hadController = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (hadController) setStatus('Sift has been updated; reload the page to use the new version (your draft is kept).');
    });
    navigator.serviceWorker.register('sw.js').catch(() => {
      // Offline use needs the service worker; the page works without it.
    });
  }
}

start();

// Exposed for the end-to-end tests and for the curious: nothing here is
// needed by the page itself.
window.siftPage = {
  state,
  kindLabel,
  offsetOf: (n, o) => offsetOf(editor, n, o),
  select(from, to) {
    state.current = -1;
    editor.focus();
    selectRange(editor, from, to);
  },
  selection: () => saveSelection(editor),
  text: () => readText(editor),
};
