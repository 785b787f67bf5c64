//! The committed JSON Schema must equal the one generated from the Rust types.
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn committed_schema_is_in_sync_with_the_rust_types() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/schema/catalogus.schema.json"
    ))
    .expect("public/schema/catalogus.schema.json exists");
    assert_eq!(
        committed,
        routekaart::cli::schema_json(),
        "run: cargo run --bin catalogue -- schema > public/schema/catalogus.schema.json"
    );
}

#[test]
fn every_shipped_catalogue_passes_the_validator() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/catalogus");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        // The list of gemeenten, and each gemeente's scenarios (tests/scenarios.rs).
        if name == "index.json" || name.ends_with(routekaart::core::acceptance::SUFFIX) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let checked = routekaart::core::catalogue::validate::check(&text, Default::default());
        let errors: Vec<String> = checked.errors().map(|f| f.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        files += 1;
    }
    assert_eq!(files, 6); // five gemeenten (issue 13 added the Voorbeeldgemeente) and landelijk
}
