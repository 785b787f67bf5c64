//! The lean reader's small files: the list of gemeenten, a catalogue's
//! translations and design tokens; apart from the catalogue's readers.

use std::collections::BTreeMap;

use super::json::{parse, Node, Value, R};
use crate::core::catalogue::model::{CatalogueIndex, IndexEntry};

/// Every string or number in a design-tokens JSON file, named by its path
/// joined with `-` (`{"utrecht":{"link":{"color":{"value":"#24578f"}}}}` is
/// `utrecht-link-color`), in file order, for `core::theme`. An object with a
/// `value` or `$value` is one token; keys starting with `$` and the build
/// tools' bookkeeping (`original`, `attributes`, `path`, …) are no tokens.
/// `Err` is the byte offset where the text is no JSON.
pub(crate) fn token_leaves(text: &str) -> Result<Vec<(String, String)>, usize> {
    fn walk(node: &Node<'_>, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
        match &node.value {
            Value::String(s) => out.push((path.join("-"), s.to_string())),
            Value::Number(n) => out.push((path.join("-"), n.to_string())),
            Value::Object(fields) => {
                if let Some((_, _, leaf)) = fields.iter().find(|(_, k, _)| k == "value" || k == "$value") {
                    return walk(leaf, path, out);
                }
                for (_, key, child) in fields {
                    const BOOKKEEPING: [&str; 9] = [
                        "original",
                        "attributes",
                        "path",
                        "filePath",
                        "isSource",
                        "name",
                        "type",
                        "comment",
                        "description",
                    ];
                    if key.starts_with('$') || BOOKKEEPING.contains(&key.as_ref()) {
                        continue;
                    }
                    path.push(key.to_string());
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let root = parse(text).map_err(|b| b.at)?;
    let mut out = Vec::new();
    walk(&root, &mut Vec::new(), &mut out);
    Ok(out)
}

/// The list of gemeenten (`catalogus/index.json`).
pub fn read_index(text: &str) -> Result<CatalogueIndex, String> {
    let read = |root: &Node| -> R<CatalogueIndex> {
        let f = root.object("CatalogueIndex")?;
        Ok(CatalogueIndex {
            schema_version: f.req("schema_version")?.integer(0, u32::MAX.into(), "u32")? as u32,
            gemeenten: f.req("gemeenten")?.list(|n| {
                let f = n.object("IndexEntry")?;
                Ok(IndexEntry {
                    id: f.req("id")?.string()?,
                    name: f.req("name")?.string()?,
                    file: f.req("file")?.string()?,
                })
            })?,
            national: f.req("national")?.string()?,
            embedders: f.opt("insluiters", |n| n.list(|n| n.string()))?.unwrap_or_default(),
        })
    };
    parse(text).and_then(|root| read(&root)).map_err(|e| e.raw)
}

/// A JSON object of strings (a catalogue's translations, Dutch → translation).
pub fn read_strings(text: &str) -> Result<BTreeMap<String, String>, String> {
    parse(text).and_then(|root| root.text()).map(|t| t.0).map_err(|e| e.raw)
}
