// Sift's engine runs here, off the page's main thread, so that a long
// analysis never freezes typing or scrolling. The Go program (sift.wasm)
// registers globalThis.sift and then calls onSiftReady.
//
// Messages in:  {id, op: "analyze" | "analyzeHTML", text}
// Messages out: {type: "ready", version, kinds}      once, when the engine is up
//               {type: "result", id, op, json}       one per request, in order
//               {type: "fatal", error}               the engine could not start
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
  if (ready) answer(e.data);
  else pending.push(e.data);
};

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
