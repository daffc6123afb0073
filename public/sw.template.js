// Fulcrum's service worker: after the first visit the app opens with no
// network. scripts/write_service_worker.py fills in the build's files and a
// version drawn from their contents, so every build is a new worker.
//
// A new version installs in the background and waits (no skipWaiting): it
// takes over when every Fulcrum tab has closed, never in the middle of a
// check-up. Saved answers are never touched here; they stay in local storage.
//
// Languages other than the one shown (and English, the fallback) are never downloaded: a language file
// is cached when the app fetches it; installing caches the browser's own
// language and any language file the page fetched before the worker
// existed (from the HTTP cache, no network); a new version fetches again
// only the languages the old one had.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const LOCALES = __LOCALES__;
const CACHE = "fulcrum-" + VERSION;

// rules:start
// Written from the Rust source by tests/shared_rules.rs (scripts/regenerate.sh): edit
// the Rust, not these lines. A served language file's name as
// Locale::file_path; each browser language to the app's tag as
// Locale::negotiate.
const WORDS_FOLDER = "locales/";
const WORDS_EXTENSION = ".lines";
const KNOWN = { en: "en", es: "es", pt: "pt-BR", fr: "fr", de: "de", ar: "ar" };
// rules:end

// A file named by its content's hash may come from the browser's cache (the
// first visit just fetched it); any other file is checked with the server.
function freshRequest(file) {
  return new Request(file, { cache: /-[0-9a-f]{8,16}[._]/.test(file) ? "default" : "no-cache" });
}

// The browser's first language the app speaks, as boot.js and
// Locale::choose pick it.
function browserLocale() {
  for (const tag of self.navigator.languages || []) {
    const language = KNOWN[String(tag).split(/[-_]/)[0].toLowerCase()];
    if (language) return WORDS_FOLDER + language + WORDS_EXTENSION;
  }
  return null;
}

// English's words by id (questions, advice, support lines) are not built
// into the app, and English is every language's fallback: always kept.
const ENGLISH = WORDS_FOLDER + "en" + WORDS_EXTENSION;

// A language the page fetched before this worker existed (chosen in the
// menu on the first visit) is in the browser's HTTP cache: keep it too,
// without asking the network for anything.
function keepIfAlreadyFetched(cache, file) {
  return cache.match(file).then((cached) =>
    cached
      ? undefined
      : fetch(file, { cache: "only-if-cached", mode: "same-origin" })
          .then((response) => (response.ok ? cache.put(file, response) : undefined))
          .catch(() => {}),
  );
}

// The language files an older version of the app had cached.
function localesInUse() {
  return caches.keys().then((names) =>
    Promise.all(
      names
        .filter((name) => name.startsWith("fulcrum-") && name !== CACHE)
        .map((name) =>
          caches.open(name).then((old) =>
            Promise.all(LOCALES.map((file) => old.match(file).then((hit) => (hit ? file : null)))),
          ),
        ),
    ).then((lists) => [...new Set(lists.flat().filter(Boolean))]),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache
        .addAll(FILES.map(freshRequest))
        // A language file missing on the server must not stop the update.
        .then(() => localesInUse())
        .then((files) => [...new Set([...files, browserLocale(), ENGLISH])].filter((f) => LOCALES.includes(f)))
        .then((files) => Promise.all(files.map((file) => cache.add(freshRequest(file)).catch(() => {}))))
        .then(() => Promise.all(LOCALES.map((file) => keepIfAlreadyFetched(cache, file)))),
    ),
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
  const path = new URL(request.url).pathname;
  const locale = LOCALES.find((file) => path.endsWith("/" + file));
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(wanted).then((cached) => {
        if (cached || !locale) return cached || fetch(request);
        // First time this language is shown: keep it for offline visits.
        return fetch(request).then((response) => {
          if (response.ok) cache.put(locale, response.clone());
          return response;
        });
      }),
    ),
  );
});
