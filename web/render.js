// Rendering the article: the editor's DOM is built from the plain text and
// the report's marks, with text nodes and <mark> elements only — never
// HTML parsing — so nothing the reader pastes can run or style the page.
//
// Each line of the text is a <div class="ln"> of its own (an empty line
// holds a <br> so it has height and can take the caret). Lines as blocks
// keep the browser's layout local: a keystroke re-lays out its line, not
// the whole article, and long articles can skip laying out lines that are
// off screen (content-visibility in style.css). A mark that spans lines is
// split into one <mark> per line.
//
// A long run of unmarked lines may instead share one block, a chunk (a
// <div class="ln"> whose one text node holds up to CHUNK lines and the
// line breaks between them): a long paste is shown that way while its
// marks are computed, as a few dozen blocks to lay out instead of
// thousands. Chunks become lines when their marks are rendered.
//
// Reading it back: the editor is contenteditable="plaintext-only", so the
// browser splits and joins these lines itself as the reader types, and may
// put <br> or "\n" into them; readText turns any of that back into the
// text. Caret and selection are saved and restored as offsets into it.

const LINE = 'ln';
const CHUNK = 32;

// renderMarked makes root show text with each finding's [from, to) wrapped
// in a <mark>. Findings nest; where two overlap without nesting, the inner
// one is closed and reopened so the tree stays well formed. hidden is a Set
// of kinds whose marks get the class "off"; describe(f) gives a mark's
// accessible description.
//
// It patches rather than rebuilds: lines whose content (text and marks) is
// unchanged are left as they are, and only the run of lines between the
// longest unchanged prefix and suffix is replaced. A keystroke typically
// replaces one line or none, so the caret's text node is left alone.
// Marks carry their finding's index as data-i (and el._i).
//
// It returns {first, changed, pending}: the first <mark> element of each
// finding, whether any node was replaced, and whether lines were left for
// later (see visible).
//
// visible, when given, is a function (blocks) → [lo, hi) that names the
// blocks on screen: if the editor already shows exactly the lines of text
// (in lines and chunks, same texts — the case after a paste or while
// typing), only the blocks in that range are brought up to date now and
// the rest keep their old marks until a later call without visible. A long
// article's marks then reach the screen without waiting for the thousands
// of marks nobody sees yet.
//
// chunked, when true, lets the lines it builds share chunks where they have
// no marks.
export function renderMarked(root, text, findings, hidden, describe, visible, chunked) {
  const doc = root.ownerDocument;
  const first = new Array(findings.length);
  const lines = describeLines(text, findings);

  const old = Array.from(root.childNodes);
  // Signatures, old (read from the DOM) and new, are made only for the
  // lines compared: a paste over the whole text compares a line or two,
  // and the marks of a long article's lines off screen are described only
  // when they are rendered.
  const oldSig = new Array(old.length);
  const sigOf = (k) => (oldSig[k] === undefined ? (oldSig[k] = lineNodeSig(old[k])) : oldSig[k]);
  const newSig = new Array(lines.length);
  const newSigOf = (k) => (newSig[k] === undefined ? (newSig[k] = lineSig(lines[k], findings)) : newSig[k]);
  const at = sameTexts(old, sigOf, lines);
  if (at !== null) {
    return patchLines(doc, old, at, oldSig, lines, newSigOf, first, findings, hidden, describe, visible ? visible(old) : null);
  }
  let pre = 0;
  const most = Math.min(old.length, lines.length);
  while (pre < most && sigOf(pre) !== null && oldSig[pre] === newSigOf(pre)) pre++;
  let suf = 0;
  while (suf < most - pre && sigOf(old.length - 1 - suf) !== null &&
    oldSig[old.length - 1 - suf] === newSigOf(lines.length - 1 - suf)) suf++;
  // Each line removed on its own is a DOM mutation of its own (the
  // selection and every live range are updated for it), which for
  // thousands of lines costs more than building the few kept ones again:
  // then everything is replaced in one replaceChildren.
  const gone = old.length - pre - suf;
  if (gone > 64 && pre + suf < gone) {
    pre = 0;
    suf = 0;
  }

  // Kept lines get their finding indices brought up to date; first[] is
  // filled in document order.
  for (let k = 0; k < pre; k++) adoptLine(old[k], lines[k], first);
  const changed = pre + suf < old.length || pre + suf < lines.length;
  let frag = null;
  if (changed) {
    frag = doc.createDocumentFragment();
    const end = lines.length - suf;
    // Chunks pay off for many lines; a line or two (Enter, a short paste)
    // are lines at once.
    const chunk = chunked && end - pre > CHUNK;
    for (let k = pre; k < end;) {
      const e = chunk ? plainRun(lines, k, end) : k + 1;
      if (e - k > 1) frag.appendChild(buildChunk(doc, lines, k, e));
      else frag.appendChild(buildLine(doc, lines[k], first, findings, hidden, describe));
      k = Math.max(e, k + 1);
    }
  }
  for (let k = suf; k >= 1; k--) adoptLine(old[old.length - k], lines[lines.length - k], first);
  if (changed) {
    if (pre === 0 && suf === 0) root.replaceChildren(frag);
    else {
      const before = suf > 0 ? old[old.length - suf] : null;
      for (let k = pre; k < old.length - suf; k++) old[k].remove();
      root.insertBefore(frag, before);
    }
  }
  return { first, changed, pending: false };
}

