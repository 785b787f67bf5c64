//! The lean reader against serde_json: parsing, its errors, the small files.

use super::json::parse;
use super::*;
use crate::core::catalogue::model::CatalogueIndex;

fn value(text: &str) -> Result<String, String> {
    parse(text).map(|n| show(&n)).map_err(|e| format!("{}@{}", e.raw, e.at))
}

fn show(n: &Node) -> String {
    match &n.value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        // Kept as written; compared by value with serde_json's.
        Value::Number(s) => format!("{:?}", s.parse::<f64>().unwrap()),
        Value::String(s) => format!("{s:?}"),
        Value::Array(items) => format!("[{}]", items.iter().map(show).collect::<Vec<_>>().join(",")),
        Value::Object(f) => format!(
            "{{{}}}",
            f.iter()
                .map(|(_, k, v)| format!("{k:?}:{}", show(v)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Value::TooDeep => "…".into(),
    }
}

#[test]
fn parses_json_as_serde_json_does() {
    for text in [
        "{}",
        "[]",
        " { \"a\" : [1, -2.5e3, true, false, null, \"x\"] } ",
        r#""esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 end""#,
        r#"{"a":{"b":{"c":[[]]}}}"#,
        "0",
    ] {
        let ours = value(text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        // Same strings after escapes, same structure.
        assert_eq!(ours.replace(' ', ""), show_serde(&theirs).replace(' ', ""), "{text}");
    }
}

fn show_serde(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "null".into(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => format!("{:?}", n.as_f64().unwrap()),
        serde_json::Value::String(s) => format!("{s:?}"),
        serde_json::Value::Array(items) => {
            format!("[{}]", items.iter().map(show_serde).collect::<Vec<_>>().join(","))
        }
        serde_json::Value::Object(f) => format!(
            "{{{}}}",
            f.iter()
                .map(|(k, v)| format!("{k:?}:{}", show_serde(v)))
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

#[test]
fn refuses_what_serde_json_refuses_with_its_words() {
    for (text, words) in [
        ("", "EOF while parsing a value"),
        ("[1,]", "trailing comma"),
        ("{\"a\":1,}", "trailing comma"),
        ("{a:1}", "key must be a string"),
        ("[1 2]", "expected `,` or `]`"),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}`"),
        ("\"a\nb\"", "control character"),
        ("[", "EOF while parsing"),
        ("{\"a\" 1}", "expected `:`"),
        ("[] x", "trailing characters"),
        ("tru", "expected value"),
        ("\"\\x\"", "invalid escape"),
        ("-", "invalid number"),
    ] {
        let e = value(text).unwrap_err();
        assert!(e.contains(words), "{text:?}: {e}");
        assert!(serde_json::from_str::<serde_json::Value>(text).is_err(), "{text:?}");
    }
    // Too deep is stepped over; reading it is the error.
    let deep = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
    assert_eq!(value(&deep).unwrap(), "[".repeat(128) + "…" + &"]".repeat(128));
    let root = parse(&deep).unwrap();
    let mut n = &root;
    while let Value::Array(items) = &n.value {
        n = &items[0];
    }
    assert!(n
        .array()
        .err()
        .is_some_and(|e| e.syntax && e.raw.contains("recursion limit")));
    assert!(value(&"[".repeat(20_000)).unwrap_err().contains("EOF"));
}

#[test]
fn the_index_and_translations_read() {
    let index = read_index(include_str!("../../../../public/catalogus/index.json")).unwrap();
    let theirs: CatalogueIndex = serde_json::from_str(include_str!("../../../../public/catalogus/index.json")).unwrap();
    assert_eq!(index, theirs);
    assert!(read_index("{}").unwrap_err().contains("missing field `schema_version`"));
    assert_eq!(read_strings(r#"{"a":"b"}"#).unwrap()["a"], "b");
    assert!(read_strings(r#"{"a":1}"#).is_err());
}
