#!/usr/bin/env bash
# Performance benchmark (not part of the test command's pass/fail): builds the
# release app, a minimal Leptos hello world with the same profile, and the
# engine as a wasm library, then measures in headless Chromium with
# Lighthouse's mobile throttling and prints every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
ROOT="$PWD"

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

echo "==> engine as a wasm library (target/bench-engine)"
ENGINE="$ROOT/target/bench-engine"
cargo build --quiet --release --example bench_wasm --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir "$ENGINE" target/wasm32-unknown-unknown/release/examples/bench_wasm.wasm
cargo run --quiet --release --example bench_match -- --write "$ENGINE"

echo "==> engine natively"
cargo run --quiet --release --example bench_match

echo "==> search natively (per keystroke, tests/search_bench.rs)"
cargo test --quiet --release --test search_bench -- --ignored --nocapture

echo "==> in Chromium"
node scripts/bench.mjs dist "$HELLO/dist" "$ENGINE"
