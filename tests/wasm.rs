//! The pure core inside real Chromium (wasm32): parsing a shipped catalogue,
//! matching and the share-link codec behave as natively.
#![cfg(target_arch = "wasm32")]

use routekaart::core::answers::{decode, encode, Answer, Answers};
use routekaart::core::catalogue::{read_for_residents, LoadError};
use routekaart::core::facts::Theme;
use routekaart::core::matching::{suggest, Group};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HEUSDEN: &str = include_str!("../public/catalogus/heusden.json");
const NATIONAL: &str = include_str!("../public/catalogus/landelijk.json");

#[wasm_bindgen_test]
fn shipped_catalogue_parses_and_matches_in_the_browser() {
    let own = read_for_residents(HEUSDEN).expect("heusden catalogue");
    let nat = read_for_residents(NATIONAL).expect("national catalogue");
    let cat = own.merged_with(&nat);
    let mut a = Answers::default();
    a.themes.insert(Theme::Geld);
    a.debts = Answer::Known(true);
    let s = suggest(&cat, &a);
    assert!(!s.is_empty());
    assert!(s.iter().all(|x| !x.reasons.is_empty()));
    assert!(s.windows(2).all(|w| w[0].group <= w[1].group));
    assert!(s.iter().all(|x| x.group != Group::DirectHulp));
    assert_eq!(decode(&encode(&a)), Ok(a));
}

#[wasm_bindgen_test]
fn broken_catalogue_gives_findings_not_a_panic() {
    match read_for_residents("{\"schema_version\": 1, \"services\": [") {
        Err(LoadError::Broken(findings)) => assert!(findings[0].starts_with("1:"), "{findings:?}"),
        other => panic!("expected a broken file, got {other:?}"),
    }
}

/// In the browser a readable file with a wrong reference still gives help
/// (maintainers find the reference with `catalogue check`); a file of another
/// format version is refused with a message.
#[wasm_bindgen_test]
fn browser_reads_what_it_can_but_refuses_another_format_version() {
    let dangling = HEUSDEN.replacen("\"location_id\": \"", "\"location_id\": \"bestaat-niet-", 1);
    assert_ne!(dangling, HEUSDEN);
    let nat = read_for_residents(NATIONAL).expect("national");
    let cat = read_for_residents(&dangling).expect("still readable").merged_with(&nat);
    let mut a = Answers::default();
    a.themes.insert(Theme::Contact);
    assert!(!suggest(&cat, &a).is_empty());

    let newer = HEUSDEN.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
    assert_ne!(newer, HEUSDEN);
    let refused = read_for_residents(&newer).expect_err("another format version");
    assert_eq!(refused, LoadError::WrongVersion { found: 99 });
    assert!(refused.to_string().contains("formaatversie 99"));
}
