#!/usr/bin/env bash
# One command: install what is missing, build the release app (the resident's
# page, the kiosk page, Alle hulp and the maintainer studio beheer.html) with
# the demo catalogues, and serve it on
# http://127.0.0.1:8080 with brotli, as a real host would.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh build
scripts/build-release.sh
echo
echo "==> Serving dist/ on http://127.0.0.1:8080 (Ctrl+C stops)"
exec node tests/e2e/server.mjs dist 8080
