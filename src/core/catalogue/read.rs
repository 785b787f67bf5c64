//! Reading a catalogue file, in every build: the resident's page reads what
//! it can ([`read_for_residents`]) and refuses only a file it cannot read or of
//! another format version, so one bad entry never takes all help away: a
//! broken entry (a service, location, organization, phone, opening time,
//! theme...) is dropped on its own, with a [`Finding`] that says which
//! ([`read_with_findings`]). The maintainers' full check (`validate`, feature
//! `maintainer`) builds on the same findings and sentences.

use std::fmt;

use super::model::{Catalogue, SCHEMA_VERSION};

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

/// A finding for a JSON reading error, at its line and column (the
/// maintainers' serde path).
#[cfg(feature = "maintainer")]
pub(crate) fn finding_at(e: &serde_json::Error) -> Finding {
    Finding {
        severity: Severity::Error,
        path: String::new(),
        line: Some(e.line() as u32),
        column: Some(e.column() as u32),
        message: explain(e, ""),
    }
}

/// A JSON reading error at `path` as a sentence for maintainers.
#[cfg(feature = "maintainer")]
fn explain(e: &serde_json::Error, path: &str) -> String {
    let raw = e.to_string();
    let what = raw.split(" at line").next().unwrap_or(&raw);
    explain_raw(e.is_syntax() || e.is_eof(), what, path)
}

/// serde's words for an error (without its position) as a sentence; the
/// resident's reader (`lean`) phrases its errors the same way.
pub(crate) fn explain_raw(syntax: bool, what: &str, path: &str) -> String {
    if syntax {
        explain_syntax_error(what)
    } else {
        explain_type_error(what, path)
    }
}

fn explain_syntax_error(what: &str) -> String {
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
    } else if what.contains("recursion limit") {
        "Het bestand is te diep genest: er staan hier meer dan 128 haakjes { of [ in elkaar. Een catalogus heeft er nooit meer dan tien nodig."
    } else {
        "Het bestand is geen geldige JSON."
    };
    format!("{hint} (JSON-fout: {what})")
}

/// Turns serde's messages into sentences for maintainers.
pub(crate) fn explain_type_error(raw: &str, path: &str) -> String {
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
    } else if raw.contains("is geen geldige") {
        format!("{raw}.")
    } else if raw.starts_with("invalid value") {
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

/// The sentence for a file in another format version.
pub fn version_message(found: u32) -> String {
    format!(
        "Dit bestand heeft formaatversie {found}, maar deze versie van Routekaart leest versie {SCHEMA_VERSION}. Zet het bestand om of gebruik de juiste Routekaart."
    )
}

/// Why the app could not show a gemeente's catalogue. Each has its own
/// message for residents (see `i18n::Msg::CatalogueUnreachable` and friends).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No answer from the server: offline, or the connection broke.
    Network,
    /// The server answered with an error status (404, 500, ...).
    Status(u16),
    /// The list of gemeenten has no gemeente with this id (a mistyped link).
    NotInIndex(String),
    /// The file cannot be read; the findings say where, for maintainers.
    Broken(Vec<String>),
    /// The file is of another format version than this build reads.
    WrongVersion { found: u32 },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network => write!(f, "geen verbinding met de server"),
            LoadError::Status(code) => write!(f, "de server antwoordde met status {code}"),
            LoadError::NotInIndex(id) => write!(f, "de gemeente “{id}” staat niet in de lijst"),
            LoadError::Broken(findings) => write!(f, "het bestand is niet te lezen: {}", findings.join("; ")),
            LoadError::WrongVersion { found } => f.write_str(&version_message(*found)),
        }
    }
}

impl std::error::Error for LoadError {}

/// A catalogue as the resident's page reads it, and the entries it left out.
#[derive(Debug)]
pub struct Read {
    pub catalogue: Catalogue,
    /// One finding per entry that could not be read and is not shown, with
    /// its JSON path (`services[7].service_at_locations[0].schedules[1]`),
    /// line and column; for the maintainers, never for residents.
    pub dropped: Vec<Finding>,
}

