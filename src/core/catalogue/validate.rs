//! The catalogue validator: finds every problem in a catalogue file, not just
//! the first, and says each one in a Dutch sentence a maintainer understands,
//! with the line, column and JSON path.
//!
//! Used by the `catalogue check` command, by the test suite on every shipped
//! catalogue, and by the app to explain a broken catalogue.

#[cfg(not(target_arch = "wasm32"))]
use serde::de::DeserializeOwned;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt;

use super::model::*;
#[cfg(not(target_arch = "wasm32"))]
use super::positions::Positions;
use crate::core::calendar::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// JSON path such as `services[3].schedules[0].opens_at`; empty = whole file.
    pub path: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, "{l}:{c}: ")?;
        }
        let label = match self.severity {
            Severity::Error => "fout",
            Severity::Warning => "waarschuwing",
        };
        write!(f, "{label}: {}", self.message)?;
        if !self.path.is_empty() {
            write!(f, " [{}]", self.path)?;
        }
        Ok(())
    }
}

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

/// Options for a check.
#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions {
    /// Today's date, for review dates that have passed.
    pub today: Option<Date>,
}

/// Parses and checks a catalogue text.
pub fn check(text: &str, options: CheckOptions) -> Checked {
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
    #[cfg(not(target_arch = "wasm32"))]
    locate(text, &mut out.findings);
    Checked {
        catalogue,
        findings: out.findings,
    }
}

/// Gives every finding found by path its line and column, in file order.
#[cfg(not(target_arch = "wasm32"))]
fn locate(text: &str, findings: &mut [Finding]) {
    let positions = Positions::scan(text);
    for f in findings.iter_mut() {
        if f.line.is_none() {
            if let Some((l, c)) = positions.find(&f.path) {
                f.line = Some(l);
                f.column = Some(c);
            }
        }
    }
    findings.sort_by_key(|f| (f.line.unwrap_or(0), f.column.unwrap_or(0), f.severity));
}

/// Natively (the maintainers' command): read element by element so every
/// broken service is reported with its JSON path.
#[cfg(not(target_arch = "wasm32"))]
fn read_after_type_error(
    text: &str,
    _: serde_json::Error,
    out: &mut Report,
    dropped: &mut Dropped,
) -> Option<Catalogue> {
    let value: Value = serde_json::from_str(text).ok()?;
    read_typed(value, out, dropped)
}

/// In the browser: the first problem with its line and column is enough to
/// explain why the page cannot show help; the path-tracking reader stays out
/// of the wasm to keep the download small.
#[cfg(target_arch = "wasm32")]
fn read_after_type_error(_: &str, e: serde_json::Error, out: &mut Report, _: &mut Dropped) -> Option<Catalogue> {
    out.findings.push(finding_at(&e));
    None
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
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, path, message);
    }
}

/// A finding for a JSON reading error, at its line and column.
fn finding_at(e: &serde_json::Error) -> Finding {
    let message = if e.is_syntax() || e.is_eof() {
        explain_syntax_error(e)
    } else {
        let raw = e.to_string();
        explain_type_error(raw.split(" at line").next().unwrap_or(&raw), "")
    };
    Finding {
        severity: Severity::Error,
        path: String::new(),
        line: Some(e.line() as u32),
        column: Some(e.column() as u32),
        message,
    }
}

fn explain_syntax_error(e: &serde_json::Error) -> String {
    let raw = e.to_string();
    let what = raw.split(" at line").next().unwrap_or(&raw);
    let hint = if what.contains("trailing comma") {
        "Er staat een komma te veel voor een sluitend haakje. Haal die komma weg."
    } else if what.contains("EOF") {
        "Het bestand houdt te vroeg op. Mist er een sluitend haakje } of ]?"
    } else if what.contains("key must be a string") {
        "Een veldnaam moet tussen dubbele aanhalingstekens staan, zoals \"naam\"."
    } else if what.contains("expected `,` or `}`") || what.contains("expected `,` or `]`") {
        "Hier mist een komma tussen twee onderdelen, of een haakje."
    } else if what.contains("control character") {
        "Er staat een regeleinde of tab binnen een tekst. Gebruik \\n of haal het weg."
    } else {
        "Het bestand is geen geldige JSON."
    };
    format!("{hint} (JSON-fout: {what})")
}

/// Elements that could not be read. Their ids still count as existing, so a
/// broken location does not also make every service that uses it "dangling".
#[derive(Default)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
struct Dropped {
    ids: BTreeSet<String>,
    any: bool,
}

