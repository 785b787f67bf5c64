//! The validator on broken catalogues: each test breaks one thing and asserts
//! the message a maintainer sees, with its position.

use super::*;
use serde_json::{json, Value};

mod content;
mod references;
mod schedules;
mod sources;

fn valid() -> Value {
    json!({
        "schema_version": 1,
        "id": "testdorp",
        "name": "Testdorp",
        "scope": "gemeente",
        "areas": [{"id": "noord", "name": "Noord"}],
        "organizations": [{"id": "welzijn", "name": "Welzijn Testdorp"}],
        "locations": [{
            "id": "buurthuis", "name": "Buurthuis", "area": "noord",
            "addresses": [{"address_1": "Dorpsstraat 1", "postal_code": "1234 AB", "city": "Testdorp"}],
            "web_sources": [{"url": "https://buurthuis.example/adres", "title": "Buurthuis: adres", "date": "2026-02", "accessed": "2026-11-20"}]
        }],
        "services": [{
            "id": "inloop-buurthuis",
            "organization_id": "welzijn",
            "name": {"nl": "Inloop in het buurthuis"},
            "kind": "inloop",
            "access": "vrij_toegankelijk",
            "description": {"nl": "Koffie en een praatje."},
            "themes": ["contact"],
            "next_steps": [{"action": "binnenlopen", "text": {"nl": "Loop binnen."}}],
            "service_at_locations": [{
                "location_id": "buurthuis",
                "schedules": [{"byday": ["TU"], "opens_at": "09:30", "closes_at": "12:00"}]
            }],
            "source": {"document": "beleid", "quote": "Het buurthuis is elke dinsdag open"},
            "review_by": "2027-06-01"
        }],
        "documents": [{"id": "beleid", "title": "Beleid Testdorp", "file": "beleid.txt"}]
    })
}

/// The policy text the fixture quotes (a catalogue names it relative to itself).
fn read_test_document(name: &str) -> Option<String> {
    (name == "beleid.txt").then(|| "Ons beleid.\nHet buurthuis is elke\n  dinsdag open voor iedereen.".to_string())
}

fn today() -> CheckOptions<'static> {
    CheckOptions {
        today: Date::parse("2026-11-22"),
        read_document: Some(&read_test_document),
    }
}

fn check_value(v: &Value) -> Checked {
    check(&serde_json::to_string_pretty(v).unwrap(), today())
}

/// Breaks the valid catalogue with `f` and returns the findings.
fn broken(f: impl FnOnce(&mut Value)) -> Vec<Finding> {
    let mut v = valid();
    f(&mut v);
    check_value(&v).findings
}

fn assert_finding(findings: &[Finding], severity: Severity, path: &str, needle: &str) {
    assert!(
        findings
            .iter()
            .any(|f| f.severity == severity && f.path == path && f.message.contains(needle) && f.line.is_some()),
        "no {severity:?} at {path} containing {needle:?} (with a line number); got:\n{}",
        findings.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_valid_fixture_has_no_findings() {
    let checked = check_value(&valid());
    assert!(checked.findings.is_empty(), "{:?}", checked.findings);
    assert_eq!(checked.catalogue.unwrap().services.len(), 1);
}

#[test]
fn syntax_error_gives_line_and_column() {
    let text = "{\n  \"schema_version\": 1,\n  \"id\": \"x\",\n}";
    let f = check(text, today()).findings;
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].line, f[0].column), (Some(4), Some(1)));
    assert!(f[0].message.contains("komma te veel"), "{}", f[0]);
}

#[test]
fn truncated_file() {
    let f = check("{\"schema_version\": 1, \"services\": [", today()).findings;
    assert!(f[0].message.contains("houdt te vroeg op"), "{}", f[0]);
}

#[test]
fn not_an_object() {
    let f = check("[1, 2]", today()).findings;
    assert_finding(&f, Severity::Error, "", "JSON-object");
}

#[test]
fn wrong_schema_version() {
    let f = broken(|v| v["schema_version"] = json!(7));
    assert_finding(&f, Severity::Error, "schema_version", "formaatversie 7");
}

#[test]
fn unknown_field_is_named_with_the_allowed_ones() {
    let f = broken(|v| v["services"][0]["naam"] = json!("x"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].naam",
        "Het veld “naam” hoort hier niet",
    );
    assert!(f.iter().any(|x| x.message.contains("“name”")));
}

#[test]
fn missing_required_field() {
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("kind");
    });
    assert_finding(&f, Severity::Error, "services[0]", "verplichte veld “kind” ontbreekt");
}

#[test]
fn unknown_theme() {
    let f = broken(|v| v["services"][0]["themes"] = json!(["contact", "sport"]));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].themes[1]",
        "“sport” is geen bekende thema",
    );
}

#[test]
fn wrong_type() {
    let f = broken(|v| v["services"][0]["eligibility"] = json!({"minimum_age": "65"}));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.minimum_age",
        "Hier staat een tekst maar er hoort een heel getal",
    );
}

