#!/usr/bin/env bash
# Advisory checks for what the build and tests use:
#  - npm audit against the registry's advisory endpoint;
#  - cargo audit (pinned) against the RustSec advisory database.
# Each runs when its database can be reached and is skipped with a clear
# message when it cannot (this machine's network reaches the package
# registries, not GitHub or the npm audit endpoint). A found advisory fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CARGO_AUDIT_VERSION=0.22.2
ADVISORY_DB=https://github.com/rustsec/advisory-db

status=0
out=$(npm audit --audit-level=low 2>&1) && npm_rc=0 || npm_rc=$?
if [ "$npm_rc" -eq 0 ]; then
  echo "audit: npm: no known advisories"
elif grep -q "audit endpoint returned an error\|ENOTFOUND\|EAI_AGAIN\|ECONNREFUSED" <<<"$out"; then
  echo "audit: npm: SKIPPED, the advisory endpoint cannot be reached from here"
else
  echo "$out"
  echo "audit: npm: advisories found (see above)"
  status=1
fi

if timeout 20 git ls-remote "$ADVISORY_DB" HEAD >/dev/null 2>&1; then
  if [ "$(cargo audit --version 2>/dev/null | awk '{print $2}')" != "$CARGO_AUDIT_VERSION" ]; then
    cargo install --locked cargo-audit --version "$CARGO_AUDIT_VERSION"
  fi
  cargo audit || status=1
else
  echo "audit: cargo: SKIPPED, the RustSec advisory database ($ADVISORY_DB) cannot be reached from here"
fi
exit "$status"
