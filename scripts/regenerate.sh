#!/usr/bin/env bash
# Rewrites every generated file from its source of truth, in order (later
# steps read what earlier ones write). Commit what it changes. scripts/test.sh
# fails on a stale one and names this command.
#
# - locales/built/<tag>.lines (what the app serves) and
#   locales/built-in/en.lines (what it builds in), from locales/<tag>.txt
# - tests/e2e/bank.json, from the question bank (src/checkup/bank.rs)
# - index.html's plain-HTML home, from the home screen's English words
# - public/boot.js's and public/sw.template.js's rules (languages, right to
#   left, quick exit, storage keys, where a language file is served) and
#   scripts/plural-forms.txt, from the Rust source (tests/shared_rules.rs)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "language files (locales/built/, locales/built-in/)"
UPDATE_WORDS=1 cargo test --locked --quiet --lib copy::tests::built_files_are_current
step "end-to-end question bank (tests/e2e/bank.json)"
UPDATE_BANK_JSON=1 cargo test --locked --quiet --test bank_fixture
step "plain-HTML home (index.html)"
UPDATE_STATIC_SHELL=1 cargo test --locked --quiet --test static_shell
step "rules shared with JavaScript and Python (boot.js, sw.template.js, scripts/plural-forms.txt)"
UPDATE_RULES=1 cargo test --locked --quiet --test shared_rules
step "done; git status shows what changed"
git status --short -- locales tests/e2e/bank.json index.html public scripts/plural-forms.txt
