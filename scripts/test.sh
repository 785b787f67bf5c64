#!/usr/bin/env bash
# One command: install what is missing, then run every test:
# formatting, clippy, native tests, catalogue validation, wasm tests in
# headless Chromium, the release build with its size report, and end-to-end
# tests in Chromium against the release build served on 127.0.0.1: by
# Debian's nginx with the hosting configuration (scripts/hosting/) for the
# pages, kiosk, widget, embedding, offline and header specs, by the Node test
# server for the rest. Playwright starts both and stops them, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

step() { printf '\n==> %s\n' "$*"; }

step "npm packages run on this Node; advisories (skipped when their databases cannot be reached)"
node scripts/check-engines.mjs
scripts/audit.sh

step "publiccode.yml against the standard's published JSON Schema (and refuses broken copies)"
node scripts/check-publiccode.mjs

step "the draft accessibility statement: every WCAG 2.2 A/AA criterion, only tests that exist, in the build"
node scripts/check-accessibility-statement.mjs

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native and wasm32: maintainer, resident page, kiosk page, maintainer studio, widget), warnings denied"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --lib --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features kiosk --lib --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features studio --lib --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features widget --lib --bins -- -D warnings

step "native tests (pure core)"
cargo test

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test wasm

step "release build"
scripts/build-release.sh

step "size report (brotli)"
node scripts/size-report.mjs dist
node scripts/size-budget.mjs dist

step "catalogue validation (every shipped catalogue)"
cargo run --quiet --bin catalogue -- check public/catalogus/*.json

step "acceptance tests of every gemeente (catalogue test: its residents in <gemeente>.scenarios.json)"
for f in public/catalogus/*.scenarios.json; do
  cargo run --quiet --bin catalogue -- test "${f%.scenarios.json}.json"
done

step "end-to-end tests in Chromium against the release build (nginx with scripts/hosting/nginx-server.conf, and the Node test server)"
npx playwright test
