// The engine reports UTF-8 byte offsets; JavaScript strings index UTF-16
// code units. An emoji is 4 bytes and 2 units, "é" 2 bytes and 1 unit, a CJK
// character 3 bytes and 1 unit: converting per finding by re-scanning the
// text would be quadratic, so all offsets of a report are converted in one
// pass over the text.

// utf8Length returns the number of bytes text takes in UTF-8. Lone
// surrogates count as U+FFFD (3 bytes), which is what they become on their
// way into Go.
export function utf8Length(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function isLow(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}

// toUTF16 sets f.from and f.to (UTF-16 indices into text) on every finding
// from its byte offsets f.start and f.end, with one table built in one pass
// over the text (findings are sorted by start but their ends are not). An
// offset that falls inside a character is moved to that character's end;
// one past the text is clamped to its length.
export function toUTF16(text, findings) {
  if (findings.length === 0) return;
  let maxOffset = 0;
  for (const f of findings) maxOffset = Math.max(maxOffset, f.start | 0, f.end | 0);
  const table = new Uint32Array(maxOffset + 1);
  let b = 0;
  for (let i = 0; i < text.length && b <= maxOffset;) {
    const c = text.charCodeAt(i);
    let n;
    let units = 1;
    if (c < 0x80) n = 1;
    else if (c < 0x800) n = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      n = 4;
      units = 2;
    } else n = 3;
    table[b] = i;
    for (let k = 1; k < n && b + k <= maxOffset; k++) table[b + k] = i + units;
    b += n;
    i += units;
  }
  for (; b <= maxOffset; b++) table[b] = text.length;
  for (const f of findings) {
    const from = table[Math.max(0, f.start | 0)];
    f.from = from;
    f.to = Math.max(from, table[Math.max(0, f.end | 0)]);
  }
}
