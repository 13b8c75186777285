// The summary panel, the legend with its toggles, a mark's details and the
// Markdown export. Everything here is driven by the kinds the engine lists
// (sift.kinds()) and by the fields the findings carry, so a kind or field
// the engine gains later shows up without changes to the page.

// Fields that are the finding's place, not something to show.
const PLACE = new Set(['kind', 'start', 'end', 'from', 'to', 'text', 'why']);

// Shown before unknown fields, in this order, when present.
const FIELD_ORDER = ['value', 'unit', 'approx', 'source', 'cue', 'anonymous', 'cue_type', 'canonical', 'reason'];

const LABELS = {
  figure: ['Figure', 'Figures'],
  source: ['Source', 'Sources'],
  hedge: ['Hedge', 'Hedges'],
  'name-variant': ['Name variant', 'Name variants'],
  boilerplate: ['Boilerplate', 'Boilerplate'],
};

// A sample word for the legend, drawn with the kind's mark style.
const SYMBOLS = { figure: '12', source: 'said', hedge: 'may', 'name-variant': 'Jon', boilerplate: 'Share' };

const FIELD_LABELS = { cue_type: 'cue type', canonical: 'probably meant', approx: 'qualifier' };

// Kinds whose summary shows the findings in a table; the others show just
// their count in the legend (listing every boilerplate line helps no one).
const LISTED_LIMIT = 200;

