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
mod tests {
    use super::*;
    use crate::core::facts::Theme;

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

    /// Reads `text` for a resident: the catalogue and the entries dropped.
    fn read_ok(text: &str) -> Read {
        read_with_findings(text).unwrap_or_else(|e| panic!("the whole file was refused: {e}"))
    }

    fn line_of(text: &str, needle: &str) -> u32 {
        let at = text.find(needle).unwrap();
        text[..at].matches('\n').count() as u32 + 1
    }

    fn ids(cat: &Catalogue) -> Vec<&str> {
        cat.services.iter().map(|s| s.id.as_str()).collect()
    }

    // One typo used to refuse the whole gemeente in the browser.
    // Now only the broken entry is dropped, with a finding that names it.

    #[test]
    fn the_shipped_catalogues_read_without_dropping_anything() {
        for text in [
            HEUSDEN,
            include_str!("../../../public/catalogus/almere.json"),
            include_str!("../../../public/catalogus/landelijk.json"),
        ] {
            let read = read_ok(text);
            assert!(read.dropped.is_empty(), "{:?}", read.dropped);
            assert_eq!(
                Ok(read.catalogue),
                serde_json::from_str::<Catalogue>(text).map_err(|e| e.to_string())
            );
        }
    }

    #[test]
    fn a_duplicate_key_drops_only_that_service() {
        let all = read_ok(HEUSDEN).catalogue;
        let text = HEUSDEN.replacen(
            "\"id\": \"repair-cafe\",",
            "\"id\": \"repair-cafe\", \"kind\": \"loket\",",
            1,
        );
        assert_ne!(text, HEUSDEN);
        let read = read_ok(&text);
        assert_eq!(read.catalogue.services.len(), all.services.len() - 1);
        assert!(!ids(&read.catalogue).contains(&"repair-cafe"));
        assert_eq!(read.dropped.len(), 1, "{:?}", read.dropped);
        let f = &read.dropped[0];
        assert_eq!(f.path, "services[1]");
        // At the second "kind", where the duplicate is found.
        let second = text.find("\"id\": \"repair-cafe\"").unwrap()
            + text[text.find("\"id\": \"repair-cafe\"").unwrap()..]
                .find("\"kind\": \"zelf_en_samen\"")
                .unwrap();
        assert_eq!(f.line, Some(text[..second].matches('\n').count() as u32 + 1), "{f}");
        assert!(f.message.starts_with("Deze dienst is weggelaten."), "{f}");
        assert!(f.message.contains("Het veld “kind” staat twee keer"), "{f}");
    }

    #[test]
    fn a_bad_time_drops_only_that_opening_time() {
        let all = read_ok(HEUSDEN).catalogue;
        for bad in ["9:00", "25:00"] {
            let text = HEUSDEN.replacen(
                "\"opens_at\": \"19:00\", \"closes_at\": \"22:30\"",
                &format!("\"opens_at\": \"{bad}\", \"closes_at\": \"22:30\""),
                1,
            );
            assert_ne!(text, HEUSDEN);
            let read = read_ok(&text);
            assert_eq!(ids(&read.catalogue), ids(&all));
            let before = &all.services[7].service_at_locations[0].schedules;
            let after = &read.catalogue.services[7].service_at_locations[0].schedules;
            assert_eq!((before.len(), after.len()), (2, 1));
            assert_eq!(after[0], before[0]);
            let f = &read.dropped[..];
            assert_eq!(f.len(), 1, "{f:?}");
            assert_eq!(f[0].path, "services[7].service_at_locations[0].schedules[1]");
            assert_eq!(f[0].line, Some(line_of(&text, bad)));
            assert!(f[0].message.starts_with("Deze openingstijd is weggelaten."), "{}", f[0]);
            assert!(
                f[0].message.contains(&format!("“{bad}” is geen geldige tijd")),
                "{}",
                f[0]
            );
        }
    }

