use super::*;
use crate::core::catalogue::{read_for_residents, Catalogue};

fn heusden() -> (Catalogue, Catalogue) {
    let own = read_for_residents(include_str!("../../../public/catalogus/heusden.json")).expect("heusden");
    let national = read_for_residents(include_str!("../../../public/catalogus/landelijk.json")).expect("landelijk");
    (own, national)
}

/// A file with one resident in Heusden: acuut gevaar, as in the shipped file.
fn one(verwacht: &str) -> String {
    format!(
        r#"{{
  "catalogus": "heusden",
  "inwoners": [
    {{
      "naam": "acuut gevaar",
      "max_vragen": 10,
      "antwoorden": {{"themes": ["veiligheid"], "safety": ["acuut_gevaar"], "age": 50, "area": "drunen"}},
      "verwacht": {verwacht}
    }}
  ]
}}"#
    )
}

fn errors(text: &str) -> Vec<ScenarioError> {
    match parse("heusden.scenarios.json", text) {
        Ok(s) => {
            let (own, national) = heusden();
            run(&s, &own, Some(&national)).err().unwrap_or_default()
        }
        Err(e) => e,
    }
}

fn report(text: &str) -> Report {
    let s = parse("heusden.scenarios.json", text).unwrap_or_else(|e| panic!("{e:?}"));
    let (own, national) = heusden();
    run(&s, &own, Some(&national)).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn a_file_that_holds_is_in_orde() {
    let r = report(&one(
        r#"{"eerste": "nl-112", "toont": ["maatschappelijk-werk"], "toont_niet": ["nl-113", "nl-veilig-thuis"],
            "directe_hulp": ["nl-112"], "gevraagd": ["safety"], "niet_gevraagd": ["debts"]}"#,
    ));
    assert!(r.passed(), "{:?}", r.failures());
    assert_eq!(r.residents[0].expectations, 8);
    assert!(r.text().contains("in orde  acuut gevaar"), "{}", r.text());
}

#[test]
fn bad_json_says_where_in_dutch() {
    let e = errors("{\"catalogus\": \"heusden\"\n \"inwoners\": []}");
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].line, e[0].column), (Some(2), Some(2)));
    let text = e[0].to_string();
    assert!(text.starts_with("heusden.scenarios.json:2:2: fout: "), "{text}");
    assert!(text.contains("mist een komma"), "{text}");
}

#[test]
fn an_unknown_service_names_the_resident_the_field_and_a_near_id() {
    let e = errors(&one(r#"{"toont": ["maatschappelijk-werk", "schuldhulpp"]}"#));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].resident, Some((1, "acuut gevaar".into())));
    assert_eq!(e[0].field, "verwacht.toont[1]");
    assert_eq!(e[0].line, Some(8));
    let text = e[0].to_string();
    assert!(
        text.contains("inwoner 1 “acuut gevaar”, veld “verwacht.toont[1]”: onbekende dienst “schuldhulpp”"),
        "{text}"
    );
    assert!(text.contains("Bedoelt u “schuldhulp”?"), "{text}");
    // In every place a service is named, keys of objects included.
    for verwacht in [
        r#"{"toont_niet": ["x-y"]}"#,
        r#"{"volgorde": [["nl-112", "x-y"]]}"#,
        r#"{"begin_hier": ["x-y"]}"#,
        r#"{"eerste": "x-y"}"#,
        r#"{"directe_hulp": ["x-y"]}"#,
        r#"{"past": {"x-y": "zeker"}}"#,
        r#"{"open_op": {"x-y": "income"}}"#,
        r#"{"uiterlijk_op_plaats": {"x-y": 2}}"#,
    ] {
        let e = errors(&one(verwacht));
        assert!(
            e.len() == 1 && e[0].message.contains("onbekende dienst “x-y”") && e[0].field.starts_with("verwacht."),
            "{verwacht}: {e:?}"
        );
    }
}

#[test]
fn an_unknown_question_or_answer_names_the_resident_and_field() {
    let text = one("{}").replace("\"age\": 50", "\"leeftijd\": 50");
    let e = errors(&text);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].field, "antwoorden.leeftijd");
    assert!(
        e[0].to_string()
            .contains("onbekende vraag “leeftijd”; bekend zijn: themes"),
        "{}",
        e[0]
    );

    let e = errors(&one("{}").replace("\"drunen\"", "\"drunnen\""));
    assert_eq!(e[0].field, "antwoorden.area");
    assert!(e[0].message.contains("onbekende kern of wijk “drunnen”"), "{e:?}");

    let e = errors(&one("{}").replace("\"acuut_gevaar\"", "\"gevaar\""));
    assert_eq!(e[0].field, "antwoorden.safety");
    assert!(e[0].message.contains("“gevaar” is geen mogelijk antwoord"), "{e:?}");

    let e = errors(&one(
        r#"{"gevraagd": ["incme"], "open_op": {"nl-112": ["income", "dept"]}}"#,
    ));
    let fields: Vec<&str> = e.iter().map(|x| x.field.as_str()).collect();
    assert_eq!(fields, ["verwacht.gevraagd[0]", "verwacht.open_op.nl-112[1]"], "{e:?}");
    assert!(e[0].message.starts_with("onbekende vraag “incme”"));
}

