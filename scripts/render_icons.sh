#!/usr/bin/env bash
# Renders the PNG app icons from their SVG sources with headless Chromium.
# Run by hand after changing public/icon.svg or public/icon-maskable.svg; the
# PNGs are committed (the build only copies them).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_chromium

render() { # source.svg size out.png
    local page
    page="$(mktemp --suffix=.html)"
    printf '<html><body style="margin:0"><img src="file://%s" width="%s" height="%s"></body></html>' \
        "$ROOT/$1" "$2" "$2" >"$page"
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --hide-scrollbars --default-background-color=00000000 \
        --window-size="$2,$2" --screenshot="$ROOT/$3" "file://$page" 2>/dev/null
    rm -f "$page"
    say "wrote $3"
}

render public/icon.svg 192 public/icon-192.png
render public/icon.svg 512 public/icon-512.png
render public/icon-maskable.svg 512 public/icon-maskable-512.png
