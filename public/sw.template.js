// Fulcrum's service worker: after the first visit the app opens with no
// network. scripts/write_service_worker.py fills in the build's files and a
// version drawn from their contents, so every build is a new worker.
//
// A new version installs in the background and waits (no skipWaiting): it
// takes over when every Fulcrum tab has closed, never in the middle of a
// check-up. Saved answers are never touched here; they stay in local storage.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = "fulcrum-" + VERSION;

// A file named by its content's hash may come from the browser's cache (the
// first visit just fetched it); any other file is checked with the server.
function freshRequest(file) {
  return new Request(file, { cache: /-[0-9a-f]{16}[._]/.test(file) ? "default" : "no-cache" });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map(freshRequest))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("fulcrum-") && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // Every address of the app is the same page; the app routes inside it.
  const wanted = request.mode === "navigate" ? "index.html" : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(wanted))
      .then((cached) => cached || fetch(request)),
  );
});
