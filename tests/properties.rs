//! Property tests of the core over arbitrary answers: the share-link codec,
//! and the promises of matching and the questionnaire on every shipped
//! catalogue. The last part is a brief version of the fuzz targets in
//! `tests/fuzz` (scripts/fuzz.sh): the decoder on damaged links, the
//! resident's reader, matching and opening hours on damaged catalogues, and
//! the maintainers' check on the same.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::subsequence;
use routekaart::core::answers::{
    decode, encode, Answer, Answers, Fact, ForWhom, LanguageNeed, SafetySignal, Topic, UrgentNeed, WorkSituation,
};
use routekaart::core::calendar::{Date, Time, Weekday};
use routekaart::core::catalogue::validate::{check, CheckOptions};
use routekaart::core::catalogue::{
    read_with_findings, Access, Catalogue, CatalogueIndex, Cost, Kind, PhoneHours, Service, Status,
};
use routekaart::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
use routekaart::core::i18n::Lang;
use routekaart::core::matching::{is_urgent, near_misses, suggest, Group, Reason};
use routekaart::core::opening::{opening, phones_now, Moment, Opening};
use routekaart::core::promise::is_free_without_application;
use routekaart::core::questionnaire::{is_relevant, next_question, prune, prune_and_judge, questions};
use routekaart::core::relevance::begin_here;
use routekaart::core::scenario::walk;
use routekaart::core::search::{fold, Filters, Hit, SearchIndex};
use routekaart::core::tonight::{direct_plan, words_after_lines, words_before_lines, First, Reach};
use serde_json::{json, Value};

