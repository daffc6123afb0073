#!/usr/bin/env python3
"""Writes x.gz (gzip, by Zopfli) and x.br (brotli 11) beside each compressible file of a build.

    python3 scripts/compress_dist.py dist

nginx (deploy/nginx.conf: gzip_static, brotli_static) then sends the smaller
file the browser accepts without compressing anything per request. The output
is deterministic (no file name or time in the gzip header) and a rerun
overwrites it. A copy that would not be smaller is not written (and an old one
is removed), so the server falls back to the plain file. The gzip copies
come from Zopfli, which writes ordinary gzip about 4 % smaller than gzip -9
(the WebAssembly: 12 KB less) at the cost of a few seconds per build.

The service worker (sw.js) is left alone: it is small, revalidated on every
start, and must always be exactly the file on disk; a stale sw.js.br beside an
edited sw.js would quietly keep the old worker. nginx gzips it per request.
"""
import os
import sys

try:
    # PyPI "Brotli" and "zopfli", pinned in scripts/lib.sh (ensure_brotli)
    import brotli
    import zopfli.gzip
except ImportError:
    sys.exit("error: the Python brotli or zopfli package is missing; run: "
             "source scripts/lib.sh && ensure_brotli")

# ".lines": the served language files (locales/<tag>.lines).
COMPRESSIBLE = (".html", ".js", ".mjs", ".wasm", ".css", ".svg", ".webmanifest", ".json",
                ".txt", ".lines", ".xml")
NOT_PRECOMPRESSED = {"sw.js"}


def write_or_remove(path: str, data: bytes, original: bytes) -> int:
    """Writes `data` to `path` if it is smaller than the original; returns its size or 0."""
    if len(data) < len(original):
        with open(path, "wb") as out:
            out.write(data)
        return len(data)
    if os.path.exists(path):
        os.remove(path)
    return 0


def main(root: str) -> int:
    if not os.path.isdir(root):
        print(f"error: {root}/ does not exist; build first", file=sys.stderr)
        return 1
    files = raw_total = gz_total = br_total = 0
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            if name in NOT_PRECOMPRESSED:
                for stale in (path + ".gz", path + ".br"):
                    if os.path.exists(stale):
                        os.remove(stale)
                continue
            if not name.endswith(COMPRESSIBLE):
                continue
            with open(path, "rb") as f:
                data = f.read()
            # No file name and a zero time in the header: the same bytes every build.
            gz = zopfli.gzip.compress(data)
            br = brotli.compress(data, mode=brotli.MODE_GENERIC, quality=11, lgwin=22)
            files += 1
            raw_total += len(data)
            gz_total += write_or_remove(path + ".gz", gz, data) or len(data)
            br_total += write_or_remove(path + ".br", br, data) or len(data)
    print(f"compressed {files} files in {root}/: {raw_total:,} bytes raw, "
          f"{gz_total:,} gzip, {br_total:,} brotli")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
