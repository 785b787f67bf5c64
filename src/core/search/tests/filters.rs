//! The filters, with each other and with the words: life area, kern,
//! route group, free, open now or today (phones too).

use super::*;
use crate::core::opening::tests::at;

#[test]
fn filters_combine_with_each_other_and_with_the_words() {
    let open = json!([{"location_id": "buurthuis-noord",
        "schedules": [{"byday": ["TU"], "opens_at": "09:00", "closes_at": "12:00"}]}]);
    let cat = catalogue(
        vec![
            service(
                "overal",
                "Geldloket",
                json!({"themes": ["geld"], "access": "aanmelden"}),
            ),
            service(
                "noord",
                "Geldcafé Noord",
                json!({"themes": ["geld"], "service_areas": ["noord"], "service_at_locations": open}),
            ),
            service(
                "alleen-zuid",
                "Geldhulp Zuid",
                json!({"themes": ["geld"], "eligibility": {"areas": ["zuid"]}}),
            ),
            service(
                "taal",
                "Taalcafé",
                json!({"themes": ["taal"], "kind": "inloop", "service_at_locations": open}),
            ),
            service(
                "betaald",
                "Cursus",
                json!({"themes": ["geld"], "cost": "eigen_bijdrage"}),
            ),
        ],
        json!({}),
    );
    let index = SearchIndex::new(&cat, Lang::Nl);
    let run = |query: &str, f: Filters| ids(&index.search(&cat, query, &f));
    let all = Filters::default();
    assert_eq!(run("", all.clone()).len(), 5);
    let geld = Filters {
        theme: Some(Theme::Geld),
        ..all.clone()
    };
    assert_eq!(run("", geld.clone()), ["betaald", "noord", "alleen-zuid", "overal"]);
    // Area: for the whole gemeente counts everywhere; service areas and
    // area rules narrow it.
    let noord = Filters {
        area: Some("noord".into()),
        ..geld.clone()
    };
    assert_eq!(run("", noord.clone()), ["betaald", "noord", "overal"]);
    let hits = index.search(&cat, "", &noord);
    let near: Vec<bool> = hits.iter().map(|h| h.near).collect();
    assert_eq!(near, [false, true, false]);
    let zuid = Filters {
        area: Some("zuid".into()),
        ..geld.clone()
    };
    assert_eq!(run("", zuid.clone()), ["betaald", "alleen-zuid", "overal"]);
    let elders = Filters {
        area: Some("bestaat-niet".into()),
        ..geld.clone()
    };
    assert_eq!(run("", elders), ["betaald", "overal"]);
    // Free and without application.
    let free = Filters {
        free_without_application: true,
        ..noord.clone()
    };
    assert_eq!(run("", free.clone()), ["noord"]);
    // Route group (the kind's group: no answers).
    let inloop = Filters {
        group: Some(Group::Inloop),
        ..all.clone()
    };
    assert_eq!(run("", inloop.clone()), ["taal"]);
    assert!(run("geld", inloop).is_empty());
    // Open now / today, Tuesday 24 November 2026.
    let now = |m| Filters {
        open: Some(OpenFilter::Now(m)),
        ..all.clone()
    };
    let today = |m| Filters {
        open: Some(OpenFilter::Today(m)),
        ..all.clone()
    };
    assert_eq!(run("", now(at("2026-11-24", 10, 0))), ["noord", "taal"]);
    assert_eq!(run("taal", now(at("2026-11-24", 10, 0))), ["taal"]);
    assert!(run("", now(at("2026-11-24", 8, 0))).is_empty());
    assert_eq!(run("", today(at("2026-11-24", 8, 0))), ["noord", "taal"]);
    assert!(run("", today(at("2026-11-24", 12, 0))).is_empty());
    assert!(run("", today(at("2026-11-25", 10, 0))).is_empty());
    // Words and every filter together.
    let everything = Filters {
        open: Some(OpenFilter::Now(at("2026-11-24", 10, 0))),
        ..free
    };
    assert_eq!(run("geldcafe", everything.clone()), ["noord"]);
    assert!(run("taal", everything).is_empty());
}

#[test]
fn phones_with_known_hours_count_as_open() {
    let cat = catalogue(
        vec![
            service(
                "nacht",
                "Hulplijn",
                json!({"phones": [{"number": "113", "hours": "dag_en_nacht"}]}),
            ),
            service(
                "kantoor",
                "Loket",
                json!({"phones": [{"number": "14 036", "hours": "kantoortijden"}]}),
            ),
            service("onbekend", "Lijn", json!({"phones": [{"number": "0800 0000"}]})),
        ],
        json!({}),
    );
    let s = |id: &str| cat.services.iter().find(|s| s.id == id).unwrap();
    // Tuesday 24 November 2026.
    let tuesday_night = at("2026-11-24", 23, 0);
    assert!(open_now(s("nacht"), tuesday_night));
    assert!(!open_now(s("kantoor"), tuesday_night));
    assert!(!open_now(s("onbekend"), tuesday_night));
    assert!(open_now(s("kantoor"), at("2026-11-24", 10, 0)));
    assert!(open_today(s("kantoor"), at("2026-11-24", 7, 0)));
    assert!(!open_today(s("kantoor"), at("2026-11-24", 17, 0)));
    // Saturday: office numbers are not answered.
    assert!(!open_today(s("kantoor"), at("2026-11-28", 7, 0)));
    assert!(open_today(s("nacht"), at("2026-11-28", 7, 0)));
}

#[test]
fn a_group_filter_uses_the_route_groups() {
    let cat = heusden();
    let index = SearchIndex::new(&cat, Lang::Nl);
    let mut total = 0;
    for g in Group::ALL {
        let hits = index.search(
            &cat,
            "",
            &Filters {
                group: Some(g),
                ..Filters::default()
            },
        );
        assert!(hits.iter().all(|h| Group::of(h.service.kind) == g));
        total += hits.len();
    }
    assert_eq!(total, index.len());
}
