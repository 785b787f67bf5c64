//! Cargo build script (Cargo.toml's `build`): the Dutch translator file
//! without its comments, for `include_str!` in `core::i18n`. The comments
//! guide translators and are never read by the app; in the resident's wasm
//! they were 0.4 KB brotli of the first visit. Every other line is kept as
//! it is, so the messages read exactly as from the file.

use std::{env, fs, path::Path};

fn main() {
    const SOURCE: &str = "public/taal/nl.ftl";
    println!("cargo::rerun-if-changed={SOURCE}");
    let text = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    // In Fluent a comment starts with `#` in the first column; a `#` inside
    // a message's text is never there (continuation lines are indented).
    let kept: String = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect();
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("nl.ftl");
    fs::write(&out, kept).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
