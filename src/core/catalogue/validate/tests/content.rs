//! What a catalogue says to residents: Dutch texts, ages, income, contact
//! details, direct help, promises, zoekwoorden, translations, notes.

use super::*;

#[test]
fn dutch_texts_are_checked_against_b1() {
    let f = broken(|v| v["services"][0]["description"]["nl"] = json!("De koffie wordt door vrijwilligers gezet."));
    assert_finding(&f, Severity::Warning, "services[0].description", "lijdend");
    let f = broken(|v| v["services"][0]["description"]["nl"] = json!("Vraag een indicatie aan."));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].description",
        "“indicatie” is een moeilijk woord",
    );
    // The easier Dutch is what residents read, so it is what counts.
    let f = broken(|v| v["services"][0]["description"]["nl-B1"] = json!("Vrijwilligers zetten koffie."));
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn missing_dutch_text_and_bad_language_key() {
    let f = broken(|v| v["services"][0]["name"] = json!({"en": "Walk-in", "english": "x"}));
    assert_finding(&f, Severity::Error, "services[0].name", "geen Nederlandse versie");
    assert_finding(
        &f,
        Severity::Error,
        "services[0].name.english",
        "“english” is geen taalcode",
    );
}

#[test]
fn priority_out_of_range() {
    let f = broken(|v| v["services"][0]["priority"] = json!(3));
    assert_finding(&f, Severity::Error, "services[0].priority", "Prioriteit 3 kan niet");
}

#[test]
fn impossible_ages_and_income() {
    let f = broken(|v| {
        v["services"][0]["eligibility"] = json!({"minimum_age": 65, "maximum_age": 18, "income_max_percent": 12})
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.maximum_age",
        "maximumleeftijd 18 is lager dan de minimumleeftijd 65",
    );
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.income_max_percent",
        "12% van het sociaal minimum",
    );
}

#[test]
fn bad_contact_details() {
    let f = broken(|v| {
        v["services"][0]["phones"] = json!([{"number": "bel ons"}]);
        v["services"][0]["url"] = json!("www.example.nl");
        v["services"][0]["email"] = json!("info-at-example.nl");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].phones[0].number",
        "geen telefoonnummer",
    );
    assert_finding(&f, Severity::Error, "services[0].url", "begint met https://");
    assert_finding(&f, Severity::Error, "services[0].email", "geen e-mailadres");
}

#[test]
fn direct_help_needs_phone_and_situation() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["kind"] = json!("direct_hulp");
        s["service_at_locations"] = json!([]);
    });
    assert_finding(&f, Severity::Error, "services[0].phones", "telefoonnummer nodig");
    assert_finding(
        &f,
        Severity::Error,
        "services[0].eligibility.situations",
        "bij welke situatie",
    );
}

#[test]
fn a_voorziening_that_needs_signing_up_or_costs_money_is_reported() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["kind"] = json!("voorziening");
        s["access"] = json!("aanmelden");
        s["cost"] = json!("eigen_bijdrage");
        s["service_at_locations"] = json!([{"location_id": "buurthuis"}]);
    });
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].access",
        "Gratis hulp, zonder aanvraag",
    );
    assert_finding(&f, Severity::Warning, "services[0].cost", "“eigen_bijdrage”");
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
    // Free and vrij toegankelijk: no warning about the group.
    let ok = broken(|v| {
        let s = &mut v["services"][0];
        s["kind"] = json!("voorziening");
        s["cost"] = json!("gratis");
    });
    assert!(ok.iter().all(|x| !x.message.contains("Gratis hulp")), "{ok:?}");
}

#[test]
fn a_description_that_promises_what_the_data_does_not_is_reported() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["description"] = json!({"nl": "Gratis koffie. Iedereen is welkom!"});
        s["cost"] = json!("betaald");
        s["eligibility"] = json!({"minimum_age": 65});
    });
    assert_finding(&f, Severity::Warning, "services[0].description.nl", "zegt “gratis”");
    assert_finding(&f, Severity::Warning, "services[0].description.nl", "zegt “iedereen”");
    // The same words where they hold: no warning.
    let ok = broken(|v| {
        let s = &mut v["services"][0];
        s["description"] = json!({"nl": "Gratis koffie. Iedereen is welkom!"});
        s["cost"] = json!("gratis");
    });
    assert!(ok.is_empty(), "{ok:?}");
}