    #[test]
    fn an_unknown_theme_drops_only_that_theme() {
        let text = HEUSDEN.replacen(
            "[\"dagelijks\", \"geld\", \"contact\"]",
            "[\"dagelijks\", \"gelt\", \"contact\"]",
            1,
        );
        assert_ne!(text, HEUSDEN);
        let read = read_ok(&text);
        let s = &read.catalogue.services[1];
        assert_eq!(s.id, "repair-cafe");
        assert_eq!(s.themes, [Theme::Dagelijks, Theme::Contact]);
        assert_eq!(read.dropped.len(), 1);
        assert_eq!(read.dropped[0].path, "services[1].themes[1]");
        assert!(
            read.dropped[0].message.contains("“gelt” is geen bekende thema"),
            "{}",
            read.dropped[0]
        );
    }

    #[test]
    fn a_broken_location_phone_or_organization_is_dropped_alone() {
        let all = read_ok(HEUSDEN).catalogue;
        let text = HEUSDEN
            .replacen(
                "\"id\": \"gemeentehuis\",",
                "\"id\": \"gemeentehuis\", \"example_data\": \"ja\",",
                1,
            )
            .replacen("\"number\": \"0416 000 001\"", "\"number\": 416000001", 1)
            .replacen("\"id\": \"woonveste\",", "\"id\": \"woonveste\", \"name\": 3,", 1);
        let read = read_ok(&text);
        assert_eq!(ids(&read.catalogue), ids(&all));
        assert_eq!(read.catalogue.locations.len(), all.locations.len() - 1);
        assert!(read.catalogue.location("gemeentehuis").is_none());
        assert_eq!(read.catalogue.organizations.len(), all.organizations.len() - 1);
        assert!(read.catalogue.services[0].phones.is_empty());
        let paths: Vec<&str> = read.dropped.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["organizations[4]", "locations[0]", "services[0].phones[0]"]);
        assert!(read.dropped.iter().all(|f| f.line.is_some() && f.column.is_some()));
        assert!(
            read.dropped[2].message.starts_with("Dit telefoonnummer is weggelaten."),
            "{}",
            read.dropped[2]
        );
    }

    #[test]
    fn a_broken_eligibility_rule_drops_the_service_rather_than_widen_it() {
        // A rule that cannot be read must not become no rule at all.
        let text = HEUSDEN.replacen(
            "\"eligibility\": {\"situations\": [\"beperking\", \"mantelzorger\"]}",
            "\"eligibility\": {\"situations\": [\"beperking\", \"mantelzorgr\"]}",
            1,
        );
        assert_ne!(text, HEUSDEN);
        let read = read_ok(&text);
        assert!(!ids(&read.catalogue).contains(&"ontmoetingscentrum-dementie"));
        assert_eq!(
            read.catalogue.services.len(),
            read_ok(HEUSDEN).catalogue.services.len() - 1
        );
        assert_eq!(read.dropped.len(), 1, "{:?}", read.dropped);
        assert_eq!(read.dropped[0].path, "services[8]");
        assert!(
            read.dropped[0].message.contains("“mantelzorgr” is geen bekende"),
            "{}",
            read.dropped[0]
        );
    }

    #[test]
    fn a_broken_web_source_is_dropped_alone() {
        const NATIONAL: &str = include_str!("../../../public/catalogus/landelijk.json");
        let all = read_ok(NATIONAL).catalogue;
        let text = NATIONAL.replacen("\"date\": \"2024-12\"", "\"date\": 2024", 1);
        assert_ne!(text, NATIONAL);
        let read = read_ok(&text);
        assert_eq!(ids(&read.catalogue), ids(&all));
        let s = read
            .catalogue
            .services
            .iter()
            .find(|s| s.id == "nl-kindgebonden-budget")
            .unwrap();
        assert!(s.web_sources.is_empty());
        assert_eq!(read.dropped.len(), 1, "{:?}", read.dropped);
        assert!(read.dropped[0].path.ends_with(".web_sources[0]"), "{}", read.dropped[0]);
        assert!(
            read.dropped[0].message.starts_with("Deze webbron is weggelaten."),
            "{}",
            read.dropped[0]
        );
    }

    #[test]
    fn a_broken_zoekwoord_is_dropped_alone() {
        // The shipped file's own search words go; the test brings its own.
        let own = HEUSDEN
            .lines()
            .find(|l| l.trim_start().starts_with("\"zoekwoorden\""))
            .unwrap_or("");
        let heusden = HEUSDEN.replacen(own, "", 1);
        let base = heusden.replacen(
            "\"areas\": [",
            "\"zoekwoorden\": {\"voedselbank\": [\"eten\", \"boodschappen\"], \"schuldhulp\": \"geld\", \"taal\": [\"nederlands\"]},\n  \"areas\": [",
            1,
        );
        assert_ne!(base, heusden);
        let read = read_ok(&base);
        let words: Vec<&str> = read.catalogue.zoekwoorden.keys().map(String::as_str).collect();
        assert_eq!(words, ["taal", "voedselbank"]);
        assert_eq!(ids(&read.catalogue), ids(&read_ok(HEUSDEN).catalogue));
        assert_eq!(read.dropped.len(), 1, "{:?}", read.dropped);
        assert_eq!(read.dropped[0].path, "zoekwoorden.schuldhulp");
        assert_eq!(read.dropped[0].line, Some(line_of(&base, "\"schuldhulp\": \"geld\"")));
        assert!(
            read.dropped[0].message.starts_with("Dit zoekwoord is weggelaten."),
            "{}",
            read.dropped[0]
        );
        // Not an object at all: no search words, the help is still there.
        let list = heusden.replacen("\"areas\": [", "\"zoekwoorden\": [\"eten\"],\n  \"areas\": [", 1);
        let read = read_ok(&list);
        assert!(read.catalogue.zoekwoorden.is_empty());
        assert_eq!(read.dropped.len(), 1);
        assert_eq!(read.dropped[0].path, "zoekwoorden");
        // Strictly (the maintainers' check): an error.
        assert!(serde_json::from_str::<Catalogue>(&base).is_err());
    }

    #[test]
    fn zoekwoorden_of_gemeente_and_country_are_merged() {
        let mut gemeente = read_ok(HEUSDEN).catalogue;
        let mut national = gemeente.clone();
        gemeente.zoekwoorden.insert("voedselbank".into(), vec!["eten".into()]);
        national
            .zoekwoorden
            .insert("voedselbank".into(), vec!["eten".into(), "pakket".into()]);
        national.zoekwoorden.insert("113".into(), vec!["zelfmoord".into()]);
        let merged = gemeente.merged_with(&national);
        assert_eq!(merged.zoekwoorden["voedselbank"], ["eten", "pakket"]);
        assert_eq!(merged.zoekwoorden["113"], ["zelfmoord"]);
    }

    #[test]
    fn only_a_file_that_is_no_catalogue_is_refused() {
        for text in [
            "geen json",
            "[1, 2]",
            "{\"schema_version\": 1, \"id\": \"x\", \"name\": \"X\", \"scope\": \"gemeente\", \"services\": {}}",
            "{\"schema_version\": 1, \"id\": \"x\", \"scope\": \"gemeente\"}",
            "{\"schema_version\": \"1\", \"id\": \"x\", \"name\": \"X\", \"scope\": \"gemeente\"}",
        ] {
            assert!(matches!(read_for_residents(text), Err(LoadError::Broken(_))), "{text}");
        }
        // A list of junk is a catalogue with nothing readable in it.
        let read = read_ok("{\"schema_version\": 1, \"id\": \"x\", \"name\": \"X\", \"scope\": \"gemeente\", \"services\": [1, null, [], {}]}");
        assert!(read.catalogue.services.is_empty());
        assert_eq!(read.dropped.len(), 4);
    }

    #[test]
    fn twenty_thousand_deep_nesting_in_an_entry_drops_that_entry_without_overflowing() {
        let deep = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
        let text = HEUSDEN.replacen(
            "[\"dagelijks\", \"geld\", \"contact\"]",
            &format!("[\"dagelijks\", {deep}, \"contact\"]"),
            1,
        );
        let read = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || read_with_findings(&text).map_err(|e| e.to_string()))
            .unwrap()
            .join()
            .unwrap()
            .unwrap();
        assert_eq!(read.catalogue.services[1].themes, [Theme::Dagelijks, Theme::Contact]);
        assert_eq!(read.dropped.len(), 1);
        assert_eq!(read.dropped[0].path, "services[1].themes[1]");
    }
}