/// Reads a catalogue for a resident's page: the catalogue, or why it cannot
/// be read. Only a file that is not a catalogue (not JSON, not an object with
/// the catalogue's fields and lists, or another format version) is refused. A
/// broken entry in one of the lists is left out on its own (see [`entries`]);
/// wrong references and missing texts are left to the maintainers' check, so
/// one mistake never takes all help away.
pub fn read_with_findings(text: &str) -> Result<Read, LoadError> {
    read(text, None, false)
}

/// [`read_with_findings`] for a residents' catalogue as the build serves
/// it: its rules, its texts apart (`catalogus/teksten/`, see
/// [`read_with_texts`]); a service without its description, a place or an
/// organisation without its name is read (the questions and direct help
/// need none of them), not left out. A whole catalogue
/// reads the same as with [`read_with_findings`]; [`Catalogue::has_texts`]
/// tells them apart.
///
/// [`Catalogue::has_texts`]: super::Catalogue::has_texts
pub fn read_rules(text: &str) -> Result<Read, LoadError> {
    read(text, None, true)
}

/// A residents' catalogue read from its rules and its texts file
/// (`catalogus/teksten/<file>`) together, as the whole catalogue: each
/// entry gets the texts with its id, an id the rules do not have is passed
/// over (`lean::read_catalogue`). A broken entry is left out by itself,
/// and so is an entry whose texts are missing or broken: no card without
/// its texts. Texts that cannot be read at all, or of another format
/// version, give the reason and nothing else: the catalogue read from the
/// rules alone stays as it was. Findings in the texts are on line 2.
pub fn read_with_texts(rules: &str, texts: &str) -> Result<Read, LoadError> {
    read(&format!("{rules}\n{texts}"), Some(rules.len()), false)
}

fn read(text: &str, texts: Option<usize>, rules: bool) -> Result<Read, LoadError> {
    let (catalogue, dropped, version) =
        super::lean::read_catalogue(text, texts, rules).map_err(|e| unreadable(text, e))?;
    for found in [Some(catalogue.schema_version), version].into_iter().flatten() {
        if found != SCHEMA_VERSION {
            return Err(LoadError::WrongVersion { found });
        }
    }
    let dropped = findings(text, dropped);
    Ok(Read { catalogue, dropped })
}

/// Why `text` cannot be read at all (the resident's reader's error), with
/// its line and column.
fn unreadable(text: &str, e: super::lean::Bad) -> LoadError {
    let (line, column) = line_and_column(text, e.at);
    LoadError::Broken(vec![Finding {
        severity: Severity::Error,
        path: String::new(),
        line: Some(line),
        column: Some(column),
        message: explain_raw(e.syntax, &e.raw, ""),
    }
    .to_string()])
}

/// The entries the resident's reader left out of `text`, as findings.
fn findings(text: &str, dropped: super::lean::Dropped) -> Vec<Finding> {
    dropped
        .into_iter()
        .map(|(path, at, message)| {
            let (line, column) = line_and_column(text, at);
            Finding {
                severity: Severity::Error,
                path,
                line: Some(line),
                column: Some(column),
                message,
            }
        })
        .collect()
}

/// Line and column (1-based, the column in bytes as serde_json counts) of a byte offset.
fn line_and_column(text: &str, at: usize) -> (u32, u32) {
    let before = &text.as_bytes()[..at.min(text.len())];
    let line_start = before.iter().rposition(|&c| c == b'\n').map_or(0, |n| n + 1);
    let line = before.iter().filter(|&&c| c == b'\n').count() as u32 + 1;
    (line, (before.len() - line_start) as u32 + 1)
}

/// [`read_with_findings`] without the list of dropped entries.
pub fn read_for_residents(text: &str) -> Result<Catalogue, LoadError> {
    read_with_findings(text).map(|r| r.catalogue)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod remembered_translations;

/// A residents' catalogue served as its rules and its texts
/// (`scripts/trim-catalogues.mjs`), read with [`read_rules`] and
/// [`read_with_texts`].
#[cfg(test)]
mod texts;
