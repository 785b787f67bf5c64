//! How matching and the questionnaire scale with the catalogue: synthetic
//! catalogues of 100, 1,000 and 10,000 services (deterministic, varied kinds,
//! themes, rules and locations), timed natively.
//!
//! Run with `cargo run --release --example bench_match`.
#![allow(clippy::disallowed_methods)] // benchmarks: not the app's wasm

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::run();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::hint::black_box;
    use std::time::{Duration, Instant};

    use routekaart::core::answers::{Answer, Answers, ForWhom, LanguageNeed, SafetySignal, WorkSituation};
    use routekaart::core::catalogue::Catalogue;
    use routekaart::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
    use routekaart::core::matching::suggest;
    use routekaart::core::questionnaire::plan;
    use serde_json::{json, Value};

    const SIZES: [usize; 3] = [100, 1_000, 10_000];
    const RUNS: usize = 50;
    const AREAS: usize = 12;

    /// A small deterministic generator (xorshift64*), so no `rand` is needed.
    struct Gen(u64);

    impl Gen {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn chance(&mut self, percent: u64) -> bool {
            self.next() % 100 < percent
        }
        fn pick<T: Copy>(&mut self, all: &[T]) -> T {
            all[self.below(all.len())]
        }
        /// 1..=max distinct items.
        fn some<T: Copy + PartialEq>(&mut self, all: &[T], max: usize) -> Vec<T> {
            let n = 1 + self.below(max);
            let mut out = Vec::new();
            while out.len() < n.min(all.len()) {
                let x = self.pick(all);
                if !out.contains(&x) {
                    out.push(x);
                }
            }
            out
        }
    }

    fn text(s: String) -> Value {
        json!({ "nl": s })
    }

    fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
        items.iter().map(|&x| code(x)).collect()
    }

    /// A catalogue of `n` services, as the JSON text a gemeente would ship.
    fn catalogue_json(n: usize) -> String {
        let mut g = Gen(0x9E37_79B9_7F4A_7C15 ^ n as u64);
        let kinds = [
            ("zelf_en_samen", 15),
            ("voorziening", 35),
            ("inloop", 20),
            ("regeling", 25),
            ("loket", 2),
            ("direct_hulp", 3),
        ];
        let areas: Vec<Value> = (0..AREAS)
            .map(|i| json!({ "id": format!("wijk-{i}"), "name": format!("Wijk {i}") }))
            .collect();
        let n_locations = (n / 4).max(4);
        let locations: Vec<Value> = (0..n_locations)
            .map(|i| {
                json!({
                    "id": format!("loc-{i}"),
                    "name": format!("Buurthuis {i}"),
                    "area": format!("wijk-{}", i % AREAS),
                    "addresses": [{ "address_1": format!("Dorpsstraat {i}"), "city": "Voorbeeld" }],
                })
            })
            .collect();
        let danger = [
            Situation::AcuutGevaar,
            Situation::OnveiligThuis,
            Situation::Suicidegedachten,
        ];
        let other: Vec<Situation> = Situation::ALL.iter().copied().filter(|s| !danger.contains(s)).collect();
        let services: Vec<Value> = (0..n)
            .map(|i| {
                let mut roll = g.below(100);
                let kind = kinds
                    .iter()
                    .find(|(_, w)| {
                        let hit = roll < *w;
                        roll = roll.saturating_sub(*w);
                        hit
                    })
                    .map_or("voorziening", |(k, _)| *k);
                let access = match kind {
                    "regeling" if g.chance(50) => "beschikking",
                    "regeling" | "loket" => "aanmelden",
                    _ if g.chance(10) => "verwijzing",
                    _ => "vrij_toegankelijk",
                };
                let mut elig = serde_json::Map::new();
                if kind == "direct_hulp" {
                    elig.insert("situations".into(), json!([g.pick(&danger).code()]));
                } else if kind != "loket" {
                    if g.chance(25) {
                        let min = g.below(70) as u8;
                        elig.insert("minimum_age".into(), json!(min));
                        if g.chance(50) {
                            elig.insert("maximum_age".into(), json!(min + 10 + g.below(40) as u8));
                        }
                    }
                    if g.chance(15) {
                        elig.insert(
                            "households".into(),
                            json!(codes(&g.some(Household::ALL, 3), Household::code)),
                        );
                    }
                    if g.chance(10) {
                        elig.insert(
                            "child_ages".into(),
                            json!(codes(&g.some(ChildAge::ALL, 3), ChildAge::code)),
                        );
                    }
                    if kind == "regeling" && g.chance(70) {
                        elig.insert("income_max_percent".into(), json!(g.pick(&[100, 110, 120, 130, 150])));
                    }
                    if g.chance(10) {
                        let a: Vec<String> = (0..1 + g.below(3))
                            .map(|_| format!("wijk-{}", g.below(AREAS)))
                            .collect();
                        elig.insert("areas".into(), json!(a));
                    }
                    if g.chance(15) {
                        elig.insert("situations".into(), json!(codes(&g.some(&other, 2), Situation::code)));
                    }
                }
                let themes = if kind == "loket" {
                    codes(Theme::ALL, Theme::code)
                } else {
                    codes(&g.some(Theme::ALL, 4), Theme::code)
                };
                let boosters = if g.chance(40) {
                    codes(&g.some(&other, 3), Situation::code)
                } else {
                    Vec::new()
                };
                let sal: Vec<Value> = (0..g.below(3))
                    .map(|_| {
                        json!({
                            "location_id": format!("loc-{}", g.below(n_locations)),
                            "schedules": [{ "byday": ["MO", "TH"], "opens_at": "09:00", "closes_at": "12:00" }],
                        })
                    })
                    .collect();
                let unchecked: Vec<Value> = (0..g.below(3))
                    .map(|k| text(format!("Voorwaarde {k} die de app niet kan nagaan.")))
                    .collect();
                let mut s = json!({
                    "id": format!("dienst-{i}"),
                    "name": text(format!("Dienst {i}")),
                    "kind": kind,
                    "access": access,
                    "description": text(format!("Omschrijving van dienst {i}, in eenvoudige taal.")),
                    "themes": themes,
                    "situations": boosters,
                    "eligibility": elig,
                    "unchecked_conditions": unchecked,
                    "next_steps": [{ "action": "bellen", "text": text("Bel ons.".into()) }],
                    "service_at_locations": sal,
                    "cost": "gratis",
                });
                if g.chance(10) {
                    s["service_areas"] = json!([format!("wijk-{}", g.below(AREAS))]);
                }
                s
            })
            .collect();
        let cat = json!({
            "schema_version": 1,
            "id": format!("synthetisch-{n}"),
            "name": format!("Synthetisch {n}"),
            "scope": "gemeente",
            "areas": areas,
            "locations": locations,
            "services": services,
        });
        serde_json::to_string(&cat).expect("serialise")
    }

    /// A typical resident: older, alone, low income, lonely and caring.
    fn resident() -> Answers {
        Answers {
            themes: [Theme::Contact, Theme::Geld].into_iter().collect(),
            safety: Answer::Known(Default::default()),
            urgent: Answer::Known(Default::default()),
            for_whom: Answer::Known(ForWhom::Zelf),
            area: Answer::Known("wijk-3".into()),
            age: Answer::Known(72),
            household: Answer::Known(Household::Alleen),
            child_ages: Answer::Unanswered,
            income: Answer::Known(IncomeBand::Tot130),
            work: Answer::Known(WorkSituation::Gepensioneerd),
            caring: Answer::Known(Some(CaredFor::Partner)),
            health: Answer::Known(false),
            debts: Answer::DontKnow,
            language: Answer::Known(LanguageNeed::Geen),
            help_tried: Answer::Unanswered,
        }
    }

    fn ms(d: Duration) -> f64 {
        d.as_secs_f64() * 1000.0
    }

    /// Median and p95 of `runs` timings of `f`.
    fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect();
        times.sort();
        let p95 = ((runs * 95).div_ceil(100)).clamp(1, runs) - 1;
        (times[runs / 2], times[p95])
    }

    pub fn run() {
        // `--write DIR`: only write the generated catalogues and the resident's
        // share-link answers, for the in-browser benchmark (scripts/bench.mjs).
        let args: Vec<String> = std::env::args().collect();
        if let Some(i) = args.iter().position(|x| x == "--write") {
            let dir = std::path::PathBuf::from(args.get(i + 1).map(String::as_str).unwrap_or("target/bench-engine"));
            std::fs::create_dir_all(&dir).expect("create output dir");
            for n in SIZES {
                std::fs::write(dir.join(format!("bench-{n}.json")), catalogue_json(n)).expect("write catalogue");
            }
            std::fs::write(dir.join("resident.txt"), routekaart::core::answers::encode(&resident())).expect("write");
            println!("wrote {} catalogues and resident.txt to {}", SIZES.len(), dir.display());
            return;
        }
        let a = resident();
        let mut no_area = a.clone();
        no_area.area = Answer::DontKnow;
        let mut danger = a.clone();
        danger.safety = Answer::Known([SafetySignal::OnveiligThuis].into_iter().collect());
        for n in SIZES {
            let text = catalogue_json(n);
            let (parse, _) = time(5, || serde_json::from_str::<Catalogue>(&text).expect("parse"));
            let cat: Catalogue = serde_json::from_str(&text).expect("parse");
            let count = suggest(&cat, &a).len();
            let (median, p95) = time(RUNS, || suggest(&cat, &a).len());
            let plan_runs = if n >= 10_000 { 5 } else { 20 };
            let (plan_median, plan_p95) = time(plan_runs, || plan(&cat, &a).len());
            let asked = plan(&cat, &a).len();
            let (danger_median, _) = time(RUNS, || suggest(&cat, &danger).len());
            let (no_area_median, _) = time(RUNS, || suggest(&cat, &no_area).len());
            println!(
                "catalogue {n} services: JSON {:.1} KiB, parse median {:.2} ms",
                text.len() as f64 / 1024.0,
                ms(parse)
            );
            println!(
                "match {n} services: median {:.3} ms, p95 {:.3} ms ({count} suggestions; \
                 with a danger signal median {:.3} ms; area unknown median {:.3} ms)",
                ms(median),
                ms(p95),
                ms(danger_median),
                ms(no_area_median)
            );
            println!(
                "plan {n} services: median {:.2} ms, p95 {:.2} ms over {plan_runs} runs ({asked} questions)",
                ms(plan_median),
                ms(plan_p95)
            );
        }
    }
}
