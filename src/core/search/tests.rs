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
fn debt_help_is_found_as_residents_type_it() {
    let cat = heusden();
    for query in [
        "schuld",
        "Schuldhulp",
        "schuldhlp",
        "SCHULDHULPVERLENING",
        "schuldhulpverleniing",
        "schulden",
    ] {
        let found = find(&cat, query);
        assert!(found.contains(&"schuldhulp"), "{query}: {found:?}");
    }
    // Where the name says it, it comes first.
    for query in ["Schuldhulp", "schuldhlp", "schuldhulpverl"] {
        assert_eq!(find(&cat, query).first(), Some(&"schuldhulp"), "{query}");
    }
    // Common words do not have to match; the others all do.
    assert_eq!(find(&cat, "hulp bij schulden").first(), Some(&"schuldhulp"));
    assert!(find(&cat, "schulden taalcafe").is_empty());
}

#[test]
fn accents_and_case_do_not_matter() {
    let cat = heusden();
    assert_eq!(find(&cat, "cafe"), find(&cat, "Café"));
    assert!(find(&cat, "cafe").contains(&"repair-cafe"));
    assert_eq!(find(&cat, "clientondersteuning").first(), Some(&"clientondersteuning"));
    assert_eq!(find(&cat, "TAALCAFÉ").first(), Some(&"taalcafe"));
}

#[test]
fn stemming_joins_singular_and_plural() {
    let cat = heusden();
    // "mantelzorgers" is in the dementia centre's description; "mantelzorger"
    // in the support point's.
    let plural = find(&cat, "mantelzorgers ");
    let singular = find(&cat, "mantelzorger ");
    assert!(plural.contains(&"steunpunt-mantelzorg"), "{plural:?}");
    assert!(singular.contains(&"ontmoetingscentrum-dementie"), "{singular:?}");
}

#[test]
fn the_word_being_typed_matches_from_its_first_letters() {
    let cat = heusden();
    assert!(find(&cat, "voedse").contains(&"nl-voedselbank"));
    assert!(find(&cat, "kw").contains(&"kwijtschelding"));
    // A finished word of under four letters must match as a whole.
    assert!(!find(&cat, "kw ").contains(&"kwijtschelding"));
    // A finished word of four letters or more matches the start of a
    // compound, also by its stem: "mantelzorg" finds the Mantelzorgcafé,
    // "schulden" the Schuldhulp, by name.
    let cat = catalogue(
        vec![
            service("cafe", "Mantelzorgcafé", json!({})),
            service("schuld", "Schuldhulp", json!({})),
        ],
        json!({}),
    );
    assert_eq!(find(&cat, "mantelzorg "), ["cafe"]);
    assert_eq!(find(&cat, "schulden "), ["schuld"]);
    assert!(find(&cat, "zorg ").is_empty());
}

#[test]
fn a_short_word_gets_no_typo() {
    let cat = heusden();
    // "gled" is not "geld": four letters, no typo allowed.
    assert!(find(&cat, "gled ").is_empty());
    assert!(!find(&cat, "geld").is_empty());
}

#[test]
fn life_areas_are_found_by_their_dutch_and_english_names() {
    let cat = heusden();
    let active = |th: Theme| -> BTreeSet<&str> {
        cat.services
            .iter()
            .filter(|s| s.status == Status::Active && s.themes.contains(&th))
            .map(|s| s.id.as_str())
            .collect()
    };
    for (query, th) in [
        ("geld", Theme::Geld),
        ("money ", Theme::Geld),
        ("mantelzorg ", Theme::Mantelzorg),
        ("Housing", Theme::Wonen),
    ] {
        let found: BTreeSet<&str> = find(&cat, query).into_iter().collect();
        assert!(
            found.is_superset(&active(th)),
            "{query}: {:?}",
            active(th).difference(&found)
        );
    }
}

