#!/usr/bin/env python3
"""Trunk post-build hook: moves Trunk's inline module loader into a file,
and lets boot.js choose when the WebAssembly is fetched.

The Content-Security-Policy allows scripts from 'self' only; an inline script
would need 'unsafe-inline' or a hash. Runs on Trunk's staging directory.

Trunk preloads the WebAssembly from <head>, so on a slow link it shares the
first moments with the page's own HTML and CSS. The plain-HTML home needs
neither, so there it is fetched once the page has been shown; on every other
address the app draws the first screen and needs it at once. So:
- index.html (the home) has no preload; the loader waits for boot.js's word
  (window.fulcrumAppDue: the page has been shown) before it fetches;
- app.html, the same page with Trunk's preload tag, is what the server sends
  for every other address (deploy/nginx.conf), so the WebAssembly is asked
  for as soon as <head> is read;
- boot.js's tag names the WebAssembly, so that on a server sending index.html
  for every address boot.js still asks for it at once away from home.
"""
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("externalize_loader: TRUNK_STAGING_DIR is not set (run through trunk)")
index_path = os.path.join(staging, "index.html")
html = open(index_path, encoding="utf-8").read()
pattern = re.compile(r'<script type="module"(?: nonce="[^"]*")?>(.*?)</script>', re.S)
match = pattern.search(html)
if not match:
    sys.exit("externalize_loader: no inline module script found in index.html")
code = match.group(1).strip() + "\n"
init_call = "const wasm = await init("
if code.count(init_call) != 1:
    sys.exit("externalize_loader: the loader's init call was not found")
# boot.js says when (window.fulcrumAppDue); a boot.js that failed never stops the app.
code = code.replace(init_call, "await Promise.resolve(window.fulcrumAppDue).catch(() => {});\n" + init_call)
# boot.js registers the service worker on this event.
if "TrunkApplicationStarted" not in code:
    sys.exit("externalize_loader: the loader no longer announces TrunkApplicationStarted")
name = "boot-" + hashlib.sha256(code.encode()).hexdigest()[:16] + ".js"
with open(os.path.join(staging, name), "w", encoding="utf-8") as out:
    out.write(code)
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
tag = f'<script type="module" src="{public_url}{name}"></script>'
html = html[: match.start()] + tag + html[match.end():]
preload = re.search(r'<link rel="preload" href="([^"]+_bg\.wasm)"[^>]*\bintegrity="([^"]+)"[^>]*>\n?', html)
boot_tag = '<script src="boot.js"></script>'
if not preload or html.count(boot_tag) != 1:
    sys.exit("externalize_loader: no WebAssembly preload or no single boot.js tag in index.html")
preload_tag = preload.group(0).strip()
html = html[: preload.start()] + html[preload.end():]
# boot.js blocks the parser until it has run, so it goes last in <head>: the
# stylesheet and the app's script are asked for before it, not after.
html = html.replace(boot_tag, "")
html = html.replace(
    "</head>",
    f'<script src="boot.js" data-wasm="{preload.group(1)}" data-wasm-integrity="{preload.group(2)}"></script>\n  </head>',
    1,
)
# Nonces baked into a static file protect nothing; drop them.
html = re.sub(r' nonce="[^"]*"', "", html)
if "<script>" in html or re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit("externalize_loader: an inline script remains in index.html")
open(index_path, "w", encoding="utf-8").write(html)
boot = html.index('<script src="boot.js"')
app_html = html[:boot] + preload_tag + "\n    " + html[boot:]
open(os.path.join(staging, "app.html"), "w", encoding="utf-8").write(app_html)
