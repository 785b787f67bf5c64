#!/usr/bin/env bash
# Builds the release app into dist/ (tools must be installed: scripts/install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
