//! *feature `maintainer`*: what the maintainer studio (`beheer.html`) does
//! with a file it is given, in plain Rust so it is tested natively: read the
//! bytes, recognise the kind of file, turn it into a Routekaart catalogue,
//! run the full check and group the findings per service.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::core::acceptance::{self, Report};
use crate::core::answers::Answers;
use crate::core::calendar::Date;
use crate::core::catalogue::validate::{check, CheckOptions, Checked, Finding, Severity};
use crate::core::catalogue::Catalogue;
use crate::core::interchange::{catalogue_json, decode, import_csv, import_hsds, ImportOptions};

/// What kind of file was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Routekaart's own catalogue JSON.
    Routekaart,
    /// Open Referral HSDS 3.0 JSON (a service or a list of services).
    Hsds,
    /// A spreadsheet saved as CSV.
    Csv,
}

/// An opened file: its catalogue text (Routekaart JSON, converted if the
/// file was HSDS or CSV), the full check of that text, and what an import
/// could not carry over.
pub struct Opened {
    pub name: String,
    pub kind: FileKind,
    /// The Routekaart catalogue as JSON: the file itself, or the import's.
    pub text: String,
    pub checked: Checked,
    /// Sentences about what an import could not map.
    pub unmapped: Vec<String>,
}

/// Findings about one service (or about the file as a whole: `service` None).
#[derive(Debug, PartialEq)]
pub struct FindingGroup<'a> {
    /// The service's id and name, as far as they can be read.
    pub service: Option<(String, String)>,
    pub findings: Vec<&'a Finding>,
}

/// The kind of file, from its name and its first characters.
pub fn kind_of(name: &str, text: &str) -> FileKind {
    let lower = name.to_ascii_lowercase();
    let start = text.trim_start();
    if lower.ends_with(".csv") || !(start.starts_with('{') || start.starts_with('[')) {
        return FileKind::Csv;
    }
    // A Routekaart catalogue names its format version; HSDS does not.
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(o)) if o.contains_key("schema_version") || o.contains_key("services") => FileKind::Routekaart,
        Ok(Value::Object(_) | Value::Array(_)) => FileKind::Hsds,
        // Unreadable JSON: the Routekaart check says where it breaks.
        _ => FileKind::Routekaart,
    }
}

/// Opens a file: recognises it, converts it if needed, and checks it.
/// Never fails: a file that cannot be read becomes a finding with its line.
pub fn open(name: &str, bytes: &[u8], today: Option<Date>) -> Opened {
    let text = decode(bytes);
    let kind = kind_of(name, &text);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let options = ImportOptions::from_file_name(stem);
    let imported = match kind {
        FileKind::Routekaart => Ok((text, Vec::new())),
        FileKind::Hsds => import_hsds(&text, &options)
            .map(|i| (catalogue_json(&i.catalogue), i.summary))
            .map_err(|e| vec![unreadable(None, e)]),
        FileKind::Csv => import_csv(bytes, &options)
            .map(|i| (catalogue_json(&i.catalogue), i.summary))
            .map_err(|errors| {
                errors
                    .into_iter()
                    .map(|e| unreadable(Some(e.line), e.message))
                    .collect()
            }),
    };
    let (text, unmapped, checked) = match imported {
        Ok((text, unmapped)) => {
            let checked = check(
                &text,
                CheckOptions {
                    today,
                    read_document: None,
                },
            );
            (text, unmapped, checked)
        }
        // Nothing to check: the file itself could not be read.
        Err(findings) => (
            String::new(),
            Vec::new(),
            Checked {
                catalogue: None,
                findings,
            },
        ),
    };
    Opened {
        name: name.to_string(),
        kind,
        text,
        checked,
        unmapped,
    }
}

/// An import that could not read the file, as a finding (with its line).
fn unreadable(line: Option<usize>, message: String) -> Finding {
    Finding {
        severity: Severity::Error,
        path: String::new(),
        line: line.and_then(|l| u32::try_from(l).ok()),
        column: line.map(|_| 1),
        message,
    }
}

/// A gemeente's scenarios file run on the open catalogue: the report, or
/// every mistake in the file (a sentence each).
pub struct ScenarioRun {
    pub name: String,
    pub outcome: Result<Report, Vec<String>>,
    /// The residents, so the preview can show one of them.
    pub residents: Vec<(String, Answers)>,
}

/// Whether an opened file is a gemeente's scenarios file, not a catalogue.
pub fn is_scenarios(name: &str, bytes: &[u8]) -> bool {
    acceptance::is_scenarios(name, &decode(bytes))
}