// onScreen returns the range of lines that intersect the viewport, found by
// bisection over the line blocks (a few layout reads, not one per line),
// widened by a screenful on each side.
export function onScreen(lines) {
  const n = lines.length;
  const h = lines.length ? lines[0].ownerDocument.defaultView.innerHeight : 0;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].getBoundingClientRect().bottom < -h) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < n && end - lo < 400 && lines[end].getBoundingClientRect().top < 2 * h) end++;
  return [lo, end];
}

// sameTexts reports whether every old block is one of ours and the blocks
// show the lines of text in order (signatures end in '\0' + text; sigOf(j)
// is old line j's signature). If so it returns, for each old block, the
// index of its first line; if not, null.
function sameTexts(old, sigOf, lines) {
  if (old.length > lines.length) return null;
  const at = new Array(old.length);
  let k = 0;
  for (let j = 0; j < old.length; j++) {
    at[j] = k;
    if (old[j]._chunk) {
      const n = chunkLines(old[j], lines, k);
      if (n === 0) return null;
      k += n;
      continue;
    }
    const o = sigOf(j);
    if (o === null || k >= lines.length) return null;
    const l = lines[k];
    const io = o.indexOf('\u0000');
    if (o.length - io - 1 !== l.end - l.start || !o.endsWith(lineText(l))) return null;
    k++;
  }
  return k === lines.length ? at : null;
}

// chunkLines returns how many lines a chunk shows if they are lines[k…] of
// the text, and 0 if they are not (or the browser's editing left it other
// than one text node). The lines are counted in the text node, as the
// reader may have added or removed line breaks in it.
function chunkLines(node, lines, k) {
  const t = node.firstChild;
  if (!t || t !== node.lastChild || t.nodeType !== 3) return 0;
  let n = 1;
  for (let i = t.data.indexOf('\n'); i >= 0; i = t.data.indexOf('\n', i + 1)) n++;
  if (k + n > lines.length) return 0;
  const from = lines[k].start;
  const to = lines[k + n - 1].end;
  return t.data.length === to - from && lines[k].src.startsWith(t.data, from) ? n : 0;
}

// plainRun returns the end of the run of lines from k (before end, at most
// CHUNK) that a chunk may hold: lines without marks, the last one not
// empty (a line break that ends a block gives it no line box).
function plainRun(lines, k, end) {
  let e = k;
  while (e < end && e - k < CHUNK && lines[e].items.length === 0) e++;
  while (e - k > 1 && lines[e - 1].end === lines[e - 1].start) e--;
  return e;
}

// unmarked reports whether an old line's signature has no mark.
function unmarked(sig) {
  return sig.charCodeAt(0) === 0 || (sig.charCodeAt(0) === 46 && sig.charCodeAt(1) === 0);
}

