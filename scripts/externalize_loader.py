#!/usr/bin/env python3
"""Trunk post-build hook: moves Trunk's inline module loader into a file.

The Content-Security-Policy allows scripts from 'self' only; an inline script
would need 'unsafe-inline' or a hash. Runs on Trunk's staging directory.
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
name = "boot-" + hashlib.sha256(code.encode()).hexdigest()[:16] + ".js"
with open(os.path.join(staging, name), "w", encoding="utf-8") as out:
    out.write(code)
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
tag = f'<script type="module" src="{public_url}{name}"></script>'
html = html[: match.start()] + tag + html[match.end():]
# Nonces baked into a static file protect nothing; drop them.
html = re.sub(r' nonce="[^"]*"', "", html)
if "<script>" in html or re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit("externalize_loader: an inline script remains in index.html")
open(index_path, "w", encoding="utf-8").write(html)
