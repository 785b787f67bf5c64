//! The catalogue validator: finds every problem in a catalogue file, not just
//! the first, and says each one in a Dutch sentence a maintainer understands,
//! with the line, column and JSON path.
//!
//! Feature `maintainer`: used by the `catalogue check` command and by the test
//! suite on every shipped catalogue. The resident's page only reads
//! (`read::read_for_residents`).

use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeSet;

use super::model::*;
use super::positions::Positions;
use super::read::{explain_type_error, finding_at, version_message};
pub use super::read::{Finding, Severity};
use crate::core::calendar::Date;

/// The result of checking one file: the catalogue if it could be read at all,
/// and every finding.
pub struct Checked {
    pub catalogue: Option<Catalogue>,
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Error)
    }
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Reads a document's text by the name the catalogue gives it.
pub type ReadDocument<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Options for a check.
#[derive(Clone, Copy, Default)]
pub struct CheckOptions<'a> {
    /// Today's date, for review dates that have passed.
    pub today: Option<Date>,
    /// Reads a document's `file` (a path relative to the catalogue), so every
    /// quote can be found in it; `None` (or a file it cannot read) leaves
    /// quotes unchecked, with a warning.
    pub read_document: Option<ReadDocument<'a>>,
}

/// Parses and checks a catalogue text.
pub fn check(text: &str, options: CheckOptions<'_>) -> Checked {
    let mut out = Report { findings: Vec::new() };
    let mut dropped = Dropped::default();
    // Fast path: a valid file parses straight into the model.
    let catalogue = match serde_json::from_str::<Catalogue>(text) {
        Ok(cat) => Some(cat),
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Checked {
                catalogue: None,
                findings: vec![finding_at(&e)],
            };
        }
        Err(e) => read_after_type_error(text, e, &mut out, &mut dropped),
    };
    if let Some(cat) = &catalogue {
        check_semantics(cat, options, &dropped, &mut out);
    }
    locate(text, &mut out.findings);
    Checked {
        catalogue,
        findings: out.findings,
    }
}

/// Gives every finding found by path its line and column, adds the keys
/// that appear twice in one object, and puts them in file order.
fn locate(text: &str, findings: &mut Vec<Finding>) {
    let positions = Positions::scan(text);
    for f in findings.iter_mut() {
        if f.line.is_none() {
            if let Some((l, c)) = positions.find(&f.path) {
                f.line = Some(l);
                f.column = Some(c);
            }
        }
    }
    findings.extend(duplicate_keys(&positions));
    #[allow(clippy::disallowed_methods)] // maintainer tools only, never in the resident's wasm
    findings.sort_by_key(|f| (f.line.unwrap_or(0), f.column.unwrap_or(0), f.severity));
}

/// A key that appears twice in one object is an error: a JSON reader keeps
/// one of the two without a word (and the app in the browser leaves out the
/// entry it is in).
fn duplicate_keys(positions: &Positions) -> impl Iterator<Item = Finding> + '_ {
    positions.duplicates.iter().map(|d| {
        let key = d.path.rsplit('.').next().unwrap_or(&d.path);
        Finding {
            severity: Severity::Error,
            path: d.path.clone(),
            line: Some(d.at.0),
            column: Some(d.at.1),
            message: format!(
                "Het veld “{key}” staat twee keer in hetzelfde onderdeel (ook op regel {}, kolom {}). Er telt er maar één: haal er een weg.",
                d.first.0, d.first.1
            ),
        }
    })
}

/// Natively (the maintainers' command): read element by element so every
/// broken service is reported with its JSON path. A file too deeply nested
/// to read as a whole gets the type error where serde found it, and why it
/// cannot be read further.
fn read_after_type_error(
    text: &str,
    e: serde_json::Error,
    out: &mut Report,
    dropped: &mut Dropped,
) -> Option<Catalogue> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => read_typed(value, out, dropped),
        Err(unreadable) => {
            out.findings.push(finding_at(&e));
            out.findings.push(finding_at(&unreadable));
            None
        }
    }
}

struct Report {
    findings: Vec<Finding>,
}

