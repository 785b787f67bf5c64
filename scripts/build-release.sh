#!/usr/bin/env bash
# Builds the release app into dist/ (tools must be installed: scripts/install.sh):
# the resident's page (index.html, catalogues), the library kiosk
# (kiosk.html), "Alle hulp" (alle-hulp.html), the maintainer studio
# (beheer.html) and the widget (widget.js), each with its own wasm, side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# shellcheck source=wasm-toolchain.sh
. scripts/wasm-toolchain.sh
wasm_release trunk build --release --offline
# Residents download only what the app reads (public/catalogus stays complete).
node scripts/trim-catalogues.mjs dist/catalogus
# Trunk replaces its dist directory on every build and names the page
# index.html: build the kiosk apart, then copy its page (as kiosk.html) and
# its own, differently hashed files next to the app.
node scripts/kiosk-page.mjs
wasm_release trunk build --release --offline=true --dist target/kiosk-dist kiosk.html
cp target/kiosk-dist/index.html dist/kiosk.html
for f in target/kiosk-dist/*.js target/kiosk-dist/*.wasm target/kiosk-dist/*.css; do
  cp "$f" dist/
done
# "Alle hulp" the same way (its search index is not in the resident's wasm).
node scripts/kiosk-page.mjs search
wasm_release trunk build --release --offline=true --dist target/search-dist alle-hulp.html
cp target/search-dist/index.html dist/alle-hulp.html
for f in target/search-dist/*.js target/search-dist/*.wasm target/search-dist/*.css; do
  cp "$f" dist/
done
# The maintainer studio (beheer.html): the full check, imports and exports,
# its own wasm, so the resident's download does not change.
node scripts/kiosk-page.mjs studio
wasm_release trunk build --release --offline=true --dist target/studio-dist beheer.html
cp target/studio-dist/index.html dist/beheer.html
for f in target/studio-dist/*.js target/studio-dist/*.wasm target/studio-dist/*.css; do
  cp "$f" dist/
done
# The widget (widget.js and its own wasm with the shadow-root mounting), so
# the resident's page does not carry it; its page is never served.
node scripts/kiosk-page.mjs widget
wasm_release trunk build --release --offline=true --dist target/widget-dist widget.html
for f in target/widget-dist/*.js target/widget-dist/*.wasm target/widget-dist/*.css; do
  cp "$f" dist/
done
# Last, as the other builds copy their own boot.js and sw.js into dist/.
# The start page as static HTML in index.html, from the app's own Dutch
# texts, so it paints before the wasm (the same debug build `cargo test` makes).
cargo run --quiet --bin catalogue -- prerender dist/index.html
# The loading and start-failure messages in every language (boot.js shows
# them for #taal=…), from the translator files.
cargo run --quiet --bin catalogue -- boot-texts dist/index.html dist/kiosk.html dist/alle-hulp.html
# The service worker's cache is named by release: the hash of every hashed
# file's name, so a new build gets a new cache and the old one is deleted.
RELEASE=$(ls dist | grep -E -- '-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$' | sort | sha256sum | cut -c1-16)
sed -i "s/^var RELEASE = \"dev\";/var RELEASE = \"$RELEASE\";/" dist/sw.js
grep -q "var RELEASE = \"$RELEASE\";" dist/sw.js || { echo "sw.js: RELEASE not set" >&2; exit 1; }
# Every wasm and JS file a page, the widget or the service worker runs is
# checked by its hash (before sw.js is minified).
node scripts/integrity.mjs dist index.html kiosk.html alle-hulp.html beheer.html
# boot.js and sw.js are written to be read (comments say why); residents get
# them minified (terser, as for the JS glue): boot.js is on every first visit.
for f in boot.js sw.js; do
  terser "dist/$f" --compress --mangle --output "dist/$f"
done
# What the start page's first paint waits for goes into index.html itself.
node scripts/inline-critical.mjs dist/index.html
# A strict Content-Security-Policy in every page (trunk's inline loader by hash).
node scripts/csp.mjs dist/index.html dist/kiosk.html dist/alle-hulp.html dist/beheer.html
# Last, once every file is final: each text file and wasm also as .br and
# .gz, which a server sends as they are (scripts/hosting/nginx-server.conf).
node scripts/precompress.mjs dist