// patchLines replaces, line by line, the lines whose marks changed; with a
// range [lo, hi), only those inside it. A line outside the range that
// shows no mark now and gets some is left for later without describing
// its marks (the common case: the lines off screen after a long paste).
function patchLines(doc, old, at, oldSig, lines, newSigOf, first, findings, hidden, describe, range) {
  let changed = false;
  let pending = false;
  for (let j = 0; j < old.length; j++) {
    const k = at[j];
    const inRange = !range || (j >= range[0] && j < range[1]);
    if (old[j]._chunk) {
      // A chunk on screen becomes lines, marked or not.
      if (!inRange) {
        pending = true;
        continue;
      }
      const end = j + 1 < old.length ? at[j + 1] : lines.length;
      const frag = doc.createDocumentFragment();
      for (let i = k; i < end; i++) frag.appendChild(buildLine(doc, lines[i], first, findings, hidden, describe));
      old[j].replaceWith(frag);
      changed = true;
    } else if (!inRange && lines[k].items.length > 0 && unmarked(oldSig[j])) {
      pending = true;
    } else if (oldSig[j] === newSigOf(k)) {
      adoptLine(old[j], lines[k], first);
    } else if (inRange) {
      old[j].replaceWith(buildLine(doc, lines[k], first, findings, hidden, describe));
      changed = true;
    } else {
      pending = true;
    }
  }
  return { first, changed, pending };
}

// describeLines splits text into lines, each with the marks that overlap
// it clipped to it (items). piecesOf describes a line as a list of pieces:
// {text} for a run of text, {i, text, children} for a mark.
function describeLines(text, findings) {
  const order = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.to > f.from) order.push(i);
  }
  order.sort((a, b) => findings[a].from - findings[b].from || findings[b].to - findings[a].to || a - b);

  const lines = [];
  let active = []; // finding indices that started before this line and may continue
  let next = 0;
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Findings overlapping [start, end), clipped to it, in opening order.
    const items = [];
    const still = [];
    for (const i of active) {
      if (findings[i].to > start) {
        still.push(i);
        if (end > start) items.push({ i, from: start, to: Math.min(findings[i].to, end) });
      }
    }
    while (next < order.length && findings[order[next]].from < end) {
      const i = order[next++];
      const f = findings[i];
      if (f.to > end) still.push(i);
      items.push({ i, from: Math.max(f.from, start), to: Math.min(f.to, end) });
    }
    // Findings that start exactly at the line break belong to the next line.
    while (next < order.length && findings[order[next]].from === end && end < text.length) {
      still.push(order[next++]);
    }
    active = still;
    lines.push({ src: text, start, end, items: items.length ? items.filter((it) => it.to > it.from) : items, pieces: null, str: null });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

// lineText is a line's text.
function lineText(line) {
  if (line.str === null) line.str = line.src.slice(line.start, line.end);
  return line.str;
}

// piecesOf describes a line, once, when it is first needed.
function piecesOf(line) {
  if (line.pieces === null) line.pieces = describeRange(line.src, line.start, line.end, line.items);
  return line.pieces;
}

// describeRange describes text[start, end) with the clipped marks items.
function describeRange(text, start, end, items) {
  items.sort((a, b) => a.from - b.from || b.to - a.to || a.i - b.i);
  const top = [];
  const stack = []; // {item, piece, from}
  let pos = start;
  let next = 0;
  const list = () => (stack.length ? stack[stack.length - 1].piece.children : top);
  const emit = (upto) => {
    if (upto > pos) {
      list().push({ text: text.slice(pos, upto) });
      pos = upto;
    }
  };
  const open = (item) => {
    const piece = { i: item.i, text: '', children: [] };
    list().push(piece);
    stack.push({ item, piece, from: pos });
  };
  const closeAt = (p) => {
    let deepest = -1;
    for (let s = 0; s < stack.length; s++) {
      if (stack[s].item.to <= p) {
        deepest = s;
        break;
      }
    }
    if (deepest < 0) return;
    const removed = stack.splice(deepest);
    for (const r of removed) r.piece.text = text.slice(r.from, p);
    for (const r of removed) {
      if (r.item.to > p) open(r.item);
    }
  };
  while (next < items.length || stack.length) {
    let nextEnd = Infinity;
    for (const s of stack) nextEnd = Math.min(nextEnd, s.item.to);
    const nextStart = next < items.length ? items[next].from : Infinity;
    if (nextEnd <= nextStart) {
      emit(nextEnd);
      closeAt(nextEnd);
    } else {
      emit(nextStart);
      open(items[next++]);
    }
  }
  emit(end);
  return top;
}

function ownSig(f) {
  return f.kind + '|' + (f.why || '');
}

