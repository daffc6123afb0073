#!/usr/bin/env python3
"""Prints raw and gzip bytes per file of a build and fails over the budget.

The .gz and .br copies scripts/compress_dist.py writes beside the files are not
counted in the total; they are the same files, compressed. A file's gzip size
is its .gz copy's, which is what nginx sends; its own size where only a .br
copy was written (gzip gained nothing); gzip -9 of it where there is no copy
at all (a build not yet compressed, or sw.js, which nginx gzips per request). The first-load files
(index.html and what it links to) are totalled again, gzip and brotli.
"""
import gzip
import os
import re
import sys

# Gzip bytes allowed for what a first visit downloads: index.html and what it
# links to. Lowered from 384 KB for everything when #13 cut the first load to
# 309,796 bytes (erased view types, one sort, one typed screen match). Raised
# to 324 KB by #14 (six languages): words read at run time from a built-in
# English file cost 19.6 KB gzip of WebAssembly (keys beside the words, the
# code that reads ~600 typed fields, fetching and switching a language);
# each further language costs under 0.1 KB, since its words are fetched only
# when shown. Lowered to 320 KB when the app's links became plain anchors
# instead of the router's `A` (first load 326,727 bytes). Lowered to 310 KB
# when the app's own location replaced leptos_router (316,774 bytes with the
# staged start and the dates from the language files). Lowered to 274 KB when
# saved data left serde, charts left float formatting and the .gz copies came
# from Zopfli (278,720 bytes, with damaged records kept aside as written).
# Lowered to 261 KB when the loader moved into boot.js, the glue was
# minified, the imports renamed and two sorting routines dropped (265,472
# bytes). Lowered to 252 KB when the link lists left For, Show gave way to
# shown_when / shown_or, and boot.js and the stylesheet were minified
# (256,066 bytes; 248.6 KB on the wire with headers, #13's 250 KB met).
# Lowered to 247 KB when the language files lost their keys, wasm-streams
# its exported classes and dlmalloc gave way to Talc (245,786 bytes).
# Set to the product's own budget, 250 KB, rather than a ratchet of the last
# figure, when help for 41 countries came (first load 250,156 bytes): room
# for the next feature is the product's budget minus today's figure.
BUDGET_GZIP_BYTES = 250 * 1024

# Files boot.js asks for on a first visit that no tag in index.html names.
ASKED_FOR_BY_BOOT_JS = ["manifest.webmanifest"]


def gzip_size(path: str, data: bytes) -> int:
    copy = path + ".gz"
    if os.path.isfile(copy):
        return os.path.getsize(copy)
    if os.path.isfile(path + ".br"):
        return len(data)  # compressed, but gzip gained nothing: sent as it is
    return len(gzip.compress(data, 9))


def main(root: str) -> int:
    if not os.path.isdir(root):
        print(f"error: {root}/ does not exist; build first", file=sys.stderr)
        return 1
    rows = []
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith((".gz", ".br")):
                continue
            path = os.path.join(folder, name)
            data = open(path, "rb").read()
            rows.append((os.path.relpath(path, root), len(data), gzip_size(path, data)))
    rows.sort(key=lambda r: -r[2])
    width = max((len(r[0]) for r in rows), default=4)
    print(f"{'file':<{width}}  {'raw':>10}  {'gzip':>10}")
    for name, raw, gz in rows:
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}")
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    print(f"{'total':<{width}}  {total_raw:>10,}  {total_gz:>10,}")
    first_gz = first_load(root, rows)
    verdict = "within" if first_gz <= BUDGET_GZIP_BYTES else "OVER"
    print(f"size budget (first load): {first_gz:,} of {BUDGET_GZIP_BYTES:,} gzip bytes ({verdict})")
    return 0 if first_gz <= BUDGET_GZIP_BYTES else 1


def first_load(root: str, rows) -> int:
    """Totals index.html and the local files it links to, gzip and brotli;
    returns the gzip total."""
    index = os.path.join(root, "index.html")
    if not os.path.isfile(index):
        print("error: no index.html in the build", file=sys.stderr)
        return sys.maxsize
    html = open(index, encoding="utf-8").read()
    linked = {"index.html"}
    # Built for a sub-path, the links start with it (<base href="/fulcrum/">).
    base = re.search(r'<base href="([^"]*)"', html)
    prefix = base.group(1) if base else "/"
    # The glue and the WebAssembly are named on boot.js's tag (data-glue,
    # data-wasm), which fetches them; boot.js names the manifest once the app
    # has started, still part of a first visit.
    refs = re.findall(r'(?:href|src|data-glue|data-wasm)="([^"#?]+)', html)
    for ref in refs + [prefix + name for name in ASKED_FOR_BY_BOOT_JS]:
        name = ref[len(prefix):] if ref.startswith(prefix) else ref.lstrip("/")
        if "://" not in ref and os.path.isfile(os.path.join(root, name)):
            linked.add(name)
    gz_total = sum(r[2] for r in rows if r[0] in linked)
    line = f"first load ({len(linked)} files: index.html and what it links to): {gz_total:,} gzip"
    # What nginx sends to a browser accepting brotli: the .br copy, or the
    # file itself where compress_dist.py found no gain.
    raw = {r[0]: r[1] for r in rows}
    br = {n: os.path.join(root, n + ".br") for n in linked}
    if any(os.path.isfile(p) for p in br.values()):
        br_total = sum(os.path.getsize(p) if os.path.isfile(p) else raw[n] for n, p in br.items())
        line += f", {br_total:,} brotli (the .br files)"
    print(line)
    return gz_total


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
