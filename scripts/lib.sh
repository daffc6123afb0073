# Shared by serve.sh and test.sh: install each tool only when it is missing or
# at the wrong version, with one line saying so. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
# Trunk must never fetch a tool itself.
export TRUNK_OFFLINE=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version the build links against, read from Cargo.lock so a
# dependency bump can never leave the CLI out of step.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
        "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say "installing the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown ||
            fail "could not install the wasm32-unknown-unknown target (is the Rust registry reachable?)"
    fi
}

ensure_trunk() {
    local have
    have="$(trunk --version 2>/dev/null || true)"
    if [ "$have" != "trunk $TRUNK_VERSION" ]; then
        say "installing trunk $TRUNK_VERSION (found: ${have:-none}; takes about 8 minutes)"
        cargo install --locked trunk --version "$TRUNK_VERSION" --force ||
            fail "could not install trunk $TRUNK_VERSION from crates.io"
    fi
}

ensure_wasm_bindgen() {
    local want have
    want="$(wasm_bindgen_version)"
    [ -n "$want" ] || fail "no wasm-bindgen version found in Cargo.lock"
    have="$(wasm-bindgen --version 2>/dev/null || true)"
    if [ "$have" != "wasm-bindgen $want" ]; then
        say "installing wasm-bindgen-cli $want (found: ${have:-none}; takes about 7 minutes)"
        # Not --locked: one of its locked dependencies is no longer on crates.io.
        cargo install wasm-bindgen-cli --version "$want" --force ||
            fail "could not install wasm-bindgen-cli $want from crates.io"
    fi
}

# wasm-opt (binaryen) and terser, which minifies the JavaScript glue and
# boot.js (scripts/minify.py), pinned in tools/package-lock.json.
ensure_build_packages() {
    if ! wasm-opt --version 2>/dev/null | grep -q "version 132" ||
        [ "$ROOT/tools/package-lock.json" -nt "$ROOT/tools/node_modules/.package-lock.json" ] ||
        [ ! -x "$ROOT/tools/node_modules/.bin/terser" ]; then
        say "installing wasm-opt and terser (npm: binaryen 132, terser 5.51.4)"
        npm ci --prefix "$ROOT/tools" --no-audit --no-fund --loglevel=error ||
            fail "could not install binaryen and terser from the npm registry"
    fi
}

ensure_build_tools() {
    ensure_wasm_target
    ensure_trunk
    ensure_wasm_bindgen
    ensure_build_packages
}

# Installs Debian packages quietly; fails (for the caller to say why) when the
# registry cannot be reached or a package cannot be installed.
apt_install() {
    as_root apt-get update -qq &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        say "installing chromium and chromium-driver from Debian"
        apt_install chromium chromium-driver ||
            fail "could not install chromium and chromium-driver from Debian"
    fi
}