/// Runs a scenarios file on `own` (the open catalogue) with the national
/// entries, as `catalogue test` does.
pub fn run_scenarios(name: &str, bytes: &[u8], own: &Catalogue, national: Option<&Catalogue>) -> ScenarioRun {
    let text = decode(bytes);
    let sentences = |errors: Vec<acceptance::ScenarioError>| errors.iter().map(ToString::to_string).collect();
    match acceptance::parse(name, &text) {
        Err(errors) => ScenarioRun {
            name: name.to_string(),
            outcome: Err(sentences(errors)),
            residents: Vec::new(),
        },
        Ok(scenarios) => ScenarioRun {
            name: name.to_string(),
            residents: scenarios
                .residents
                .iter()
                .map(|r| (r.name.clone(), r.answers.clone()))
                .collect(),
            outcome: acceptance::run(&scenarios, own, national).map_err(sentences),
        },
    }
}

/// The findings grouped per service, in file order: first those about the
/// file as a whole, then per service (`services[3]…` is the fourth).
pub fn group_findings<'a>(text: &str, findings: &'a [Finding]) -> Vec<FindingGroup<'a>> {
    let services: Vec<(String, String)> = serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| v.get("services").and_then(Value::as_array).cloned())
        .unwrap_or_default()
        .iter()
        .map(|s| {
            let id = s.get("id").and_then(Value::as_str).unwrap_or("").to_string();
            let name = s
                .get("name")
                .and_then(|n| n.get("nl").or(Some(n)))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            (id, name)
        })
        .collect();
    let index_of = |f: &Finding| -> Option<usize> {
        let rest = f.path.strip_prefix("services[")?;
        rest[..rest.find(']')?].parse().ok()
    };
    // Keyed by the service's index: `None` (the file as a whole) sorts
    // first, then the services in file order.
    let mut groups: BTreeMap<Option<usize>, FindingGroup<'a>> = BTreeMap::new();
    for f in findings {
        let at = index_of(f);
        groups
            .entry(at)
            .or_insert_with(|| FindingGroup {
                service: at.map(|i| {
                    services
                        .get(i)
                        .cloned()
                        .unwrap_or_else(|| (String::new(), format!("dienst {}", i + 1)))
                }),
                findings: Vec::new(),
            })
            .findings
            .push(f);
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(name: &str) -> Vec<u8> {
        std::fs::read(format!("public/catalogus/{name}")).unwrap()
    }

    #[test]
    fn a_shipped_catalogue_opens_clean() {
        let opened = open("heusden.json", &shipped("heusden.json"), None);
        assert_eq!(opened.kind, FileKind::Routekaart);
        assert_eq!(opened.checked.errors().count(), 0, "{:?}", opened.checked.findings);
        assert!(opened.checked.catalogue.is_some());
    }

    #[test]
    fn a_missing_comma_is_found_with_its_line() {
        let text = String::from_utf8(shipped("heusden.json")).unwrap();
        // Remove the comma after the first service's id.
        let at = text.find("\"id\": \"").unwrap();
        let comma = at + text[at..].find(',').unwrap();
        let broken = format!("{}{}", &text[..comma], &text[comma + 1..]);
        let line = text[..comma].lines().count() as u32;
        let opened = open("heusden.json", broken.as_bytes(), None);
        let errors: Vec<_> = opened.checked.errors().collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].line.is_some_and(|l| l == line || l == line + 1),
            "{errors:?} near {line}"
        );
        assert!(opened.checked.catalogue.is_none());
    }

    #[test]
    fn hsds_and_csv_open_as_catalogues_with_what_was_filled_in() {
        let hsds = std::fs::read("tests/fixtures/hsds/voedselbank-schuldhulp.json").unwrap();
        let opened = open("voedselbank-schuldhulp.json", &hsds, None);
        assert_eq!(opened.kind, FileKind::Hsds);
        assert_eq!(opened.checked.errors().count(), 0, "{:?}", opened.checked.findings);
        assert!(!opened.checked.catalogue.as_ref().unwrap().services.is_empty());
        assert!(
            !opened.unmapped.is_empty(),
            "a file from elsewhere always has gaps to name"
        );
        // A spreadsheet: the studio's own template, as Excel saves it.
        let cat = open("heusden.json", &shipped("heusden.json"), None)
            .checked
            .catalogue
            .unwrap();
        let csv = crate::core::interchange::export_csv(&cat);
        let opened = open("heusden.csv", csv.as_bytes(), None);
        assert_eq!(opened.kind, FileKind::Csv);
        assert_eq!(opened.checked.catalogue.unwrap().services.len(), cat.services.len());
        // A broken spreadsheet says why, with its line.
        let broken = open(
            "kapot.csv",
            "naam;omschrijving\n\"open aanhalingsteken;x\n".as_bytes(),
            None,
        );
        let errors: Vec<_> = broken.checked.errors().collect();
        assert!(!errors.is_empty() && errors[0].line.is_some(), "{errors:?}");
        assert!(broken.checked.catalogue.is_none());
    }

    #[test]
    fn kinds_are_recognised() {
        assert_eq!(kind_of("a.csv", "naam;omschrijving"), FileKind::Csv);
        assert_eq!(kind_of("a.txt", "naam,omschrijving\n"), FileKind::Csv);
        assert_eq!(kind_of("a.json", r#"{"schema_version": 1}"#), FileKind::Routekaart);
        assert_eq!(
            kind_of("a.json", r#"{"id": "x", "name": "Voedselbank"}"#),
            FileKind::Hsds
        );
        assert_eq!(kind_of("a.json", r#"[{"id": "x"}]"#), FileKind::Hsds);
        assert_eq!(kind_of("a.json", r#"{"schema_version": 1,"#), FileKind::Routekaart);
    }

    #[test]
    fn findings_group_per_service_in_file_order() {
        let text = r#"{"services": [{"id": "a", "name": {"nl": "Eerste"}}, {"id": "b", "name": {"nl": "Tweede"}}]}"#;
        let f = |path: &str| Finding {
            severity: Severity::Warning,
            path: path.into(),
            line: Some(1),
            column: Some(1),
            message: "x".into(),
        };
        let findings = vec![
            f("services[1].cost"),
            f(""),
            f("services[0].name"),
            f("services[1].url"),
            f("services[7]"),
        ];
        let groups = group_findings(text, &findings);
        let names: Vec<Option<String>> = groups.iter().map(|g| g.service.as_ref().map(|s| s.1.clone())).collect();
        assert_eq!(
            names,
            [
                None,
                Some("Eerste".into()),
                Some("Tweede".into()),
                Some("dienst 8".into())
            ]
        );
        assert_eq!(groups[2].findings.len(), 2);
    }
}
#[cfg(test)]
mod scenarios {
    use super::*;

    #[test]
    fn a_shipped_scenarios_file_runs_on_its_catalogue() {
        let own = open(
            "heusden.json",
            &std::fs::read("public/catalogus/heusden.json").unwrap(),
            None,
        )
        .checked
        .catalogue
        .unwrap();
        let national = open(
            "landelijk.json",
            &std::fs::read("public/catalogus/landelijk.json").unwrap(),
            None,
        )
        .checked
        .catalogue;
        let bytes = std::fs::read("public/catalogus/heusden.scenarios.json").unwrap();
        assert!(is_scenarios("heusden.scenarios.json", &bytes));
        assert!(!is_scenarios(
            "heusden.json",
            &std::fs::read("public/catalogus/heusden.json").unwrap()
        ));
        let run = run_scenarios("heusden.scenarios.json", &bytes, &own, national.as_ref());
        let report = run.outcome.unwrap();
        assert!(report.passed(), "{:?}", report.failures());
        assert_eq!(run.residents.len(), report.residents.len());
        // Without the national entries, the file names services the
        // catalogue does not have: said per resident and field.
        let alone = run_scenarios("heusden.scenarios.json", &bytes, &own, None)
            .outcome
            .unwrap_err();
        assert!(alone.iter().any(|e| e.contains("nl-112")), "{alone:?}");
        // A broken file is a sentence, not a panic.
        let broken = run_scenarios("x.scenarios.json", b"{\"inwoners\": [", &own, None);
        assert!(broken.outcome.is_err_and(|e| e[0].contains("x.scenarios.json")));
    }
}

#[cfg(test)]
mod round_trip {
    #[test]
    fn serialised_catalogue_checks_clean() {
        for name in [
            "heusden",
            "almere",
            "alphen-chaam",
            "leidschendam-voorburg",
            "voorbeeldgemeente",
            "landelijk",
        ] {
            let text = std::fs::read_to_string(format!("public/catalogus/{name}.json")).unwrap();
            let first = super::open("x.json", text.as_bytes(), None);
            let cat = first.checked.catalogue.unwrap();
            let again = serde_json::to_string_pretty(&cat).unwrap();
            let second = super::open("y.json", again.as_bytes(), None);
            let errors: Vec<String> = second.checked.errors().map(|f| f.to_string()).collect();
            assert!(errors.is_empty(), "{name}: {errors:#?}");
        }
    }
}
