//! Structured input: a shipped catalogue with a few edits a maintainer (or a
//! broken export) could make — a value replaced by another from the
//! catalogue's vocabulary (codes, times, dates, numbers at the edges of their
//! types, `javascript:` links), an entry repeated up to 300 times, a field or
//! entry removed, a part copied somewhere else, a field added — then read by
//! the resident's page and put through matching, opening hours, the cards and
//! the questionnaire for structured answers and a clock reading
//! (`routekaart_fuzz::resident_page`), and (feature `maintainer`) checked:
//! no panic, and a file the check finds no error in loses no entry in the
//! browser. Raw bytes rarely stay valid JSON long enough to reach the rules;
//! these edits always do. `FUZZ_DUMP=file.json` writes the edited catalogue
//! of the input run last (replay one crash input to get its file).
#![no_main]

use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use routekaart::core::calendar::Weekday;
use routekaart::core::catalogue::{read_with_findings, Access, Action, Cost, Kind, PhoneHours, Scope, Status};
use routekaart::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
use routekaart_fuzz::{answers, moment, national, resident_page};
use serde_json::{json, Map, Value};

const SHIPPED: [&str; 5] = [
    include_str!("../../../public/catalogus/heusden.json"),
    include_str!("../../../public/catalogus/almere.json"),
    include_str!("../../../public/catalogus/alphen-chaam.json"),
    include_str!("../../../public/catalogus/leidschendam-voorburg.json"),
    include_str!("../../../public/catalogus/landelijk.json"),
];

fn shipped() -> &'static [Value] {
    static VALUES: OnceLock<Vec<Value>> = OnceLock::new();
    VALUES.get_or_init(|| {
        SHIPPED
            .iter()
            .map(|t| serde_json::from_str(t).expect("shipped"))
            .collect()
    })
}

/// Field names of the format, for added fields.
const FIELDS: &[&str] = &[
    "schema_version",
    "id",
    "name",
    "scope",
    "cbs_code",
    "areas",
    "organizations",
    "locations",
    "services",
    "documents",
    "maintainer",
    "last_modified",
    "organization_id",
    "status",
    "kind",
    "access",
    "legal_basis",
    "description",
    "themes",
    "situations",
    "eligibility",
    "minimum_age",
    "maximum_age",
    "households",
    "child_ages",
    "income_max_percent",
    "eligibility_description",
    "unchecked_conditions",
    "next_steps",
    "action",
    "text",
    "application_process",
    "required_documents",
    "cost",
    "fees_description",
    "url",
    "product_page",
    "upl",
    "email",
    "phones",
    "number",
    "hours",
    "example_data",
    "languages",
    "service_at_locations",
    "location_id",
    "schedules",
    "byday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "closed_dates",
    "date",
    "reason",
    "open_on_public_holidays",
    "service_areas",
    "area",
    "address",
    "priority",
    "source",
    "document",
    "quote",
    "assured_date",
    "review_by",
    "nl",
    "nl-B1",
    "en",
    "file",
    "title",
];

/// Strings the format gives meaning to, and strings at its edges.
fn strings() -> &'static [String] {
    static STRINGS: OnceLock<Vec<String>> = OnceLock::new();
    STRINGS.get_or_init(|| {
        let codes = [
            Theme::CODES,
            Situation::CODES,
            Household::CODES,
            ChildAge::CODES,
            CaredFor::CODES,
            IncomeBand::CODES,
            Kind::CODES,
            Access::CODES,
            Status::CODES,
            Action::CODES,
            Cost::CODES,
            PhoneHours::CODES,
            Scope::CODES,
            Weekday::CODES,
        ];
        let edges = [
            "",
            " ",
            "00:00",
            "09:00",
            "9:00",
            "12:00",
            "22:00",
            "23:59",
            "24:00",
            "24:01",
            "25:00",
            "02:00",
            "2026-01-01",
            "2026-12-31",
            "2024-02-29",
            "2026-02-29",
            "0000-01-01",
            "9999-12-31",
            "2026-13-01",
            "javascript:alert(1)",
            "https://example.org/",
            "http://",
            "data:text/html,x",
            "tel:+31",
            "nl-",
            "-",
            "1",
            "geld ",
            "GELD",
            "\u{0}",
            "é",
            "ا",
            "\u{202e}",
            "a\nb",
            "Dit is een zin. En nog een. ",
        ];
        codes
            .into_iter()
            .flatten()
            .copied()
            .chain(edges)
            .map(String::from)
            .chain(["x".repeat(300), "Een heel lange zin ".repeat(20), "beleid.txt".into()])
            .collect()
    })
}

fn vocabulary_value(u: &mut Unstructured) -> Result<Value> {
    Ok(match u.int_in_range(0u8..=12)? {
        0..=5 => Value::String(u.choose(strings())?.clone()),
        6 => json!(*u.choose(&[
            0i64,
            1,
            -1,
            18,
            65,
            120,
            121,
            127,
            128,
            255,
            256,
            65_535,
            65_536,
            i64::MIN
        ])?),
        7 => json!(*u.choose(&[u64::MAX, 4_294_967_296])?),
        8 => json!(*u.choose(&[0.5f64, 1e308, -0.0])?),
        9 => Value::Bool(u.arbitrary()?),
        10 => Value::Null,
        11 => json!([]),
        _ => json!({}),
    })
}