#[test]
fn rule_about_a_fact_the_questionnaire_does_not_ask() {
    let f = broken(|v| v["services"][0]["eligibility"] = json!({"vermogen_max": 5000}));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.vermogen_max",
        "gaat over iets wat de vragenlijst niet vraagt",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let f = broken(|v| {
        v["services"][0]["themes"] = json!(["sport"]);
        let mut second = v["services"][0].clone();
        second["id"] = json!("tweede");
        second["themes"] = json!(["contact"]);
        second["kind"] = json!("winkel");
        v["services"].as_array_mut().unwrap().push(second);
        v["locations"][0]["latitude"] = json!(200.0);
    });
    let errors: Vec<_> = f.iter().filter(|x| x.severity == Severity::Error).collect();
    assert!(errors.len() >= 2, "{f:?}");
    assert_finding(&f, Severity::Error, "services[0].themes[0]", "“sport”");
    assert_finding(
        &f,
        Severity::Error,
        "services[1].kind",
        "“winkel” is geen bekende waarde",
    );
}

#[test]
fn findings_point_at_the_right_line() {
    let text = serde_json::to_string_pretty(&{
        let mut v = valid();
        v["services"][0]["themes"] = json!(["sport"]);
        v
    })
    .unwrap();
    let f = check(&text, today()).findings;
    assert_eq!(f.len(), 1, "a dropped service must not cause follow-up findings: {f:?}");
    let line = f[0].line.unwrap() as usize;
    assert!(
        text.lines().nth(line - 1).unwrap().contains("sport"),
        "line {line}: {f:?}"
    );
}

/// 20,000-deep nesting after a type error made
/// `catalogue check` abort with a stack overflow (recursive position scanner).
#[test]
fn twenty_thousand_deep_nesting_after_a_type_error_is_checked_without_aborting() {
    let n = 20_000;
    let text = format!(
        "{{\"schema_version\": \"1\", \"id\": \"x\", \"name\": \"X\", \"scope\": \"gemeente\",\n\"deep\": {}{}}}",
        "[".repeat(n),
        "]".repeat(n)
    );
    let checked = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(move || check(&text, today()))
        .unwrap()
        .join()
        .unwrap();
    assert!(checked.catalogue.is_none());
    // And it is not "in orde".
    assert_finding(
        &checked.findings,
        Severity::Error,
        "",
        "er hoort een heel getal te staan",
    );
    assert_finding(&checked.findings, Severity::Error, "", "te diep genest");
}

/// `catalogue check` said "in orde" for a duplicate key
/// (serde_json keeps the last one, and the check read the file again as a
/// `Value`, which keeps only one).
#[test]
fn a_duplicate_key_is_an_error_at_its_line_and_column() {
    let text = serde_json::to_string_pretty(&valid()).unwrap();
    for (needle, duplicate, path) in [
        ("\"kind\": \"inloop\",", "\"kind\": \"loket\",", "services[0].kind"),
        (
            "\"nl\": \"Koffie en een praatje.\"",
            "\"nl\": \"Thee.\",",
            "services[0].description.nl",
        ),
        ("\"scope\": \"gemeente\",", "\"scope\": \"landelijk\",", "scope"),
    ] {
        let at = text.find(needle).unwrap();
        let line_start = text[..at].rfind('\n').unwrap() + 1;
        let indent = &text[line_start..at];
        let broken = format!("{}{duplicate}\n{indent}{}", &text[..at], &text[at..]);
        let f = check(&broken, today()).findings;
        assert_finding(&f, Severity::Error, path, "staat twee keer in hetzelfde onderdeel");
        let dup = f
            .iter()
            .find(|x| x.path == path && x.message.contains("twee keer"))
            .unwrap();
        // The inserted key comes first; the one after it is the duplicate.
        let first = broken[..at].matches('\n').count() as u32 + 1;
        let column = indent.chars().count() as u32 + 1;
        assert_eq!((dup.line, dup.column), (Some(first + 1), Some(column)), "{dup}");
        assert!(
            dup.message.contains(&format!("ook op regel {first}, kolom {column}")),
            "{dup}"
        );
    }
}

/// A type error inside a value nested deeper than 126
/// levels gave "in orde" (the second reading, as a `Value`, stopped at
/// serde_json's limit of 128 levels and the error was lost).
#[test]
fn a_type_error_nested_too_deep_is_reported() {
    for depth in [120, 126, 127, 200] {
        let mut deep = json!("x");
        for _ in 0..depth {
            deep = json!([deep]);
        }
        let f = broken(|v| v["services"][0]["name"]["nl"] = deep);
        let type_error = f.iter().find(|x| {
            x.message
                .contains("Hier staat een lijst [ ... ] maar er hoort een tekst te staan")
        });
        assert!(
            type_error.is_some_and(|x| x.severity == Severity::Error && x.line.is_some()),
            "{depth}: {f:?}"
        );
        if depth > 126 {
            assert_finding(&f, Severity::Error, "", "te diep genest");
        }
    }
}
