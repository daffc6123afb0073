#!/usr/bin/env python3
"""Trunk post-build hook, second step: minifies wasm-bindgen's JavaScript glue.

The glue (fulcrum-<hash>.js) is asked for beside the WebAssembly on a first
visit. wasm-bindgen writes it readable: 48 KB raw, 6.6 KB gzip once its
imports are renamed. Terser (pinned in tools/package.json) brings it to
4.4 KB gzip. The file keeps its name (Trunk's hash of the readable text
still changes whenever the glue does), and its modulepreload tag gets the
integrity of the new contents, or the browser would refuse it.

Runs on Trunk's staging directory, after shorten_imports.py and before
externalize_loader.py reads the page and write_service_worker.py versions
the files.
"""
import base64
import hashlib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TERSER = os.path.join(ROOT, "tools", "node_modules", ".bin", "terser")


def fail(message: str) -> None:
    sys.exit(f"minify_glue: {message}")


staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    fail("TRUNK_STAGING_DIR is not set (run through trunk)")
if not os.access(TERSER, os.X_OK):
    fail(f"{TERSER} is missing: run scripts/serve.sh or scripts/test.sh, which install it")
index_path = os.path.join(staging, "index.html")
html = open(index_path, encoding="utf-8").read()

tag = re.search(r'<link rel="modulepreload" href="([^"]*?)([^"/]+\.js)"[^>]*\bintegrity="([^"]+)"', html)
if not tag:
    fail("no modulepreload tag with an integrity for the glue in index.html")
glue = os.path.join(staging, tag.group(2))
if not os.path.isfile(glue):
    fail(f"{tag.group(2)} is named in index.html but not in the build")

before = os.path.getsize(glue)
# --module: the glue is an ES module (top-level names may be renamed, its
# exports not); two compress passes find a little more than one.
subprocess.run(
    [TERSER, glue, "--module", "--ecma", "2020", "--compress", "passes=2", "--mangle", "--output", glue],
    check=True,
)
data = open(glue, "rb").read()
integrity = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
html = html[: tag.start(3)] + integrity + html[tag.end(3):]
open(index_path, "w", encoding="utf-8").write(html)
print(f"minify_glue: {tag.group(2)} {before:,} -> {len(data):,} bytes")