#[cfg(test)]
mod remembered_translations {
    use crate::core::catalogue::{has_translations, remember_translations, Text};
    use crate::core::i18n::Lang;

    #[test]
    fn a_text_finds_its_translation_by_its_dutch_words() {
        let mut text = Text::nl("Bel de proefregel voor het onthouden van vertalingen.");
        assert_eq!(
            text.get(Lang::Tr),
            ("Bel de proefregel voor het onthouden van vertalingen.", Lang::Nl)
        );
        assert!(!has_translations(Lang::Tr, "proef"));
        let n = remember_translations(
            Lang::Tr,
            "proef",
            r#"{"Bel de proefregel voor het onthouden van vertalingen.": "Deneme hattını arayın."}"#,
        )
        .unwrap();
        assert_eq!(n, 1);
        assert!(has_translations(Lang::Tr, "proef"));
        assert_eq!(text.get(Lang::Tr), ("Deneme hattını arayın.", Lang::Tr));
        assert_eq!(
            text.get(Lang::Pl).1,
            Lang::Nl,
            "another language still falls back to Dutch"
        );
        // The catalogue's own translation wins; the B1 Dutch is the key when there is one.
        text.0.insert("tr".into(), "Kendi çevirisi".into());
        assert_eq!(text.get(Lang::Tr).0, "Kendi çevirisi");
        assert!(
            remember_translations(Lang::Tr, "proef", "[1, 2]").is_err(),
            "not a map: refused, nothing changes"
        );
        assert_eq!(
            Text::nl("Bel de proefregel voor het onthouden van vertalingen.")
                .get(Lang::Tr)
                .0,
            "Deneme hattını arayın."
        );
    }
}