export function kindLabel(kind, plural) {
  const l = LABELS[kind];
  if (l) return l[plural ? 1 : 0];
  const s = kind.replace(/[-_]+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + (plural ? 's' : '');
}

export function fieldLabel(name) {
  return FIELD_LABELS[name] || name.replace(/_/g, ' ');
}

// One formatter for all numbers: creating one per call costs more than
// the rest of rendering a mark.
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

export function formatValue(v) {
  if (v === true) return 'yes';
  if (v === false) return 'no';
  if (typeof v === 'number') return numberFormat.format(v);
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

// fieldsOf returns the names of the detail fields the findings carry, known
// ones first.
export function fieldsOf(findings) {
  const seen = new Set();
  for (const f of findings) for (const k of Object.keys(f)) if (!PLACE.has(k)) seen.add(k);
  const known = FIELD_ORDER.filter((k) => seen.has(k));
  const rest = [...seen].filter((k) => !FIELD_ORDER.includes(k)).sort();
  return known.concat(rest);
}

// orderKinds returns the kinds to show: the engine's list in its order,
// then any kind seen in the report that the list lacks.
export function orderKinds(kinds, findings) {
  const out = kinds.map((k) => ({ kind: k.kind, doc: k.doc || '', analyzer: k.analyzer || '' }));
  const have = new Set(out.map((k) => k.kind));
  for (const f of findings) {
    if (!have.has(f.kind)) {
      have.add(f.kind);
      out.push({ kind: f.kind, doc: '', analyzer: '' });
    }
  }
  return out;
}

function firstSentence(doc) {
  const m = /^[\s\S]*?[.!?](\s|$)/.exec(doc);
  return (m ? m[0] : doc).trim();
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('data-')) e.dataset[k.slice(5).replace(/-(.)/g, (_, c) => c.toUpperCase())] = v;
      else e.setAttribute(k, v);
    }
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// renderLegend fills the fieldset with one toggle per kind.
export function renderLegend(fieldset, kinds, counts, hidden, onToggle) {
  const legend = fieldset.querySelector('legend');
  fieldset.replaceChildren(legend);
  for (const k of kinds) {
    const id = 'show-' + k.kind.replace(/[^a-z0-9-]/gi, '_');
    const input = el('input', { type: 'checkbox', id, 'data-kind': k.kind });
    input.checked = !hidden.has(k.kind);
    input.addEventListener('change', () => onToggle(k.kind, input.checked));
    const n = counts.get(k.kind) || 0;
    const label = el('label', { for: id },
      input,
      el('span', { class: 'sym', 'data-kind': k.kind, 'aria-hidden': 'true', text: SYMBOLS[k.kind] || 'Aa' }),
      el('span', { class: 'name', text: kindLabel(k.kind, true) }),
      el('span', { class: 'count', 'data-count': k.kind, 'aria-label': n + ' ' + kindLabel(k.kind, n !== 1), text: String(n) }));
    if (k.doc) label.append(el('span', { class: 'doc', text: firstSentence(k.doc) }));
    fieldset.append(label);
  }
}

// renderSummary fills box with a table per kind that has findings.
// onJump(i) is called with a finding's index when its text is activated.
export function renderSummary(box, kinds, report, onJump) {
  const findings = report.findings;
  const byKind = new Map();
  findings.forEach((f, i) => {
    if (!byKind.has(f.kind)) byKind.set(f.kind, []);
    byKind.get(f.kind).push(i);
  });
  const parts = [];
  if (findings.length === 0) {
    parts.push(el('p', { class: 'empty-note', text: 'No marks yet.' }));
  }
  for (const k of kinds) {
    let idx = byKind.get(k.kind);
    if (!idx || k.kind === 'boilerplate') continue;
    const fs = idx.map((i) => findings[i]);
    const fields = fieldsOf(fs);
    if (k.kind === 'figure') {
      // Unsourced figures first: they are what a careful reader checks.
      idx = idx.slice().sort((a, b) => (findings[a].source ? 1 : 0) - (findings[b].source ? 1 : 0) || a - b);
    }
    const heading = el('h3', { id: 'sum-' + k.kind, text: kindLabel(k.kind, true) + ' (' + idx.length + ')' });
    const head = el('tr', null, el('th', { scope: 'col', text: 'text' }), ...fields.map((f) => el('th', { scope: 'col', text: fieldLabel(f) })));
    const body = el('tbody');
    for (const i of idx.slice(0, LISTED_LIMIT)) {
      const f = findings[i];
      const jump = el('button', { type: 'button', class: 'jump', 'data-i': String(i), text: clip(f.text, 80) });
      jump.setAttribute('aria-label', 'Go to ' + kindLabel(f.kind, false).toLowerCase() + ': ' + clip(f.text, 80));
      jump.addEventListener('click', () => onJump(i));
      const row = el('tr', { 'data-kind': f.kind }, el('td', null, jump));
      for (const name of fields) {
        const v = f[name];
        if (v === undefined || v === '' || v === null) {
          row.append(el('td', { class: 'none', text: name === 'source' ? 'none' : '–' }));
        } else row.append(el('td', { text: formatValue(v) }));
      }
      body.append(row);
    }
    const table = el('table', { 'aria-labelledby': 'sum-' + k.kind }, el('thead', null, head), body);
    parts.push(heading, el('div', { class: 'table-wrap' }, table));
    if (idx.length > LISTED_LIMIT) parts.push(el('p', { class: 'empty-note', text: 'and ' + (idx.length - LISTED_LIMIT) + ' more.' }));
  }
  box.replaceChildren(...parts);
}

function clip(s, n) {
  s = String(s).replace(/\s+/g, ' ');
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

// describe is a mark's accessible description: its kind and why. It is
// set on every mark, so it stays cheap; the fields are in the details shown
// (and announced) when the caret enters the mark.
export function describe(f) {
  return f.why ? kindLabel(f.kind, false) + '. ' + f.why : kindLabel(f.kind, false);
}

// fillTip puts a finding's details into the tooltip element.
export function fillTip(tip, f) {
  tip.dataset.kind = f.kind;
  const dl = el('dl');
  for (const name of fieldsOf([f])) {
    dl.append(el('dt', { text: fieldLabel(name) }), el('dd', { text: formatValue(f[name]) }));
  }
  tip.replaceChildren(
    el('p', null, el('span', { class: 'kind', text: kindLabel(f.kind, false) }), ': “' + clip(f.text, 120) + '”'),
    f.why ? el('p', { text: f.why }) : null,
    dl.childElementCount ? dl : null,
  );
}

// toMarkdown writes the report as a Markdown document.
export function toMarkdown(kinds, report, text) {
  const cell = (v) => formatValue(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const words = (text.match(/\S+/g) || []).length;
  const lines = ['# Sift report', ''];
  lines.push(report.findings.length + ' marks in a text of ' + words + ' words.', '');
  if (report.error) lines.push('> The engine reported a problem: ' + cell(report.error), '');
  lines.push('| Kind | Count |', '| --- | ---: |');
  const byKind = new Map();
  for (const f of report.findings) {
    if (!byKind.has(f.kind)) byKind.set(f.kind, []);
    byKind.get(f.kind).push(f);
  }
  for (const k of kinds) lines.push('| ' + kindLabel(k.kind, true) + ' | ' + (byKind.get(k.kind) || []).length + ' |');
  for (const k of kinds) {
    let fs = byKind.get(k.kind);
    if (!fs) continue;
    if (k.kind === 'figure') fs = fs.slice().sort((a, b) => (a.source ? 1 : 0) - (b.source ? 1 : 0));
    const fields = fieldsOf(fs);
    lines.push('', '## ' + kindLabel(k.kind, true), '');
    lines.push('| Text | ' + fields.map(fieldLabel).join(' | ') + (fields.length ? ' | ' : '') + 'Why |');
    lines.push('| --- | ' + fields.map(() => '--- | ').join('') + '--- |');
    for (const f of fs) {
      lines.push('| ' + cell(f.text) + ' | ' + fields.map((n) => cell(f[n]) + ' | ').join('') + cell(f.why) + ' |');
    }
  }
  return lines.join('\n') + '\n';
}
