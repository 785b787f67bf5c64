#!/usr/bin/env bash
# Installs what Routekaart needs and skips what is already there at the pinned
# version. Usage: scripts/install.sh [build|test]
#   build: Rust wasm target, trunk, wasm-bindgen-cli, npm tools (wasm-opt)
#   test:  the same, plus Debian's chromium and chromium-driver for browser tests,
#          and Debian's nginx with libnginx-mod-http-brotli-static, which serves
#          the build with the hosting configuration in the end-to-end tests
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILE="${1:-build}"
TRUNK_VERSION="0.21.14"
# Debian bookworm's: nginx at this upstream version (its newest Debian
# revision, with the security fixes), the brotli module at this exact one.
NGINX_VERSION="1.22.1"
BROTLI_STATIC_VERSION="1.0.0~rc-3"
# wasm-bindgen-cli must match the wasm-bindgen crate that Cargo.lock pins.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

say "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "already installed"
else
  rustup target add wasm32-unknown-unknown
fi

# shellcheck source=wasm-toolchain.sh
. scripts/wasm-toolchain.sh
say "Rust $WASM_TOOLCHAIN for the release wasm (with rust-src: std is rebuilt for it)"
if rustup component list --toolchain "$WASM_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src' &&
  rustup target list --toolchain "$WASM_TOOLCHAIN" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "already installed"
else
  rustup toolchain install "$WASM_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

say "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  echo "already installed"
else
  echo "building from crates.io (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  echo "already installed"
else
  # Not --locked: one of its locked dependencies is missing from the registry mirror.
  echo "building from crates.io (about 5 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

say "npm tools from package-lock.json (binaryen 132 for wasm-opt, Playwright, axe-core, Ajv and yaml for publiccode.yml, and four NL Design System theme packages the theme tests map)"
# Playwright must never download a browser: tests use Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
stamp="node_modules/.package-lock.sha"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "already installed"
else
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
echo "wasm-opt: $(wasm-opt --version)"

if [ "$PROFILE" = "test" ]; then
  say "Debian chromium and chromium-driver (browser tests)"
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    echo "already installed: $(chromium --version 2>/dev/null | head -1)"
  else
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
  fi

  say "Debian nginx $NGINX_VERSION and libnginx-mod-http-brotli-static $BROTLI_STATIC_VERSION (the hosting configuration's tests)"
  installed() { dpkg-query -W -f='${Status}|${Version}' "$1" 2>/dev/null | sed -n 's/^install ok installed|//p'; }
  if [[ "$(installed nginx)" == "$NGINX_VERSION"-* && "$(installed libnginx-mod-http-brotli-static)" == "$BROTLI_STATIC_VERSION" ]]; then
    echo "already installed: nginx $(installed nginx), libnginx-mod-http-brotli-static $(installed libnginx-mod-http-brotli-static)"
  else
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    nginx_deb="$(apt-cache madison nginx | awk -v v="$NGINX_VERSION-" 'index($3, v) == 1 { print $3; exit }')"
    if [ -z "$nginx_deb" ]; then
      echo "nginx $NGINX_VERSION is not in Debian's package lists" >&2
      exit 1
    fi
    # Debian starts a system nginx on port 80 after installing it unless
    # policy-rc.d says no; the tests start their own, unprivileged.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
      chmod +x /usr/sbin/policy-rc.d
      trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    apt-get install -y -q --no-install-recommends "nginx=$nginx_deb" "libnginx-mod-http-brotli-static=$BROTLI_STATIC_VERSION"
  fi
fi

say "Rust dependencies (cargo fetch, so builds can run offline)"
cargo fetch --quiet
# The release wasm rebuilds std (scripts/wasm-toolchain.sh): its crates too,
# since trunk builds offline.
RUSTUP_TOOLCHAIN="$WASM_TOOLCHAIN" cargo fetch --quiet \
  --manifest-path "$(rustc +"$WASM_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
echo "done"