#[test]
fn name_weighs_more_than_organisation_and_location_more_than_description() {
    let cat = catalogue(
        vec![
            service("in-tekst", "Aaa", json!({"description": {"nl": "Over de kastanje."}})),
            service(
                "op-locatie",
                "Bbb",
                json!({"service_at_locations": [{"location_id": "buurthuis-noord"}]}),
            ),
            service("in-naam", "Ccc Kastanje", json!({})),
        ],
        json!({}),
    );
    assert_eq!(find(&cat, "kastanje"), ["in-naam", "op-locatie", "in-tekst"]);
    let cat = catalogue(
        vec![
            service(
                "in-tekst",
                "Aaa",
                json!({"description": {"nl": "Welzijn voor iedereen."}}),
            ),
            service("bij-organisatie", "Bbb", json!({"organization_id": "welzijn"})),
        ],
        json!({}),
    );
    assert_eq!(find(&cat, "welzijn"), ["bij-organisatie", "in-tekst"]);
    // Kernen are searched too, by their names.
    let found = find(&cat, "oost");
    assert_eq!(found, ["bij-organisatie"]);
}

#[test]
fn kernen_are_searched_by_name() {
    let cat = heusden();
    // The jongerenwerk is at the Jongerencentrum Vlijmen; Vlijmen is a kern.
    let found = find(&cat, "jongeren vlijmen");
    assert_eq!(found.first(), Some(&"jongerenwerk"), "{found:?}");
    // Next to other words a kern's or the gemeente's name is optional: the
    // debt help is for the whole gemeente, wherever it is offered.
    for query in ["schuldhulp drunen", "Schuldhulp in Heusden", "drunen schuldhulp"] {
        assert_eq!(find(&cat, query).first(), Some(&"schuldhulp"), "{query}");
    }
    // Alone, it must match: what is in Drunen.
    let drunen = find(&cat, "drunen");
    assert!(!drunen.is_empty() && !drunen.contains(&"schuldhulp"), "{drunen:?}");
}

#[test]
fn zoekwoorden_find_a_service_by_words_not_in_its_texts() {
    let mut without = heusden();
    // The shipped files have search words of their own; start from none.
    without.zoekwoorden.clear();
    assert!(!find(&without, "boodschappen").contains(&"nl-voedselbank"));
    let mut with = without.clone();
    with.zoekwoorden
        .insert("voedselbank".into(), vec!["boodschappen".into(), "Eten halen".into()]);
    // Found; the gemeente's own help that says "boodschappen" (a volunteer
    // who shops for you) may come first.
    assert!(find(&with, "boodschappen").contains(&"nl-voedselbank"));
    assert!(find(&with, "boodschap").contains(&"nl-voedselbank"));
    assert!(find(&with, "eten halen").contains(&"nl-voedselbank"));
    // The key matches by stem too ("voedselbanken"), and a key of two words
    // needs both.
    let cat = catalogue(
        vec![
            service("a", "Voedselbanken", json!({})),
            service(
                "b",
                "Kledingbank",
                json!({"description": {"nl": "Tweedehands kleding, gratis."}}),
            ),
        ],
        json!({"zoekwoorden": {"voedselbank": ["eten"], "gratis kleding": ["jassen"], "bestaat niet": ["x"]}}),
    );
    assert_eq!(find(&cat, "eten"), ["a"]);
    assert_eq!(find(&cat, "jassen"), ["b"]);
    #[cfg(feature = "maintainer")]
    assert_eq!(unused_zoekwoorden(&cat), ["bestaat niet"]);
}

#[test]
fn an_empty_query_lists_every_active_service_once_a_to_z() {
    let mut cat = heusden();
    cat.services[3].status = crate::core::catalogue::Status::Inactive;
    let inactive = cat.services[3].id.clone();
    for lang in Lang::ALL {
        let index = SearchIndex::new(&cat, lang);
        for query in ["", "   ", " - ", "’"] {
            let hits = index.search(&cat, query, &Filters::default());
            let listed: BTreeSet<&str> = ids(&hits).into_iter().collect();
            assert_eq!(listed.len(), hits.len(), "each once");
            assert_eq!(hits.len(), cat.services.len() - 1);
            assert_eq!(index.len(), hits.len());
            assert!(!listed.contains(inactive.as_str()));
            // The gemeente's own help A–Z, then the national entries A–Z.
            let names: Vec<(bool, String)> = hits
                .iter()
                .map(|h| (h.service.id.starts_with("nl-"), fold(h.service.name.get(lang).0)))
                .collect();
            assert!(names.windows(2).all(|w| w[0] <= w[1]), "{lang:?}: {names:?}");
            assert!(hits
                .iter()
                .all(|h| h.score == u16::from(!h.service.id.starts_with("nl-")) && !h.near));
        }
    }
    // "Café" sorts as "cafe", between "ca" and "cb"; case does not count.
    let cat = catalogue(
        vec![
            service("d", "cbd", json!({})),
            service("c", "Café", json!({})),
            service("b", "Ca", json!({})),
            service("a", "ÇA VA", json!({})),
        ],
        json!({}),
    );
    assert_eq!(find(&cat, ""), ["b", "a", "c", "d"]);
}

