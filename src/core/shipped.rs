//! Test fixtures: the shipped catalogues, read whole (rules and texts) as
//! the maintainers' tools read them. One place, so a test reads a gemeente
//! by name instead of repeating the file path and the reader.

use crate::core::catalogue::Catalogue;

/// A shipped catalogue by its file name without `.json`.
pub fn catalogue(name: &str) -> Catalogue {
    let text = match name {
        "heusden" => include_str!("../../public/catalogus/heusden.json"),
        "almere" => include_str!("../../public/catalogus/almere.json"),
        "landelijk" => include_str!("../../public/catalogus/landelijk.json"),
        other => panic!("no shipped catalogue fixture {other}"),
    };
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}.json: {e}"))
}

/// Heusden's catalogue alone.
pub fn heusden() -> Catalogue {
    catalogue("heusden")
}

/// Heusden with the national entries, as residents get it.
pub fn heusden_with_national() -> Catalogue {
    heusden().merged_with(&catalogue("landelijk"))
}
