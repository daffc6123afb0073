#!/usr/bin/env python3
"""Trunk post-build hook, second step: minifies what a first visit downloads
beside the WebAssembly.

- wasm-bindgen's JavaScript glue (fulcrum-<hash>.js): 48 KB raw, 6.6 KB gzip
  once its imports are renamed; terser (pinned in tools/package.json) brings
  it to 4.4 KB gzip. Its modulepreload tag gets the new integrity, or the
  browser would refuse the file.
- boot.js, kept readable and commented in public/: 4.4 -> 2.3 KB gzip.
- the stylesheet: comments and the white space around braces and
  semicolons go (nothing else is touched, so no rule can change meaning):
  4.6 -> 3.7 KB gzip. Its link gets the new integrity.

Files keep their names (Trunk's hash of the readable text still changes
whenever the text does). Runs on Trunk's staging directory, after
shorten_imports.py and before externalize_loader.py reads the page and
write_service_worker.py versions the files.
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
    sys.exit(f"minify: {message}")


def integrity(path: str) -> str:
    digest = hashlib.sha384(open(path, "rb").read()).digest()
    return "sha384-" + base64.b64encode(digest).decode()


def terser(path: str, *options: str) -> None:
    # Two compress passes find a little more than one.
    subprocess.run([TERSER, path, *options, "--compress", "passes=2", "--mangle", "--output", path], check=True)


def minify_css(css: str) -> str:
    """Comments out, white space folded, none around { } ;. The stylesheet
    has no strings or url()s holding those characters (checked)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    quoted = re.findall(r"\"[^\"]*\"|'[^']*'|url\([^)]*\)", css)
    if any(re.search(r"[{};]|\s\s|\n", text) for text in quoted):
        fail(f"a string or url() in the stylesheet this step would change: {quoted}")
    css = re.sub(r"\s+", " ", css)
    return re.sub(r"\s*([{};])\s*", r"\1", css).strip() + "\n"


def minify_css_file(path: str) -> None:
    css = open(path, encoding="utf-8").read()
    open(path, "w", encoding="utf-8").write(minify_css(css))


def main() -> None:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        fail("TRUNK_STAGING_DIR is not set (run through trunk)")
    if not os.access(TERSER, os.X_OK):
        fail(f"{TERSER} is missing: run scripts/serve.sh or scripts/test.sh, which install it")
    index_path = os.path.join(staging, "index.html")
    html = open(index_path, encoding="utf-8").read()

    glue = re.search(r'<link rel="modulepreload" href="[^"]*?([^"/]+\.js)"[^>]*\bintegrity="([^"]+)"', html)
    css = re.search(r'<link rel="stylesheet" href="[^"]*?([^"/]+\.css)"[^>]*\bintegrity="([^"]+)"', html)
    boot = os.path.join(staging, "boot.js")
    if not glue or not css or not os.path.isfile(boot):
        fail("no glue modulepreload or stylesheet link with an integrity in index.html, or no boot.js")
    glue_path = os.path.join(staging, glue.group(1))
    css_path = os.path.join(staging, css.group(1))

    sizes = []
    for path, step in [
        # --module: the glue is an ES module (its exports keep their names).
        (glue_path, lambda p: terser(p, "--module", "--ecma", "2020")),
        # A classic script: terser leaves its top level (two IIFEs) alone.
        (boot, lambda p: terser(p, "--ecma", "2015")),
        (css_path, minify_css_file),
    ]:
        before = os.path.getsize(path)
        step(path)
        sizes.append(f"{os.path.basename(path)} {before:,} -> {os.path.getsize(path):,}")

    # The later match first, so the earlier one's offsets still hold.
    for match, path in sorted([(glue, glue_path), (css, css_path)], key=lambda m: -m[0].start(2)):
        html = html[: match.start(2)] + integrity(path) + html[match.end(2) :]
    open(index_path, "w", encoding="utf-8").write(html)
    print("minify: " + "; ".join(sizes) + " bytes")


main()