#[test]
fn ties_go_a_to_z() {
    let cat = catalogue(
        vec![
            service("z", "Zorgcafé", json!({})),
            service("a", "Alzheimercafé", json!({})),
            service("m", "Mantelzorgcafé", json!({})),
        ],
        json!({}),
    );
    // Only the start of a word matches: "cafe" is inside these compounds.
    assert!(find(&cat, "cafe").is_empty());
    // Each has the life area "contact", found equally well.
    assert_eq!(find(&cat, "contact"), ["a", "m", "z"]);
}

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

#[test]
fn the_whole_name_comes_first() {
    let cat = catalogue(
        vec![
            service("lang", "Inloop Buurthuis Zuid", json!({})),
            service(
                "kort",
                "Inloop",
                json!({"description": {"nl": "Inloop in het buurthuis Zuid."}}),
            ),
            service("precies", "Inloop buurthuis", json!({})),
        ],
        json!({}),
    );
    assert_eq!(find(&cat, "inloop buurthuis"), ["precies", "lang", "kort"]);
    // Ties (the same words in the name) A–Z.
    assert_eq!(find(&cat, "Inloop"), ["kort", "precies", "lang"]);
}

#[test]
fn an_index_of_another_catalogue_never_panics() {
    let cat = heusden();
    let index = SearchIndex::new(&cat, Lang::Nl);
    let small = catalogue(vec![service("a", "Inloop", json!({}))], json!({}));
    assert!(index.search(&small, "", &Filters::default()).len() <= 1);
    assert!(index.search(&small, "schuld", &Filters::default()).len() <= 1);
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

// ---------------------------------------------------------------------------
// The search per keystroke and the exhaustive one agree

/// The search without its shortcuts (the slow, obviously right way):
/// every word typed compared with every vocabulary word (no [`Shortcut`]),
/// every word of every service looked at, a whole name found by comparing
/// the query with each name. Only the index's lists are read back from it.
struct Exhaustive {
    /// Per entry (A–Z rank): its words and their weights.
    words: Vec<Vec<(usize, u8)>>,
    /// Per entry: its names, folded.
    names: Vec<Vec<String>>,
}

impl Exhaustive {
    fn new(index: &SearchIndex) -> Exhaustive {
        let mut words = vec![Vec::new(); index.entries.len()];
        for id in 0..index.ends.len() {
            for &p in index.postings.get(id) {
                words[(p >> 3) as usize].push((id, (p & 7) as u8));
            }
        }
        let mut names = vec![Vec::new(); index.entries.len()];
        for (name, &id) in &index.names {
            for &rank in index.named.get(id as usize) {
                names[rank as usize].push(name.to_string());
            }
        }
        Exhaustive { words, names }
    }

    /// Service ids, scores and `near`, in order.
    fn search<'a>(
        &self,
        index: &SearchIndex,
        cat: &'a Catalogue,
        query: &str,
        filters: &Filters,
    ) -> Vec<(&'a str, u16, bool)> {
        let q = Query::parse(query);
        let n = q.words.len();
        let vocabulary = index.ends.len();
        let mut table = vec![0u8; vocabulary * n];
        for (k, qw) in q.words.iter().enumerate() {
            let stem = index.stems.get(qw.stem.as_str()).copied();
            for id in 0..vocabulary {
                table[id * n + k] = qw.quality(index.word(id as u32), index.word_stems[id], stem);
            }
        }
        let place: Vec<bool> = (0..n)
            .map(|k| index.place_words.iter().any(|&id| table[id as usize * n + k] >= STEM))
            .collect();
        let required: Vec<bool> = (0..n)
            .map(|k| {
                let others = (0..n).any(|j| j != k && q.words[j].required && !place[j]);
                q.words[k].required && !(place[k] && others)
            })
            .collect();
        let area = filters
            .area
            .as_deref()
            .map(|id| cat.areas.iter().position(|a| a.id == id).map(|a| a as u16));
        let mut found = Vec::new();
        for (rank, entry) in index.entries.iter().enumerate() {
            let Some(service) = cat.services.get(entry.service as usize) else {
                continue;
            };
            let theme = filters.theme.is_none_or(|th| {
                let p = Theme::ALL.iter().position(|&x| x == th).unwrap();
                entry.themes & 1 << p != 0
            });
            let group = filters.group.is_none_or(|g| g == entry.group);
            let free = !filters.free_without_application || entry.free;
            if !(theme && group && free) {
                continue;
            }
            let near = area.flatten().is_some_and(|a| entry.near.contains(&a));
            if area.is_some() {
                let allowed = if entry.only_for.is_empty() {
                    !entry.meant_for_some || near
                } else {
                    area.flatten().is_some_and(|a| entry.only_for.contains(&a))
                };
                if !allowed {
                    continue;
                }
            }
            let mut best = vec![0u8; n];
            for &(id, weight) in &self.words[rank] {
                for k in 0..n {
                    best[k] = best[k].max(table[id * n + k] * weight);
                }
            }
            if (0..n).any(|k| required[k] && best[k] == 0) {
                continue;
            }
            if !filters.open_admits(service) {
                continue;
            }
            let any_required = q.words.iter().any(|w| w.required);
            let mut score: u16 = (0..n)
                .filter(|&k| q.words[k].required || !any_required)
                .map(|k| u16::from(best[k]))
                .sum();
            if !q.key.is_empty() && self.names[rank].contains(&q.key) {
                score += WHOLE_NAME;
            }
            // The gemeente's own help first among equal matches.
            let score = score * 2 + u16::from(!service.id.starts_with("nl-"));
            found.push((service.id.as_str(), score, near));
        }
        // Best first, A–Z (rank) within a score.
        let top = found.iter().map(|f| f.1).max().unwrap_or(0);
        (0..=top)
            .rev()
            .flat_map(|score| found.iter().filter(move |f| f.1 == score).copied())
            .collect()
    }
}

