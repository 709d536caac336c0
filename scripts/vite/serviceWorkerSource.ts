/**
 * The service worker of the built app, as source text with its precache list written in.
 *
 * - install: caches every file of the build (the app shell, every panel's chunk, the KaTeX
 *   fonts) in `losslab-<version>`; a file that fails to download fails the install, so
 *   "installed" means "complete".
 * - activate: deletes the caches of earlier versions.
 * - the app's page (index.html): network first, so a new version is picked up on the next
 *   visit; the cached copy after a few seconds without an answer (a lecture hall's Wi-Fi), on
 *   an error status, or with no network at all.
 * - everything else of ours: cache first (file names carry content hashes, so a cached file
 *   never goes stale); what is not cached is fetched and kept.
 *
 * It never calls skipWaiting(): a new version waits until no tab runs the old one, so an open
 * page never has its lazily loaded chunks deleted from under it. A page loaded in the
 * meantime still gets the new index.html from the network and its files from the new
 * version's cache, which `caches.match` searches as soon as it is installed.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Loss Lab service worker, generated at build time (scripts/vite/serviceWorker.ts).
const VERSION = ${JSON.stringify(version)};
const PRECACHE = ${JSON.stringify(files)};
const PREFIX = 'losslab-';
const CACHE = PREFIX + VERSION;
const NETWORK_TIMEOUT_MS = 4000;

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(scoped(path), { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      ),
  );
});

function isAppPage(url) {
  return url.href === scoped('./') || url.href === scoped('index.html');
}

async function networkFirst(request) {
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(scoped('index.html'), response.clone());
    }
    return response;
  });
  const answered = network.catch(() => null);
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  const first = await Promise.race([answered, timeout]);
  if (first && first.ok) return first;
  const cached = await caches.match(scoped('index.html'));
  return cached || first || network;
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // Same-origin only (see the fetch listener), so never an opaque response.
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    url.search = '';
    if (isAppPage(url)) event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});
`;
}
