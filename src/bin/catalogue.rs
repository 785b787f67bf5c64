//! Catalogue tools for maintainers and tests (feature `maintainer`, on by
//! default in native builds).
//!
//!   catalogue check FILE...          every problem in each file, exit 1 on errors
//!   catalogue schema                 print the JSON Schema of the format
//!   catalogue scenario CAT ANSWERS   questions and suggestions for one resident
//!   catalogue test CAT [SCENARIOS]   a gemeente's residents as acceptance tests, exit 1 on a failure
//!   catalogue import hsds|csv FILE   a catalogue from HSDS 3.0 or a spreadsheet
//!   catalogue export hsds|csv CAT    a catalogue as HSDS 3.0 or a spreadsheet

fn main() {
    std::process::exit(routekaart::cli::run(std::env::args().skip(1).collect()));
}
