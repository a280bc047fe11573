// Tsunagu's service worker: keeps the app shell on the device so the app starts, reads and
// writes with no network. The data itself lives in IndexedDB and never passes through here.
//
// Every build stamps the line below (tools/postbuild.mjs) with the build's own file list and a
// stamp made from those files' bytes. A new build therefore means a new worker script, which the
// browser installs beside the running one; it waits until the app asks it to take over, so a
// page is never swapped under someone who is typing.
const BUILD = { stamp: 'unstamped', files: [] };

const PREFIX = 'tsunagu-shell-';
const CACHE = PREFIX + BUILD.stamp;
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so the shell is exactly this build's files.
  const requests = BUILD.files.map((path) => new Request(path, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The very first install takes the open page at once, so it works offline from then on.
      await self.clients.claim();
    })(),
  );
});

// The app sends this when the owner taps "reload" on the new-version notice.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (BUILD.files.includes(url.pathname)) {
    event.respondWith(fromShell(url.pathname, request));
  } else if (request.mode === 'navigate' && !lastSegmentHasExtension(url.pathname)) {
    // Every app route (/customers/…, /settings) is the same page; the router reads the path.
    event.respondWith(fromShell(SHELL, request));
  }
});

async function fromShell(path, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(path)) ?? fetch(request);
}

function lastSegmentHasExtension(path) {
  return /\.[^/]+$/.test(path);
}