fn read(file: &str) -> String {
    let path = format!("{}/public/catalogus/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every gemeente in `index.json` whose file is there, merged with the
/// national entries. (A gemeente whose file is still being written is
/// skipped here; the validator and the scenario tests insist on it.)
fn catalogues() -> &'static [Catalogue] {
    static CATS: OnceLock<Vec<Catalogue>> = OnceLock::new();
    CATS.get_or_init(|| {
        let index: CatalogueIndex = serde_json::from_str(&read("index.json")).expect("index.json");
        let national: Catalogue = serde_json::from_str(&read(&index.national)).expect("national catalogue");
        let dir = format!("{}/public/catalogus", env!("CARGO_MANIFEST_DIR"));
        let cats: Vec<Catalogue> = index
            .gemeenten
            .iter()
            .filter(|g| std::path::Path::new(&dir).join(&g.file).exists())
            .map(|g| {
                let cat: Catalogue = serde_json::from_str(&read(&g.file)).unwrap_or_else(|e| panic!("{}: {e}", g.file));
                cat.merged_with(&national)
            })
            .collect();
        assert!(!cats.is_empty(), "no catalogue found");
        cats
    })
}

// ---------------------------------------------------------------------------
// Generators

fn answer<T: std::fmt::Debug + Clone + 'static>(known: impl Strategy<Value = T> + 'static) -> BoxedStrategy<Answer<T>> {
    prop_oneof![
        2 => Just(Answer::Unanswered),
        5 => known.prop_map(Answer::Known),
        1 => Just(Answer::DontKnow),
        1 => Just(Answer::PreferNotToSay),
    ]
    .boxed()
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn set_of<T: Copy + Ord + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = BTreeSet<T>> {
    subsequence(all, 0..=all.len()).prop_map(|v| v.into_iter().collect())
}

/// Area ids: the shipped ones (so rules on areas get exercised) and
/// arbitrary ids in the share link's alphabet.
fn area() -> impl Strategy<Value = String> {
    let known: Vec<String> = catalogues()
        .iter()
        .flat_map(|c| c.areas.iter().map(|a| a.id.clone()))
        .collect();
    prop_oneof![
        3 => proptest::sample::select(known),
        // "-" alone is the share link's code for "none" (never an area id).
        1 => "[a-z0-9_-]{1,16}".prop_filter("the code for none", |s| s != "-"),
    ]
}

prop_compose! {
    fn arb_answers()(
        themes in set_of(Theme::ALL),
        safety in answer(set_of(SafetySignal::ALL)),
        urgent in answer(set_of(UrgentNeed::ALL)),
        for_whom in answer(one_of(ForWhom::ALL)),
        area in answer(area()),
        age in answer(0u8..=120),
        household in answer(one_of(Household::ALL)),
        child_ages in answer(set_of(ChildAge::ALL)),
        income in answer(one_of(IncomeBand::ALL)),
        work in answer(one_of(WorkSituation::ALL)),
        caring in answer(proptest::option::of(one_of(CaredFor::ALL))),
        health in answer(any::<bool>()),
        debts in answer(any::<bool>()),
        language in answer(one_of(LanguageNeed::ALL)),
        help_tried in answer(any::<bool>()),
        topics in answer(set_of(Topic::ALL)),
    ) -> Answers {
        Answers {
            themes, safety, urgent, for_whom, area, age, household, child_ages, income, work, caring, health, debts, language,
            help_tried, topics,
        }
    }
}

/// Strings near the share-link format, so the decoder's paths get exercised.
fn link_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("1".to_string()),
        Just("~".to_string()),
        Just(":".to_string()),
        Just("+".to_string()),
        Just("-".to_string()),
        Just("?".to_string()),
        Just("!".to_string()),
        Just("#".to_string()),
        Just(" ".to_string()),
        "[tsuvrahkiwcgdlxz]".prop_map(String::from),
        "[0-9]{1,4}".prop_map(String::from),
        Just("18+".to_string()),
        Just("geld".to_string()),
        Just("tot_110".to_string()),
        "\\PC{0,3}".prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config())]

    /// (a) The share link keeps every answer, including "weet ik niet" and
    /// "zeg ik liever niet".
    #[test]
    fn share_link_round_trips(a in arb_answers()) {
        let link = encode(&a);
        prop_assert_eq!(decode(&link), Ok(a.clone()), "link {}", link);
        prop_assert_eq!(decode(&format!("#{link}")), Ok(a));
    }

    /// Nothing the answers rule out is shown as fitting: a suggestion that
    /// is especially for some situations has at least one of them that the
    /// resident is in or did not plainly answer ("weet ik niet", "zeg ik
    /// liever niet", not asked, "iets anders" as work, or other topics than
    /// the one named: only "geen van deze" rules a topic out).
    #[test]
    fn no_suggestion_is_for_situations_the_answers_all_rule_out(a in arb_answers()) {
        let situations = a.situations();
        let open = |x: Situation| {
            let fact = Fact::producing(x);
            situations.contains(&x)
                || !a.is_answered(fact)
                || a.slot(fact).is_vague()
                || (fact == Fact::Work && a.work.known() == Some(&WorkSituation::Anders))
                || (fact == Fact::Topics && a.topics.known().is_some_and(|t| !t.is_empty()))
        };
        for cat in catalogues() {
            for s in suggest(cat, &a) {
                let especially = &s.service.situations;
                prop_assert!(
                    especially.is_empty() || especially.iter().any(|&x| open(x)),
                    "{}: {} is for {:?}, which the answers all rule out", cat.id, s.service.id, especially
                );
            }
        }
    }

    /// "Waarom niet?" lists no suggestion, names an answer the resident
    /// gave plainly, and only services of a life area they chose.
    #[test]
    fn a_near_miss_is_no_suggestion_and_names_a_plain_answer(a in arb_answers()) {
        for cat in catalogues() {
            let sugs = suggest(cat, &a);
            for m in near_misses(cat, &a) {
                let id = &m.service.id;
                let fact = m.ruled_out.fact();
                prop_assert!(!sugs.iter().any(|s| s.service.id == *id), "{}: {} suggested and ruled out", cat.id, id);
                prop_assert!(a.is_answered(fact) && !a.slot(fact).is_vague(), "{}: {} by {:?}", cat.id, id, fact);
                prop_assert!(m.service.themes.iter().any(|t| a.themes.contains(t)), "{}: {}", cat.id, id);
                prop_assert!(!matches!(m.service.kind, Kind::Loket | Kind::DirectHulp), "{}: {}", cat.id, id);
            }
        }
    }

    /// (b, c, e) Matching never panics, gives every suggestion a reason and
    /// keeps the route order, with no generic match before a specific one
    /// in its group, on every shipped catalogue.
    #[test]
    fn suggestions_have_reasons_and_route_order(a in arb_answers()) {
        let situations = a.situations();
        for cat in catalogues() {
            let sugs = suggest(cat, &a);
            for s in &sugs {
                prop_assert!(!s.reasons.is_empty(), "{}: {} has no reason", cat.id, s.service.id);
                // Its own group, or direct help for an urgent need the resident names.
                let urgent = s
                    .service
                    .situations
                    .iter()
                    .chain(&s.service.eligibility.situations)
                    .any(|&x| is_urgent(x) && situations.contains(&x));
                let expected = if urgent { Group::DirectHulp } else { Group::of(s.service.kind) };
                prop_assert_eq!(s.group, expected, "{}: {}", cat.id, s.service.id);
            }
            for pair in sugs.windows(2) {
                prop_assert!(
                    pair[0].group <= pair[1].group,
                    "{}: {} ({:?}) before {} ({:?})",
                    cat.id, pair[0].service.id, pair[0].group, pair[1].service.id, pair[1].group
                );
            }
            // Within a group, a generic match never buries a specific one.
            for pair in sugs.windows(2).filter(|p| p[0].group == p[1].group) {
                prop_assert!(
                    !(pair[0].is_generic() && pair[1].score.is_specific()),
                    "{}: generic {} before specific {}", cat.id, pair[0].service.id, pair[1].service.id
                );
            }
            let ids: BTreeSet<&str> = sugs.iter().map(|s| s.service.id.as_str()).collect();
            prop_assert_eq!(ids.len(), sugs.len(), "{}: a service is suggested twice", cat.id);
        }
    }

    /// An urgent need today brings every service tagged for it, once, as
    /// direct help, with the need as its first reason.
    #[test]
    fn urgent_need_brings_its_services_as_direct_help(mut a in arb_answers(), needs in set_of(UrgentNeed::ALL)) {
        prop_assume!(!needs.is_empty());
        a.urgent = Answer::Known(needs);
        prop_assert!(a.needs_help_today());
        let situations = a.situations();
        for cat in catalogues() {
            let sugs = suggest(cat, &a);
            for s in cat.services.iter().filter(|s| s.status == Status::Active && s.kind != Kind::DirectHulp) {
                let Some(need) = s.situations.iter().copied().find(|&x| is_urgent(x) && situations.contains(&x)) else {
                    continue;
                };
                // Only booster-tagged services without other rules must appear.
                if s.eligibility != Default::default() {
                    continue;
                }
                let found: Vec<_> = sugs.iter().filter(|x| x.service.id == s.id).collect();
                prop_assert_eq!(found.len(), 1, "{}: {}", cat.id, s.id);
                prop_assert_eq!(found[0].group, Group::DirectHulp);
                prop_assert_eq!(&found[0].reasons[0], &Reason::InSituation(need), "{}: {}", cat.id, s.id);
            }
        }
    }

    /// (d) A danger signal brings direct help, and direct help comes first.
    #[test]
    fn danger_brings_direct_help_first(mut a in arb_answers(), signals in set_of(SafetySignal::ALL)) {
        prop_assume!(!signals.is_empty());
        a.safety = Answer::Known(signals);
        prop_assert!(a.signals_danger());
        let situations = a.situations();
        for cat in catalogues() {
            let sugs = suggest(cat, &a);
            // Direct-help services whose only rule is the danger situation must appear.
            let expected: Vec<&str> = cat
                .services
                .iter()
                .filter(|s| s.kind == Kind::DirectHulp && s.status == Status::Active)
                .filter(|s| s.eligibility.situations.iter().any(|x| situations.contains(x)))
                .filter(|s| {
                    let e = &s.eligibility;
                    e.minimum_age.is_none() && e.maximum_age.is_none() && e.households.is_empty()
                        && e.child_ages.is_empty() && e.income_max_percent.is_none() && e.areas.is_empty()
                })
                .map(|s| s.id.as_str())
                .collect();
            prop_assert!(!expected.is_empty(), "{}: no direct help for {:?}", cat.id, situations);
            for id in &expected {
                prop_assert!(sugs.iter().any(|s| s.service.id == *id), "{}: {} missing", cat.id, id);
            }
            let direct = sugs.iter().take_while(|s| s.group == Group::DirectHulp).count();
            prop_assert!(direct >= 1, "{}: direct help is not first", cat.id);
            prop_assert!(
                sugs[direct..].iter().all(|s| s.group != Group::DirectHulp),
                "{}: direct help after another group", cat.id
            );
        }
    }

    /// (f) The decoder never panics; only "1" and "1~..." can be read.
    #[test]
    fn decode_never_panics(s in prop_oneof![link_like(), "\\PC{0,40}", any::<String>()]) {
        let result = decode(&s);
        let t = s.trim().trim_start_matches('#');
        if !(t == "1" || t.starts_with("1~")) {
            prop_assert!(result.is_err(), "{:?} was read as {:?}", s, result);
        }
        if let Ok(a) = result {
            // What was read is written back the same way.
            prop_assert_eq!(decode(&encode(&a)), Ok(a));
        }
    }

    /// (g) A simulated resident always reaches the end, and no question is
    /// asked twice.
    #[test]
    fn walk_ends_and_asks_each_question_once(a in arb_answers()) {
        for cat in catalogues() {
            let w = walk(cat, &a);
            let unique: BTreeSet<Fact> = w.asked.iter().copied().collect();
            prop_assert_eq!(unique.len(), w.asked.len(), "{}: asked {:?}", cat.id, w.asked);
            prop_assert!(w.asked.len() <= Fact::ALL.len());
            prop_assert_eq!(w.asked.first(), Some(&Fact::Themes));
            if !a.themes.is_empty() {
                // It ended because nothing was left to ask, not by the loop guard.
                prop_assert_eq!(next_question(cat, &w.answers), None, "{}: asked {:?}", cat.id, w.asked);
                // Anyone asking about safety, health, contact or raising children is asked about danger.
                let risky = [Theme::Veiligheid, Theme::Gezondheid, Theme::Contact, Theme::Opvoeden];
                if risky.iter().any(|t| a.themes.contains(t)) {
                    prop_assert!(w.asked.contains(&Fact::Safety), "{}: asked {:?}", cat.id, w.asked);
                }
                for f in &w.asked {
                    prop_assert!(w.answers.is_answered(*f), "{}: {:?} asked but not answered", cat.id, f);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(config())]

    /// (h) Judging the questions once after an answer (`prune_and_judge`,
    /// which reuses the relevance it pruned with) gives what pruning and
    /// then judging afresh gives, and a question is in the plan exactly
    /// when it is relevant (or the income question brings it).
    #[test]
    fn judging_once_after_an_answer_is_pruning_then_judging(a in arb_answers()) {
        for cat in catalogues() {
            let mut once = a.clone();
            let q = prune_and_judge(cat, &mut once);
            let mut twice = a.clone();
            prune(cat, &mut twice);
            prop_assert_eq!(&once, &twice, "{}", cat.id);
            prop_assert_eq!(&q, &questions(cat, &twice), "{}", cat.id);
            for f in Fact::ALL {
                let brought = q.relevant.contains(&Fact::Income) && matches!(f, Fact::Age | Fact::Household);
                prop_assert_eq!(q.relevant.contains(&f), is_relevant(cat, &once, f) || brought, "{}: {:?}", cat.id, f);
            }
        }
    }
}

/// A service whose only link to anyone is a life area: no rules, no
/// situations, no place.
fn theme_only_service(kind: Kind, access: &str, themes: &BTreeSet<Theme>) -> Service {
    let themes: Vec<&str> = themes.iter().map(|t| t.code()).collect();
    serde_json::from_value(serde_json::json!({
        "id": "zz-theme-only",
        "name": {"nl": "Alleen een levensgebied"},
        "kind": kind.code(),
        "access": access,
        "description": {"nl": "Voor iedereen."},
        "themes": themes,
    }))
    .expect("a valid service")
}

proptest! {
    #![proptest_config(config())]

    /// (h) "Begin hier": adding a service linked to the resident by a life
    /// area only never pushes a match on the resident's situation out of it,
    /// and never enters it while a specific suggestion is there.
    #[test]
    fn a_theme_only_service_never_pushes_a_situation_match_out_of_begin_here(
        a in arb_answers(),
        kind in one_of(&[Kind::ZelfEnSamen, Kind::Voorziening, Kind::Inloop, Kind::Regeling]),
        access in one_of(&["vrij_toegankelijk", "aanmelden", "verwijzing", "beschikking"]),
        extra in set_of(Theme::ALL),
    ) {
        prop_assume!(!a.themes.is_empty());
        // At least one of the resident's life areas, maybe more (of theirs or not).
        let mut themes: BTreeSet<Theme> = extra;
        themes.insert(*a.themes.iter().next().unwrap());
        for cat in catalogues() {
            let before = suggest(cat, &a);
            let begin_before: Vec<&str> = begin_here(&before).into_iter().map(|i| before[i].service.id.as_str()).collect();
            let situation_matches: Vec<&str> = begin_here(&before)
                .into_iter()
                .filter(|&i| before[i].score.situations > 0)
                .map(|i| before[i].service.id.as_str())
                .collect();
            let any_specific = begin_here(&before).into_iter().any(|i| before[i].score.is_specific());

            let mut bigger = cat.clone();
            bigger.services.push(theme_only_service(kind, access, &themes));
            let after = suggest(&bigger, &a);
            let begin_after: Vec<&str> = begin_here(&after).into_iter().map(|i| after[i].service.id.as_str()).collect();
            for id in &situation_matches {
                prop_assert!(
                    begin_after.contains(id),
                    "{}: {} left “Begin hier”: {:?} → {:?}", cat.id, id, begin_before, begin_after
                );
            }
            if any_specific {
                prop_assert!(
                    !begin_after.contains(&"zz-theme-only"),
                    "{}: a theme-only service entered “Begin hier”: {:?}", cat.id, begin_after
                );
                prop_assert_eq!(&begin_before, &begin_after, "{}", cat.id);
            }
            if let Some(s) = after.iter().find(|s| s.service.id == "zz-theme-only") {
                prop_assert!(!s.score.is_specific(), "{}: the theme-only service is specific: {:?}", cat.id, s.score);
                prop_assert_eq!(s.is_generic(), !s.score.is_focused());
            }
        }
    }
}

/// The examples that motivated the codec fix: child age "18+" contains the
/// set separator `+`.
#[test]
fn adult_children_survive_the_share_link() {
    let mut a = Answers::default();
    a.themes.insert(Theme::Opvoeden);
    a.household = Answer::Known(Household::SamenMetKinderen);
    for kids in [
        vec![ChildAge::Volwassen],
        vec![ChildAge::Tiener, ChildAge::Volwassen],
        vec![
            ChildAge::Baby,
            ChildAge::Basisschool,
            ChildAge::Tiener,
            ChildAge::Volwassen,
        ],
    ] {
        a.child_ages = Answer::Known(kids.into_iter().collect());
        assert_eq!(decode(&encode(&a)), Ok(a.clone()), "{}", encode(&a));
    }
    assert!(decode("1~k:18++").is_err());
    assert!(decode("1~k:+").is_err());
}

// ---------------------------------------------------------------------------
// Search ("Alle hulp")

/// Is `hit` first for `query`, or only behind services with the same name
/// once folded (in some language)?
fn first_for_its_name(hits: &[Hit<'_>], id: &str, query: &str) -> Result<(), TestCaseError> {
    let key = fold(query);
    let at = hits.iter().position(|h| h.service.id == id);
    prop_assert!(at.is_some(), "{query:?} does not find {id}");
    let at = at.unwrap_or(0);
    for before in &hits[..at] {
        prop_assert!(
            before.service.name.0.values().any(|n| fold(n) == key),
            "{query:?}: {} (score {}) before {id} (score {})",
            before.service.id,
            before.score,
            hits[at].score
        );
    }
    Ok(())
}

/// Every active service of every shipped catalogue is found first by its
/// name as the resident sees it, in each language.
#[test]
fn a_shipped_service_is_found_first_by_its_exact_name() {
    for cat in catalogues() {
        for lang in Lang::ALL {
            let index = SearchIndex::new(cat, lang);
            for s in cat.services.iter().filter(|s| s.status == Status::Active) {
                let name = s.name.get(lang).0;
                let hits = index.search(cat, name, &Filters::default());
                if let Err(e) = first_for_its_name(&hits, &s.id, name) {
                    panic!("{} ({lang:?}): {e}", cat.id);
                }
            }
        }
    }
}

/// Names made of a few words that share stems, accents and compounds, so
/// services often match each other's names.
fn name() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "Inloop",
        "inloop",
        "Café",
        "cafe",
        "cafés",
        "Buurthuis",
        "buurthuizen",
        "de",
        "het",
        "Hulp",
        "hulp",
        "Schuld",
        "schulden",
        "Schuldhulp",
        "schuldhulpverlening",
        "Noord",
        "mantelzorgers",
        "Mantelzorger",
        "mantelzorgcafé",
        "Taal",
        "taalcafé",
        "voor",
        "en",
        "112",
        "Ĳsselstein",
        "geld",
        "Geldzaken",
    ];
    proptest::collection::vec(proptest::sample::select(WORDS), 1..5).prop_map(|w| w.join(" "))
}

fn search_catalogue(names: &[(String, String)]) -> Catalogue {
    let services: Vec<serde_json::Value> = names
        .iter()
        .enumerate()
        .map(|(i, (name, description))| {
            serde_json::json!({
                "id": format!("s{i}"), "name": {"nl": name}, "kind": "voorziening",
                "access": "vrij_toegankelijk", "description": {"nl": description}, "themes": ["geld"],
            })
        })
        .collect();
    serde_json::from_value(serde_json::json!({
        "schema_version": 1, "id": "x", "name": "X", "scope": "gemeente", "services": services,
        "zoekwoorden": {"schuld": ["geld", "inloop"]},
    }))
    .expect("a valid catalogue")
}

proptest! {
    #![proptest_config(config())]

    /// A service's exact name always finds that service first, or tied
    /// first with services of the same name (case and accents folded).
    #[test]
    fn a_services_exact_name_finds_it_first(
        names in proptest::collection::vec((name(), name()), 1..8),
        pick in any::<proptest::sample::Index>(),
        trailing in proptest::sample::select(&["", " ", "."][..]),
    ) {
        let cat = search_catalogue(&names);
        let target = pick.index(names.len());
        let query = format!("{}{trailing}", names[target].0);
        let hits = SearchIndex::new(&cat, Lang::Nl).search(&cat, &query, &Filters::default());
        first_for_its_name(&hits, &format!("s{target}"), &query)?;
    }

    /// Any typed text: no panic, each service at most once, best first, and
    /// every filter holds for every hit.
    #[test]
    fn search_never_panics_and_keeps_its_filters(
        query in prop_oneof!["\\PC{0,30}", any::<String>(), "[a-zé ]{0,20}"],
        theme in proptest::option::of(one_of(Theme::ALL)),
        free in any::<bool>(),
        group in proptest::option::of(one_of(&Group::ALL)),
    ) {
        let filters = Filters { theme, free_without_application: free, group, ..Filters::default() };
        for cat in catalogues() {
            let hits = SearchIndex::new(cat, Lang::Nl).search(cat, &query, &filters);
            let ids: BTreeSet<&str> = hits.iter().map(|h| h.service.id.as_str()).collect();
            prop_assert_eq!(ids.len(), hits.len());
            prop_assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
            for h in &hits {
                prop_assert!(theme.is_none_or(|t| h.service.themes.contains(&t)));
                prop_assert!(!free || is_free_without_application(h.service));
                prop_assert!(group.is_none_or(|g| Group::of(h.service.kind) == g));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Damaged input: the properties of the fuzz targets in tests/fuzz, briefly.

/// A shipped link with one character cut, doubled or replaced is read or
/// refused, never a panic; what is read round-trips.
fn damaged_link() -> impl Strategy<Value = String> {
    (
        arb_answers(),
        any::<proptest::sample::Index>(),
        0u8..3,
        proptest::char::any(),
    )
        .prop_map(|(a, at, how, c)| {
            let mut chars: Vec<char> = encode(&a).chars().collect();
            let i = at.index(chars.len());
            match how {
                0 => {
                    chars.remove(i);
                }
                1 => chars.insert(i, chars[i]),
                _ => chars[i] = c,
            }
            chars.into_iter().collect()
        })
}

/// Every shipped catalogue file and the list of gemeenten, as text.
fn shipped_texts() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let dir = format!("{}/public/catalogus", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            // Acceptance tests, not catalogues (tests/scenarios.rs runs them).
            .filter(|p| !p.to_string_lossy().ends_with(routekaart::core::acceptance::SUFFIX))
            .collect();
        // Native test code: the order only makes failures repeatable.
        #[allow(clippy::disallowed_methods)]
        files.sort();
        files
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("catalogue"))
            .collect()
    })
}

/// Values a catalogue field can take or nearly take: the format's codes,
/// times and dates at their edges, numbers past their types, other kinds.
fn vocabulary_value() -> impl Strategy<Value = Value> {
    let codes: Vec<&'static str> = [
        Theme::CODES,
        Situation::CODES,
        Household::CODES,
        ChildAge::CODES,
        IncomeBand::CODES,
        Kind::CODES,
        Access::CODES,
        Weekday::CODES,
        Cost::CODES,
        PhoneHours::CODES,
    ]
    .concat();
    static EDGES: &[&str] = &[
        "",
        "00:00",
        "22:00",
        "02:00",
        "24:00",
        "25:00",
        "9:00",
        "2024-02-29",
        "2026-02-29",
        "9999-12-31",
        "javascript:alert(1)",
        "https://example.org/",
        "x\u{202e}y",
    ];
    prop_oneof![
        4 => proptest::sample::select(codes).prop_map(Value::from),
        2 => proptest::sample::select(EDGES).prop_map(Value::from),
        1 => proptest::sample::select(&[-1i64, 0, 120, 121, 255, 256, 65_536, i64::MAX][..]).prop_map(Value::from),
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::from),
        1 => Just(json!([])),
        1 => Just(json!({})),
    ]
}

