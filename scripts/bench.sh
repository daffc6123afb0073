#!/usr/bin/env bash
# The benchmark of issue 13 (not part of scripts/test.sh): builds the release,
# precompresses it, serves it through nginx with deploy/nginx.conf on a free
# port and runs tools/bench/bench.mjs: Lighthouse (mobile, three runs on each of
# four screens), tap-to-next-paint over a whole check-up at 4x CPU, memory,
# the offline repeat visit, installability and the first-load transfer. Prints
# one table (figure, budget, measured, pass/fail); raw reports go to
# bench-reports/<time>/ (git-ignored). Exits 1 when a budget fails, 2 when
# something it needs is missing or broken.
#   scripts/bench.sh             # build, then measure
#   scripts/bench.sh --no-build  # measure the dist/ already built
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
fail() { printf 'error: %s\n' "$*" >&2; exit 2; }

build=true
case "${1:-}" in
    "") ;;
    --no-build) build=false ;;
    *) fail "unknown option $1 (usage: $0 [--no-build])" ;;
esac

export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
ensure_chromium
[ -x "$CHROME_PATH" ] || fail "no Chromium at $CHROME_PATH"
ensure_nginx
ensure_brotli
ensure_lighthouse
if $build; then
    ensure_build_tools
    say "release build"
    trunk build --release --offline || fail "the release build failed"
fi
[ -f dist/index.html ] || fail "dist/index.html is missing; run without --no-build"
say "precompressing dist/"
python3 scripts/compress_dist.py dist || fail "could not precompress dist/"

port="$(free_port)"
reports="$ROOT/bench-reports/$(date -u +%Y-%m-%dT%H-%M-%SZ)"
mkdir -p "$reports"
nginx_start "$port" dist
say "measuring http://127.0.0.1:$port (takes about 10 minutes)"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src style index.html Cargo.toml Cargo.lock || echo ' (with uncommitted changes)')"
    echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ { print $2 }') GiB"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "chromium: $("$CHROME_PATH" --version 2>/dev/null | head -1)"
    echo "lighthouse: $(node -p 'require("./tools/bench/node_modules/lighthouse/package.json").version')"
    echo "nginx: $("$NGINX" -v 2>&1 | sed 's/^nginx version: //')$([ -f "$NGINX_BROTLI_MODULE" ] && echo ' with brotli_static' || echo ' (gzip only)')"
    echo "node: $(node --version)"
} | tee "$reports/machine.txt"
# Lighthouse's simulated timings and the tap timings scale with whatever
# else the machine is doing; say so rather than pass busy figures off as quiet.
busy="$(awk -v cores="$(nproc)" '{ print ($1 > cores / 2) ? "yes" : "no" }' /proc/loadavg)"
if [ "$busy" = yes ]; then
    say "warning: the machine is busy (load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores); timings will be slower than on a quiet machine"
fi

rc=0
node tools/bench/bench.mjs "http://127.0.0.1:$port" "$reports" "$ROOT/dist" || rc=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$reports/machine.txt"
echo "raw reports: $reports"
case "$rc" in
    0) say "every budget passes" ;;
    1) say "some budgets FAIL (see the table above)" ;;
    *) fail "the benchmark itself failed (exit status $rc; see the messages above)" ;;
esac
exit "$rc"
