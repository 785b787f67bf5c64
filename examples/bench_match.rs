//! How matching and the questionnaire scale with the catalogue: synthetic
//! catalogues of 100, 1,000 and 10,000 services (`support/synthetic.rs`:
//! deterministic, varied kinds, themes, rules, locations and texts), timed
//! natively.
//!
//! Run with `cargo run --release --example bench_match`.
#![allow(clippy::disallowed_methods)] // benchmarks: not the app's wasm

#[cfg(not(target_arch = "wasm32"))]
// Shared with the search benchmarks, which also use its TYPED words.
#[path = "support/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

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
    use routekaart::core::facts::{CaredFor, Household, IncomeBand, Theme};
    use routekaart::core::matching::suggest;
    use routekaart::core::questionnaire::{plan, questions};

    use crate::synthetic::{catalogue_json, SIZES};

    const RUNS: usize = 50;

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
            topics: Answer::Unanswered,
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
            let (questions_median, questions_p95) = time(plan_runs, || questions(&cat, &a).first.len());
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
            println!(
                "questions {n} services (the plan and the first-screen check, once per answer): \
                 median {:.2} ms, p95 {:.2} ms over {plan_runs} runs",
                ms(questions_median),
                ms(questions_p95)
            );
        }
        journey();
    }

    /// The questionnaire's share of "answer → next question" on a shipped
    /// catalogue (Heusden with the national entries): the journey
    /// `scripts/bench.mjs` clicks through (Geld and Wonen, then each
    /// question's first option, age 45), timing `journey::after_answer`.
    fn journey() {
        use routekaart::core::answers::Fact;
        use routekaart::core::i18n::Lang;
        use routekaart::core::journey::{after_answer, Screen};
        use routekaart::core::questionnaire::{apply_answer, choices, FormState};

        let read = |file: &str| {
            let path = format!("{}/public/catalogus/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("shipped catalogue");
            serde_json::from_str::<Catalogue>(&text).expect("parse")
        };
        let cat = read("heusden.json").merged_with(&read("landelijk.json"));
        let mut times = Vec::new();
        for _ in 0..RUNS {
            let mut a = Answers::default();
            let (mut fact, mut form) = (
                Fact::Themes,
                FormState {
                    ticked: vec!["geld".into(), "wonen".into()],
                    number: String::new(),
                },
            );
            loop {
                apply_answer(&mut a, fact, &form).expect("a valid answer");
                let start = Instant::now();
                let next = black_box(after_answer(&cat, &mut a, fact));
                times.push(start.elapsed());
                let Screen::Question(f) = next else { break };
                fact = f;
                form = match choices(Lang::Nl, f, &cat, &a).first() {
                    Some(c) if f != Fact::Age => FormState {
                        ticked: vec![c.code.clone()],
                        number: String::new(),
                    },
                    _ => FormState {
                        ticked: Vec::new(),
                        number: "45".into(),
                    },
                };
            }
        }
        times.sort();
        let n = times.len();
        println!(
            "after an answer (heusden, the bench.mjs journey, {} answers): median {:.3} ms, p95 {:.3} ms",
            n / RUNS,
            ms(times[n / 2]),
            ms(times[(n * 95).div_ceil(100).clamp(1, n) - 1])
        );
    }
}
