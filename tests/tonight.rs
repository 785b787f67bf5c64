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
use routekaart::core::i18n::{Lang, Msg};
use routekaart::core::matching::{suggest, Group};
use routekaart::core::opening::{is_office_hours, Moment};
use routekaart::core::promise::direct_intro;
use routekaart::core::questions::WorkSituation;
use routekaart::core::tonight::{direct_plan, words_after_lines, words_before_lines, DirectPlan, First, Reach};

fn dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/public/catalogus"))
}

fn read(file: &str) -> Catalogue {
    read_for_residents(&std::fs::read_to_string(dir().join(file)).unwrap()).expect(file)
}

/// Every shipped gemeente, merged with the national file as the app does.
fn gemeenten() -> Vec<(String, Catalogue)> {
    let national = read("landelijk.json");
    // A set: the files in name order.
    let files: std::collections::BTreeSet<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".json") && !f.ends_with(".scenarios.json"))
        .filter(|f| f != "index.json" && f != "landelijk.json")
        .collect();
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
        direct_intro(&plan),
        Msg::GroupIntroDirectToday,
        "'Hier kunt u vandaag terecht' above a closed number"
    );
    assert!(sugs.iter().any(|s| s.group == Group::DirectHulp));
    // What the resident reads first: what to do tonight, in plain words,
    // with a line that answers at night and the shelter's number for the
    // morning.
    let Some(First::Words(w)) = plan.first() else {
        panic!("the words come first")
    };
    let before = words_before_lines(Lang::Nl, w).join(" ");
    assert!(before.contains("slaapplek") && before.contains("Bel 112"), "{before}");
    assert!(w.lines.iter().any(|(s, _)| s.id == "nl-luisterlijn"), "{:?}", w.lines);
    let after = words_after_lines(Lang::Nl, w, now).join(" ");
    assert!(after.contains("bel morgen vanaf 9:00 het nummer 14 036"), "{after}");
    assert!(
        !after.contains("dringend") && !before.contains("Bel de gemeente en zeg"),
        "{before} {after}"
    );
    // The shelter stays on the list, after, marked closed.
    assert!(matches!(plan.later.last().map(|e| e.reach), Some(Reach::Closed { .. })));
}

/// A resident with one urgent need or one danger signal, nothing else.
fn resident(urgent: Option<UrgentNeed>, danger: Option<SafetySignal>) -> Answers {
    Answers {
        safety: Answer::Known(danger.into_iter().collect()),
        urgent: Answer::Known(urgent.into_iter().collect()),
        ..Answers::default()
    }
}

fn describe(plan: &DirectPlan) -> String {
    match plan.first() {
        Some(First::Entry(e)) => format!("{} ({:?})", e.service.id, short(e.reach)),
        Some(First::Words(w)) => {
            let lines: Vec<&str> = w.lines.iter().map(|(s, _)| s.id.as_str()).collect();
            let reopen: Vec<&str> = w.reopens.iter().map(|r| r.service.id.as_str()).collect();
            let mut parts = vec![if w.office_hours {
                "words: bel de gemeente"
            } else {
                "words: wat u nu kunt doen"
            }
            .to_string()];
            if !lines.is_empty() {
                parts.push(format!("dag en nacht {}", lines.join("+")));
            }
            if !reopen.is_empty() {
                parts.push(format!("later {}", reopen.join("+")));
            }
            if w.gemeente_opens.is_some() {
                parts.push("later de gemeente".into());
            }
            parts.join(", ")
        }
        None => "nothing".into(),
    }
}

fn short(r: Reach) -> &'static str {
    match r {
        Reach::Now => "nu",
        Reach::Unknown => "tijden onbekend",
        Reach::Closed { .. } => "dicht",
    }
}

