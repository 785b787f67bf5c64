//! Matching's own points: the bit sets, urgent needs, "Waarom niet?", a
//! code listed many times.

use std::collections::BTreeSet;

use super::rules::Bits;
use super::*;
use crate::core::answers::{Answer, UrgentNeed};
use crate::core::answers::{Answers, Fact};
use crate::core::catalogue::Catalogue;
use crate::core::facts::{ChildAge, Household, IncomeBand, Theme};

#[test]
fn bits_hold_the_same_codes_as_the_set() {
    for skip in 1..5 {
        let situations: BTreeSet<Situation> = Situation::ALL.iter().copied().step_by(skip).collect();
        let themes: BTreeSet<Theme> = Theme::ALL.iter().copied().skip(skip - 1).step_by(skip).collect();
        let (s, t) = (Bits::of(&situations), Bits::of(&themes));
        for x in Situation::ALL {
            assert_eq!(s.contains(x), situations.contains(x), "{x:?}");
        }
        for x in Theme::ALL {
            assert_eq!(t.contains(x), themes.contains(x), "{x:?}");
        }
    }
}

#[test]
fn an_urgent_need_no_service_meets_is_named_not_dropped() {
    let mut national = crate::core::shipped::catalogue("landelijk");
    let heusden = crate::core::shipped::heusden();
    let mut a = Answers::default();
    a.themes.insert(crate::core::facts::Theme::Geld);
    a.urgent = Answer::Known(BTreeSet::from([UrgentNeed::GeenEten, UrgentNeed::GeenEnergie]));
    // The national card on a cut-off of energy or water meets "no
    // heating, electricity or water".
    let with_card = heusden.clone().merged_with(&national);
    assert!(unmet_urgent_needs(&a, &suggest(&with_card, &a)).is_empty());
    // Without it, nothing meets that need; the national voedselbank
    // entry still meets "no food".
    national.services.retain(|s| s.id != "nl-afsluiting-energie-water");
    let cat = heusden.merged_with(&national);
    let sugs = suggest(&cat, &a);
    assert!(sugs.iter().any(|s| s.group == Group::DirectHulp));
    assert_eq!(unmet_urgent_needs(&a, &sugs), vec![Situation::GeenEnergie]);
    a.urgent = Answer::Known(BTreeSet::new());
    assert!(unmet_urgent_needs(&a, &suggest(&cat, &a)).is_empty());
}

/// A small catalogue about money: each service has the rules given.
fn money(services: &[(&str, &str, serde_json::Value)]) -> Catalogue {
    let services: Vec<serde_json::Value> = services
        .iter()
        .map(|(id, kind, extra)| {
            let mut s = serde_json::json!({
                "id": id, "name": {"nl": id}, "kind": kind, "access": "aanmelden",
                "description": {"nl": id}, "themes": ["geld"],
            });
            for (k, v) in extra.as_object().unwrap() {
                s[k] = v.clone();
            }
            s
        })
        .collect();
    serde_json::from_value(serde_json::json!({
        "schema_version": 1, "id": "t", "name": "T", "scope": "gemeente", "services": services,
    }))
    .unwrap()
}

fn ruled_out<'a>(misses: &[NearMiss<'a>]) -> Vec<(&'a str, RuledOut)> {
    misses.iter().map(|m| (m.service.id.as_str(), m.ruled_out)).collect()
}

