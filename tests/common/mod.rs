//! Shared by the integration tests: every catalogue the build ships.

use std::path::PathBuf;

use routekaart::core::catalogue::validate::{check, CheckOptions};
use routekaart::core::catalogue::Catalogue;

/// Every catalogue in `public/catalogus` (not the index, not a gemeente's
/// scenarios), read with the full check, by name, in name order. A new
/// gemeente is tested without editing a list.
pub fn shipped() -> Vec<(String, Catalogue)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/catalogus");
    // A BTreeSet orders them (the project's clippy rules keep slice sorts out).
    let names: std::collections::BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with(".json") && !f.ends_with(".scenarios.json") && f != "index.json")
        .map(|f| f.trim_end_matches(".json").to_string())
        .collect();
    assert!(names.len() >= 6, "{names:?}");
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
            let catalogue = check(&text, CheckOptions::default()).catalogue.expect(&name);
            (name, catalogue)
        })
        .collect()
}
