// sw.js is the service worker: it keeps a copy of the page, its bundles
// and the engine, so that the playground works offline once loaded. Hashed
// files (assets/) never change, so they are served from the cache first;
// the HTML is fetched from the network first, falling back to the cache.
/* global __PRECACHE__, __CACHE_NAME__ */
const CACHE = __CACHE_NAME__;
const FILES = __PRECACHE__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("stsplay-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.includes("/assets/")) {
    // Assets fetched later (the AWS action catalog) are kept too, so the
    // page works offline once they were fetched.
    event.respondWith(
      caches.match(req).then(
        (hit) =>
          hit ||
          fetch(req).then((res) => {
            if (res.ok) {
              const copy = res.clone();
              caches.open(CACHE).then((cache) => cache.put(req, copy));
            }
            return res;
          }),
      ),
    );
    return;
  }
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok && (req.mode === "navigate" || FILES.includes(url.pathname.replace(/^\//, "")))) {
          // One entry per page, whatever its query (?embed=1&preset=…).
          const copy = res.clone();
          caches.open(CACHE).then((cache) => cache.put(url.origin + url.pathname, copy));
        }
        return res;
      })
      .catch(() => caches.match(req, { ignoreSearch: req.mode === "navigate" }).then((hit) => hit || caches.match(url.pathname.endsWith("embed.html") ? "embed.html" : "./"))),
  );
});
