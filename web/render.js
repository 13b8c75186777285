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

// renderMarked replaces root's content with text, wrapping each finding's
// [from, to) in a <mark>. Findings nest; where two overlap without nesting,
// the inner one is closed and reopened so the tree stays well formed.
// hidden is a Set of kinds whose marks get the class "off".
// It returns the mark elements for each finding index (the first piece
// when a finding was split).
export function renderMarked(root, text, findings, hidden, describe) {
  const doc = root.ownerDocument;
  const frag = doc.createDocumentFragment();
  const first = new Array(findings.length);

  // Marks in opening order: by start, longer first.
  const order = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.to > f.from) order.push(i);
  }
  order.sort((a, b) => findings[a].from - findings[b].from || findings[b].to - findings[a].to || a - b);

  const stack = []; // {i, el}
  let pos = 0;
  let next = 0;
  const top = () => (stack.length ? stack[stack.length - 1].el : frag);
  const emit = (upto) => {
    if (upto > pos) {
      top().appendChild(doc.createTextNode(text.slice(pos, upto)));
      pos = upto;
    }
  };
  const open = (i) => {
    const f = findings[i];
    const el = doc.createElement('mark');
    el.className = 'm';
    el.dataset.kind = f.kind;
    el.dataset.i = String(i);
    if (hidden.has(f.kind)) el.classList.add('off');
    el.setAttribute('aria-description', describe(f));
    top().appendChild(el);
    stack.push({ i, el });
    if (!first[i]) first[i] = el;
  };
  // closeAt closes every open mark ending at or before p, reopening the
  // ones that were closed only because they sat above it.
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
  const br = doc.createElement('br');
  br.dataset.role = SENTINEL;
  frag.appendChild(br);
  root.replaceChildren(frag);
  return first;
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
