# The Rust that builds the browser's wasm (sourced by install.sh, which
# installs it, and build-release.sh, which builds with it). A pinned nightly
# rebuilds std for the wasm with panics that abort at once: no panic
# messages, their formatting or unwinding tables in the wasm. That is about
# 16 KB brotli of the resident's first visit (175.6 -> 159.9 KB for its
# wasm when this was introduced). A panic is a bug either way; in the
# browser it now stops the app with "unreachable" in the console instead of
# a message. Native builds and tests keep stable Rust and full panics.
WASM_TOOLCHAIN="nightly-2026-05-20"

# Runs a command (trunk) with the wasm toolchain, in its own target
# directory so stable builds (clippy, tests) and these do not evict each other.
wasm_release() {
  RUSTUP_TOOLCHAIN="$WASM_TOOLCHAIN" \
    CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    CARGO_TARGET_DIR="$PWD/target/wasm-release" \
    "$@"
}
