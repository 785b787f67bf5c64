//! What a query finds and in what order: residents' words, accents,
//! stems, words being typed, fields and their weights, kernen,
//! zoekwoorden, A–Z, translations.

use super::*;

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
