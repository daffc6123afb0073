#!/usr/bin/env bash
# Installs whatever the build needs (only what is missing) and serves Fulcrum.
#   scripts/serve.sh            # http://127.0.0.1:8080
#   PORT=9000 scripts/serve.sh  # another port
#   scripts/serve.sh --release  # the optimised build
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8080}"

ensure_build_tools
port_free "$PORT" ||
    fail "port $PORT on 127.0.0.1 is already in use; choose another with PORT=<number> $0"
cd "$ROOT"
say "serving Fulcrum on http://127.0.0.1:$PORT"
exec trunk serve --offline --address 127.0.0.1 --port "$PORT" "$@"