/// A residents' catalogue served as its rules and its texts
/// (`scripts/trim-catalogues.mjs`), read with [`read_rules`] and
/// [`read_with_texts`].
#[cfg(test)]
mod texts {
    use super::*;
    use crate::core::catalogue::Text;
    use crate::core::matching::suggest;
    use crate::core::questionnaire::questions;
    use serde_json::{json, Map, Value};

    /// Every shipped catalogue, with its id.
    const SHIPPED: [(&str, &str); 6] = [
        ("heusden", include_str!("../../../public/catalogus/heusden.json")),
        ("almere", include_str!("../../../public/catalogus/almere.json")),
        (
            "alphen-chaam",
            include_str!("../../../public/catalogus/alphen-chaam.json"),
        ),
        (
            "leidschendam-voorburg",
            include_str!("../../../public/catalogus/leidschendam-voorburg.json"),
        ),
        (
            "voorbeeldgemeente",
            include_str!("../../../public/catalogus/voorbeeldgemeente.json"),
        ),
        ("landelijk", include_str!("../../../public/catalogus/landelijk.json")),
    ];

    /// A catalogue split as the release build splits it, by the same list
    /// (`scripts/catalogue-texts.json`): its rules and its texts.
    fn split(whole: &str) -> (String, String) {
        let fields: Value = serde_json::from_str(include_str!("../../../scripts/catalogue-texts.json")).unwrap();
        let list = |key: &str| -> Vec<String> {
            fields[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect()
        };
        let counted = list("counted");
        let mut rules: Value = serde_json::from_str(whole).unwrap();
        let mut texts = json!({"schema_version": rules["schema_version"]});
        for kind in ["services", "organizations", "locations"] {
            let mut by_id = Map::new();
            for entry in rules.get_mut(kind).and_then(Value::as_array_mut).into_iter().flatten() {
                let entry = entry.as_object_mut().unwrap();
                let mut own = Map::new();
                for field in list(kind) {
                    if let Some(value) = entry.remove(&field) {
                        let n = value.as_array().map_or(0, Vec::len);
                        if counted.contains(&field) && n > 0 {
                            entry.insert(field.clone(), Value::Array(vec![json!({}); n]));
                        }
                        own.insert(field, value);
                    }
                }
                if !own.is_empty() {
                    by_id.insert(entry["id"].as_str().unwrap().to_string(), Value::Object(own));
                }
            }
            texts[kind] = Value::Object(by_id);
        }
        for field in list("catalogue") {
            if let Some(value) = rules.as_object_mut().unwrap().remove(&field) {
                texts[field] = value;
            }
        }
        (rules.to_string(), texts.to_string())
    }

    fn whole(r: Result<Read, LoadError>) -> Catalogue {
        let read = r.unwrap();
        assert!(read.dropped.is_empty(), "{:?}", read.dropped);
        read.catalogue
    }

    fn ids(cat: &Catalogue) -> Vec<&str> {
        cat.services.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn the_rules_and_their_texts_read_as_the_whole_catalogue() {
        for (name, text) in SHIPPED {
            let (rules, texts) = split(text);
            assert!(rules.len() < text.len() / 2, "{name}: the rules are the smaller part");
            let alone = whole(read_rules(&rules));
            assert!(!alone.has_texts(), "{name}: the rules have no texts");
            assert_eq!(ids(&alone), ids(&whole(read_with_findings(text))), "{name}");
            // Strictly, a service without its description is left out.
            assert!(
                read_with_findings(&rules).unwrap().catalogue.services.is_empty(),
                "{name}"
            );
            let merged = whole(read_with_texts(&rules, &texts));
            assert!(merged.has_texts(), "{name}");
            assert_eq!(merged, whole(read_with_findings(text)), "{name}");
            // A whole catalogue read as rules is whole.
            assert!(whole(read_rules(text)).has_texts(), "{name}");
        }
    }

    /// The start page, the questions, direct help and the route need only
    /// the rules: every shipped gemeente's residents (its scenarios) are
    /// asked the same questions and get the same suggestions, in the same
    /// order and with the same fit and open points, before the texts are
    /// here. (Unchecked conditions count: without their empty texts in the
    /// rules, one Heusden resident already gets 8 other fits.)
    #[test]
    fn the_questions_and_the_route_need_only_the_rules() {
        let national = SHIPPED[5].1;
        let national_rules = whole(read_rules(&split(national).0));
        let scenarios = [
            (
                "heusden",
                include_str!("../../../public/catalogus/heusden.scenarios.json"),
            ),
            (
                "almere",
                include_str!("../../../public/catalogus/almere.scenarios.json"),
            ),
            (
                "alphen-chaam",
                include_str!("../../../public/catalogus/alphen-chaam.scenarios.json"),
            ),
            (
                "leidschendam-voorburg",
                include_str!("../../../public/catalogus/leidschendam-voorburg.scenarios.json"),
            ),
            (
                "voorbeeldgemeente",
                include_str!("../../../public/catalogus/voorbeeldgemeente.scenarios.json"),
            ),
        ];
        let mut residents = 0;
        for (name, text) in scenarios {
            let own = SHIPPED.iter().find(|(n, _)| *n == name).unwrap().1;
            let full = whole(read_with_findings(own)).merged_with(&whole(read_with_findings(national)));
            let rules = whole(read_rules(&split(own).0)).merged_with(&national_rules);
            let file = format!("{name}.scenarios.json");
            for r in crate::core::acceptance::parse(&file, text).unwrap().residents {
                residents += 1;
                let a = &r.answers;
                assert_eq!(questions(&rules, a), questions(&full, a), "{name}: {}", r.name);
                let route = |cat| {
                    suggest(cat, a)
                        .iter()
                        .map(|s| (s.service.id.clone(), s.group, s.fit, s.open.len()))
                        .collect::<Vec<_>>()
                };
                assert_eq!(route(&rules), route(&full), "{name}: {}", r.name);
            }
        }
        assert!(residents > 50, "{residents}");
    }

    #[test]
    fn an_id_the_rules_do_not_have_is_passed_over() {
        let (rules, _) = split(SHIPPED[0].1);
        let texts = r#"{"schema_version": 1,
            "services": {"bestaat-niet": {"description": {"nl": "Niemand."}},
                         "repair-cafe": {"description": {"nl": "Samen repareren."}, "url": "https://example.nl"}},
            "organizations": {"bestaat-ook-niet": {"description": {"nl": "x"}}},
            "locations": {"nergens": {"accessibility": {"nl": "x"}}}}"#;
        let read = read_with_texts(&rules, texts).unwrap();
        let alone = whole(read_rules(&rules));
        // Only the service with texts is shown; each entry without its
        // texts is left out, said as for a whole catalogue without them.
        assert_eq!(ids(&read.catalogue), ["repair-cafe"]);
        let cafe = &read.catalogue.services[0];
        assert_eq!(cafe.description, Text::nl("Samen repareren."));
        assert_eq!(cafe.url.as_deref(), Some("https://example.nl"));
        assert!(read.catalogue.organizations.is_empty() && read.catalogue.locations.is_empty());
        let left_out = alone.services.len() - 1 + alone.organizations.len() + alone.locations.len();
        assert_eq!(read.dropped.len(), left_out);
        assert!(read.dropped.iter().all(|f| f
            .message
            .ends_with("is weggelaten. Het verplichte veld “description” ontbreekt.")
            || f.message
                .ends_with("is weggelaten. Het verplichte veld “name” ontbreekt.")));
    }

    #[test]
    fn texts_that_cannot_be_read_are_refused_with_their_reason() {
        let (rules, texts) = split(SHIPPED[0].1);
        let newer = texts.replacen("\"schema_version\":1", "\"schema_version\":99", 1);
        assert_ne!(newer, texts);
        let half = (texts.len() / 2..).find(|&i| texts.is_char_boundary(i)).unwrap();
        for (broken, expected) in [
            (&texts[..half], "2:"),
            ("[1, 2]", "object"),
            ("{}", "“schema_version” ontbreekt"),
            (r#"{"schema_version": 1, "services": []}"#, "object"),
            ("<!doctype html><title>Niet gevonden</title>", "geen geldige JSON"),
        ] {
            match read_with_texts(&rules, broken) {
                Err(LoadError::Broken(findings)) => {
                    assert_eq!(findings.len(), 1);
                    assert!(findings[0].starts_with("2:"), "on the texts' line: {findings:?}");
                    assert!(findings[0].contains(expected), "{broken:.40}: {findings:?}")
                }
                other => panic!("{broken:.40}: {other:?}"),
            }
        }
        assert_eq!(
            read_with_texts(&rules, &newer).err(),
            Some(LoadError::WrongVersion { found: 99 })
        );
        // Rules that cannot be read are no catalogue, texts or not.
        assert!(matches!(
            read_with_texts(&rules[..rules.len() - 1], &texts),
            Err(LoadError::Broken(f)) if f[0].starts_with("1:")
        ));
    }

    #[test]
    fn a_broken_entry_in_the_texts_leaves_out_only_itself() {
        let (rules, texts) = split(SHIPPED[0].1);
        let all = whole(read_with_findings(SHIPPED[0].1));
        // One service's texts are no object; one step of another is broken.
        let mut value: Value = serde_json::from_str(&texts).unwrap();
        value["services"]["repair-cafe"] = json!("kapot");
        value["services"]["bijzondere-bijstand"]["next_steps"][0]["action"] = json!("fietsen");
        let read = read_with_texts(&rules, &value.to_string()).unwrap();
        let paths: Vec<&str> = read.dropped.iter().map(|f| f.path.as_str()).collect();
        let at = |id| all.services.iter().position(|s| s.id == id).unwrap();
        assert_eq!(
            paths,
            [
                format!("services[{}]", at("repair-cafe")),
                format!("services[{}].next_steps[0]", at("bijzondere-bijstand"))
            ]
        );
        assert!(
            read.dropped[0].message.contains("“description” ontbreekt"),
            "{}",
            read.dropped[0]
        );
        assert_eq!(read.dropped[1].line, Some(2), "in the texts: {}", read.dropped[1]);
        let mut expected = all.clone();
        expected.services.retain(|s| s.id != "repair-cafe");
        for s in expected.services.iter_mut().filter(|s| s.id == "bijzondere-bijstand") {
            s.next_steps.remove(0);
        }
        assert_eq!(read.catalogue, expected);
    }

    #[test]
    fn texts_in_another_order_or_merged_into_a_whole_catalogue_change_nothing() {
        let (rules, texts) = split(SHIPPED[0].1);
        let all = whole(read_with_findings(SHIPPED[0].1));
        // The services' texts backwards: each is still found.
        let mut value: Value = serde_json::from_str(&texts).unwrap();
        let services = value["services"].as_object().unwrap().clone();
        value["services"] = Value::Object(services.into_iter().rev().collect());
        assert_eq!(whole(read_with_texts(&rules, &value.to_string())), all);
        assert_eq!(whole(read_with_texts(SHIPPED[0].1, &texts)), all);
    }
}