#[test]
fn waarom_niet_names_the_one_answer_that_left_a_service_out() {
    use serde_json::json;
    let cat = money(&[
        ("fits", "regeling", json!({"eligibility": {"minimum_age": 18}})),
        ("seniors", "regeling", json!({"eligibility": {"minimum_age": 66}})),
        (
            "young",
            "voorziening",
            json!({"eligibility": {"minimum_age": 18, "maximum_age": 27}}),
        ),
        (
            "minima",
            "regeling",
            json!({"eligibility": {"income_max_percent": 120}}),
        ),
        ("schuldhulp", "voorziening", json!({"situations": ["schulden"]})),
        // Too old and too rich: two answers, so no near miss.
        (
            "both",
            "regeling",
            json!({"eligibility": {"minimum_age": 66, "income_max_percent": 120}}),
        ),
        // Not a life area the resident chose.
        (
            "other",
            "regeling",
            json!({"themes": ["wonen"], "eligibility": {"minimum_age": 66}}),
        ),
        // Lokets and direct help come from other answers than a life area.
        ("loket", "loket", json!({"eligibility": {"minimum_age": 66}})),
        (
            "crisis",
            "direct_hulp",
            json!({"eligibility": {"situations": ["schulden"]}}),
        ),
        // The household and child-age rules both fail on one answer.
        (
            "gezin",
            "regeling",
            json!({"eligibility": {
            "households": ["alleen_met_kinderen", "samen_met_kinderen"], "child_ages": ["4-11"]}}),
        ),
    ]);
    let a = Answers {
        themes: BTreeSet::from([Theme::Geld]),
        age: Answer::Known(40),
        household: Answer::Known(Household::Alleen),
        income: Answer::Known(IncomeBand::Tot150),
        debts: Answer::Known(false),
        ..Answers::default()
    };
    let sugs = suggest(&cat, &a);
    assert_eq!(sugs.iter().map(|s| s.service.id.as_str()).collect::<Vec<_>>(), ["fits"]);
    // In route order: voorzieningen before regelingen.
    assert_eq!(
        ruled_out(&near_misses(&cat, &a)),
        [
            (
                "young",
                RuledOut::Age {
                    age: 40,
                    min: Some(18),
                    max: Some(27)
                }
            ),
            ("schuldhulp", RuledOut::Situation(Situation::Schulden)),
            (
                "seniors",
                RuledOut::Age {
                    age: 40,
                    min: Some(66),
                    max: None
                }
            ),
            ("minima", RuledOut::Income { limit: 120 }),
            ("gezin", RuledOut::Household(Household::Alleen)),
        ]
    );
    assert_eq!(RuledOut::Situation(Situation::Schulden).fact(), Fact::Debts);
    assert_eq!(RuledOut::NoChildren(Household::Alleen).fact(), Fact::Household);
    // Nothing is both suggested and a near miss, whatever the answers.
    let b = Answers {
        age: Answer::Known(70),
        income: Answer::Known(IncomeBand::Tot110),
        debts: Answer::Known(true),
        ..a.clone()
    };
    let misses = near_misses(&cat, &b);
    assert_eq!(
        ruled_out(&misses),
        [
            (
                "young",
                RuledOut::Age {
                    age: 70,
                    min: Some(18),
                    max: Some(27)
                }
            ),
            ("gezin", RuledOut::Household(Household::Alleen))
        ]
    );
    // An unanswered question leaves a service open, not ruled out.
    let vague = Answers {
        age: Answer::Unanswered,
        debts: Answer::DontKnow,
        ..a.clone()
    };
    let ids: Vec<_> = ruled_out(&near_misses(&cat, &vague))
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["minima", "both", "gezin"]);
}

#[test]
fn a_child_age_rule_names_the_household_or_the_childrens_ages() {
    use serde_json::json;
    let cat = money(&[(
        "kindpakket",
        "regeling",
        json!({"eligibility": {"child_ages": ["4-11"]}}),
    )]);
    let mut a = Answers {
        themes: BTreeSet::from([Theme::Geld]),
        household: Answer::Known(Household::Samen),
        ..Answers::default()
    };
    assert_eq!(
        ruled_out(&near_misses(&cat, &a)),
        [("kindpakket", RuledOut::NoChildren(Household::Samen))]
    );
    a.household = Answer::Known(Household::SamenMetKinderen);
    a.child_ages = Answer::Known(BTreeSet::from([ChildAge::Tiener]));
    assert_eq!(ruled_out(&near_misses(&cat, &a)), [("kindpakket", RuledOut::ChildAges)]);
    a.child_ages = Answer::Known(BTreeSet::from([ChildAge::Basisschool]));
    assert!(near_misses(&cat, &a).is_empty());
    assert_eq!(suggest(&cat, &a).len(), 1);
}

/// Found by fuzzing (tests/fuzz, target catalogue_edits: a shipped
/// service's `themes` with "geld" repeated 128 times): a code listed
/// hundreds of times overflowed the 8-bit counts of the score, a panic
/// in debug builds and a wrong rank in the release build. The browser
/// reads such a list, and `catalogue check` does not refuse it.
#[test]
fn a_code_listed_hundreds_of_times_does_not_overflow_the_score() {
    use crate::core::answers::WorkSituation;
    use crate::core::facts::{CaredFor, Theme};
    let themes = [vec!["wonen"], vec!["geld"; 300]].concat();
    let situations = [vec!["mantelzorger"; 300], vec!["uitkering"; 300]].concat();
    let service = |id: &str, kind: &str| {
        serde_json::json!({
            "id": id, "name": {"nl": id}, "kind": kind, "access": "vrij_toegankelijk",
            "description": {"nl": id}, "themes": themes, "situations": situations,
        })
    };
    let cat: Catalogue = serde_json::from_value(serde_json::json!({
        "schema_version": 1, "id": "t", "name": "T", "scope": "gemeente",
        "services": [service("hulp", "voorziening"), service("loket", "loket")],
    }))
    .unwrap();
    let a = Answers {
        themes: BTreeSet::from([Theme::Geld, Theme::Werk, Theme::Contact]),
        work: Answer::Known(WorkSituation::Uitkering),
        caring: Answer::Known(Some(CaredFor::ALL[0])),
        ..Answers::default()
    };
    let sugs = suggest(&cat, &a);
    assert_eq!(sugs.len(), 2);
    for s in &sugs {
        // Saturated at 255, never wrapped round to a small number.
        assert_eq!(
            (s.score.themes, s.score.themes_listed),
            (u8::MAX, u8::MAX),
            "{}",
            s.service.id
        );
        assert!(s.score.is_focused(), "{}", s.service.id);
    }
    let hulp = &sugs.iter().find(|s| s.service.id == "hulp").unwrap().score;
    assert_eq!(
        (hulp.situations, hulp.situations_listed, hulp.rules),
        (u8::MAX, u8::MAX, u8::MAX)
    );
}
