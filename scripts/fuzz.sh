#!/usr/bin/env bash
# Runs every fuzz target in tests/fuzz for SECONDS each (default 600), one
# after the other, with one libFuzzer worker (-jobs=1 -workers=1), and prints
# the executions and crashes of each. Exits non-zero when a target crashed;
# the input that did it is under tests/fuzz/artifacts/TARGET/ (git-ignored),
# to replay with `cargo +NIGHTLY fuzz run --fuzz-dir tests/fuzz -s none
# [--no-default-features] TARGET FILE` (the flags of the target below).
# Needs scripts/install-fuzz.sh first. Not part of the test command.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${1:-600}"
shift || true
TOOLCHAIN="$(sed -n 's/^FUZZ_TOOLCHAIN="\(.*\)"$/\1/p' scripts/install-fuzz.sh)"
FUZZ_DIR="$PWD/tests/fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
# Fuzz builds (nightly, sanitizer coverage) apart from the ordinary ones.
if [ -n "${CARGO_TARGET_DIR:-}" ]; then
  export CARGO_TARGET_DIR="$CARGO_TARGET_DIR/fuzz"
fi

if ! cargo "+$TOOLCHAIN" fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz or $TOOLCHAIN is missing: run scripts/install-fuzz.sh" >&2
  exit 2
fi

# No AddressSanitizer: src/ has no `unsafe`, and without it a target runs
# about five times as many inputs. Panics, integer overflow (cargo-fuzz
# builds with debug assertions), timeouts and running out of memory are
# what the targets catch.
SANITIZER="--sanitizer=none"
# The browser's targets are built as the resident's page is, without the
# maintainer tools; the check's with them.
declare -A FEATURES=(
  [share_link]="--no-default-features"
  [resident_catalogue]="--no-default-features"
  [catalogue_check]=""
  [catalogue_edits]=""
)
declare -A DICT=(
  [share_link]="$FUZZ_DIR/share_link.dict"
  [resident_catalogue]="$FUZZ_DIR/catalogue.dict"
  [catalogue_check]="$FUZZ_DIR/catalogue.dict"
  [catalogue_edits]=""
)
# The structured target reads choices, not a file: let libFuzzer use inputs
# of up to 1 KB at once instead of growing them slowly from nothing.
declare -A EXTRA=(
  [share_link]=""
  [resident_catalogue]=""
  [catalogue_check]=""
  [catalogue_edits]="-max_len=1024 -len_control=0"
)
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(share_link resident_catalogue catalogue_check catalogue_edits)

# Seeds (the working corpus under tests/fuzz/corpus is git-ignored; seeds are
# added anew each run, so they follow the shipped files).
seed() { # seed TARGET FILE-OR-TEXT...
  local dir="$FUZZ_DIR/corpus/$1"
  mkdir -p "$dir"
  shift
  for s in "$@"; do
    if [ -f "$s" ]; then
      cp "$s" "$dir/seed-$(basename "$s")"
    else
      printf '%s' "$s" > "$dir/seed-$(printf '%s' "$s" | sha1sum | cut -c1-16)"
    fi
  done
}
# Every catalogue and the list of gemeenten that ship.
seed resident_catalogue public/catalogus/*.json
seed catalogue_check public/catalogus/*.json
# Every share link in the end-to-end tests: the value of `antwoorden=` and of
# `answers: "…"`, and as a whole fragment.
mapfile -t LINKS < <(grep -ohE '(antwoorden=|answers: ")[0-9][^"'"'"'`&$)/ ]*' tests/e2e/*.mjs \
  | sed -E 's/^(antwoorden=|answers: ")//' | sort -u)
seed share_link "${LINKS[@]}"
for l in "${LINKS[@]}"; do seed share_link "#gemeente=heusden&antwoorden=$l"; done
seed catalogue_edits ""

status=0
summary=()
for target in "${TARGETS[@]}"; do
  printf '\n==> %s: %s s\n' "$target" "$SECONDS_EACH"
  mkdir -p "$FUZZ_DIR/artifacts/$target"
  before=$(find "$FUZZ_DIR/artifacts/$target" -type f | wc -l)
  log="$(mktemp -d)"
  dict=()
  [ -z "${DICT[$target]}" ] || dict=("-dict=${DICT[$target]}")
  # shellcheck disable=SC2086 # FEATURES is a list of flags
  cargo "+$TOOLCHAIN" fuzz build --fuzz-dir "$FUZZ_DIR" "$SANITIZER" ${FEATURES[$target]} "$target"
  # With -jobs=1 libFuzzer runs one child process and writes its output to
  # fuzz-0.log in the working directory.
  set +e
  # cargo-fuzz sets -artifact_prefix to $FUZZ_DIR/artifacts/TARGET/.
  # shellcheck disable=SC2086
  (cd "$log" && cargo "+$TOOLCHAIN" fuzz run --fuzz-dir "$FUZZ_DIR" "$SANITIZER" ${FEATURES[$target]} "$target" \
    "$FUZZ_DIR/corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -jobs=1 -workers=1 -timeout=25 -rss_limit_mb=4096 \
    -print_final_stats=1 "${dict[@]}" ${EXTRA[$target]} > "$log/cargo-fuzz.log" 2>&1)
  code=$?
  set -e
  cat "$log"/fuzz-*.log > "$log/all.log" 2>/dev/null || cp "$log/cargo-fuzz.log" "$log/all.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log/all.log" | tail -1)
  [ -n "$runs" ] || runs=$(grep -oE '^#[0-9]+' "$log/all.log" | tail -1 | tr -d '#' || true)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log/all.log" | tail -1)
  after=$(find "$FUZZ_DIR/artifacts/$target" -type f | wc -l)
  crashes=$((after - before))
  if [ "$code" -ne 0 ] || [ "$crashes" -gt 0 ]; then
    status=1
    tail -60 "$log/all.log"
    echo "see tests/fuzz/artifacts/$target/"
  fi
  line="$target: ${runs:-?} executions in ${secs:-?} s, $crashes crash(es), exit $code"
  echo "$line"
  summary+=("$line")
  rm -rf "$log"
done

printf '\n==> summary\n'
printf '%s\n' "${summary[@]}"
exit "$status"
