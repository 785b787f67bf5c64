//! The engine inside the browser: parse and match timings, called by
//! `scripts/bench.mjs` (built as a wasm library with wasm-bindgen).
//! Returns `[parse_ms, match_median_ms, match_p95_ms, suggestions]`.
#![allow(clippy::disallowed_methods)] // benchmarks: not the app's wasm

#[cfg(target_arch = "wasm32")]
mod wasm {
    use routekaart::core::answers::decode;
    use routekaart::core::catalogue::Catalogue;
    use routekaart::core::matching::suggest;
    use wasm_bindgen::prelude::*;

    fn now() -> f64 {
        web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
    }

    #[wasm_bindgen]
    pub fn bench_engine(json: &str, answers: &str, runs: u32) -> Result<Vec<f64>, JsValue> {
        let t0 = now();
        let cat: Catalogue = serde_json::from_str(json).map_err(|e| JsValue::from_str(&e.to_string()))?;
        let parse = now() - t0;
        let a = decode(answers).map_err(|e| JsValue::from_str(&format!("{e:?}")))?;
        let mut times = Vec::with_capacity(runs as usize);
        let mut count = 0;
        for _ in 0..runs.max(1) {
            let t = now();
            count = suggest(&cat, &a).len();
            times.push(now() - t);
        }
        times.sort_by(f64::total_cmp);
        let p95 = times[((times.len() as f64 * 0.95).ceil() as usize).saturating_sub(1)];
        Ok(vec![parse, times[times.len() / 2], p95, count as f64])
    }
}
