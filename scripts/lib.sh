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

ensure_wasm_opt() {
    if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
        say "installing wasm-opt (npm binaryen 132)"
        npm ci --prefix "$ROOT/tools" --no-audit --no-fund --loglevel=error ||
            fail "could not install binaryen from the npm registry"
    fi
}

ensure_build_tools() {
    ensure_wasm_target
    ensure_trunk
    ensure_wasm_bindgen
    ensure_wasm_opt
}

ensure_chromium() {
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        say "installing chromium and chromium-driver from Debian"
        as_root apt-get update -qq ||
            fail "could not reach Debian's package registry to install chromium"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver \
            >/dev/null || fail "could not install chromium and chromium-driver"
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

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
