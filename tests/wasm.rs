//! The pure core inside real Chromium (wasm32): parsing a shipped catalogue,
//! matching and the share-link codec behave as natively.
#![cfg(target_arch = "wasm32")]

use routekaart::core::answers::{decode, encode, Answer, Answers};
use routekaart::core::catalogue::validate::{check, CheckOptions};
use routekaart::core::facts::Theme;
use routekaart::core::matching::{suggest, Group};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HEUSDEN: &str = include_str!("../public/catalogus/heusden.json");
const NATIONAL: &str = include_str!("../public/catalogus/landelijk.json");

#[wasm_bindgen_test]
fn shipped_catalogue_parses_and_matches_in_the_browser() {
    let own = check(HEUSDEN, CheckOptions { today: None });
    assert!(!own.has_errors(), "{:?}", own.findings);
    let nat = check(NATIONAL, CheckOptions { today: None })
        .catalogue
        .expect("national catalogue");
    let cat = own.catalogue.expect("heusden catalogue").merged_with(&nat);
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
    let checked = check("{\"schema_version\": 1, \"services\": [", CheckOptions { today: None });
    assert!(checked.has_errors());
    assert!(checked.catalogue.is_none());
}