/// A damage done to a catalogue file.
#[derive(Clone, Debug)]
enum Damage {
    /// A value (at the path of indices) replaced.
    Value(Vec<proptest::sample::Index>, Value),
    /// An entry of a list repeated: 256 of them pass any 8-bit count.
    Repeat(Vec<proptest::sample::Index>, usize),
    /// A field or an entry removed.
    Remove(Vec<proptest::sample::Index>),
    /// Characters cut from the text (a file cut off, a stray delete).
    Cut(proptest::sample::Index, usize),
    /// Text inserted.
    Insert(proptest::sample::Index, String),
}

fn damage() -> impl Strategy<Value = Damage> {
    let path = || proptest::collection::vec(any::<proptest::sample::Index>(), 0..7);
    prop_oneof![
        4 => (path(), vocabulary_value()).prop_map(|(p, v)| Damage::Value(p, v)),
        2 => (path(), proptest::sample::select(&[1usize, 2, 256][..])).prop_map(|(p, n)| Damage::Repeat(p, n)),
        2 => path().prop_map(Damage::Remove),
        1 => (any::<proptest::sample::Index>(), 1usize..40).prop_map(|(at, n)| Damage::Cut(at, n)),
        1 => (any::<proptest::sample::Index>(), "[\\[\\]{}\",:0-9a-z\\\\ ]{1,6}").prop_map(|(at, t)| Damage::Insert(at, t)),
    ]
}

