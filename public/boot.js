// Runs before the first paint, before the app. A separate file because the
// Content-Security-Policy allows no inline script. It
// - starts the app: Trunk's module loader, moved here at build time (see
//   scripts/externalize_loader.py) so a slow link carries one file fewer
//   while the WebAssembly downloads;
// - picks the neutral title, so the tab and the history list never show
//   "Fulcrum" when the person asked for that;
// - shows the plain-HTML home (in index.html) only on the home address, and
//   hides its start button for someone who has begun, so no other screen
//   ever flashes the home text and no button changes under a thumb;
// - makes that plain home behave like the app until the app replaces it:
//   quick exit leaves, links add no history entry;
// - for a person whose language is not English, sets <html lang dir>, hides
//   the English home, names quick exit in their language until the app
//   draws the home in it, and asks for that language's words early;
// - tells the app when the page has been shown (window.fulcrumShown); at
//   home the WebAssembly is fetched only then (fulcrumAppDue); away from
//   home app.html, or else this script, asks for it at once;
// - says so on the page when the app cannot be fetched or started;
// - once the app's first screen is shown, names the web app manifest and
//   registers the service worker: asked for earlier, they would share the
//   link with the app's own download.

// The app's start, first and on its own, so that nothing failing below can
// keep the app from starting. The page has been parsed by then, as when
// the loader was a module script.
(function () {
  var me = document.currentScript;
  var glue = me && me.getAttribute("data-glue");
  var wasm = me && me.getAttribute("data-wasm");
  if (!glue || !wasm) return;
  function start() {
    Promise.resolve(window.fulcrumAppDue)
      .catch(function () {})
      .then(function () {
        return import(glue);
      })
      .then(function (bindings) {
        return bindings.default({ module_or_path: wasm }).then(function (instance) {
          window.wasmBindings = bindings;
          window.dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: instance } }));
        });
      })
      .catch(function () {
        // Not fetched (the connection dropped) or not started: the script
        // below says so on the page.
        window.dispatchEvent(new Event("fulcrumNotStarted"));
      });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

