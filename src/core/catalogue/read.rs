//! Reading a catalogue file, in every build: the resident's page reads what
//! it can ([`read_for_residents`]) and refuses only a file it cannot read or of
//! another format version, so one bad entry never takes all help away. The
//! maintainers' full check (`validate`, feature `maintainer`) builds on the
//! same findings and sentences.

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

/// A finding for a JSON reading error, at its line and column.
pub(crate) fn finding_at(e: &serde_json::Error) -> Finding {
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

/// Reads a catalogue for a resident's page: the catalogue, or why it cannot
/// be read. Only a file that is not valid JSON of the model, or of another
/// format version, is refused; wrong references and missing texts are left to
/// the maintainers' check, so one mistake never takes all help away.
pub fn read_for_residents(text: &str) -> Result<Catalogue, LoadError> {
    let cat: Catalogue = serde_json::from_str(text).map_err(|e| LoadError::Broken(vec![finding_at(&e).to_string()]))?;
    if cat.schema_version != SCHEMA_VERSION {
        return Err(LoadError::WrongVersion {
            found: cat.schema_version,
        });
    }
    Ok(cat)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEUSDEN: &str = include_str!("../../../public/catalogus/heusden.json");

    #[test]
    fn residents_get_a_readable_catalogue_even_with_a_dangling_reference() {
        let dangling = HEUSDEN.replacen("\"location_id\": \"", "\"location_id\": \"bestaat-niet-", 1);
        assert_ne!(dangling, HEUSDEN);
        assert!(read_for_residents(&dangling).is_ok());
    }

    #[test]
    fn an_unreadable_file_or_another_version_is_refused_with_a_reason() {
        match read_for_residents("{\"schema_version\": 1, \"services\": [") {
            Err(LoadError::Broken(f)) => assert!(f[0].contains("houdt te vroeg op"), "{f:?}"),
            other => panic!("{other:?}"),
        }
        let newer = HEUSDEN.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
        assert_eq!(read_for_residents(&newer), Err(LoadError::WrongVersion { found: 99 }));
        assert_eq!(
            LoadError::Status(404).to_string(),
            "de server antwoordde met status 404"
        );
        assert!(LoadError::NotInIndex("heusdn".into()).to_string().contains("heusdn"));
    }
}