/// The node at `path`, or where the path meets a value with nothing inside.
fn walk_to<'v>(v: &'v mut Value, path: &[proptest::sample::Index]) -> &'v mut Value {
    let Some((first, rest)) = path.split_first() else {
        return v;
    };
    let inside = match v {
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        _ => 0,
    };
    if inside == 0 {
        return v;
    }
    let i = first.index(inside);
    match v {
        Value::Array(a) => walk_to(&mut a[i], rest),
        Value::Object(o) => walk_to(o.values_mut().nth(i).expect("in range"), rest),
        _ => unreachable!("a value with something inside"),
    }
}

fn apply(text: &str, damages: &[Damage]) -> String {
    let mut v: Value = serde_json::from_str(text).expect("a shipped file is JSON");
    let mut text_damages = Vec::new();
    for d in damages {
        match d {
            Damage::Value(path, x) => *walk_to(&mut v, path) = x.clone(),
            Damage::Repeat(path, n) => {
                if let Value::Array(a) = walk_to(&mut v, path) {
                    if let Some(first) = a.first().cloned() {
                        a.extend(std::iter::repeat_n(first, *n));
                    }
                }
            }
            Damage::Remove(path) => {
                let Some((last, parent)) = path.split_last() else {
                    continue;
                };
                match walk_to(&mut v, parent) {
                    Value::Array(a) if !a.is_empty() => {
                        let i = last.index(a.len());
                        a.remove(i);
                    }
                    Value::Object(o) if !o.is_empty() => {
                        let key = o.keys().nth(last.index(o.len())).expect("in range").clone();
                        o.remove(&key);
                    }
                    _ => {}
                }
            }
            Damage::Cut(..) | Damage::Insert(..) => text_damages.push(d),
        }
    }
    let mut out = serde_json::to_string_pretty(&v).expect("serialisable");
    let boundary = |s: &str, mut i: usize| {
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    for d in text_damages {
        // A file replaced by `null` and cut to nothing has no place left.
        if out.is_empty() {
            break;
        }
        match d {
            Damage::Cut(at, n) => {
                let start = boundary(&out, at.index(out.len()));
                let end = boundary(&out, (start + n).min(out.len()));
                out.replace_range(start..end, "");
            }
            Damage::Insert(at, t) => {
                let at = boundary(&out, at.index(out.len()));
                out.insert_str(at, t);
            }
            _ => {}
        }
    }
    out
}

fn moment() -> impl Strategy<Value = Moment> {
    (18_000i64..25_000, 0u16..24 * 60).prop_map(|(days, minutes)| Moment {
        date: Date::from_days_since_epoch(days),
        time: Time { minutes },
    })
}

fn catalogue_config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// The decoder never panics on a damaged shipped link; what it reads
    /// round-trips.
    #[test]
    fn decode_never_panics_on_damaged_links(link in damaged_link()) {
        if let Ok(a) = decode(&link) {
            prop_assert_eq!(decode(&encode(&a)), Ok(a), "{}", link);
        }
    }
}

