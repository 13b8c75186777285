// Rendering the article: the editor's DOM is rebuilt from the plain text and
// the report's marks, with text nodes and <mark> elements only — never
// HTML parsing — so nothing the reader pastes can run or style the page.
//
// Reading it back: the editor is contenteditable="plaintext-only", so the
// browser may put <br> or <div> elements into it while the reader types;
// readText turns any of that back into the text with its line breaks.
// Caret and selection are saved and restored as offsets into that text.

// A trailing <br> keeps a final empty line visible and reachable by the
// caret; it is not part of the text.
const SENTINEL = 'sentinel';

// renderMarked makes root show text with each finding's [from, to) wrapped
// in a <mark>. Findings nest; where two overlap without nesting, the inner
// one is closed and reopened so the tree stays well formed. hidden is a Set
// of kinds whose marks get the class "off"; describe(f) gives a mark's
// accessible description.
//
// It patches rather than rebuilds: the new content is first described as a
// list of top-level pieces (text runs and outermost marks), and only the
// pieces between the longest unchanged prefix and suffix are replaced. A
// keystroke typically changes none or one piece, so the caret's text node
// is left alone, and a long article costs little more than a short one.
// Marks get the index of their finding as data-i (and el._i).
//
// It returns the first <mark> element of each finding, and whether the
// DOM was changed.
export function renderMarked(root, text, findings, hidden, describe) {
  const doc = root.ownerDocument;
  const first = new Array(findings.length);
  const pieces = describeTree(text, findings);

  // Existing top-level nodes, without the sentinel.
  const old = [];
  for (let n = root.firstChild; n; n = n.nextSibling) old.push(n);
  let sentinel = old.length && isSentinel(old[old.length - 1]) ? old.pop() : null;

  const oldSig = old.map(nodeSig);
  const newSig = pieces.map((p) => pieceSig(p, findings));
  let pre = 0;
  const most = Math.min(old.length, pieces.length);
  while (pre < most && oldSig[pre] !== null && oldSig[pre] === newSig[pre]) pre++;
  let suf = 0;
  while (suf < most - pre && oldSig[old.length - 1 - suf] !== null &&
    oldSig[old.length - 1 - suf] === newSig[pieces.length - 1 - suf]) suf++;

  // Kept pieces: bring their finding indices up to date.
  for (let k = 0; k < pre; k++) adopt(old[k], pieces[k], first, findings, describe);
  for (let k = 0; k < suf; k++) adopt(old[old.length - 1 - k], pieces[pieces.length - 1 - k], first, findings, describe);

  const changed = pre + suf < old.length || pre + suf < pieces.length || !sentinel;
  if (pre + suf < old.length || pre + suf < pieces.length) {
    const frag = doc.createDocumentFragment();
    for (let k = pre; k < pieces.length - suf; k++) {
      frag.appendChild(build(doc, pieces[k], first, findings, hidden, describe));
    }
    const before = suf > 0 ? old[old.length - suf] : sentinel;
    for (let k = pre; k < old.length - suf; k++) old[k].remove();
    root.insertBefore(frag, before);
  }
  if (!sentinel) {
    sentinel = doc.createElement('br');
    sentinel.dataset.role = SENTINEL;
    root.appendChild(sentinel);
  }
  return { first, changed };
}

function isSentinel(n) {
  return n.nodeType === 1 && n.nodeName === 'BR' && n.dataset.role === SENTINEL;
}

// A piece is {text} for a run of text, or {i, kind, text, children} for a
// mark, children being pieces again.
function describeTree(text, findings) {
  const order = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.to > f.from) order.push(i);
  }
  order.sort((a, b) => findings[a].from - findings[b].from || findings[b].to - findings[a].to || a - b);

  const top = [];
  const stack = []; // {i, piece, from}
  let pos = 0;
  let next = 0;
  const list = () => (stack.length ? stack[stack.length - 1].piece.children : top);
  const emit = (upto) => {
    if (upto > pos) {
      list().push({ text: text.slice(pos, upto) });
      pos = upto;
    }
  };
  const finish = (entry) => {
    entry.piece.text = text.slice(entry.from, pos);
  };
  const open = (i) => {
    const piece = { i, kind: findings[i].kind, text: '', children: [] };
    list().push(piece);
    stack.push({ i, piece, from: pos });
  };
  const closeAt = (p) => {
    let deepest = -1;
    for (let s = 0; s < stack.length; s++) {
      if (findings[stack[s].i].to <= p) {
        deepest = s;
        break;
      }
    }
    if (deepest < 0) return;
    const removed = stack.splice(deepest);
    for (let r = removed.length - 1; r >= 0; r--) finish(removed[r]);
    for (const r of removed) {
      if (findings[r.i].to > p) open(r.i);
    }
  };
  while (next < order.length || stack.length) {
    let nextEnd = Infinity;
    for (const s of stack) nextEnd = Math.min(nextEnd, findings[s.i].to);
    const nextStart = next < order.length ? findings[order[next]].from : Infinity;
    if (nextEnd <= nextStart) {
      emit(nextEnd);
      closeAt(nextEnd);
    } else {
      emit(nextStart);
      open(order[next++]);
    }
  }
  emit(text.length);
  return top;
}

function ownSig(f) {
  return f.kind + '|' + (f.why || '');
}

// shapeSig is a mark piece's structure: kinds and reasons, nested, without
// the text or the finding indices (which shift with every edit before it).
function shapeSig(piece, findings) {
  let s = ownSig(findings[piece.i]) + '(';
  for (const c of piece.children) s += c.children ? shapeSig(c, findings) : '.';
  return s + ')';
}

