// host.js loads sift.wasm the way the page's worker does (wasm_exec.js,
// instantiate, go.run), waits for onSiftReady and prints one JSON object
// with the replies to a few calls. Usage: node host.js wasm_exec.js sift.wasm
'use strict';

const fs = require('fs');
globalThis.crypto ??= require('crypto');
require(process.argv[2]);

const timer = setTimeout(() => {
  console.log(JSON.stringify({ error: 'onSiftReady was not called within 60 s' }));
  process.exit(1);
}, 60000);

globalThis.onSiftReady = () => {
  clearTimeout(timer);
  const s = globalThis.sift;
  const reply = {
    types: Object.fromEntries(['analyze', 'analyzeHTML', 'kinds', 'version'].map((k) => [k, typeof s[k]])),
    version: s.version,
    analyze: JSON.parse(s.analyze('Officials said nearly 5,000 homes were damaged, according to the ministry.')),
    analyzeHTML: JSON.parse(s.analyzeHTML('<p>Officials said 12 people were hurt.</p><script>globalThis.pwned = 1</script>')),
    kinds: JSON.parse(s.kinds()),
    badArgument: JSON.parse(s.analyze({ text: 'not a string' })),
    pwned: globalThis.pwned === 1,
  };
  console.log(JSON.stringify(reply));
  process.exit(0);
};

const go = new Go();
WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject)
  .then((r) => go.run(r.instance))
  .catch((err) => {
    console.log(JSON.stringify({ error: String(err) }));
    process.exit(1);
  });
