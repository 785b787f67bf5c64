//! A residents' catalogue read as its rules and its texts, as the build
//! serves it: the same catalogue as the whole file.

use super::*;
use crate::core::catalogue::Text;
use crate::core::matching::suggest;
use crate::core::questionnaire::questions;
use serde_json::{json, Map, Value};

/// Every shipped catalogue, with its id.
const SHIPPED: [(&str, &str); 6] = [
    ("heusden", include_str!("../../../../public/catalogus/heusden.json")),
    ("almere", include_str!("../../../../public/catalogus/almere.json")),
    (
        "alphen-chaam",
        include_str!("../../../../public/catalogus/alphen-chaam.json"),
    ),
    (
        "leidschendam-voorburg",
        include_str!("../../../../public/catalogus/leidschendam-voorburg.json"),
    ),
    (
        "voorbeeldgemeente",
        include_str!("../../../../public/catalogus/voorbeeldgemeente.json"),
    ),
    ("landelijk", include_str!("../../../../public/catalogus/landelijk.json")),
];

/// A catalogue split as the release build splits it, by the same list
/// (`scripts/catalogue-texts.json`): its rules and its texts.
fn split(whole: &str) -> (String, String) {
    let fields: Value = serde_json::from_str(include_str!("../../../../scripts/catalogue-texts.json")).unwrap();
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
            include_str!("../../../../public/catalogus/heusden.scenarios.json"),
        ),
        (
            "almere",
            include_str!("../../../../public/catalogus/almere.scenarios.json"),
        ),
        (
            "alphen-chaam",
            include_str!("../../../../public/catalogus/alphen-chaam.scenarios.json"),
        ),
        (
            "leidschendam-voorburg",
            include_str!("../../../../public/catalogus/leidschendam-voorburg.scenarios.json"),
        ),
        (
            "voorbeeldgemeente",
            include_str!("../../../../public/catalogus/voorbeeldgemeente.scenarios.json"),
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
