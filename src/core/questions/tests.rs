//! The question definitions against the facts, the options and the situations.

use super::*;

#[test]
fn definitions_are_in_the_order_of_the_facts_with_unique_keys_and_names() {
    let mut keys = BTreeSet::new();
    let mut names = BTreeSet::new();
    for (i, fact) in Fact::ALL.into_iter().enumerate() {
        let def = fact.def();
        assert_eq!(def.fact, fact);
        assert_eq!(fact as usize, i);
        assert!(keys.insert(def.key) && !def.key.is_empty(), "key of {fact:?}");
        assert!(names.insert(def.name) && !def.name.is_empty(), "name of {fact:?}");
        assert_eq!(Fact::from_key(def.key), Some(fact));
        // The share link's separators never appear in a key.
        assert!(def.key.chars().all(|c| c.is_ascii_lowercase()), "{fact:?}");
    }
}

#[test]
fn every_code_option_has_a_label() {
    for fact in Fact::ALL {
        let def = fact.def();
        if let Options::Codes(codes) = def.options {
            for code in codes.iter().chain(def.none.then_some(&NONE)) {
                assert!((def.label)(code).is_some(), "{fact:?} {code}");
            }
        }
    }
}

#[test]
fn every_situation_is_produced_by_a_question_that_can_produce_it() {
    // Each situation's producing question must have an answer that leads
    // to it, or "still to check" would point at the wrong question.
    for &s in Situation::ALL {
        let fact = Fact::producing(s);
        let def = fact.def();
        let codes: Vec<&str> = match def.options {
            Options::Codes(c) => c.to_vec(),
            Options::YesNo => vec!["1"],
            _ => vec![],
        };
        let found = codes.iter().any(|code| {
            let mut a = Answers::default();
            (def.slot_mut)(&mut a).set_codes(&[code]).is_ok() && a.situations().contains(&s)
        });
        assert!(found, "{s:?} is not produced by {fact:?}");
    }
}