function pieceSig(piece, findings) {
  if (!piece.children) return 't' + piece.text;
  return 'm' + shapeSig(piece, findings) + '\u0000' + piece.text;
}

// nodeSig is the signature of what an existing node shows now, read from
// the DOM (the reader's edits change it), in the form of pieceSig.
function nodeSig(n) {
  if (n.nodeType === 3) return 't' + n.data;
  const shape = liveShape(n);
  return shape === null ? null : 'm' + shape + '\u0000' + n.textContent;
}

function liveShape(el) {
  if (el.nodeType !== 1 || el._own === undefined) return null; // not ours: replace it
  let s = el._own + '(';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) s += '.';
    else {
      const inner = liveShape(c);
      if (inner === null) return null;
      s += inner;
    }
  }
  return s + ')';
}

// adopt walks a kept element and its piece together, updating indices.
function adopt(node, piece, first, findings, describe) {
  if (!piece.children) return;
  if (node._i !== piece.i) {
    node._i = piece.i;
    node.dataset.i = String(piece.i);
  }
  if (!first[piece.i]) first[piece.i] = node;
  let c = node.firstChild;
  for (const child of piece.children) {
    adopt(c, child, first, findings, describe);
    c = c.nextSibling;
  }
}

function build(doc, piece, first, findings, hidden, describe) {
  if (!piece.children) return doc.createTextNode(piece.text);
  const f = findings[piece.i];
  const el = doc.createElement('mark');
  el.className = hidden.has(f.kind) ? 'm off' : 'm';
  el.dataset.kind = f.kind;
  el.dataset.i = String(piece.i);
  el._i = piece.i;
  el._own = ownSig(f);
  el.setAttribute('aria-description', describe(f));
  if (!first[piece.i]) first[piece.i] = el;
  for (const c of piece.children) el.appendChild(build(doc, c, first, findings, hidden, describe));
  return el;
}

const BLOCK = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR']);

// readText returns the editor's text: text nodes as they are, <br> as a
// line break, and a line break between block elements the browser added.
export function readText(root) {
  const parts = [];
  walk(root, (node, kind) => {
    if (kind === 'text') parts.push(node.data);
    else if (kind === 'break') parts.push('\n');
  });
  return parts.join('');
}

// walk visits the editor's content in order. It calls visit(node, 'text')
// for a text node and visit(node, 'break') for a line break (a <br>, or the
// start of a block element that follows content); returning true stops.
function walk(root, visit) {
  let any = false;
  const rec = (parent) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (n.data.length) any = true;
        if (visit(n, 'text')) return true;
      } else if (n.nodeType === 1) {
        if (n.nodeName === 'BR') {
          if (n.dataset.role === SENTINEL && !n.nextSibling) continue;
          any = true;
          if (visit(n, 'break')) return true;
        } else {
          if (BLOCK.has(n.nodeName) && any && !endsWithBreak(n)) {
            if (visit(n, 'break')) return true;
          }
          if (rec(n)) return true;
        }
      }
    }
    return false;
  };
  rec(root);
}

function endsWithBreak(block) {
  // A block that follows a <br> or "\n" already starts a new line.
  let p = block.previousSibling;
  while (p && p.nodeType === 1 && !BLOCK.has(p.nodeName) && p.nodeName !== 'BR' && p.lastChild) p = p.lastChild;
  if (!p) return false;
  if (p.nodeType === 3) return p.data.endsWith('\n');
  return p.nodeName === 'BR';
}

// offsetOf returns the text offset of the DOM position (node, offset)
// inside root, or -1 when the position is not inside root.
export function offsetOf(root, node, offset) {
  if (!root.contains(node)) return -1;
  let count = 0;
  let found = -1;
  if (node.nodeType !== 3) {
    // A position between children: count everything before child[offset].
    const child = node.childNodes[offset] || null;
    if (child === null) {
      // After the last child of node: up to node's end.
      walk(root, (n, kind) => {
        if (!node.contains(n) && n.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) {
          found = count;
          return true;
        }
        count += kind === 'text' ? n.data.length : 1;
        return false;
      });
      return found < 0 ? count : found;
    }
    walk(root, (n, kind) => {
      if (n === child || child.contains(n) || child.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) {
        found = count;
        return true;
      }
      count += kind === 'text' ? n.data.length : 1;
      return false;
    });
    return found < 0 ? count : found;
  }
  walk(root, (n, kind) => {
    if (n === node) {
      found = count + offset;
      return true;
    }
    count += kind === 'text' ? n.data.length : 1;
    return false;
  });
  return found < 0 ? count : found;
}

// positionAt returns the DOM position {node, offset} of text offset off.
// At a boundary between two text nodes it prefers the earlier one, so the
// caret stays where typing put it.
export function positionAt(root, off) {
  let count = 0;
  let pos = null;
  walk(root, (n, kind) => {
    if (kind === 'text') {
      if (off <= count + n.data.length) {
        pos = { node: n, offset: off - count };
        return true;
      }
      count += n.data.length;
    } else {
      if (off <= count) {
        pos = { node: n.parentNode, offset: Array.prototype.indexOf.call(n.parentNode.childNodes, n) };
        return true;
      }
      count += 1;
    }
    return false;
  });
  if (!pos) {
    // The end: before the sentinel <br>, if there is one.
    const last = root.lastChild;
    if (last && last.nodeName === 'BR' && last.dataset.role === SENTINEL) {
      pos = { node: root, offset: root.childNodes.length - 1 };
    } else {
      pos = { node: root, offset: root.childNodes.length };
    }
  }
  return pos;
}

// saveSelection returns the selection as text offsets inside root, or null
// when the selection is elsewhere.
export function saveSelection(root) {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !root.contains(sel.anchorNode)) return null;
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