/// The typed word `word` with one edit at its first letter (a typo where
/// [`Shortcut`] must look hardest), or none; `i` picks the edit.
fn edited(word: &str, i: usize) -> String {
    let c: Vec<char> = word.chars().collect();
    let rest = |from: usize| c.iter().skip(from).collect::<String>();
    match (i % 7, c.len()) {
        (_, 0) => String::new(),
        (0, _) => word.to_string(),
        (1, _) => rest(1),            // first letter missing
        (2, _) => format!("x{word}"), // one letter too many
        (3, _) => format!("{}{}", if c[0] == 'q' { 'z' } else { 'q' }, rest(1)), // first letter wrong
        (4, l) if l >= 2 => format!("{}{}{}", c[1], c[0], rest(2)), // first two swapped
        (5, l) => c.iter().take(l.div_ceil(2).max(1)).collect(), // the start
        _ => format!("{}é{}", c[0], rest(1)), // a letter too many, not ASCII
    }
}

/// Heusden's catalogue and its index in Dutch.
fn heusden_index() -> &'static (Catalogue, SearchIndex, Exhaustive) {
    static INDEX: std::sync::OnceLock<(Catalogue, SearchIndex, Exhaustive)> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let cat = heusden();
        let index = SearchIndex::new(&cat, Lang::Nl);
        let exhaustive = Exhaustive::new(&index);
        (cat, index, exhaustive)
    })
}

