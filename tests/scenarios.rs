//! Residents from the policy texts walking through the questionnaire of their
//! gemeente: which questions they get, and which suggestions they must (and
//! must not) see, in which order. The residents are data the gemeente owns,
//! `public/catalogus/<gemeente>.scenarios.json` (the format is described in
//! `core::acceptance` and the README); this file only loads each shipped
//! catalogue's scenarios and runs them through the runner `catalogue test`
//! uses, which also checks the route's general promises for every resident
//! (at most `max_vragen` questions, route order, direct help first on danger
//! or an urgent need today, a reason for every suggestion).
//!
//! `cargo test --test scenarios -- --nocapture` prints how many questions
//! each resident was asked, and per gemeente the number of suggestions and
//! the place of each key help; `SCENARIO_VERBOSE=1` also prints each route.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use routekaart::core::acceptance::{parse, run, Report, SUFFIX};
use routekaart::core::catalogue::{read_for_residents, Catalogue, CatalogueIndex};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/catalogus")
}

fn read(file: &str) -> String {
    let path = dir().join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A catalogue as the resident's page reads it.
fn catalogue(file: &str) -> Catalogue {
    read_for_residents(&read(file)).unwrap_or_else(|e| panic!("{file}: {e:?}"))
}

fn index() -> CatalogueIndex {
    serde_json::from_str(&read("index.json")).expect("index.json")
}

/// Runs `<id>.scenarios.json` against the gemeente's catalogue with the
/// national entries merged, prints the tables and fails with every broken
/// expectation. `residents` and `expectations` are floors: the counts when
/// the residents moved from Rust code into the file (issue 16), so a file
/// may grow but never silently shrink.
fn gemeente(id: &str, residents: usize, expectations: usize) -> Report {
    let file = format!("{id}{SUFFIX}");
    let scenarios = parse(&file, &read(&file)).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        )
    });
    assert!(
        scenarios.residents.len() >= residents && scenarios.expectations() >= expectations,
        "{file}: {} residents and {} expectations; at least {residents} and {expectations} expected",
        scenarios.residents.len(),
        scenarios.expectations()
    );
    let national = catalogue(&index().national);
    let report = run(&scenarios, &catalogue(&format!("{id}.json")), Some(&national)).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        )
    });
    if std::env::var_os("SCENARIO_VERBOSE").is_some() {
        for r in &report.residents {
            let route: Vec<String> = r.route.iter().map(|(g, s)| format!("{g:?}:{s}")).collect();
            println!("[{id}: {}] {}", r.name, route.join(" "));
        }
    }
    println!("\n{}", report.table());
    let failures = report.failures();
    assert!(
        failures.is_empty(),
        "{} scenario check(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    report
}

// Alphen-Chaam (seed 000): Effe Buurten in Alphen and Chaam, Het Trefpunt,
// OnsAlphenChaam, vergunninghouders, "iedereen doet mee".
#[test]
fn alphen_chaam() {
    gemeente("alphen-chaam", 15, 143);
}

// Heusden (seed 004): the sociale routekaart with the keukentafelgesprek,
// Ouderenproof, Baanbrekers, armoede en eenzaamheid, PGB or zorg in natura,
// jongeren and social media/alcohol, arbeidsmigranten.
#[test]
fn heusden() {
    gemeente("heusden", 13, 128);
}

// Almere (seed 001): own network and wijk first, welzijnswerk, wijkteams,
// the Sociaal Stedelijk Team for complex problems, beschermd wonen and
// maatschappelijke opvang only when living at home no longer works.
#[test]
fn almere() {
    gemeente("almere", 14, 111);
}

// Leidschendam-Voorburg (seed 003): mantelzorg and mantelzorgwaardering,
// inburgering with a brede intake and PIP, inloop GGZ, eenzaamheid, dementie,
// LHBTIQ+ and the Meldpunt Discriminatie, Langer Zelfstandig Wonen
// (blijverslening, flatcoach, doorstroommakelaar), Sterk voor Noord.
#[test]
fn leidschendam_voorburg() {
    gemeente("leidschendam-voorburg", 14, 138);
}

// Voorbeeldgemeente (seed 002, "Maximaal meedoen"): the keukentafelgesprek
// first, then what residents can do themselves and with their network, then
// maatwerk; begeleiding towards dagbesteding; uitstroom from bijstand.
#[test]
fn voorbeeldgemeente() {
    gemeente("voorbeeldgemeente", 3, 32);
}

/// The gemeenten with a test above.
const TESTED: [&str; 5] = [
    "alphen-chaam",
    "heusden",
    "almere",
    "leidschendam-voorburg",
    "voorbeeldgemeente",
];

/// Every gemeente the app offers has its scenarios file and its test above,
/// and every scenarios file belongs to a gemeente the app offers.
#[test]
fn every_gemeente_has_scenarios_and_every_scenarios_file_a_gemeente() {
    let index = index();
    let gemeenten: Vec<String> = index.gemeenten.iter().map(|g| g.id.clone()).collect();
    for g in &gemeenten {
        assert!(TESTED.contains(&g.as_str()), "{g}: add a test that runs its scenarios");
    }
    for g in &index.gemeenten {
        let file = g.file.replace(".json", SUFFIX);
        assert!(dir().join(&file).is_file(), "{}: no {file}", g.id);
    }
    for entry in std::fs::read_dir(dir()).expect("public/catalogus") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(SUFFIX) {
            assert!(
                gemeenten.iter().any(|g| g == id),
                "{name}: no gemeente “{id}” in index.json"
            );
        }
    }
    assert_eq!(gemeenten.len(), TESTED.len());
}

/// `catalogue test` against the shipped files: exit 0; with a broken
/// scenarios file or a failing expectation, exit 1.
#[test]
fn the_catalogue_test_command() {
    let cat = dir().join("heusden.json").display().to_string();
    assert_eq!(routekaart::cli::run(vec!["test".into(), cat.clone()]), 0);

    let tmp = std::env::temp_dir().join(format!("routekaart-scenarios-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let write = |name: &str, text: &str| {
        let path = tmp.join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    };
    // Shown, but must not be: a failing expectation fails the command.
    let failing = write(
        "failing.scenarios.json",
        r#"{"catalogus": "heusden", "inwoners": [{"naam": "acuut gevaar", "max_vragen": 10,
            "antwoorden": {"themes": ["veiligheid"], "safety": ["acuut_gevaar"], "age": 50, "area": "drunen"},
            "verwacht": {"toont_niet": ["nl-112"]}}]}"#,
    );
    assert_eq!(routekaart::cli::run(vec!["test".into(), cat.clone(), failing]), 1);
    let unknown = write(
        "unknown.scenarios.json",
        r#"{"catalogus": "heusden", "inwoners": [{"naam": "x", "max_vragen": 10,
            "antwoorden": {"themes": ["geld"]}, "verwacht": {"toont": ["schuldhulpp"]}}]}"#,
    );
    assert_eq!(routekaart::cli::run(vec!["test".into(), cat.clone(), unknown]), 1);
    let broken = write("broken.scenarios.json", r#"{"catalogus": "heusden" "inwoners": []}"#);
    assert_eq!(routekaart::cli::run(vec!["test".into(), cat, broken]), 1);
    let _ = std::fs::remove_dir_all(&tmp);
}