ensure_e2e_packages() {
    local dir="$ROOT/tests/e2e"
    if [ ! -d "$dir/node_modules/@playwright/test" ] ||
        [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
        say "installing the end-to-end test packages (npm ci)"
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --no-audit --no-fund \
            --loglevel=error || fail "could not install the end-to-end packages from npm"
    fi
}

# Debian's nginx serves the release build as production would (headers,
# fallback, precompressed files); the brotli_static module is optional: without
# it the same config serves gzip only.
NGINX=/usr/sbin/nginx
NGINX_BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

ensure_nginx() {
    if [ ! -x "$NGINX" ]; then
        say "installing nginx from Debian"
        apt_install nginx || fail "could not install nginx from Debian"
    fi
    if [ ! -f "$NGINX_BROTLI_MODULE" ]; then
        say "installing nginx's brotli_static module from Debian"
        apt_install libnginx-mod-http-brotli-static ||
            say "the brotli_static module could not be installed; nginx will serve gzip only"
    fi
}

# Writes deploy/nginx.conf and its header include for one run into the scratch
# folder $1, serving the build folder $3 on 127.0.0.1:$2, and checks it.
nginx_render() {
    local prefix="$1" port="$2" dist="$3" conf user_directive=""
    [ -f "$dist/index.html" ] ||
        fail "$dist/index.html does not exist; build the release first (trunk build --release --offline)"
    # Started as root, nginx hands requests to workers running as this user:
    # the owner of the build folder, who can read it.
    if [ "$(id -u)" -eq 0 ]; then user_directive="user $(stat -c '%U %G' "$dist");"; fi
    conf="$(<"$ROOT/deploy/nginx.conf")"
    conf="${conf//'${FULCRUM_USER_DIRECTIVE}'/$user_directive}"
    conf="${conf//'${FULCRUM_PREFIX}'/$prefix}"
    conf="${conf//'${FULCRUM_PORT}'/$port}"
    conf="${conf//'${FULCRUM_ROOT}'/$dist}"
    if [ ! -f "$NGINX_BROTLI_MODULE" ]; then
        say "nginx's brotli_static module is not installed: serving gzip only"
        conf="$(grep -v '# brotli$' <<<"$conf")"
    fi
    printf '%s\n' "$conf" >"$prefix/nginx.conf"
    cp "$ROOT/deploy/security-headers.conf" "$ROOT/deploy/file-headers.conf" "$prefix/"
    "$NGINX" -t -q -p "$prefix" -c "$prefix/nginx.conf" -e stderr ||
        fail "nginx rejected the configuration rendered from deploy/nginx.conf ($prefix/nginx.conf)"
}

# Starts nginx in the background serving the build folder $2 on 127.0.0.1:$1
# from a scratch folder, and waits until it answers. Stopped, and the scratch
# folder removed, when the calling script exits or is interrupted.
NGINX_PID=""
NGINX_PREFIX=""
nginx_stop() {
    if [ -n "$NGINX_PID" ]; then
        kill -TERM "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
        NGINX_PID=""
    fi
    if [ -n "$NGINX_PREFIX" ]; then rm -rf "$NGINX_PREFIX"; NGINX_PREFIX=""; fi
}
nginx_start() {
    local port="$1" dist
    [ -x "$NGINX" ] || fail "nginx is not installed ($NGINX); run ensure_nginx (scripts/lib.sh)"
    [ -d "$2" ] || fail "$2/ does not exist; build the release first (trunk build --release --offline)"
    dist="$(cd "$2" && pwd)"
    port_free "$port" ||
        fail "port $port on 127.0.0.1 is already in use; choose another"
    NGINX_PREFIX="$(mktemp -d "${TMPDIR:-/tmp}/fulcrum-nginx.XXXXXX")"
    trap nginx_stop EXIT
    trap 'nginx_stop; exit 130' INT
    trap 'nginx_stop; exit 143' TERM
    nginx_render "$NGINX_PREFIX" "$port" "$dist"
    "$NGINX" -p "$NGINX_PREFIX" -c "$NGINX_PREFIX/nginx.conf" -e stderr -g 'daemon off;' &
    NGINX_PID=$!
    local tries=0
    while port_free "$port"; do
        kill -0 "$NGINX_PID" 2>/dev/null || fail "nginx stopped while starting (see the messages above)"
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || fail "nginx did not start listening on 127.0.0.1:$port"
        sleep 0.1
    done
}

# Waits for the nginx started by nginx_start; it runs until the script is stopped.
nginx_wait() {
    local rc=0
    wait "$NGINX_PID" || rc=$?
    NGINX_PID=""
    [ "$rc" -eq 0 ] || fail "nginx exited with status $rc"
}

# Python's brotli and zopfli (PyPI, pinned) for scripts/compress_dist.py.
BROTLI_PY_VERSION="1.1.0"
ZOPFLI_PY_VERSION="0.4.3"

ensure_brotli() {
    if [ "$(python3 -c 'import brotli; print(brotli.__version__)' 2>/dev/null)" != "$BROTLI_PY_VERSION" ]; then
        say "installing the Python brotli package $BROTLI_PY_VERSION (pip --user)"
        python3 -m pip install --user --quiet --root-user-action=ignore "Brotli==$BROTLI_PY_VERSION" ||
            fail "could not install Brotli $BROTLI_PY_VERSION from PyPI"
    fi
    if [ "$(python3 -c 'import zopfli; print(zopfli.__version__)' 2>/dev/null)" != "$ZOPFLI_PY_VERSION" ]; then
        say "installing the Python zopfli package $ZOPFLI_PY_VERSION (pip --user)"
        python3 -m pip install --user --quiet --root-user-action=ignore "zopfli==$ZOPFLI_PY_VERSION" ||
            fail "could not install zopfli $ZOPFLI_PY_VERSION from PyPI"
    fi
}

# Lighthouse and playwright-core for scripts/bench.sh, pinned in tools/bench.
ensure_lighthouse() {
    local dir="$ROOT/tools/bench"
    if [ ! -d "$dir/node_modules/lighthouse" ] ||
        [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
        say "installing the benchmark packages: Lighthouse and playwright-core (npm ci)"
        PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" \
            --no-audit --no-fund --loglevel=error ||
            fail "could not install Lighthouse and playwright-core from the npm registry"
    fi
}

# A port on 127.0.0.1 nothing listens on now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