// A line's signature is its structure (kinds and reasons of its marks,
// nested, without the finding indices, which shift with every edit
// before them) and its text.
function lineSig(line, findings) {
  if (line.items.length === 0) return (line.end > line.start ? '.\u0000' : '\u0000') + lineText(line);
  let s = '';
  for (const p of piecesOf(line)) s += shapeSig(p, findings);
  return s + '\u0000' + lineText(line);
}

function shapeSig(piece, findings) {
  if (!piece.children) return '.';
  let s = ownSig(findings[piece.i]) + '(';
  for (const c of piece.children) s += shapeSig(c, findings);
  return s + ')';
}

// lineNodeSig is the signature of what an existing line shows now, read
// from the DOM (the reader's edits change it); null when the node is not
// a line in the form buildLine makes, so that it is always replaced.
function lineNodeSig(n) {
  if (n.nodeType !== 1 || n._line !== true) return null;
  let s = '';
  let empty = true;
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if (c.data.includes('\n')) return null;
      s += '.';
      empty = false;
    } else if (c.nodeName === 'BR') {
      // Only the placeholder of an empty line.
      if (c !== n.lastChild || !empty || c.previousSibling) return null;
    } else {
      const shape = liveShape(c);
      if (shape === null) return null;
      s += shape;
      empty = false;
    }
  }
  const text = n.textContent;
  if (empty !== (text.length === 0) || (text.length === 0 && !n.firstChild)) return null;
  return s + '\u0000' + text;
}

function liveShape(el) {
  if (el.nodeType !== 1 || el._own === undefined) return null; // not ours
  let s = el._own + '(';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if (c.data.includes('\n')) return null;
      s += '.';
    } else {
      const inner = liveShape(c);
      if (inner === null) return null;
      s += inner;
    }
  }
  return s + ')';
}

// adoptLine walks a kept line and its description together, updating the
// finding indices of its marks.
function adoptLine(div, line, first) {
  if (line.items.length === 0) return;
  let c = div.firstChild;
  for (const p of piecesOf(line)) {
    adopt(c, p, first);
    c = c.nextSibling;
  }
}

function adopt(node, piece, first) {
  if (!piece.children) return;
  if (node._i !== piece.i) {
    node._i = piece.i;
    node.dataset.i = String(piece.i);
  }
  if (!first[piece.i]) first[piece.i] = node;
  let c = node.firstChild;
  for (const child of piece.children) {
    adopt(c, child, first);
    c = c.nextSibling;
  }
}

function buildLine(doc, line, first, findings, hidden, describe) {
  const div = doc.createElement('div');
  div.className = LINE;
  div._line = true;
  if (line.end === line.start) div.appendChild(doc.createElement('br'));
  else if (line.items.length === 0) div.appendChild(doc.createTextNode(lineText(line)));
  else for (const p of piecesOf(line)) div.appendChild(build(doc, p, first, findings, hidden, describe));
  return div;
}

// buildChunk makes the chunk of lines[k, e).
function buildChunk(doc, lines, k, e) {
  const div = doc.createElement('div');
  div.className = LINE;
  div._chunk = true;
  // Its estimated height while off screen (style.css).
  div.style.setProperty('--lines', String(e - k));
  div.appendChild(doc.createTextNode(lines[k].src.slice(lines[k].start, lines[e - 1].end)));
  return div;
}

function build(doc, piece, first, findings, hidden, describe) {
  if (!piece.children) return doc.createTextNode(piece.text);
  const f = findings[piece.i];
  const el = doc.createElement('mark');
  el.className = hidden.has(f.kind) ? 'm off' : 'm';
  el.setAttribute('data-kind', f.kind);
  el.setAttribute('data-i', String(piece.i));
  el._i = piece.i;
  el._own = ownSig(f);
  el.setAttribute('aria-description', describe(f));
  if (!first[piece.i]) first[piece.i] = el;
  for (const c of piece.children) el.appendChild(build(doc, c, first, findings, hidden, describe));
  return el;
}

const BLOCK = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR']);

// readText returns the editor's text: one line per top-level block, text
// nodes as they are, <br> as a line break except the placeholder that
// ends a block, and runs of loose nodes the browser left between blocks as
// lines of their own.
export function readText(root) {
  const parts = [];
  walk(root, (node, kind) => {
    parts.push(kind === 'text' ? node.data : '\n');
  });
  return parts.join('');
}

