#!/usr/bin/env python3
"""Trunk post-build hook: writes sw.js with the list of files to precache.

Runs on Trunk's staging directory after the loader is moved out of line, so
the list names exactly the files of this build. The version is a hash of
every file's contents: any change makes a new worker, which browsers install
in the background.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "..", "public", "sw.template.js")
# Written beside the build, or by other steps; never precached.
SKIP_SUFFIXES = (".gz", ".br", ".map")
# app.html is index.html with a preload tag, for the server; the worker
# answers every address with index.html.
SKIP_NAMES = {"sw.js", "sw.template.js", "app.html"}
LOCALE_FOLDER = "locales/"
# A development build must never be served from an old cache: its worker
# removes itself (and any release worker left on the same address).
DEVELOPMENT_WORKER = """// Development build: no offline copy.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
"""


def build_files(root: str) -> list[str]:
    files = []
    for folder, _, names in os.walk(root):
        for name in names:
            if name in SKIP_NAMES or name.endswith(SKIP_SUFFIXES):
                continue
            files.append(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/"))
    return sorted(files)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("write_service_worker: TRUNK_STAGING_DIR is not set (run through trunk)", file=sys.stderr)
        return 1
    if os.environ.get("TRUNK_PROFILE") != "release":
        with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as out:
            out.write(DEVELOPMENT_WORKER)
        return 0
    files = build_files(staging)
    if "index.html" not in files:
        print("write_service_worker: no index.html in the build", file=sys.stderr)
        return 1
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode())
        with open(os.path.join(staging, name), "rb") as handle:
            digest.update(hashlib.sha256(handle.read()).digest())
    template = open(TEMPLATE, encoding="utf-8").read()
    if any(blank not in template for blank in ("__VERSION__", "__FILES__", "__LOCALES__")):
        print("write_service_worker: the template lacks __VERSION__, __FILES__ or __LOCALES__", file=sys.stderr)
        return 1
    # A language's words are fetched only when that language is shown, so
    # they are cached then, not precached with the app.
    locales = [name for name in files if name.startswith(LOCALE_FOLDER)]
    app_files = [name for name in files if not name.startswith(LOCALE_FOLDER)]
    worker = (
        template.replace("__VERSION__", digest.hexdigest()[:16])
        .replace("__FILES__", json.dumps(app_files))
        .replace("__LOCALES__", json.dumps(locales))
    )
    with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as out:
        out.write(worker)
    return 0


if __name__ == "__main__":
    sys.exit(main())