/// Every urgent need and danger signal, in every shipped gemeente, on a
/// Tuesday at 10:00 and 23:00 and a Sunday at 14:00: direct help starts with
/// something reachable then, or with the plain words of what to do now;
/// never "Hier kunt u vandaag terecht" above something closed; outside
/// office hours the words never send the resident to the gemeente now.
#[test]
fn direct_help_starts_with_what_works_at_that_hour() {
    let mut residents: Vec<(String, Answers)> = UrgentNeed::ALL
        .iter()
        .map(|&u| (u.code().to_string(), resident(Some(u), None)))
        .collect();
    residents.extend(
        SafetySignal::ALL
            .iter()
            .map(|&d| (d.code().to_string(), resident(None, Some(d)))),
    );
    let mut table = Vec::new();
    for (gemeente, cat) in gemeenten() {
        for (need, a) in &residents {
            let sugs = suggest(&cat, a);
            for (label, now) in moments() {
                let plan = direct_plan(&cat, &sugs, a, now);
                let here = format!("{gemeente}, {need}, {label}");
                match plan.first() {
                    Some(First::Entry(e)) => {
                        assert_eq!(
                            e.reach,
                            Reach::Now,
                            "{here}: first {} is not reachable now",
                            e.service.id
                        )
                    }
                    Some(First::Words(w)) => {
                        let office = is_office_hours(now);
                        assert_eq!(w.office_hours, office, "{here}");
                        let before = words_before_lines(Lang::Nl, w).join(" ");
                        let after = words_after_lines(Lang::Nl, w, now).join(" ");
                        if office {
                            assert!(before.contains("Bel de gemeente"), "{here}: {before}");
                        } else {
                            assert!(before.contains("Bel 112"), "{here}: {before}");
                            assert!(!before.contains("Bel de gemeente en zeg"), "{here}: {before}");
                            assert!(!w.lines.is_empty(), "{here}: no line answers now");
                            // Every urgent need says when its help, or the
                            // gemeente, answers again.
                            assert!(!after.is_empty(), "{here}: when to call again");
                        }
                    }
                    None => panic!("{here}: no direct help at all"),
                }
                // Whatever comes first, every urgent need and danger signal
                // has something now or is in the words.
                for n in a.situations() {
                    let now_met = plan
                        .now
                        .iter()
                        .any(|e| e.service.situations.contains(&n) || e.service.eligibility.situations.contains(&n));
                    let worded = plan.words.as_ref().is_some_and(|w| w.needs.contains(&n));
                    assert!(
                        now_met || worded,
                        "{here}: {n:?} neither reachable now nor in the words"
                    );
                }
                let intro = direct_intro(&plan);
                let first_now = matches!(plan.first(), Some(First::Entry(e)) if e.reach == Reach::Now);
                let any_closed = plan.later.iter().any(|e| matches!(e.reach, Reach::Closed { .. }));
                if intro == Msg::GroupIntroDirectToday || intro == Msg::GroupIntro(Group::DirectHulp) {
                    assert!(first_now && !any_closed, "{here}: {intro:?} above something closed");
                }
                table.push(format!("| {gemeente} | {need} | {label} | {} |", describe(&plan)));
            }
        }
    }
    println!(
        "| gemeente | need | moment | first |\n| --- | --- | --- | --- |\n{}",
        table.join("\n")
    );
}

/// `catalogue check` warns, per gemeente merged with the national file,
/// for every urgent need nothing meets outside office hours. No shipped
/// gemeente has its regional after-hours route yet.
#[test]
fn the_check_warns_for_every_urgent_need_without_an_after_hours_route() {
    use routekaart::core::catalogue::validate::{check_after_hours, Severity};
    let national = read("landelijk.json");
    let almere = read("almere.json");
    let warnings = check_after_hours(&almere, &national);
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    assert!(warnings.iter().all(|f| f.severity == Severity::Warning));
    assert!(
        warnings.iter().any(|f| f.message.contains("“geen_slaapplek”")),
        "{warnings:?}"
    );
    // A night line for the need ends that warning.
    let mut with_route = almere.clone();
    let opvang = with_route
        .services
        .iter_mut()
        .find(|s| s.id == "maatschappelijke-opvang")
        .unwrap();
    opvang.phones[0].hours = Some(routekaart::core::catalogue::PhoneHours::DagEnNacht);
    let left = check_after_hours(&with_route, &national);
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(!left
        .iter()
        .any(|f| f.message.contains("“geen_slaapplek”") || f.message.contains("“uitzetting”")));
}