#[test]
fn the_shortcut_passes_over_no_word_that_matches() {
    let (_, index, _) = heusden_index();
    let vocabulary = index.ends.len();
    assert!(vocabulary > 500, "{vocabulary} words");
    let mut checked = 0;
    for id in (0..vocabulary).step_by(2) {
        for edit in 0..7 {
            let typed = edited(index.word(id as u32), edit + id);
            // Finished (no letters after it) and being typed.
            for query in [format!("{typed} "), typed] {
                for qw in &Query::parse(&query).words {
                    let stem = index.stems.get(qw.stem.as_str()).copied();
                    let shortcut = qw.shortcut(stem);
                    for (other, (&heads, &word_stem)) in index.heads.iter().zip(&index.word_stems).enumerate() {
                        if !shortcut.may_match(heads, word_stem) {
                            let word = index.word(other as u32);
                            assert_eq!(qw.quality(word, word_stem, stem), 0, "{query:?} and {word:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 1_000_000, "{checked}");
}

#[test]
fn each_keystroke_finds_what_the_exhaustive_search_finds() {
    let (cat, index, exhaustive) = heusden_index();
    let now = crate::core::opening::tests::at("2026-11-24", 10, 0);
    let filters = [
        Filters::default(),
        Filters {
            theme: Some(Theme::Geld),
            area: Some(cat.areas[0].id.clone()),
            ..Filters::default()
        },
        Filters {
            free_without_application: true,
            open: Some(OpenFilter::Today(now)),
            ..Filters::default()
        },
    ];
    for typed in [
        "schuldhulp drunen",
        "hulp bij schulden",
        "iets voor mijn moeder met dementie",
        "xchuldhulp",
        "cshuldhulp",
        "taalcafe vlijmen",
        "Geldzaken",
        "de",
        "wmo",
    ] {
        for (end, c) in typed.char_indices() {
            let query = &typed[..end + c.len_utf8()];
            for f in &filters {
                let hits: Vec<(&str, u16, bool)> = index
                    .search(cat, query, f)
                    .iter()
                    .map(|h| (h.service.id.as_str(), h.score, h.near))
                    .collect();
                assert_eq!(hits, exhaustive.search(index, cat, query, f), "{query:?} {f:?}");
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A query of words of the vocabulary, each edited or not, with spaces,
    /// marks or capitals between and after them; or any text.
    fn query() -> impl Strategy<Value = String> {
        let (_, index, _) = heusden_index();
        let vocabulary = index.ends.len();
        let word = (0..vocabulary, 0..7usize).prop_map(|(id, edit)| edited(index.word(id as u32), edit));
        let gap = proptest::sample::select(&[" ", "  ", ", ", "-", "'"][..]);
        prop_oneof![
            4 => (
                proptest::collection::vec((word, gap), 1..4),
                proptest::sample::select(&["", " ", ".", "E"][..]),
                any::<bool>(),
            )
                .prop_map(|(words, end, upper)| {
                    let mut q: String = words.into_iter().flat_map(|(w, g)| [w, g.to_string()]).collect();
                    q.truncate(q.trim_end_matches([' ', ',', '-', '\'']).len());
                    q.push_str(end);
                    if upper { q.to_uppercase() } else { q }
                }),
            1 => "\\PC{0,20}",
            1 => "[a-zé ]{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever is typed, and with any filters, the search per keystroke
        /// gives exactly the exhaustive search's hits, scores and order.
        #[test]
        fn the_search_agrees_with_the_exhaustive_one(
            query in query(),
            theme in proptest::option::of(proptest::sample::select(Theme::ALL)),
            area in proptest::option::of(0..4usize),
            group in proptest::option::of(proptest::sample::select(&Group::ALL[..])),
            free in any::<bool>(),
        ) {
            let (cat, index, exhaustive) = heusden_index();
            let area = area.map(|a| cat.areas.get(a).map_or("elders".to_string(), |a| a.id.clone()));
            let filters = Filters { theme, area, group, free_without_application: free, open: None };
            let hits: Vec<(&str, u16, bool)> = index
                .search(cat, &query, &filters)
                .iter()
                .map(|h| (h.service.id.as_str(), h.score, h.near))
                .collect();
            prop_assert_eq!(hits, exhaustive.search(index, cat, &query, &filters), "{:?}", query);
        }

        /// The same on small catalogues whose services often share names
        /// (whole-name matches of several services) and words.
        #[test]
        fn the_search_agrees_with_the_exhaustive_one_on_shared_names(
            names in proptest::collection::vec((name(), name()), 1..8),
            pick in any::<proptest::sample::Index>(),
            query in prop_oneof![Just(None), name().prop_map(Some)],
            end in proptest::sample::select(&["", " ", "."][..]),
            lang in proptest::sample::select(&Lang::ALL[..]),
        ) {
            let services = names
                .iter()
                .enumerate()
                .map(|(i, (name, description))| {
                    service(&format!("s{i}"), name, json!({"description": {"nl": description, "en": name}}))
                })
                .collect();
            let cat = catalogue(services, json!({"zoekwoorden": {"schuld": ["geld", "inloop"]}}));
            let query = format!("{}{end}", query.unwrap_or_else(|| names[pick.index(names.len())].0.clone()));
            let index = SearchIndex::new(&cat, lang);
            let hits: Vec<(&str, u16, bool)> = index
                .search(&cat, &query, &Filters::default())
                .iter()
                .map(|h| (h.service.id.as_str(), h.score, h.near))
                .collect();
            let exhaustive = Exhaustive::new(&index);
            prop_assert_eq!(hits, exhaustive.search(&index, &cat, &query, &Filters::default()), "{:?}", query);
        }
    }

    /// Names of a few words that share stems, accents and compounds.
    fn name() -> impl Strategy<Value = String> {
        const WORDS: &[&str] = &[
            "Inloop",
            "inloop",
            "Café",
            "cafe",
            "cafés",
            "Buurthuis",
            "buurthuizen",
            "de",
            "Hulp",
            "hulp",
            "Schuld",
            "schulden",
            "Schuldhulp",
            "schuldhulpverlening",
            "Noord",
            "mantelzorgers",
            "Mantelzorger",
            "voor",
            "112",
            "Ĳsselstein",
            "geld",
            "Geldzaken",
            "xchuld",
        ];
        proptest::collection::vec(proptest::sample::select(WORDS), 1..4).prop_map(|w| w.join(" "))
    }
}

#[test]
fn a_translation_that_came_with_the_language_file_is_searched() {
    // The build moves translations out of the catalogue; the app remembers
    // them per language (`remember_translations`). Search finds them too.
    let mut cat = heusden();
    // As residents get it: the build moved the translations out.
    for s in &mut cat.services {
        s.name.0.retain(|code, _| code.starts_with("nl"));
    }
    let svc = cat.services.iter().find(|s| s.id == "bijzondere-bijstand").unwrap();
    let dutch = svc.name.get(Lang::Nl).0.to_string();
    assert!(find(&cat, "Zapomogaspecjalna").is_empty());
    let map = serde_json::json!({ dutch: "Zapomogaspecjalna (bijzondere bijstand)" }).to_string();
    crate::core::catalogue::remember_translations(Lang::Pl, "zoektest", &map).unwrap();
    let index = SearchIndex::new(&cat, Lang::Pl);
    let hits = ids(&index.search(&cat, "zapomogaspecjalna", &Filters::default()));
    assert_eq!(hits.first(), Some(&"bijzondere-bijstand"), "{hits:?}");
    // Dutch residents search the Dutch name only.
    assert!(find(&cat, "zapomogaspecjalna").is_empty());
}

/// What residents typed in "Alle hulp" and did not find: a
/// service about debts for "schuldhulp" (the catalogue's search words), the
/// listening line for "eenzaamheid" as for "eenzaam", and a broad word does
/// not put a national line first only because its name sorts first.
#[test]
fn residents_find_what_their_words_mean() {
    let cat = heusden();
    // The gemeente's own debt help first, not a name that says "hulp bij".
    assert_eq!(find(&cat, "hulp bij schulden").first(), Some(&"schuldhulp"));
    let schuldhulp = find(&cat, "schuldhulp");
    assert!(schuldhulp.contains(&"nl-geldfit"), "{schuldhulp:?}");
    assert!(schuldhulp.contains(&"schuldhulp"), "{schuldhulp:?}");
    let lonely = find(&cat, "eenzaam");
    let loneliness = find(&cat, "eenzaamheid");
    let listening = lonely
        .iter()
        .find(|id| id.contains("luisterlijn"))
        .expect("eenzaam finds De Luisterlijn");
    assert!(loneliness.contains(listening), "{loneliness:?}");
    let broad = find(&cat, "gratis");
    assert!(broad.len() > 3, "{broad:?}");
    assert!(!broad[0].starts_with("nl-"), "{broad:?}");
}
