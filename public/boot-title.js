// Runs before the first paint, before the app: with the neutral title chosen,
// the tab and the browser's history list never show "Fulcrum". A separate
// file because the Content-Security-Policy allows no inline script.
(function () {
  try {
    var saved = JSON.parse(window.localStorage.getItem("fulcrum") || "null");
    if (saved && saved.settings && saved.settings.neutral_title === true) {
      document.title = "Notes";
    }
  } catch (e) {
    // Blocked or unreadable storage: keep the default title.
  }
})();
