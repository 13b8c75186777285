// Sift's service worker: after the first visit the page works offline.
// Every asset is cached under a name that carries the build's version; the
// dev server and the bundle builder replace the placeholder below with a
// hash of the served files, so a new build installs a fresh cache and the
// old one is deleted when it activates.
'use strict';

const CACHE = 'sift-__SIFT_VERSION__';

const ASSETS = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'engine.js',
  'offsets.js',
  'render.js',
  'panel.js',
  'sample.js',
  'worker.js',
  'wasm_exec.js',
  'sift.wasm',
  'manifest.webmanifest',
  'icon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // cache: 'reload' skips the HTTP cache, so the new version's files
      // are what gets stored.
      .then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('sift-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

// Cache first: the assets of one version never change. Navigations get
// the cached page whatever their query string.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    if (req.mode === 'navigate') {
      try {
        return await fetch(req);
      } catch (err) {
        const page = await cache.match('./');
        if (page) return page;
        throw err;
      }
    }
    return fetch(req);
  })());
});
