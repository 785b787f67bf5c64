//! Reading a whole catalogue file: what is dropped alone, what is refused.

use super::*;
use crate::core::facts::Theme;

const HEUSDEN: &str = include_str!("../../../../public/catalogus/heusden.json");

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
        include_str!("../../../../public/catalogus/almere.json"),
        include_str!("../../../../public/catalogus/landelijk.json"),
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
    const NATIONAL: &str = include_str!("../../../../public/catalogus/landelijk.json");
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
