// Sift's engine runs here, off the page's main thread, so that a long
// analysis never freezes typing or scrolling. The Go program (sift.wasm)
// registers globalThis.sift and then calls onSiftReady.
//
// Messages in:  {id, op: "analyze" | "analyzeHTML", text}
//               {op: "warm", text}                   warm the engine up (below)
// Messages out: {type: "ready", version, kinds}      once, when the engine is up
//               {type: "result", id, op, json, ms}   one per request, in order
//               {type: "warm", runs, ms}             once, when warming is done
//               {type: "fatal", error}               the engine could not start
//
// Warming up: the browser first runs WebAssembly in a quick baseline
// compile and optimizes a function only once it has run for a while, so the
// first analyses of a new engine are several times slower than later ones
// (a 100 KB article: over half a second cold, tens of milliseconds warm).
// While the page is idle after loading, the worker analyzes a text the page
// gives it (the sample) again and again in small steps, so the engine's hot
// code is optimized before the reader's first paste. Each step is its own
// task: a real request waits for at most one small step.
'use strict';

importScripts('wasm_exec.js');

const pending = [];
let ready = false;

function answer(msg) {
  const t0 = performance.now();
  let json;
  try {
    const fn = self.sift && self.sift[msg.op];
    if (typeof fn !== 'function') {
      throw new Error('the engine has no operation ' + msg.op);
    }
    json = fn(String(msg.text));
  } catch (err) {
    // The bridge recovers Go panics itself; this catches a missing bridge
    // or a dead Go runtime, so the page always gets an answer.
    json = JSON.stringify({ findings: [], error: String(err && err.message || err) });
  }
  self.postMessage({ type: 'result', id: msg.id, op: msg.op, json, ms: performance.now() - t0 });
}

self.onSiftReady = () => {
  ready = true;
  let kinds = '[]';
  try {
    kinds = self.sift.kinds();
  } catch (err) {
    // The page falls back to the kinds it sees in reports.
  }
  self.postMessage({ type: 'ready', version: String(self.sift.version || ''), kinds });
  while (pending.length) answer(pending.shift());
};

self.onmessage = (e) => {
  if (e.data && e.data.op === 'warm') warm(String(e.data.text || ''));
  else if (ready) answer(e.data);
  else pending.push(e.data);
};

// WARM_BYTES is how much text warming analyzes in all: enough for the
// engine's hot functions to be optimized. Measured in headless Chromium
// on the sample: a 13 KB step takes 20–30 ms for the first megabyte or so,
// then drops to 4–5 ms once the optimized code arrives (V8 tiers up by
// how much a function has run, so the point is a number of bytes, not a
// time). The cost is about two seconds of one core, once per page load,
// in the worker, while the page stays responsive.
const WARM_BYTES = 2560 * 1024;
// A step analyzes up to WARM_STEP bytes: small enough to keep a real
// request's wait short even while the code is still cold. The last two
// steps, once the code is fast, analyze about WARM_LAST bytes: a long
// article takes paths and table sizes a short one never reaches, and makes
// the Go heap (the module's memory) grow to the size it needs.
const WARM_STEP = 16 * 1024;
const WARM_LAST = 128 * 1024;

let warming = false;

function warm(sample) {
  if (warming || !sample) return;
  warming = true;
  // Steps grow from one copy of the sample (cheap while cold) to about
  // WARM_STEP bytes, so that code paths which only larger texts take are
  // warmed too.
  const texts = [sample];
  while (texts[texts.length - 1].length * 2 <= WARM_STEP) {
    const t = texts[texts.length - 1];
    texts.push(t + '\n\n' + t);
  }
  let last = texts[texts.length - 1];
  while (last.length * 2 <= WARM_LAST) last = last + '\n\n' + last;
  const started = performance.now();
  let done = 0;
  let runs = 0;
  let k = 0;
  // A MessageChannel yields to the event loop without the 4 ms clamp of
  // nested timers.
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    if (!ready) return;
    const text = done + 2 * last.length >= WARM_BYTES ? last : texts[Math.min(k++ >> 1, texts.length - 1)];
    try {
      self.sift.analyze(text);
    } catch (err) {
      done = WARM_BYTES; // a broken engine: answer() reports it to the page
    }
    done += text.length;
    runs++;
    if (done < WARM_BYTES) ch.port2.postMessage(null);
    else {
      ch.port1.close();
      self.postMessage({ type: 'warm', runs, ms: performance.now() - started });
    }
  };
  ch.port2.postMessage(null);
}

(async () => {
  try {
    const go = new Go();
    let result;
    if (WebAssembly.instantiateStreaming) {
      try {
        result = await WebAssembly.instantiateStreaming(fetch('sift.wasm'), go.importObject);
      } catch (err) {
        // A server without the application/wasm type: compile from bytes.
        result = null;
      }
    }
    if (!result) {
      const bytes = await (await fetch('sift.wasm')).arrayBuffer();
      result = await WebAssembly.instantiate(bytes, go.importObject);
    }
    go.run(result.instance).then(() => {
      ready = false;
      self.postMessage({ type: 'fatal', error: 'The engine stopped.' });
    });
  } catch (err) {
    self.postMessage({ type: 'fatal', error: 'The engine could not start: ' + String(err && err.message || err) });
  }
})();