impl Report {
    fn push(&mut self, severity: Severity, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity,
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        });
    }
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, path, message);
    }
    fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, path, message);
    }
}

/// Elements that could not be read. Their ids still count as existing, so a
/// broken location does not also make every service that uses it "dangling".
#[derive(Default)]
struct Dropped {
    ids: BTreeSet<String>,
    any: bool,
}

/// Reads the file into the typed model, element by element, so one broken
/// service does not hide the problems in the others.
fn read_typed(mut value: Value, out: &mut Report, dropped: &mut Dropped) -> Option<Catalogue> {
    let Some(obj) = value.as_object_mut() else {
        out.error(
            "",
            "Het bestand moet een JSON-object zijn dat begint met { en eindigt met }.",
        );
        return None;
    };
    for (list, check_one) in [
        ("areas", check_element::<Area> as fn(&Value, &str, &mut Report) -> bool),
        ("organizations", check_element::<Organization>),
        ("locations", check_element::<Location>),
        ("services", check_element::<Service>),
    ] {
        if let Some(Value::Array(items)) = obj.get_mut(list) {
            let mut index = 0;
            items.retain(|item| {
                let keep = check_one(item, &format!("{list}[{index}]"), out);
                if !keep {
                    dropped.any = true;
                    if let Some(id) = item.get("id").and_then(Value::as_str) {
                        dropped.ids.insert(id.to_string());
                    }
                }
                index += 1;
                keep
            });
        }
    }
    match from_value_at::<Catalogue>(value, "") {
        Ok(cat) => Some(cat),
        Err(f) => {
            out.findings.push(f);
            None
        }
    }
}

fn check_element<T: DeserializeOwned>(item: &Value, path: &str, out: &mut Report) -> bool {
    match from_value_at::<T>(item.clone(), path) {
        Ok(_) => true,
        Err(f) => {
            out.findings.push(f);
            false
        }
    }
}

fn from_value_at<T: DeserializeOwned>(value: Value, base: &str) -> Result<T, Finding> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let inner = e.path().to_string();
        let path = match (base.is_empty(), inner.as_str()) {
            (_, ".") => base.to_string(),
            (true, p) => p.to_string(),
            (false, p) if p.starts_with('[') => format!("{base}{p}"),
            (false, p) => format!("{base}.{p}"),
        };
        let message = explain_type_error(&e.inner().to_string(), &path);
        Finding {
            severity: Severity::Error,
            path,
            line: None,
            column: None,
            message,
        }
    })
}

/// A file in another format version cannot be read correctly, also in the
/// browser.
fn check_version(cat: &Catalogue, out: &mut Report) {
    if cat.schema_version != SCHEMA_VERSION {
        out.error("schema_version", version_message(cat.schema_version));
    }
}

mod content;
mod provenance;
mod semantics;
use semantics::check_semantics;
pub use semantics::{check_after_hours, check_index, check_merge, is_index};

#[cfg(test)]
mod tests;

/// How many of a catalogue's resident-facing texts (a service's name,
/// description, eligibility in words, conditions, steps, documents and
/// costs in words) exist in each interface language other than Dutch:
/// `(language, translated, all)`. A missing one is shown in Dutch.
pub fn translation_coverage(cat: &Catalogue) -> Vec<(crate::core::i18n::Lang, usize, usize)> {
    use crate::core::i18n::Lang;
    let texts: Vec<&Text> = cat
        .services
        .iter()
        .flat_map(|s| {
            [&s.name, &s.description]
                .into_iter()
                .chain(s.eligibility_description.iter())
                .chain(s.unchecked_conditions.iter())
                .chain(s.next_steps.iter().map(|n| &n.text))
                .chain(s.required_documents.iter())
                .chain(s.fees_description.iter())
        })
        .collect();
    Lang::ALL
        .into_iter()
        .filter(|&l| l != Lang::Nl)
        .map(|l| {
            let done = texts
                .iter()
                .filter(|t| t.0.get(l.code()).is_some_and(|s| !s.trim().is_empty()))
                .count();
            (l, done, texts.len())
        })
        .collect()
}
