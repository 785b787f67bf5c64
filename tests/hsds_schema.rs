//! The HSDS export of every shipped catalogue is valid against Open
//! Referral's own schema (`schema/compiled/service.json` of HSDS 3.0, copied
//! unchanged into tests/fixtures/hsds-3.0/, or `HSDS_SCHEMA`), formats included:
//! uuid, uri, email, date-time. So is the hand-written fixture, and what an
//! import of it exports again.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use routekaart::core::interchange::{export_hsds, import_hsds, ImportOptions};
use serde_json::Value;

mod common;
use common::shipped;

fn schema_path() -> PathBuf {
    match std::env::var_os("HSDS_SCHEMA") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds-3.0/service.json"),
    }
}

fn validator() -> jsonschema::Validator {
    let path = schema_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the HSDS 3.0 schema is not at {} ({e}); set HSDS_SCHEMA",
            path.display()
        )
    });
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the HSDS schema compiles")
}

/// Every error, with the service and where in it.
fn errors(v: &jsonschema::Validator, services: &[Value], what: &str) -> Vec<String> {
    services
        .iter()
        .enumerate()
        .flat_map(|(i, s)| {
            v.iter_errors(s)
                .map(move |e| format!("{what} service {i} at {}: {e}", e.instance_path()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_export_of_every_shipped_catalogue_is_valid_hsds_3() {
    let v = validator();
    let mut all = Vec::new();
    let mut count = 0;
    for (name, cat) in shipped() {
        let services = export_hsds(&cat);
        count += services.len();
        all.extend(errors(&v, &services, &name));
    }
    assert!(count > 150, "{count}");
    assert!(all.is_empty(), "{} error(s):\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_fixture_written_from_the_schema_is_valid_and_so_is_its_import_exported() {
    let v = validator();
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds/voedselbank-schuldhulp.json"),
    )
    .unwrap();
    let fixture: Vec<Value> = serde_json::from_str(&text).unwrap();
    let e = errors(&v, &fixture, "fixture");
    assert!(e.is_empty(), "{e:#?}");
    let imported = import_hsds(&text, &ImportOptions::from_file_name("voedselbank")).unwrap();
    let e = errors(&v, &export_hsds(&imported.catalogue), "re-export");
    assert!(e.is_empty(), "{e:#?}");
}

#[test]
fn the_validator_does_check_formats_and_required_fields() {
    let v = validator();
    let bad = serde_json::json!({"id": "bijstand", "name": "Bijstand", "status": "active"});
    assert!(!v.is_valid(&bad), "an id that is no uuid");
    let bad = serde_json::json!({"id": "0ffde474-27d9-5aac-977c-0177eba35fc3", "name": "Bijstand"});
    assert!(!v.is_valid(&bad), "no status");
    let good =
        serde_json::json!({"id": "0ffde474-27d9-5aac-977c-0177eba35fc3", "name": "Bijstand", "status": "active"});
    assert!(v.is_valid(&good));
}
