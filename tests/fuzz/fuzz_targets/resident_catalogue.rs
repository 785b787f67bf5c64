//! The resident's page on any catalogue file: `read_with_findings` (the
//! browser's lenient reader) never panics and places its findings inside the
//! text; a catalogue it reads, merged with the shipped national one, goes
//! through matching, "Begin hier", opening and phone hours, the cards'
//! sentences and the questionnaire, for answers and a clock reading made
//! from the file's bytes, without panicking or breaking a promise
//! (`routekaart_fuzz::resident_page`). Run without the maintainer feature,
//! as the page is built.
#![no_main]

use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use routekaart::core::catalogue::{read_with_findings, SCHEMA_VERSION};
use routekaart_fuzz::{answers, derived, moment, national, resident_page};

fuzz_target!(|data: &[u8]| {
    // fetch().text() decodes the body as UTF-8, replacing what is not.
    let text = String::from_utf8_lossy(data);
    let Ok(read) = read_with_findings(&text) else { return };
    assert_eq!(read.catalogue.schema_version, SCHEMA_VERSION);
    let lines = text.lines().count() as u32 + 1;
    for f in &read.dropped {
        if let Some(line) = f.line {
            assert!(line >= 1 && line <= lines, "{f} is past the end ({lines} lines)");
        }
    }
    let cat = read.catalogue.merged_with(national());
    let bytes = derived(data);
    let mut u = Unstructured::new(&bytes);
    for _ in 0..3 {
        let (Ok(a), Ok(now)) = (answers(&mut u, &cat), moment(&mut u, &cat)) else {
            break;
        };
        resident_page(&cat, &a, now);
    }
});
