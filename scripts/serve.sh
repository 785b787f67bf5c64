#!/usr/bin/env bash
# One command: install what is missing, build the release app with the demo
# catalogues, and serve it on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo
echo "==> Building and serving on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080
