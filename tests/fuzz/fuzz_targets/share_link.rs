//! The share-link decoder (`core::answers::decode`, what a `#…&antwoorden=…`
//! address is read with) on any bytes: it never panics, reads only version 1,
//! and what it reads round-trips through `encode`. The fragment is split on
//! `&` the way the page's set-up reads it, and each `antwoorden=` value is
//! decoded as well as the whole input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use routekaart::core::journey::open_share_link;
use routekaart_fuzz::share_link_round_trips;

fuzz_target!(|data: &[u8]| {
    // The browser hands the fragment over as a string (invalid UTF-8 arrives
    // percent-encoded, or replaced).
    let text = String::from_utf8_lossy(data);
    share_link_round_trips(&text);
    let _ = open_share_link(&text);
    for part in text.trim_start_matches('#').split('&') {
        if let Some(("antwoorden", value)) = part.split_once('=') {
            share_link_round_trips(value);
        }
    }
});
