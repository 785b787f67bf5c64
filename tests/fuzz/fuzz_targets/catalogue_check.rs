//! The maintainers' check (`core::catalogue::validate::check`, what
//! `catalogue check` runs) on any file: it never panics, a file it finds no
//! error in is one the resident's page reads with nothing dropped, and a
//! finding's line is inside the file. Every document the file names reads
//! as the file itself, so quotes are searched for in arbitrary text too.
//! A catalogue it reads is checked against the national one (`check_merge`),
//! and the list of gemeenten (`check_index`) gets the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use routekaart::core::calendar::Date;
use routekaart::core::catalogue::read::read_with_findings;
use routekaart::core::catalogue::validate::{check, check_index, check_merge, CheckOptions};
use routekaart_fuzz::national;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let read_document = |name: &str| (!name.is_empty() && name.len() % 3 != 0).then(|| text.to_string());
    let today = Date::from_days_since_epoch(20_000 + i64::from(data.len() as u16 % 1000));
    let checked = check(
        text,
        CheckOptions {
            today: Some(today),
            read_document: Some(&read_document),
        },
    );
    let lines = text.lines().count() as u32 + 1;
    for f in &checked.findings {
        if let Some(line) = f.line {
            assert!(line >= 1 && line <= lines, "{f} is past the end ({lines} lines)");
        }
    }
    if !checked.has_errors() {
        // "In orde" for maintainers means residents see all of it.
        let read = read_with_findings(text).unwrap_or_else(|e| panic!("checked without errors, but not read: {e}"));
        assert!(
            read.dropped.is_empty(),
            "checked without errors, but dropped: {:?}",
            read.dropped
        );
        assert!(checked.catalogue.is_some());
    }
    if let Some(cat) = &checked.catalogue {
        let _ = check_merge(cat, national());
    }
    let _ = check_index(text, |name| name.len() % 2 == 0);
});
