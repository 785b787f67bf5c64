//! The search on the shipped Heusden catalogue (with the national entries)
//! and on small catalogues made for one point each.

use std::collections::BTreeSet;

use super::query::{within_one, Query};
use super::*;
use crate::core::catalogue::{Catalogue, Status};
use crate::core::facts::Theme;
use crate::core::i18n::Lang;
use crate::core::matching::Group;
use serde_json::json;

mod exhaustive;
mod filters;
mod finding;

fn heusden() -> Catalogue {
    crate::core::shipped::heusden_with_national()
}

fn ids<'a>(hits: &[Hit<'a>]) -> Vec<&'a str> {
    hits.iter().map(|h| h.service.id.as_str()).collect()
}

fn find<'a>(cat: &'a Catalogue, query: &str) -> Vec<&'a str> {
    ids(&SearchIndex::new(cat, Lang::Nl).search(cat, query, &Filters::default()))
}

/// A service for a small catalogue: `extra` is merged into a minimal one.
fn service(id: &str, name: &str, extra: serde_json::Value) -> serde_json::Value {
    let mut s = json!({
        "id": id, "name": {"nl": name}, "kind": "voorziening", "access": "vrij_toegankelijk",
        "cost": "gratis", "description": {"nl": "Een dienst."}, "themes": ["contact"],
    });
    if let (Some(s), Some(extra)) = (s.as_object_mut(), extra.as_object()) {
        s.extend(extra.clone());
    }
    s
}

fn catalogue(services: Vec<serde_json::Value>, extra: serde_json::Value) -> Catalogue {
    let mut c = json!({
        "schema_version": 1, "id": "test", "name": "Test", "scope": "gemeente",
        "areas": [{"id": "noord", "name": "Noord"}, {"id": "zuid", "name": "Zuid"}],
        "organizations": [{"id": "welzijn", "name": "Stichting Welzijn Oost"}],
        "locations": [
            {"id": "buurthuis-noord", "name": "Buurthuis De Kastanje", "area": "noord", "addresses": []},
            {"id": "buurthuis-zuid", "name": "Buurthuis Zuid", "area": "zuid", "addresses": []},
        ],
        "services": services,
    });
    if let (Some(c), Some(extra)) = (c.as_object_mut(), extra.as_object()) {
        c.extend(extra.clone());
    }
    serde_json::from_value(c).unwrap()
}

#[test]
fn folding_ignores_case_accents_and_marks() {
    assert_eq!(fold("  Repair Café, Elshout!"), "repair cafe elshout");
    assert_eq!(
        fold("Onafhankelijke cliëntondersteuning"),
        "onafhankelijke clientondersteuning"
    );
    assert_eq!(fold("auto's en AUTO’S"), "autos en autos");
    assert_eq!(
        fold("Ĳsbaan, Œuvre, Straße, Æbleskiver"),
        "ijsbaan oeuvre strasse aebleskiver"
    );
    assert_eq!(
        fold("Łódź Kraków Ştefan Čapek Dvořák Győr Ankara'da ılık"),
        "lodz krakow stefan capek dvorak gyor ankarada ilik"
    );
    // A combining accent (decomposed text) belongs to its letter.
    assert_eq!(fold("cafe\u{301} creme\u{300}"), "cafe creme");
    assert_eq!(fold("3×4 ÷ 2"), "3 4 2");
    assert_eq!(fold("Ελληνικά Кириллица"), "ελληνικά кириллица");
    assert_eq!(fold(" ,.- "), "");
}

#[test]
fn stems_join_dutch_plurals_and_endings() {
    for (a, b) in [
        ("schulden", "schuld"),
        ("mantelzorgers", "mantelzorger"),
        ("woningen", "woning"),
        ("huren", "huur"),
        ("straten", "straat"),
        ("brieven", "brief"),
        ("huizen", "huis"),
        ("reizen", "reis"),
        ("bakken", "bak"),
        ("sociale", "sociaal"),
        ("oudere", "ouder"),
        ("ouderen", "ouder"),
        ("mogelijkheden", "mogelijkheid"),
        ("mogelijkheden", "mogelijk"),
        ("eenzaamheid", "eenzaam"),
        ("gezondheid", "gezond"),
        ("cafes", "cafe"),
        ("ziektes", "ziekte"),
        ("ziekten", "ziekte"),
        ("gemeenten", "gemeente"),
        ("scholen", "school"),
        ("kosten", "kost"),
        ("toeslagen", "toeslag"),
        ("uitkeringen", "uitkering"),
    ] {
        assert_eq!(stem(a), stem(b), "{a} / {b}");
    }
    for (a, b) in [("huis", "huur"), ("schuld", "school"), ("kind", "kunst")] {
        assert_ne!(stem(a), stem(b), "{a} / {b}");
    }
    // Short words, numbers and other scripts are their own stem.
    for w in ["bus", "de", "112", "wmo2026", "ελληνικά"] {
        assert_eq!(stem(w), w);
    }
}

#[test]
fn one_edit_is_a_typo_two_are_not() {
    for (a, b) in [
        ("schuldhulp", "schuldhulp"),
        ("schuldhlp", "schuldhulp"),
        ("schuldhulp", "schuldhlp"),
        ("schuldhulp", "schuldhilp"),
        ("schuldhulp", "schuldhupl"),
        ("schuldhulp", "schuldhulpp"),
        ("xchuldhulp", "schuldhulp"),
        ("cliënt", "cliënr"),
        ("clinët", "cliënt"),
        ("", "a"),
    ] {
        assert!(within_one(a, b, false), "{a} / {b}");
        assert!(within_one(a, b, true), "{a} / {b}");
    }
    for (a, b) in [
        ("schuldhlp", "schuldhulpverlening"),
        ("schldhlp", "schuldhulp"),
        ("schuldhulp", "schuldhpul"),
        ("cliënt", "cliéntt"),
        ("", "ab"),
    ] {
        assert!(!within_one(a, b, false), "{a} / {b}");
    }
    // Against the start of a word: the word being typed.
    for (a, b) in [
        ("schuldhlp", "schuldhulpverlening"),
        ("mantelzrog", "mantelzorgcafe"),
        ("xchuld", "schuldhulp"),
        ("schuldd", "schuld"),
        ("schuldhulp", "schuldhulp"),
        ("clinët", "cliëntondersteuning"),
    ] {
        assert!(within_one(a, b, true), "{a} / {b}");
    }
    for (a, b) in [
        ("schldhlp", "schuldhulpverlening"),
        ("schuldhulp", "schuld"),
        ("cshludhulp", "schuldhulp"),
    ] {
        assert!(!within_one(a, b, true), "{a} / {b}");
    }
}

#[test]
#[ignore = "prints what a few queries find, to look at"]
fn show() {
    let cat = heusden();
    let index = SearchIndex::new(&cat, Lang::Nl);
    for q in [
        "schuld",
        "schuldhlp",
        "hulp bij schulden",
        "eten",
        "geld",
        "huur",
        "mantelzorg",
        "dementie",
        "iets voor mijn moeder met dementie",
        "taal",
        "vlijmen",
        "de",
        "werk zoeken",
        "formulier",
        "wmo",
        "kind",
    ] {
        let hits = index.search(&cat, q, &Filters::default());
        let top: Vec<String> = hits
            .iter()
            .take(6)
            .map(|h| format!("{} {}", h.service.id, h.score))
            .collect();
        println!("{q:?} ({}): {}", hits.len(), top.join(", "));
    }
}
