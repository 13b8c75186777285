// The page's side of the engine worker. Only one analysis is in flight at a
// time; while it runs, newer texts replace each other in a one-slot queue,
// so a burst of keystrokes costs one extra analysis, not one per key, and a
// reply for a text that has since changed is never rendered.

export class Engine {
  constructor(url) {
    this.worker = new Worker(url);
    this.nextID = 1;
    this.calls = new Map(); // id → {resolve}
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'ready') {
          this.version = m.version;
          this.kinds = parseKinds(m.kinds);
          resolve(this);
        } else if (m.type === 'result') {
          const call = this.calls.get(m.id);
          this.calls.delete(m.id);
          this.lastMs = m.ms;
          if (call) call.resolve(m.json);
        } else if (m.type === 'warm') {
          this.warmMs = m.ms;
          if (this.onwarm) this.onwarm(m);
        } else if (m.type === 'fatal') {
          const err = new Error(m.error);
          reject(err);
          for (const call of this.calls.values()) call.resolve(JSON.stringify({ findings: [], error: m.error }));
          this.calls.clear();
          if (this.onfatal) this.onfatal(err);
        }
      };
      this.worker.onerror = (e) => {
        e.preventDefault();
        const err = new Error('The engine worker failed: ' + (e.message || 'unknown error'));
        reject(err);
        if (this.onfatal) this.onfatal(err);
      };
    });
    this.busy = false;
    this.queued = null; // {text, resolve}
  }

  // call sends one request and resolves with the reply's JSON text.
  call(op, text) {
    const id = this.nextID++;
    return new Promise((resolve) => {
      this.calls.set(id, { resolve });
      this.worker.postMessage({ id, op, text });
    });
  }

  // warm has the worker analyze text repeatedly while the page is idle, so
  // the engine's code is optimized before the first real analysis;
  // onwarm is called when it is done.
  warm(text) {
    this.worker.postMessage({ op: 'warm', text });
  }

  // latest analyzes text and resolves with the parsed report, or with null
  // when a newer text was submitted before this one's turn came (the caller
  // then simply waits for the newer reply).
  latest(text) {
    if (this.busy) {
      if (this.queued) this.queued.resolve(null);
      return new Promise((resolve) => { this.queued = { text, resolve }; });
    }
    this.busy = true;
    return this.call('analyze', text).then((json) => {
      this.busy = false;
      const next = this.queued;
      this.queued = null;
      if (next) {
        // A newer text is waiting: this reply is stale, drop it.
        this.latest(next.text).then(next.resolve);
        return null;
      }
      return parseReport(json);
    });
  }

  // fromHTML converts HTML to plain text with line structure (and analyzes it).
  async fromHTML(html) {
    return parseReport(await this.call('analyzeHTML', html));
  }
}

export function parseReport(json) {
  let r;
  try {
    r = JSON.parse(json);
  } catch (err) {
    return { findings: [], error: 'The engine returned an unreadable report.', json: '{"findings":[]}' };
  }
  if (!r || !Array.isArray(r.findings)) r = { findings: [], error: 'The engine returned no findings list.' };
  r.json = json;
  return r;
}

function parseKinds(json) {
  try {
    const k = JSON.parse(json);
    return Array.isArray(k) ? k.filter((x) => x && typeof x.kind === 'string') : [];
  } catch (err) {
    return [];
  }
}
