#!/usr/bin/env bash
# Installs what the tests need (only what is missing) and runs every tier,
# stopping at the first failure.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_build_tools
ensure_chromium
ensure_e2e_packages
ensure_nginx
ensure_brotli
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt clippy

say "format"
cargo fmt --check
say "vendored crates (every patch used and needed, diffs as vendor/README.md shows)"
python3 scripts/check_vendor.py
python3 -m unittest -q scripts/test_check_vendor.py
say "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings
say "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
say "native tests"
cargo test --locked
say "browser tests (wasm-bindgen-test, headless chromium)"
CHROMEDRIVER="$(command -v chromedriver)" \
    cargo test --locked --target wasm32-unknown-unknown --test browser
say "release build"
trunk build --release --offline
say "precompress dist/ (gzip and brotli beside each file, as nginx serves them)"
python3 scripts/compress_dist.py dist
say "size report (what grew since docs/size-baseline.txt, when over the budget)"
python3 -m unittest -q scripts/test_size_report.py
python3 scripts/size_report.py dist
say "end-to-end tests (playwright, release build served by nginx with deploy/nginx.conf)"
(cd tests/e2e && npx playwright test)