/// The path (child indices) of a node: each step goes into a child with some
/// chance, so nodes at every depth get picked.
fn pick(u: &mut Unstructured, root: &Value) -> Result<Vec<usize>> {
    let mut path = Vec::new();
    let mut node = root;
    loop {
        let n = match node {
            Value::Array(a) => a.len(),
            Value::Object(o) => o.len(),
            _ => 0,
        };
        if n == 0 || u.ratio(1u8, 6)? {
            return Ok(path);
        }
        let i = u.choose_index(n)?;
        path.push(i);
        node = match node {
            Value::Array(a) => &a[i],
            Value::Object(o) => o.values().nth(i).expect("index in range"),
            _ => unreachable!(),
        };
    }
}

fn node_mut<'v>(root: &'v mut Value, path: &[usize]) -> &'v mut Value {
    path.iter().fold(root, |node, &i| match node {
        Value::Array(a) => &mut a[i],
        Value::Object(o) => o.values_mut().nth(i).expect("index in range"),
        _ => unreachable!(),
    })
}

fn node<'v>(root: &'v Value, path: &[usize]) -> &'v Value {
    path.iter().fold(root, |node, &i| match node {
        Value::Array(a) => &a[i],
        Value::Object(o) => o.values().nth(i).expect("index in range"),
        _ => unreachable!(),
    })
}

fn edit(u: &mut Unstructured, doc: &mut Value) -> Result<()> {
    let path = pick(u, doc)?;
    match u.int_in_range(0u8..=9)? {
        // Another value.
        0..=3 => *node_mut(doc, &path) = vocabulary_value(u)?,
        // A part copied from elsewhere in the file.
        4 => {
            let from = pick(u, doc)?;
            *node_mut(doc, &path) = node(doc, &from).clone();
        }
        // An entry repeated (a list of 256 or more breaks a u8 count).
        5 | 6 => {
            let times = *u.choose(&[1usize, 2, 127, 128, 255, 256, 300])?;
            if let Value::Array(a) = node_mut(doc, &path) {
                if let Some(first) = a.first().cloned() {
                    a.extend(std::iter::repeat_n(first, times));
                }
            } else if let Some((&last, parent)) = path.split_last() {
                if let Value::Array(a) = node_mut(doc, parent) {
                    let x = a[last].clone();
                    a.extend(std::iter::repeat_n(x, times));
                }
            }
        }
        // A field or an entry removed.
        7 => {
            if let Some((&last, parent)) = path.split_last() {
                match node_mut(doc, parent) {
                    Value::Array(a) => {
                        a.remove(last);
                    }
                    Value::Object(o) => {
                        let key = o.keys().nth(last).expect("index in range").clone();
                        o.remove(&key);
                    }
                    _ => {}
                }
            }
        }
        // A field added (or set) on an object.
        _ => {
            if let Value::Object(o) = node_mut(doc, &path) {
                let key = (*u.choose(FIELDS)?).to_string();
                let value = if u.arbitrary()? {
                    vocabulary_value(u)?
                } else {
                    Value::Array(vec![vocabulary_value(u)?; u.int_in_range(0..=3)?])
                };
                o.insert(key, value);
            } else {
                *node_mut(doc, &path) = Value::Object(Map::new());
            }
        }
    }
    Ok(())
}

fn run(u: &mut Unstructured) -> Result<()> {
    let mut doc = u.choose(shipped())?.clone();
    for _ in 0..u.int_in_range(1u8..=6)? {
        edit(u, &mut doc)?;
    }
    let text = if u.arbitrary()? {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    }
    .expect("serialisable");
    // To turn a crash into a plain catalogue file: FUZZ_DUMP=file.json, then
    // run the target on the crash input alone.
    if let Some(path) = std::env::var_os("FUZZ_DUMP") {
        std::fs::write(path, &text).expect("FUZZ_DUMP is writable");
    }

    #[cfg(feature = "maintainer")]
    {
        use routekaart::core::catalogue::validate::{check, CheckOptions};
        let read_document = |name: &str| (name == "beleid.txt").then(|| text.clone());
        let checked = check(
            &text,
            CheckOptions {
                today: routekaart::core::calendar::Date::parse("2026-11-24"),
                read_document: Some(&read_document),
            },
        );
        if !checked.has_errors() {
            let read = read_with_findings(&text).unwrap_or_else(|e| panic!("checked without errors, not read: {e}"));
            assert!(
                read.dropped.is_empty(),
                "checked without errors, but dropped: {:?}",
                read.dropped
            );
        }
    }

    let Ok(read) = read_with_findings(&text) else {
        return Ok(());
    };
    let cat = read.catalogue.merged_with(national());
    for _ in 0..2 {
        let a = answers(u, &cat)?;
        let now = moment(u, &cat)?;
        resident_page(&cat, &a, now);
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