#[test]
fn a_typo_in_a_field_is_a_mistake_not_an_expectation_never_checked() {
    let e = errors(&one(r#"{"toont_nit": ["nl-113"]}"#));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].field, "verwacht.toont_nit");
    assert!(
        e[0].message
            .contains("hoort hier niet (tikfout?); toegestaan: toont, toont_niet"),
        "{e:?}"
    );

    let e = errors(&one("{}").replace("\"max_vragen\": 10", "\"max_vraagen\": 10"));
    let messages: Vec<&str> = e.iter().map(|x| x.message.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("“max_vraagen” hoort hier niet")),
        "{e:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("het verplichte veld “max_vragen” ontbreekt")),
        "{e:?}"
    );

    let e = errors(&one(
        r#"{"past": {"nl-112": "ja"}, "geen_groep": ["direct"], "volgorde": [["nl-112"]]}"#,
    ));
    let messages: Vec<&str> = e.iter().map(|x| x.message.as_str()).collect();
    assert_eq!(e.len(), 3, "{e:?}");
    assert!(
        messages.iter().any(|m| m.contains("“zeker” of “misschien”")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("onbekende groep “direct”")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("minstens twee diensten")),
        "{messages:?}"
    );
}

#[test]
fn duplicates_names_and_keys_and_an_empty_file_are_mistakes() {
    let text = one(r#"{"toont": ["nl-112"], "toont": ["nl-113"]}"#);
    let e = errors(&text);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].message.contains("“toont” staat twee keer"), "{e:?}");
    assert_eq!(e[0].resident, Some((1, "acuut gevaar".into())));

    let resident = r#"{"naam": "a", "max_vragen": 3, "antwoorden": {"themes": ["geld"]}}"#;
    let text = format!(r#"{{"catalogus": "heusden", "inwoners": [{resident}, {resident}]}}"#);
    let e = errors(&text);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].resident, Some((2, "a".into())));
    assert!(e[0].message.contains("deze naam heeft inwoner 1 al"), "{e:?}");

    let e = errors(r#"{"catalogus": "heusden", "inwoners": []}"#);
    assert!(e[0].message.contains("geen inwoners"), "{e:?}");
    let e = errors(r#"{"inwoners": [{"naam": "a"}]}"#);
    let messages: Vec<String> = e.iter().map(ToString::to_string).collect();
    assert!(
        messages.iter().any(|m| m.contains("“catalogus” ontbreekt")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("inwoner 1 “a”, ") && m.contains("“antwoorden” ontbreekt")),
        "{messages:?}"
    );
}

#[test]
fn a_file_for_another_catalogue_is_refused() {
    let text = one("{}").replace("\"catalogus\": \"heusden\"", "\"catalogus\": \"almere\"");
    let e = errors(&text);
    assert_eq!(e[0].field, "catalogus");
    assert!(e[0]
        .message
        .contains("voor de catalogus “almere”, maar het draait tegen “heusden”"));
}

/// Every kind of expectation, each made false: each is reported, with its
/// field, and the report is not "in orde".
#[test]
fn every_failing_expectation_is_reported() {
    let text = one(r#"{
        "toont": ["schuldhulp"],
        "toont_niet": ["nl-112"],
        "volgorde": [["maatschappelijk-werk", "nl-112"]],
        "begin_hier": ["schuldhulp"],
        "niet_in_begin_hier": ["buurtpreventie"],
        "eerste": "maatschappelijk-werk",
        "directe_hulp": ["maatschappelijk-werk"],
        "geen_groep": ["directhulp"],
        "past": {"maatschappelijk-werk": "misschien"},
        "open_op": {"maatschappelijk-werk": "income"},
        "gevraagd": ["debts"],
        "niet_gevraagd": ["safety"],
        "uiterlijk_op_plaats": {"schuldhulp": 1}
    }"#)
    .replace("\"max_vragen\": 10", "\"max_vragen\": 2");
    let r = report(&text);
    assert!(!r.passed());
    let resident = &r.residents[0];
    let fields: Vec<&str> = resident.failures.iter().map(|f| f.field).collect();
    assert_eq!(
        fields,
        [
            "max_vragen",
            "verwacht.toont",
            "verwacht.toont_niet",
            "verwacht.volgorde",
            "verwacht.begin_hier",
            "verwacht.niet_in_begin_hier",
            "verwacht.eerste",
            "verwacht.directe_hulp",
            "verwacht.geen_groep",
            "verwacht.past",
            "verwacht.open_op",
            "verwacht.gevraagd",
            "verwacht.niet_gevraagd",
            "verwacht.uiterlijk_op_plaats",
        ],
        "{:#?}",
        resident.failures
    );
    assert_eq!(resident.expectations, 14);
    let key = resident.key_help.as_ref().expect("key help row");
    assert_eq!((key.id.as_str(), key.rank), ("schuldhulp", 0));
    let text = r.text();
    assert!(text.contains("FOUT     acuut gevaar"), "{text}");
    assert!(
        text.contains("verwacht.toont_niet: nl-112 wordt getoond, maar mag niet"),
        "{text}"
    );
    assert!(
        text.ends_with("NIET in orde (1 van de 1 inwoners met fouten)\n"),
        "{text}"
    );
    // How many questions depends on the catalogue; that it is reported does not.
    let first = &r.failures()[0];
    assert!(first.starts_with("[acuut gevaar] max_vragen: kreeg "), "{first}");
    assert!(first.contains(" vragen, hoogstens 2 verwacht"), "{first}");
}

#[test]
fn recognised_by_name_or_by_its_residents() {
    assert!(is_scenarios("x/heusden.scenarios.json", ""));
    assert!(is_scenarios("x.json", r#"{"catalogus": "a", "inwoners": []}"#));
    assert!(!is_scenarios(
        "heusden.json",
        include_str!("../../../public/catalogus/heusden.json")
    ));
}