#[test]
fn zoekwoorden_are_checked() {
    // Good: the word is in the service's name ("Inloop in het buurthuis").
    let f = broken(|v| v["zoekwoorden"] = json!({"buurthuis": ["koffie", "ontmoeten"]}));
    assert!(f.is_empty(), "{f:?}");
    // Its location, kern and life area count too, by stem and without accents.
    let f = broken(|v| v["zoekwoorden"] = json!({"Buurthuizen": ["x"], "noord": ["y"], "Contact": ["z"]}));
    assert!(f.is_empty(), "{f:?}");
    let f =
        broken(|v| v["zoekwoorden"] = json!({"voedselbank": ["eten"], "inloop": [], "koffie": ["- ?"], "--": ["x"]}));
    assert_finding(
        &f,
        Severity::Warning,
        "zoekwoorden.voedselbank",
        "staat in geen dienst van dit bestand",
    );
    assert_finding(&f, Severity::Warning, "zoekwoorden.inloop", "staan geen woorden");
    assert_finding(&f, Severity::Warning, "zoekwoorden.koffie[0]", "is geen woord");
    assert_finding(&f, Severity::Error, "zoekwoorden.--", "is geen woord");
    // Not a list of texts: a type error at the word.
    let f = broken(|v| v["zoekwoorden"] = json!({"buurthuis": "koffie"}));
    assert!(
        f.iter()
            .any(|x| x.severity == Severity::Error && x.message.contains("een lijst")),
        "{f:?}"
    );
}

#[test]
fn translation_coverage_counts_resident_texts_per_language() {
    use crate::core::i18n::Lang;
    let cat: Catalogue =
        serde_json::from_str(&std::fs::read_to_string("public/catalogus/landelijk.json").unwrap()).unwrap();
    let coverage = translation_coverage(&cat);
    assert_eq!(coverage.len(), Lang::ALL.len() - 1, "every language but Dutch");
    let (_, en_done, all) = coverage.iter().find(|(l, ..)| *l == Lang::En).copied().unwrap();
    assert!(all >= 30, "{all}");
    assert_eq!(en_done, all, "the national entries are all in English");
    // One service with Dutch texts only, then one Polish name.
    let mut one = cat.services[0].clone();
    let dutch_only = |t: &mut Text| t.0.retain(|code, _| code.starts_with("nl"));
    dutch_only(&mut one.name);
    dutch_only(&mut one.description);
    one.next_steps.iter_mut().for_each(|n| dutch_only(&mut n.text));
    let small = Catalogue {
        services: vec![one.clone()],
        ..cat.clone()
    };
    assert!(translation_coverage(&small).iter().all(|(_, done, _)| *done == 0));
    one.name.0.insert("pl".into(), "112 (numer alarmowy)".into());
    let small = Catalogue {
        services: vec![one],
        ..cat
    };
    let pl = translation_coverage(&small)
        .into_iter()
        .find(|(l, ..)| *l == Lang::Pl)
        .unwrap();
    assert_eq!((pl.1, pl.2), (1, 2 + small.services[0].next_steps.len()));
}

/// Inburgering was "gratis", but gezinsmigranten pay their course.
#[test]
fn gratis_on_a_service_for_a_group_that_pays_is_a_warning() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("gratis");
        s["eligibility"] = json!({"situations": ["inburgeringsplichtig"]});
    });
    assert_finding(&f, Severity::Warning, "services[0].cost", "gezinsmigranten");
    let named = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("gratis");
        s["eligibility_description"] = json!({"nl": "Voor statushouders en gezinsmigranten."});
    });
    assert_finding(&named, Severity::Warning, "services[0].cost", "lening van DUO");
    // Only for statushouders (the gemeente pays), or not "gratis": no warning.
    let ok = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("gratis");
        s["eligibility"] = json!({"situations": ["inburgeringsplichtig", "statushouder"]});
    });
    assert!(ok.iter().all(|x| !x.message.contains("gezinsmigranten")), "{ok:?}");
    let paid = broken(|v| {
        let s = &mut v["services"][0];
        s["cost"] = json!("eigen_bijdrage");
        s["eligibility"] = json!({"situations": ["inburgeringsplichtig"]});
    });
    assert!(paid.iter().all(|x| !x.message.contains("gezinsmigranten")), "{paid:?}");
}

/// The noodwoning card showed "staat niet in de beleidstekst".
#[test]
fn an_editorial_note_in_resident_text_is_a_warning() {
    let f = broken(|v| {
        let s = &mut v["services"][0];
        s["unchecked_conditions"] = json!([{"nl": "Voor wie een noodwoning is, staat niet in de beleidstekst. Het wijkteam bespreekt het met u."}]);
        s["next_steps"][0]["text"] = json!({"nl": "Loop binnen.", "en": "TODO translate"});
        s["name"] = json!({"nl": "Inloop (voorbeeld)"});
    });
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].unchecked_conditions[0].nl",
        "“staat niet in de beleidstekst”",
    );
    assert_finding(&f, Severity::Warning, "services[0].next_steps[0].text.en", "“todo”");
    assert_finding(&f, Severity::Warning, "services[0].name.nl", "“(voorbeeld)”");
    // The same letters inside a word are no note.
    let ok = broken(|v| v["services"][0]["description"] = json!({"nl": "Koffie met Todorov en een praatje."}));
    assert!(ok.is_empty(), "{ok:?}");
}
