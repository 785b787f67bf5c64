//! Sources: quotes in their documents, example data, checked numbers,
//! web sources of services and locations.

use super::*;

#[test]
fn missing_source() {
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("source");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].source",
        "waar deze informatie vandaan komt",
    );
    // Example data needs no source.
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("source");
        v["services"][0]["example_data"] = json!(true);
    });
    assert!(f.iter().all(|x| x.path != "services[0].source"), "{f:?}");
}

#[test]
fn a_quote_must_be_in_its_document_word_for_word() {
    // The fixture's quote spans a line break in the document: that counts.
    assert!(
        check_value(&valid()).findings.is_empty(),
        "{:?}",
        check_value(&valid()).findings
    );
    let f = broken(|v| v["services"][0]["source"]["quote"] = json!("Het buurthuis is elke woensdag open"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].source.quote",
        "staat niet letterlijk in “Beleid Testdorp”",
    );
    let f = broken(|v| v["services"][0]["source"]["quote"] = json!("elke dinsdag open"));
    assert_finding(&f, Severity::Error, "services[0].source.quote", "minstens 5 woorden");
    let f = broken(|v| {
        v["services"][0]["source"].as_object_mut().unwrap().remove("quote");
    });
    assert_finding(&f, Severity::Error, "services[0].source.quote", "Citeer de passage");
    let f = broken(|v| v["services"][0]["source"]["document"] = json!("nota"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].source.document",
        "“nota” staat niet in de lijst",
    );
    // A document the check cannot read leaves its quotes unchecked, and says so.
    let f = broken(|v| v["documents"][0]["file"] = json!("weg.txt"));
    assert_finding(&f, Severity::Warning, "documents[0].file", "niet gecontroleerd");
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
}

#[test]
fn example_data_is_never_checked_with_the_provider() {
    let f = broken(|v| {
        v["services"][0]["example_data"] = json!(true);
        v["services"][0]["assured_date"] = json!("2026-11-01");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].assured_date",
        "Voorbeeldgegevens kunnen niet gecontroleerd zijn",
    );
    // Checked, but more than a year ago: ask again.
    let f = broken(|v| v["services"][0]["assured_date"] = json!("2025-10-01"));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].assured_date",
        "meer dan een jaar geleden",
    );
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
    let f = broken(|v| v["services"][0]["assured_date"] = json!("2026-06-01"));
    assert!(f.iter().all(|x| x.path != "services[0].assured_date"), "{f:?}");
}

#[test]
fn a_number_nobody_checked_on_a_real_card_is_a_warning() {
    // Through the organisation (the 14-number case) and on the service itself.
    let f = broken(|v| v["organizations"][0]["phones"] = json!([{"number": "14 073"}]));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].phones",
        "14 073 staat op deze kaart, maar niemand heeft het nagevraagd",
    );
    let f = broken(|v| v["services"][0]["phones"] = json!([{"number": "0416 123 456"}]));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].phones",
        "niemand heeft het nagevraagd",
    );
    // Not when it says it is an example, when someone checked it, or on an example card.
    for fix in [
        json!({"phones": [{"number": "0416 123 456", "example_data": true}]}),
        json!({"phones": [{"number": "0416 123 456"}], "assured_date": "2026-11-01"}),
        json!({"phones": [{"number": "0416 123 456"}], "example_data": true}),
    ] {
        let f = broken(|v| {
            for (k, x) in fix.as_object().unwrap() {
                v["services"][0][k] = x.clone();
            }
        });
        assert!(f.iter().all(|x| x.path != "services[0].phones"), "{fix}: {f:?}");
    }
    // The provider's own page backs the numbers it publishes (national lines).
    let f = broken(|v| {
        let site = json!({"id": "site", "title": "Welzijn Testdorp", "url": "https://welzijn.example"});
        v["documents"].as_array_mut().unwrap().push(site);
        v["services"][0]["source"] = json!({"document": "site"});
        v["services"][0]["phones"] = json!([{"number": "0800 0000"}]);
    });
    assert!(f.is_empty(), "{f:?}");
}

