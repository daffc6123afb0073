#!/usr/bin/env python3
"""Trunk post-build hook: hands Trunk's inline module loader to boot.js, lets
boot.js choose when the WebAssembly is fetched, and writes app.html.

The Content-Security-Policy allows scripts from 'self' only; an inline script
would need 'unsafe-inline' or a hash. Runs on Trunk's staging directory.

On a slow link every file asked for beside the WebAssembly takes a share of
the bandwidth while it downloads, so the page asks for as few as it can:
- the loader's two steps (import the JavaScript glue, call its init with the
  WebAssembly) are done by boot.js, which names both on its tag (data-glue,
  data-wasm), instead of by a module script of their own;
- the icon is written into the page as a data: address, not fetched;
- the web app manifest is named by boot.js once the app's first screen has
  been painted.

Trunk preloads the WebAssembly from <head>. The plain-HTML home needs it
not, so there it is fetched once the page has been shown; on every other
address the app draws the first screen and needs it at once. So:
- index.html (the home) has no preload; boot.js waits for the page to be
  shown (window.fulcrumAppDue) before it fetches;
- app.html, the same page with Trunk's preload tag, is what the server sends
  for every other address (deploy/nginx.conf), so the WebAssembly is asked
  for as soon as <head> is read; on a server sending index.html for every
  address boot.js asks for it at once away from home.
"""
import os
import re
import sys
from urllib.parse import quote


def fail(message: str) -> None:
    sys.exit(f"externalize_loader: {message}")


staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    fail("TRUNK_STAGING_DIR is not set (run through trunk)")
index_path = os.path.join(staging, "index.html")
html = open(index_path, encoding="utf-8").read()

# Trunk's loader: import the glue, init it with the WebAssembly, announce the
# start. boot.js does the same; if Trunk's loader ever does more, stop here.
pattern = re.compile(r'<script type="module"(?: nonce="[^"]*")?>(.*?)</script>\n?', re.S)
match = pattern.search(html)
if not match:
    fail("no inline module script found in index.html")
loader = match.group(1)
glue = re.search(r"import init, \* as bindings from '([^']+\.js)';", loader)
init = re.search(r"const wasm = await init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\);", loader)
expected = {"window.wasmBindings = bindings;", 'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));'}
rest = loader
for part in [glue, init]:
    if part:
        rest = rest.replace(part.group(0), "")
for line in expected:
    rest = rest.replace(line, "")
if not glue or not init or rest.strip():
    fail(f"Trunk's loader is not the one boot.js stands in for:\n{loader}")
html = html[: match.start()] + html[match.end():]

preload = re.search(r'<link rel="preload" href="([^"]+_bg\.wasm)"[^>]*\bintegrity="([^"]+)"[^>]*>\n?', html)
boot_tag = '<script src="boot.js"></script>'
if not preload or preload.group(1) != init.group(1) or html.count(boot_tag) != 1:
    fail("no WebAssembly preload for the loader's file, or no single boot.js tag in index.html")
preload_tag = preload.group(0).strip()
html = html[: preload.start()] + html[preload.end():]
# boot.js blocks the parser until it has run, so it goes last in <head>: the
# stylesheet and the glue are asked for before it, not after (the CSP <meta>
# tag turns off Chromium's preload scanner).
html = html.replace(boot_tag, "")
html = html.replace(
    "</head>",
    f'<script src="boot.js" data-glue="{glue.group(1)}" data-wasm="{init.group(1)}" '
    f'data-wasm-integrity="{preload.group(2)}"></script>\n  </head>',
    1,
)

icon_tag = '<link rel="icon" href="icon.svg" type="image/svg+xml" />'
icon_path = os.path.join(staging, "icon.svg")
if html.count(icon_tag) != 1 or not os.path.isfile(icon_path):
    fail("no single icon.svg link in index.html, or no icon.svg in the build")
svg = open(icon_path, encoding="utf-8").read().strip()
icon_uri = "data:image/svg+xml," + quote(svg, safe=" =:/'.-,")
html = html.replace(icon_tag, f'<link rel="icon" href="{icon_uri}" type="image/svg+xml" />')

# Nonces baked into a static file protect nothing; drop them.
html = re.sub(r' nonce="[^"]*"', "", html)
if "<script>" in html or re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    fail("an inline script remains in index.html")
open(index_path, "w", encoding="utf-8").write(html)
boot = html.index('<script src="boot.js"')
app_html = html[:boot] + preload_tag + "\n    " + html[boot:]
open(os.path.join(staging, "app.html"), "w", encoding="utf-8").write(app_html)
