//! The engine inside the browser, called by `scripts/bench.mjs` (built as a
//! wasm library with wasm-bindgen, with the `search` feature):
//! `bench_engine` returns `[parse_ms, match_median_ms, match_p95_ms, suggestions]`;
//! `bench_search` returns `[index_build_ms, median_ms, p95_ms, max_ms, keystrokes]`
//! per keystroke of "Alle hulp", as `tests/search_bench.rs` measures natively.
#![allow(clippy::disallowed_methods)] // benchmarks: not the app's wasm

// The typed words both search benchmarks share (the catalogues come as
// JSON from `bench_match --write`).
#[cfg(target_arch = "wasm32")]
#[path = "support/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

#[cfg(target_arch = "wasm32")]
mod wasm {
    use routekaart::core::answers::decode;
    use routekaart::core::catalogue::Catalogue;
    use routekaart::core::i18n::Lang;
    use routekaart::core::matching::suggest;
    use routekaart::core::search::{Filters, SearchIndex};
    use std::hint::black_box;
    use wasm_bindgen::prelude::*;

    use super::synthetic::TYPED;

    fn now() -> f64 {
        web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
    }

    fn parse(json: &str) -> Result<Catalogue, JsValue> {
        serde_json::from_str(json).map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// Sorts `times` and gives its p95.
    fn p95(times: &mut [f64]) -> f64 {
        times.sort_by(f64::total_cmp);
        times[((times.len() as f64 * 0.95).ceil() as usize).saturating_sub(1)]
    }

    #[wasm_bindgen]
    pub fn bench_engine(json: &str, answers: &str, runs: u32) -> Result<Vec<f64>, JsValue> {
        let t0 = now();
        let cat = parse(json)?;
        let parse = now() - t0;
        let a = decode(answers).map_err(|e| JsValue::from_str(&format!("{e:?}")))?;
        let mut times = Vec::with_capacity(runs as usize);
        let mut count = 0;
        for _ in 0..runs.max(1) {
            let t = now();
            count = suggest(&cat, &a).len();
            times.push(now() - t);
        }
        let p95 = p95(&mut times);
        Ok(vec![parse, times[times.len() / 2], p95, count as f64])
    }

    /// Builds the index once, then times one `search` per prefix of [`TYPED`]
    /// (one keystroke), `rounds` times, with no filters.
    #[wasm_bindgen]
    pub fn bench_search(json: &str, rounds: u32) -> Result<Vec<f64>, JsValue> {
        let cat = parse(json)?;
        let t0 = now();
        let index = SearchIndex::new(&cat, Lang::Nl);
        let build = now() - t0;
        let filters = Filters::default();
        let mut times = Vec::new();
        for _ in 0..rounds.max(1) {
            for typed in TYPED {
                for (i, c) in typed.char_indices() {
                    let t = now();
                    // Dropped after the clock stops, as in tests/search_bench.rs.
                    let _hits = black_box(index.search(&cat, &typed[..i + c.len_utf8()], &filters));
                    times.push(now() - t);
                }
            }
        }
        let p95 = p95(&mut times);
        Ok(vec![
            build,
            times[times.len() / 2],
            p95,
            times[times.len() - 1],
            times.len() as f64,
        ])
    }
}
