#!/usr/bin/env bash
# The end-to-end suite's web server (tests/e2e/playwright.config.js): nginx with
# deploy/nginx.conf serving the already built and compressed dist/ on
# 127.0.0.1:$E2E_PORT in the foreground, until Playwright stops it.
source "$(dirname "$0")/lib.sh"
PORT="${E2E_PORT:-4173}"
nginx_start "$PORT" "${1:-$ROOT/dist}"
echo "nginx serving ${1:-$ROOT/dist} on http://127.0.0.1:$PORT"
nginx_wait
