#!/usr/bin/env bash
# Builds the release, precompresses it and serves dist/ through Debian's nginx
# with deploy/nginx.conf, in the foreground, as a production host would:
# the security headers, the single-page fallback, the caching rules and the
# gzip and brotli files.
#   scripts/serve_production.sh            # http://127.0.0.1:8080
#   PORT=9000 scripts/serve_production.sh  # another port
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8080}"
cd "$ROOT"

ensure_build_tools
ensure_nginx
ensure_brotli
port_free "$PORT" ||
    fail "port $PORT on 127.0.0.1 is already in use; choose another with PORT=<number> $0"
say "release build"
trunk build --release --offline || fail "the release build failed"
say "precompressing dist/"
python3 scripts/compress_dist.py dist
nginx_start "$PORT" dist
say "serving the release build through nginx on http://127.0.0.1:$PORT (Ctrl-C stops it)"
nginx_wait
