//! The synthetic benchmark catalogues of 100, 1,000 and 10,000 services
//! (deterministic, varied kinds, themes, rules, locations and Dutch texts),
//! shared by `examples/bench_match.rs` (matching, and the files for the
//! in-browser benchmark) and `tests/search_bench.rs` (search).
//!
//! The texts (names, descriptions, organisations) are made from the service's
//! number alone, never from the random generator, so the rules and places of
//! every service stay as they were before texts were added.

use routekaart::core::facts::{ChildAge, Household, Situation, Theme};
use serde_json::{json, Value};

pub const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// What residents type into "Alle hulp", keystroke by keystroke: every
/// prefix of each (the native and the Chromium search benchmarks).
pub const TYPED: &[&str] = &[
    "schuldhulp",
    "schuldhlp",
    "voedselbank",
    "mantelzorgers inloop",
    "hulp bij formulieren",
    "taalcafe berden",
    "eetcafé",
    "kledingbank voor kinderen",
];
pub const AREAS: usize = 12;

/// What services are called in a sociale kaart.
const KINDS_OF_HELP: &[&str] = &[
    "Schuldhulp",
    "Voedselbank",
    "Taalcafé",
    "Buurthuis",
    "Mantelzorgsteunpunt",
    "Inloopspreekuur",
    "Formulierenhulp",
    "Maatjesproject",
    "Repair Café",
    "Jongerenwerk",
    "Ouderenadvies",
    "Thuisadministratie",
    "Kledingbank",
    "Speelotheek",
    "Wijkrestaurant",
    "Huiswerkbegeleiding",
    "Budgetcoach",
    "Klussendienst",
    "Vervoersdienst",
    "Dagbesteding",
    "Cliëntondersteuning",
    "Opvoedsteunpunt",
    "Computerhulp",
    "Wandelgroep",
    "Eetcafé",
    "Woningaanpassing",
    "Energiecoach",
    "Rouwverwerking",
    "Vrijwilligerscentrale",
    "Alzheimercafé",
];

/// Sentences descriptions are made of.
const SENTENCES: &[&str] = &[
    "Heeft u schulden of komt u elke maand geld tekort?",
    "Vrijwilligers helpen u met kleine klussen, een boodschap of vervoer naar het ziekenhuis.",
    "Oefen Nederlands praten in een kleine groep, met koffie of thee.",
    "Zorgt u voor iemand uit uw omgeving? Dan bent u mantelzorger.",
    "Loop binnen zonder afspraak met uw vragen over geld, zorg, wonen of uw gezin.",
    "Vindt u brieven en formulieren lastig? Wij helpen u met post en toeslagen.",
    "Voelt u zich alleen? Een vrijwilliger komt regelmatig bij u langs.",
    "Voor jongeren van 12 tot 23 jaar: kom langs om te chillen of mee te praten.",
    "Mensen met geheugenproblemen of dementie doen hier samen activiteiten.",
    "Een bijdrage voor kosten die u niet zelf kunt betalen, zoals een nieuwe koelkast.",
    "Kunt u door ziekte, ouderdom of een beperking uw huis niet meer schoonhouden?",
    "Samen eten met buurtgenoten, elke week, voor een kleine prijs.",
    "Is er iets kapot? Samen met vrijwilligers repareert u het zelf.",
    "Hulp bij opvoeden en opgroeien, voor ouders van kinderen tot 18 jaar.",
    "Gratis advies over huur, werk, uitkering of scheiding.",
    "Wij denken met u mee over uw energierekening en kleine maatregelen in huis.",
];

/// Syllables of made-up place and organisation names.
const SYLLABLES: &[&str] = &[
    "ber", "den", "hout", "veld", "dijk", "loo", "hem", "wijk", "aar", "mon", "zee", "kerk", "horst", "broek", "lan",
    "ter", "vos", "rijn", "dal", "burg", "sel", "ven",
];

/// A made-up proper name, nearly unique per number (like the streets,
/// villages and foundations in real service names).
fn proper_name(mut i: usize) -> String {
    let mut name = String::new();
    for _ in 0..3 {
        name.push_str(SYLLABLES[i % SYLLABLES.len()]);
        i /= SYLLABLES.len();
    }
    let mut chars = name.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The name of service `i`: a kind of help and a place.
pub fn service_name(i: usize) -> String {
    format!("{} {}", KINDS_OF_HELP[i % KINDS_OF_HELP.len()], proper_name(i))
}

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
pub fn catalogue_json(n: usize) -> String {
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
    let n_organizations = (n / 20).max(3);
    let organizations: Vec<Value> = (0..n_organizations)
        .map(|i| json!({ "id": format!("org-{i}"), "name": format!("Stichting {}", proper_name(i * 31 + 7)) }))
        .collect();
    let n_locations = (n / 4).max(4);
    let locations: Vec<Value> = (0..n_locations)
        .map(|i| {
            json!({
                "id": format!("loc-{i}"),
                "name": format!("Buurthuis {}", proper_name(i * 17 + 5)),
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
                "organization_id": format!("org-{}", i % n_organizations),
                "name": text(service_name(i)),
                "kind": kind,
                "access": access,
                "description": text(format!(
                    "{} {} In {}.",
                    SENTENCES[i % SENTENCES.len()],
                    SENTENCES[(i * 7 + 3) % SENTENCES.len()],
                    proper_name(i / 3)
                )),
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
        "organizations": organizations,
        "locations": locations,
        "services": services,
    });
    serde_json::to_string(&cat).expect("serialise")
}