proptest! {
    #![proptest_config(catalogue_config())]

    /// The resident's reader never panics on a damaged shipped catalogue, and
    /// what it reads goes through matching, "Begin hier" and opening hours
    /// without a panic and with a reason on every card, in route order.
    #[test]
    fn reader_matching_and_opening_never_panic_on_damaged_catalogues(
        file in any::<proptest::sample::Index>(),
        damages in proptest::collection::vec(damage(), 1..4),
        a in arb_answers(),
        now in moment(),
    ) {
        let texts = shipped_texts();
        let text = apply(&texts[file.index(texts.len())], &damages);
        let Ok(read) = read_with_findings(&text) else { return Ok(()) };
        let cat = read.catalogue.merged_with(&catalogues_national());
        let sugs = suggest(&cat, &a);
        for s in &sugs {
            prop_assert!(!s.reasons.is_empty(), "{} has no reason", s.service.id);
            for sal in &s.service.service_at_locations {
                if let Opening::Next { date, weekday, opens, .. } = opening(sal, now) {
                    prop_assert_eq!(weekday, date.weekday());
                    let next = Moment { date, time: opens };
                    prop_assert!(next > now, "next opening {:?} is not after {:?}", next, now);
                }
            }
            let shown = phones_now(&s.service.phones, now);
            prop_assert_eq!(shown.now.len() + shown.later.len(), s.service.phones.len());
        }
        for pair in sugs.windows(2) {
            prop_assert!(pair[0].group <= pair[1].group);
        }
        prop_assert!(begin_here(&sugs).len() <= 3);
        // Direct help at the hour: what comes first is reachable now, or the
        // words of what to do now; the words never panic.
        let plan = direct_plan(&cat, &sugs, &a, now);
        if let Some(w) = &plan.words {
            let _ = (words_before_lines(Lang::Nl, w), words_after_lines(Lang::Nl, w, now));
        }
        match plan.first() {
            Some(First::Entry(e)) => prop_assert_eq!(e.reach, Reach::Now, "{}", e.service.id),
            Some(First::Words(_)) => {}
            None => prop_assert!(!a.signals_danger() && !a.needs_help_today()),
        }
    }

    /// The maintainers' check never panics on a damaged shipped catalogue,
    /// and a file it finds no error in is read whole by the resident's page.
    #[test]
    fn check_never_panics_on_damaged_catalogues(
        file in any::<proptest::sample::Index>(),
        damages in proptest::collection::vec(damage(), 1..4),
    ) {
        let texts = shipped_texts();
        let text = apply(&texts[file.index(texts.len())], &damages);
        let checked = check(&text, CheckOptions { today: Date::parse("2026-11-24"), read_document: None });
        if !checked.has_errors() {
            let read = read_with_findings(&text);
            prop_assert!(read.is_ok(), "no error found, but not read: {:?}", read.err());
            let dropped = read.map(|r| r.dropped).unwrap_or_default();
            prop_assert!(dropped.is_empty(), "no error found, but dropped: {:?}", dropped);
        }
    }
}

/// The shipped national catalogue, as the resident's page reads it.
fn catalogues_national() -> Catalogue {
    static NATIONAL: OnceLock<Catalogue> = OnceLock::new();
    NATIONAL
        .get_or_init(|| {
            read_with_findings(&read("landelijk.json"))
                .expect("landelijk.json")
                .catalogue
        })
        .clone()
}