(function () {
  // rules:start
  // Written from the Rust source by tests/shared_rules.rs (scripts/regenerate.sh): edit
  // the Rust, not these lines. Storage keys as src/storage.rs; quick exit's
  // address and Shift rule as src/components/quick_exit.rs; a served language
  // file's name as Locale::file_path; each browser language to the app's
  // tag as Locale::negotiate; each language's direction and words (quick
  // exit, the neutral title, what to say when the app cannot start) as
  // src/copy/locale.rs and locales/<tag>.txt.
  var STORE = "fulcrum";
  var STORE_PREFIX = "fulcrum.";
  var PRIVATE = "fulcrum.private";
  var EXIT_TO = "https://www.bbc.com/weather";
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 2000;
  var WORDS_FOLDER = "locales/";
  var WORDS_EXTENSION = ".lines";
  var KNOWN = { en: "en", es: "es", pt: "pt-BR", fr: "fr", de: "de", ar: "ar" };
  var WORDS = {
    en: { quick_exit: "Quick exit", neutral_title: "Notes", not_started: "This page could not finish loading. Check your connection, then reload the page." },
    es: { quick_exit: "Salida rápida", neutral_title: "Notas", not_started: "Esta página no terminó de cargarse. Revisa tu conexión y vuelve a cargar la página." },
    "pt-BR": { quick_exit: "Saída rápida", neutral_title: "Anotações", not_started: "Esta página não terminou de carregar. Confira sua conexão e recarregue a página." },
    fr: { quick_exit: "Sortie rapide", neutral_title: "Notes", not_started: "Cette page n’a pas fini de se charger. Vérifie ta connexion, puis recharge la page." },
    de: { quick_exit: "Schnell raus", neutral_title: "Notizen", not_started: "Diese Seite konnte nicht fertig geladen werden. Prüf deine Verbindung und lade die Seite neu." },
    ar: { dir: "rtl", quick_exit: "خروج سريع", neutral_title: "ملاحظات", not_started: "تعذّر إكمال تحميل هذه الصفحة. يمكنك التحقق من الاتصال، ثم إعادة تحميل الصفحة." },
  };
  // rules:end
  var root = document.documentElement;
  var me = document.currentScript;
  var saved = null;
  try {
    saved = JSON.parse(window.localStorage.getItem(STORE) || "null");
  } catch (e) {
    // Blocked or unreadable storage: the app explains; keep the defaults.
  }
  var settings = (saved && saved.settings) || {};

  // As Locale::choose in src/copy/locale.rs: the menu's choice, else the
  // browser's first language Fulcrum speaks, else English.
  function browserLanguage() {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < tags.length; i++) {
      var language = KNOWN[String(tags[i]).split(/[-_]/)[0].toLowerCase()];
      if (language) return language;
    }
    return "en";
  }
  var language =
    typeof settings.language === "string" && WORDS.hasOwnProperty(settings.language)
      ? settings.language
      : browserLanguage();
  var words = WORDS[language];
  if (settings.neutral_title === true) {
    document.title = words.neutral_title;
  }
  if (language !== "en") {
    root.lang = language;
    root.dir = words.dir || "ltr";
    root.classList.add("boot-foreign");
    // The app needs this language's words before it can draw; ask for them
    // now, beside the WebAssembly, instead of after it has started.
    preloadWords(language);
    document.addEventListener("DOMContentLoaded", function () {
      var exit = document.querySelector("#boot-shell .quick-exit");
      if (exit) exit.textContent = words.quick_exit;
      root.classList.add("boot-foreign-named");
    });
  }

  var base = new URL(document.baseURI).pathname;
  var path = window.location.pathname;
  var rest = path.indexOf(base) === 0 ? path.slice(base.length) : path;
  var away = rest !== "" && rest !== "index.html";
  if (away && language === "en") {
    // English's questions, advice and support lines are not built into the
    // app: away from home the first screen needs them, so ask now too.
    preloadWords("en");
  }
  if (away) {
    root.classList.add("boot-away");
    // Away from home the app draws the first screen: ask for it now. At home
    // the plain page is all the person sees at first, so it gets the link to
    // itself until shown.
    preloadApp();
  } else if (saved && (saved.in_progress || (saved.history && saved.history.length))) {
    root.classList.add("boot-returning");
  }

  function preloadWords(tag) {
    var words_file = document.createElement("link");
    words_file.rel = "preload";
    words_file.as = "fetch";
    words_file.crossOrigin = "anonymous";
    words_file.href = WORDS_FOLDER + tag + WORDS_EXTENSION;
    document.head.appendChild(words_file);
  }

  function preloadApp() {
    var wasm = me && me.getAttribute("data-wasm");
    // app.html (what the server sends away from home) has already asked.
    if (!wasm || document.querySelector('link[rel="preload"][href="' + wasm + '"]')) return;
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.type = "application/wasm";
    link.crossOrigin = "anonymous";
    link.integrity = me.getAttribute("data-wasm-integrity") || "";
    link.href = wasm;
    document.head.appendChild(link);
  }

  function shell() {
    return document.getElementById("boot-shell");
  }

  // The same steps as the app's quick exit: blank, erase if asked, replace.
  function leave() {
    document.title = "";
    if (document.body) document.body.style.display = "none";
    try {
      if (settings.erase_on_exit === true) {
        var store = window.localStorage;
        for (var i = store.length - 1; i >= 0; i--) {
          var key = store.key(i);
          if (key === STORE || (key && key.indexOf(STORE_PREFIX) === 0)) store.removeItem(key);
        }
      }
      window.sessionStorage.removeItem(PRIVATE);
    } catch (e) {
      // Nothing may stop the leaving.
    }
    window.location.replace(EXIT_TO);
  }

  document.addEventListener("click", function (event) {
    var box = shell();
    var target = event.target;
    if (!box || !target || !target.closest || !box.contains(target)) return;
    if (target.closest("[data-boot-exit]")) {
      event.preventDefault();
      leave();
      return;
    }
    var link = target.closest("a[href]");
    if (link && link.getAttribute("href").charAt(0) !== "#") {
      event.preventDefault();
      window.location.replace(link.href);
    }
  });

  // The app could not be fetched or started: say so, in the person's
  // language, above the plain page (or in its place away from home);
  // quick exit keeps working.
  window.addEventListener("fulcrumNotStarted", function () {
    var box = shell();
    if (!box || box.querySelector(".boot-not-started")) return;
    var note = document.createElement("p");
    note.className = "notice warning boot-not-started";
    note.setAttribute("role", "alert");
    note.textContent = words.not_started;
    var content = document.getElementById("boot-content");
    box.insertBefore(note, content && content.parentNode === box ? content : null);
  });

  // Shift pressed three times, each within two seconds of the last, as in
  // the app, until it starts.
  var presses = 0;
  var last = 0;
  document.addEventListener("keydown", function (event) {
    if (!shell() || event.key !== "Shift" || event.repeat) {
      if (event.key !== "Shift") presses = 0;
      return;
    }
    var now = Date.now();
    presses = now - last <= SHIFT_WINDOW_MS ? presses + 1 : 1;
    last = now;
    if (presses >= SHIFT_PRESSES) leave();
  });

  // Calls `then` once, when the browser reports a largest paint (one already
  // reported counts too when `buffered`), at once where it cannot report one
  // (no Largest Contentful Paint, a hidden tab), and after a second at most.
  function afterLargestPaint(buffered, then) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      then();
    }
    setTimeout(once, 1000);
    try {
      var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
      if (types.indexOf("largest-contentful-paint") < 0 || document.visibilityState !== "visible") {
        once();
        return;
      }
      var observer = new PerformanceObserver(function () {
        observer.disconnect();
        once();
      });
      observer.observe({ type: "largest-contentful-paint", buffered: buffered });
    } catch (e) {
      once();
    }
  }

  // The app draws only once the browser has shown this page: a paint the
  // app replaces before the browser has reported it is not counted, and the
  // page's largest paint would wrongly wait for the WebAssembly.
  window.fulcrumShown = new Promise(function (resolve) {
    afterLargestPaint(true, resolve);
  });

  // When the loader may ask for the WebAssembly: at home, once the page is
  // shown, so the plain page has the network to itself; at once away from
  // home (the app draws the first screen) or when the service worker holds
  // the app (nothing to share the network with).
  var fromWorker = "serviceWorker" in navigator && navigator.serviceWorker.controller;
  window.fulcrumAppDue = away || fromWorker ? Promise.resolve() : window.fulcrumShown;

  // The manifest (what a browser reads to offer installing Fulcrum) and the
  // service worker (offline after the first visit) once the app's first
  // screen is on the glass: the app removes the plain page when that screen
  // is there, and the browser reports its paint as the page's largest (a
  // second at most). Asked for sooner (at "load", at
  // the app's start) they shared the slow link with the app's own download
  // or the first screen's paint. A failed registration changes nothing: the
  // app works online as before.
  function afterFirstScreen(then) {
    // The next largest paint, not the plain page's already reported one.
    function painted() {
      afterLargestPaint(false, function () {
        // A task of its own, out of the browser's report.
        setTimeout(then, 0);
      });
    }
    if (!document.getElementById("boot-shell")) {
      painted();
      return;
    }
    var watch = new MutationObserver(function () {
      if (document.getElementById("boot-shell")) return;
      watch.disconnect();
      painted();
    });
    watch.observe(document.body, { childList: true });
  }
  window.addEventListener("TrunkApplicationStarted", function () {
    afterFirstScreen(function () {
      if (!document.querySelector('link[rel="manifest"]')) {
        var manifest = document.createElement("link");
        manifest.rel = "manifest";
        manifest.href = "manifest.webmanifest";
        document.head.appendChild(manifest);
      }
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register("sw.js").catch(function () {});
      }
    });
  });
})();