/// A location that is not an example says where its name and address come
/// from, with web sources checked as a service's are.
#[test]
fn a_real_location_needs_a_web_source() {
    let f = broken(|v| {
        v["locations"][0].as_object_mut().unwrap().remove("web_sources");
    });
    assert_finding(
        &f,
        Severity::Warning,
        "locations[0].web_sources",
        "waar deze naam en dit adres vandaan komen",
    );
    let f = broken(|v| {
        v["locations"][0].as_object_mut().unwrap().remove("web_sources");
        v["locations"][0]["example_data"] = json!(true);
    });
    assert!(f.is_empty(), "an example location needs no source: {f:?}");
    let f = broken(|v| v["locations"][0]["web_sources"][0]["url"] = json!("http://buurthuis.example"));
    assert_finding(
        &f,
        Severity::Error,
        "locations[0].web_sources[0].url",
        "geen veilig webadres",
    );
    let f = broken(|v| {
        v["locations"][0]["web_sources"][0]
            .as_object_mut()
            .unwrap()
            .remove("accessed");
    });
    assert_finding(
        &f,
        Severity::Error,
        "locations[0].web_sources[0].accessed",
        "waarop u de pagina las",
    );
}

/// A web page as a source: an https address, a title, the date the page
/// shows and the day it was read; it backs the card's numbers.
#[test]
fn a_web_source_needs_an_https_address_a_title_and_dates() {
    let page = || json!({"url": "https://welzijn.example/inloop", "title": "Inloop", "date": "2026-03", "accessed": "2026-11-20"});
    // It is a source on its own, and backs the numbers on the card.
    let f = broken(|v| {
        v["services"][0].as_object_mut().unwrap().remove("source");
        v["services"][0]["web_sources"] = json!([page()]);
        v["services"][0]["phones"] = json!([{"number": "0416 123 456"}]);
    });
    assert!(f.is_empty(), "{f:?}");
    let with = |change: &dyn Fn(&mut Value)| {
        broken(|v| {
            let mut w = page();
            change(&mut w);
            v["services"][0]["web_sources"] = json!([w]);
        })
    };
    let f = with(&|w| w["url"] = json!("http://welzijn.example"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].url",
        "geen veilig webadres",
    );
    let f = with(&|w| w["title"] = json!(" "));
    assert_finding(&f, Severity::Error, "services[0].web_sources[0].title", "geen titel");
    let f = with(&|w| {
        w.as_object_mut().unwrap().remove("date");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].date",
        "de datum in die de pagina toont",
    );
    let f = with(&|w| w["date"] = json!("maart 2026"));
    assert_finding(&f, Severity::Error, "services[0].web_sources[0].date", "geen datum");
    let f = with(&|w| w["date"] = json!("2027"));
    assert_finding(&f, Severity::Error, "services[0].web_sources[0].date", "in de toekomst");
    let f = with(&|w| {
        w.as_object_mut().unwrap().remove("accessed");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].accessed",
        "waarop u de pagina las",
    );
    let f = with(&|w| w["accessed"] = json!("2026-01-05"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].web_sources[0].accessed",
        "latere datum",
    );
    // Every precision the page may show is a date.
    for date in ["2026", "2026-03", "2026-03-09"] {
        let f = with(&|w| w["date"] = json!(date));
        assert!(f.is_empty(), "{date}: {f:?}");
    }
    // An old page under a card with numbers, and no date to look again.
    let f = broken(|v| {
        v["services"][0]["web_sources"] =
            json!([{"url": "https://welzijn.example", "title": "Inloop", "date": "2020-05", "accessed": "2026-11-20"}]);
        v["services"][0]["phones"] = json!([{"number": "0416 123 456"}]);
        v["services"][0].as_object_mut().unwrap().remove("review_by");
    });
    assert_finding(&f, Severity::Warning, "services[0].web_sources", "is van 2020");
    assert_finding(&f, Severity::Warning, "services[0].review_by", "opnieuw bekijkt");
}