// walk visits the editor's content in text order. It calls visit(node,
// 'text') for a text node and visit(node, 'break') for a line break: a
// <br> that is not a block's placeholder, or the start of a line after the
// first (visited with the line's first node). Returning true stops.
function walk(root, visit) {
  let firstLine = true;
  let inLoose = false;
  for (let n = root.firstChild; n; n = n.nextSibling) {
    const block = n.nodeType === 1 && BLOCK.has(n.nodeName);
    if (block || !inLoose) {
      if (!firstLine && visit(n, 'break')) return;
      firstLine = false;
    }
    inLoose = !block;
    if (n.nodeType === 3) {
      if (visit(n, 'text')) return;
    } else if (n.nodeType === 1) {
      if (n.nodeName === 'BR') {
        if (!block && n.nextSibling && visit(n, 'break')) return;
      } else if (walkInline(n, visit)) return;
    }
  }
}

function walkInline(el, visit) {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (visit(n, 'text')) return true;
    } else if (n.nodeType === 1) {
      if (n.nodeName === 'BR') {
        if (isPlaceholder(n)) continue;
        if (visit(n, 'break')) return true;
      } else {
        if (BLOCK.has(n.nodeName) && n.previousSibling && visit(n, 'break')) return true;
        if (walkInline(n, visit)) return true;
      }
    }
  }
  return false;
}

// isPlaceholder reports whether a <br> only gives its line a line box:
// nothing visible follows it in its block.
function isPlaceholder(br) {
  for (let n = br; n && !(n !== br && n.nodeType === 1 && BLOCK.has(n.nodeName)); n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType !== 3 || s.data.length > 0) return false;
    }
  }
  return true;
}

// offsetOf returns the text offset of the DOM position (node, offset)
// inside root, or -1 when the position is not inside root.
export function offsetOf(root, node, offset) {
  if (node !== root && !root.contains(node)) return -1;
  let count = 0;
  let found = -1;
  if (node.nodeType === 3) {
    walk(root, (n, kind) => {
      if (n === node && kind === 'text') {
        found = count + offset;
        return true;
      }
      count += kind === 'text' ? n.data.length : 1;
      return false;
    });
    return found < 0 ? count : found;
  }
  // A position between children: count everything before child[offset],
  // or everything inside node when the position is at its end.
  const child = node.childNodes[offset] || null;
  walk(root, (n, kind) => {
    let past;
    if (child) past = n === child || child.contains(n) || (child.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    else past = n !== node && !node.contains(n) && (node.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (past) {
      found = count;
      return true;
    }
    count += kind === 'text' ? n.data.length : 1;
    return false;
  });
  return found < 0 ? count : found;
}

// positionAt returns the DOM position {node, offset} of text offset off in
// a root that renderMarked just built (one block per line). At a boundary
// between two text nodes it prefers the earlier one, so the caret stays
// where typing put it.
export function positionAt(root, off) {
  let line = root.firstChild;
  while (line) {
    const len = line.textContent.length;
    if (off <= len || !line.nextSibling) {
      let acc = 0;
      let last = null;
      const it = root.ownerDocument.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let t = it.nextNode(); t; t = it.nextNode()) {
        if (off <= acc + t.data.length) return { node: t, offset: off - acc };
        acc += t.data.length;
        last = t;
      }
      if (last) return { node: last, offset: last.data.length };
      return { node: line, offset: 0 };
    }
    off -= len + 1;
    line = line.nextSibling;
  }
  return { node: root, offset: 0 };
}

// saveSelection returns the selection as text offsets inside root, or null
// when the selection is elsewhere.
export function saveSelection(root) {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !(sel.anchorNode === root || root.contains(sel.anchorNode))) return null;
  return {
    anchor: offsetOf(root, sel.anchorNode, sel.anchorOffset),
    focus: offsetOf(root, sel.focusNode, sel.focusOffset),
  };
}

// restoreSelection puts the selection back at the saved offsets.
export function restoreSelection(root, saved) {
  if (!saved) return;
  const sel = root.ownerDocument.getSelection();
  const a = positionAt(root, saved.anchor);
  const f = positionAt(root, saved.focus);
  sel.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
}

// selectRange selects text offsets [from, to) in root.
export function selectRange(root, from, to) {
  restoreSelection(root, { anchor: from, focus: to });
}
