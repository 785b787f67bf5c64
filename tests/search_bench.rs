//! How the search of "Alle hulp" scales: per-keystroke search time on the
//! synthetic benchmark catalogues of 100, 1,000 and 10,000 services
//! (`examples/support/synthetic.rs`, the ones `bench_match` uses). Prints
//! figures and asserts nothing about time. Run it optimised with
//! `cargo test --release --test search_bench -- --ignored --nocapture`
//! (`scripts/bench.sh` does); a debug build's figures are many times higher.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods)] // a benchmark: not the app's wasm

#[path = "../examples/support/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use std::hint::black_box;
use std::time::{Duration, Instant};

use routekaart::core::calendar::{Date, Time};
use routekaart::core::catalogue::Catalogue;
use routekaart::core::facts::Theme;
use routekaart::core::i18n::Lang;
use routekaart::core::opening::Moment;
use routekaart::core::search::{Filters, OpenFilter, SearchIndex};

use synthetic::{catalogue_json, SIZES, TYPED};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Median, p95 and maximum.
fn spread(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let n = times.len();
    let p95 = ((n * 95).div_ceil(100)).clamp(1, n) - 1;
    (ms(times[n / 2]), ms(times[p95]), ms(times[n - 1]))
}

/// Times every keystroke of [`TYPED`] `rounds` times with `filters`.
fn keystrokes(index: &SearchIndex, cat: &Catalogue, filters: &Filters, rounds: usize) -> (Vec<Duration>, usize) {
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..rounds {
        for typed in TYPED {
            let ends = typed.char_indices().map(|(i, c)| i + c.len_utf8());
            for end in ends {
                let start = Instant::now();
                let hits = black_box(index.search(cat, &typed[..end], filters));
                times.push(start.elapsed());
                found += hits.len();
            }
        }
    }
    (times, found)
}

#[test]
#[ignore = "a benchmark: prints figures; run with --ignored --nocapture"]
fn search_per_keystroke() {
    let optimised = !cfg!(debug_assertions);
    println!(
        "search benchmark ({} build); every prefix of {} typed queries, {} keystrokes a round",
        if optimised { "optimised" } else { "DEBUG, unoptimised" },
        TYPED.len(),
        TYPED.iter().map(|t| t.chars().count()).sum::<usize>()
    );
    // Tuesday 24 November 2026, 10:00.
    let now = Moment {
        date: Date::parse("2026-11-24").expect("a date"),
        time: Time::hm(10, 0),
    };
    for n in SIZES {
        let cat: Catalogue = serde_json::from_str(&catalogue_json(n)).expect("parse");
        let builds: Vec<Duration> = (0..5)
            .map(|_| {
                let start = Instant::now();
                black_box(SearchIndex::new(&cat, Lang::Nl));
                start.elapsed()
            })
            .collect();
        let (build, _, _) = spread(builds);
        let index = SearchIndex::new(&cat, Lang::Nl);
        let rounds = if n >= 10_000 { 3 } else { 10 };
        let (times, found) = keystrokes(&index, &cat, &Filters::default(), rounds);
        let count = times.len();
        let (median, p95, max) = spread(times);
        let (empty, _, _) = spread(
            (0..20)
                .map(|_| {
                    let start = Instant::now();
                    black_box(index.search(&cat, "", &Filters::default()));
                    start.elapsed()
                })
                .collect(),
        );
        let filters = Filters {
            theme: Some(Theme::Geld),
            area: Some("wijk-3".into()),
            open: Some(OpenFilter::Today(now)),
            ..Filters::default()
        };
        let (filtered, _) = keystrokes(&index, &cat, &filters, rounds);
        let (f_median, f_p95, f_max) = spread(filtered);
        println!(
            "{n} services: index built in {build:.2} ms (median of 5); per keystroke median {median:.3} ms, \
             p95 {p95:.3} ms, max {max:.3} ms over {count} ({:.0} hits on average); empty query (A–Z) {empty:.3} ms; \
             with theme + kern + open today: median {f_median:.3} ms, p95 {f_p95:.3} ms, max {f_max:.3} ms",
            found as f64 / count as f64
        );
    }
}