/// Reads the file into the typed model, element by element, so one broken
/// service does not hide the problems in the others.
#[cfg(not(target_arch = "wasm32"))]
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

#[cfg(not(target_arch = "wasm32"))]
fn check_element<T: DeserializeOwned>(item: &Value, path: &str, out: &mut Report) -> bool {
    match from_value_at::<T>(item.clone(), path) {
        Ok(_) => true,
        Err(f) => {
            out.findings.push(f);
            false
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
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

/// Turns serde's messages into sentences for maintainers.
fn explain_type_error(raw: &str, path: &str) -> String {
    let ticks: Vec<&str> = raw.split('`').skip(1).step_by(2).collect();
    let field = ticks.first().copied().unwrap_or("");
    let allowed = ticks
        .iter()
        .skip(1)
        .map(|s| format!("“{s}”"))
        .collect::<Vec<_>>()
        .join(", ");
    let in_eligibility = path.contains("eligibility");
    if raw.starts_with("unknown field") {
        if in_eligibility {
            format!(
                "De regel “{field}” gaat over iets wat de vragenlijst niet vraagt, dus de app kan hem niet controleren. Mogelijke regels: {allowed}. Zet een voorwaarde die de app niet kan controleren in “unchecked_conditions”."
            )
        } else {
            format!("Het veld “{field}” hoort hier niet (tikfout?). Toegestaan: {allowed}.")
        }
    } else if raw.starts_with("missing field") {
        format!("Het verplichte veld “{field}” ontbreekt.")
    } else if raw.starts_with("unknown variant") {
        let what = if path.contains("themes") {
            "thema"
        } else if path.contains("situations") {
            "situatie"
        } else if path.contains("byday") {
            "dag"
        } else {
            "waarde"
        };
        format!("“{field}” is geen bekende {what}. Kies uit: {allowed}.")
    } else if raw.starts_with("invalid type") {
        let got = raw.trim_start_matches("invalid type: ");
        let (got, expected) = got.split_once(", expected ").unwrap_or((got, "iets anders"));
        format!(
            "Hier staat {} maar er hoort {} te staan.",
            dutch_type(got),
            dutch_type(expected)
        )
    } else if raw.starts_with("invalid value") || raw.contains("is not a valid") {
        format!("Deze waarde klopt niet: {}", raw.trim_start_matches("invalid value: "))
    } else if raw.starts_with("duplicate field") {
        format!("Het veld “{field}” staat twee keer in hetzelfde onderdeel.")
    } else {
        format!("Deze waarde klopt niet ({raw}).")
    }
}

fn dutch_type(serde_type: &str) -> String {
    let t = serde_type.trim();
    let word = if t.starts_with("string") || t.starts_with("a string") {
        "een tekst"
    } else if t.starts_with("integer") || t.starts_with("u8") || t.starts_with("u16") || t.starts_with("u32") {
        "een heel getal"
    } else if t.starts_with("floating") || t.starts_with("f64") {
        "een getal"
    } else if t.starts_with("boolean") || t.starts_with("a boolean") {
        "true of false"
    } else if t.starts_with("sequence") || t.starts_with("a sequence") {
        "een lijst [ ... ]"
    } else if t.starts_with("map") || t.starts_with("a map") || t.starts_with("struct") {
        "een object { ... }"
    } else if t.starts_with("null") {
        "null"
    } else {
        return t.to_string();
    };
    word.to_string()
}

/// A file in another format version cannot be read correctly, also in the
/// browser.
fn check_version(cat: &Catalogue, out: &mut Report) {
    if cat.schema_version != SCHEMA_VERSION {
        let v = cat.schema_version;
        out.error(
            "schema_version",
            format!(
                "Dit bestand heeft formaatversie {v}, maar deze versie van Routekaart leest versie {SCHEMA_VERSION}. Zet het bestand om of gebruik de juiste Routekaart."
            ),
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod semantics;
#[cfg(not(target_arch = "wasm32"))]
use semantics::check_semantics;
#[cfg(not(target_arch = "wasm32"))]
pub use semantics::{check_index, check_merge, is_index};

/// In the browser only the format version is checked beyond reading: a
/// wrong reference or a missing phone number should not take all help away
/// from a resident. Maintainers catch those with `catalogue check` (and the
/// test suite runs it on every shipped file); the full checks would add
/// about 25 KB to the wasm.
#[cfg(target_arch = "wasm32")]
fn check_semantics(cat: &Catalogue, _: CheckOptions, _: &Dropped, out: &mut Report) {
    check_version(cat, out);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
