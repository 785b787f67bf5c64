#!/usr/bin/env bash
# Installs what scripts/fuzz.sh needs and skips what is already there at the
# pinned version: a dated nightly Rust (libFuzzer's sanitizer coverage needs
# nightly) and cargo-fuzz from crates.io. Not part of the test command.
# Usage: scripts/install-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep these two in step with scripts/fuzz.sh (it reads them from here).
FUZZ_TOOLCHAIN="nightly-2026-05-20"
CARGO_FUZZ_VERSION="0.13.2"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

say "Rust $FUZZ_TOOLCHAIN"
if rustup toolchain list | grep -q "^$FUZZ_TOOLCHAIN"; then
  echo "already installed: $(rustc "+$FUZZ_TOOLCHAIN" --version)"
else
  rustup toolchain install "$FUZZ_TOOLCHAIN" --profile minimal
fi

say "cargo-fuzz $CARGO_FUZZ_VERSION"
# `cargo install --list` prints "cargo-fuzz v0.13.2:" for an installed version.
if cargo install --list | grep -qx "cargo-fuzz v$CARGO_FUZZ_VERSION:"; then
  echo "already installed"
else
  echo "building from crates.io (a few minutes on 2 cores)"
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi
echo "done"
