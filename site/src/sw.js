// sw.js is the service worker: it keeps a copy of the pages, their bundles
// and the engine, so that the playground works offline once loaded. The
// files are every page and asset of the build (build.mjs lists them), so a
// new asset is covered without a change here. Hashed files (assets/) never
// change: they come from the cache first (and one fetched later, such as a
// lazily loaded asset, is cached when it arrives). The pages come from the
// network first, falling back to the cache, under every URL the site links
// to: "/", "/index.html", "/embed.html", "/embed", "/rules.html", "/rules",
// with any query.
/* global __PRECACHE__, __CACHE_NAME__ */
const CACHE = __CACHE_NAME__;
const FILES = __PRECACHE__;

/**
 * A response that can be cached and served for a navigation: a redirected
 * response (a server that sends /index.html to /) is copied into a plain
 * one, because the browser refuses a redirected response for a request
 * whose redirect mode is not "follow".
 */
async function storable(res) {
  if (!res.redirected) return res;
  const body = await res.blob();
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    FILES.map(async (file) => {
      // The HTTP cache may answer: the page has just fetched most of these.
      const res = await fetch(file);
      if (!res.ok) throw new Error(`sw: ${file}: HTTP ${res.status}`);
      await cache.put(file, await storable(res));
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("stsplay-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The cached page for a path the site links to. */
function pageFor(pathname) {
  if (/\/embed(\.html)?$/.test(pathname)) return "embed.html";
  if (/\/rules(\.html)?$/.test(pathname)) return "rules.html";
  return "index.html";
}

async function fromCacheFirst(req) {
  const hit = await caches.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) {
    const copy = await storable(res.clone());
    caches.open(CACHE).then((cache) => cache.put(req, copy));
  }
  return res;
}

async function fromNetworkFirst(req, url) {
  const page = req.mode === "navigate" || /\/(index\.html|embed\.html|embed|rules\.html|rules)?$/.test(url.pathname);
  try {
    const res = await fetch(req);
    if (res.ok && page) {
      // One entry per page, whatever its query (?embed=1&preset=…).
      const copy = await storable(res.clone());
      caches.open(CACHE).then((cache) => cache.put(pageFor(url.pathname), copy));
    }
    return res;
  } catch (err) {
    const hit = page ? await caches.match(pageFor(url.pathname)) : await caches.match(req, { ignoreSearch: true });
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(url.pathname.includes("/assets/") ? fromCacheFirst(req) : fromNetworkFirst(req, url));
});
