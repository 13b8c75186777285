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
// from its byte offsets f.start and f.end. An offset that falls inside a
// character is moved to that character's end; one past the text is
// clamped to its length.
export function toUTF16(text, findings) {
  const offsets = new Float64Array(findings.length * 2);
  for (let k = 0; k < findings.length; k++) {
    offsets[2 * k] = findings[k].start;
    offsets[2 * k + 1] = findings[k].end;
  }
  const order = Array.from(offsets.keys()).sort((a, b) => offsets[a] - offsets[b]);
  const out = new Float64Array(offsets.length);
  let b = 0; // bytes before text[i]
  let i = 0;
  for (const k of order) {
    const want = offsets[k];
    while (b < want && i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        b += 1;
        i += 1;
      } else if (c < 0x800) {
        b += 2;
        i += 1;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
        b += 4;
        i += 2;
      } else {
        b += 3;
        i += 1;
      }
    }
    out[k] = i;
  }
  for (let k = 0; k < findings.length; k++) {
    findings[k].from = out[2 * k];
    findings[k].to = Math.max(out[2 * k], out[2 * k + 1]);
  }
}
