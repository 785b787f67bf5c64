#!/usr/bin/env bash
# Performance benchmark (not part of the test command's pass/fail): builds the
# release app, a minimal Leptos hello world with the same profile, and the
# engine as a wasm library, then measures in headless Chromium with
# Lighthouse's mobile throttling and prints every figure.
# Usage: scripts/bench.sh          everything
#        scripts/bench.sh engine   only the engine (matching and search) in
#                                  Chromium: no app or hello world build
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-all}"
case "$MODE" in all | engine) ;; *) echo "usage: scripts/bench.sh [engine]" >&2; exit 2 ;; esac
scripts/install.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
ROOT="$PWD"

ENGINE="$ROOT/target/bench-engine"
# --features search: the catalogue is read as "Alle hulp" reads it, whatever
# the default features (bench_wasm's bench_search times that page's search).
build_engine() {
  echo "==> engine as a wasm library (target/bench-engine)"
  cargo build --quiet --release --example bench_wasm --target wasm32-unknown-unknown --features search
  wasm-bindgen --target web --out-dir "$ENGINE" "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/examples/bench_wasm.wasm"
  cargo run --quiet --release --example bench_match -- --write "$ENGINE"
}

if [ "$MODE" = engine ]; then
  build_engine
  echo "==> engine in Chromium"
  node scripts/bench.mjs --engine-only "$ENGINE"
  exit 0
fi

echo "==> release build of the app"
scripts/build-release.sh >/dev/null

echo "==> minimal leptos hello world, same profile (target/bench-hello)"
HELLO="$ROOT/target/bench-hello"
mkdir -p "$HELLO/src"
cat > "$HELLO/Cargo.toml" <<'TOML'
[package]
name = "bench-hello"
version = "0.1.0"
edition = "2021"
[dependencies]
leptos = { version = "0.8", features = ["csr"] }
[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
[workspace]
TOML
cat > "$HELLO/src/main.rs" <<'RS'
use leptos::prelude::*;
fn main() {
    mount_to_body(|| view! { <p>"Hello, world!"</p> });
}
RS
cat > "$HELLO/index.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hello</title><link rel="icon" href="data:,">
<link data-trunk rel="rust" data-wasm-opt="z" data-wasm-opt-params="--converge --strip-debug --strip-producers"></head><body></body></html>
HTML
cp Cargo.lock "$HELLO/Cargo.lock"
(cd "$HELLO" && CARGO_TARGET_DIR="$ROOT/target" trunk build --release --offline --public-url ./ >/dev/null)

build_engine

echo "==> engine natively"
cargo run --quiet --release --example bench_match

echo "==> search natively (per keystroke, tests/search_bench.rs)"
cargo test --quiet --release --test search_bench -- --ignored --nocapture

echo "==> in Chromium"
node scripts/bench.mjs dist "$HELLO/dist" "$ENGINE"
