//! The search per keystroke against an exhaustive one without its
//! shortcuts, on Heusden's words and on generated queries.

use super::*;

/// The search without its shortcuts (the slow, obviously right way):
/// every word typed compared with every vocabulary word (no [`Shortcut`]),
/// every word of every service looked at, a whole name found by comparing
/// the query with each name. Only the index's lists are read back from it.
struct Exhaustive {
    /// Per entry (A–Z rank): its words and their weights.
    words: Vec<Vec<(usize, u8)>>,
    /// Per entry: its names, folded.
    names: Vec<Vec<String>>,
}

impl Exhaustive {
    fn new(index: &SearchIndex) -> Exhaustive {
        let mut words = vec![Vec::new(); index.entries.len()];
        for id in 0..index.ends.len() {
            for &p in index.postings.get(id) {
                words[(p >> 3) as usize].push((id, (p & 7) as u8));
            }
        }
        let mut names = vec![Vec::new(); index.entries.len()];
        for (name, &id) in &index.names {
            for &rank in index.named.get(id as usize) {
                names[rank as usize].push(name.to_string());
            }
        }
        Exhaustive { words, names }
    }

    /// Service ids, scores and `near`, in order.
    fn search<'a>(
        &self,
        index: &SearchIndex,
        cat: &'a Catalogue,
        query: &str,
        filters: &Filters,
    ) -> Vec<(&'a str, u16, bool)> {
        let q = Query::parse(query);
        let n = q.words.len();
        let vocabulary = index.ends.len();
        let mut table = vec![0u8; vocabulary * n];
        for (k, qw) in q.words.iter().enumerate() {
            let stem = index.stems.get(qw.stem.as_str()).copied();
            for id in 0..vocabulary {
                table[id * n + k] = qw.quality(index.word(id as u32), index.word_stems[id], stem);
            }
        }
        let place: Vec<bool> = (0..n)
            .map(|k| index.place_words.iter().any(|&id| table[id as usize * n + k] >= STEM))
            .collect();
        let required: Vec<bool> = (0..n)
            .map(|k| {
                let others = (0..n).any(|j| j != k && q.words[j].required && !place[j]);
                q.words[k].required && !(place[k] && others)
            })
            .collect();
        let area = filters
            .area
            .as_deref()
            .map(|id| cat.areas.iter().position(|a| a.id == id).map(|a| a as u16));
        let mut found = Vec::new();
        for (rank, entry) in index.entries.iter().enumerate() {
            let Some(service) = cat.services.get(entry.service as usize) else {
                continue;
            };
            let theme = filters.theme.is_none_or(|th| {
                let p = Theme::ALL.iter().position(|&x| x == th).unwrap();
                entry.themes & 1 << p != 0
            });
            let group = filters.group.is_none_or(|g| g == entry.group);
            let free = !filters.free_without_application || entry.free;
            if !(theme && group && free) {
                continue;
            }
            let near = area.flatten().is_some_and(|a| entry.near.contains(&a));
            if area.is_some() {
                let allowed = if entry.only_for.is_empty() {
                    !entry.meant_for_some || near
                } else {
                    area.flatten().is_some_and(|a| entry.only_for.contains(&a))
                };
                if !allowed {
                    continue;
                }
            }
            let mut best = vec![0u8; n];
            for &(id, weight) in &self.words[rank] {
                for k in 0..n {
                    best[k] = best[k].max(table[id * n + k] * weight);
                }
            }
            if (0..n).any(|k| required[k] && best[k] == 0) {
                continue;
            }
            if !filters.open_admits(service) {
                continue;
            }
            let any_required = q.words.iter().any(|w| w.required);
            let mut score: u16 = (0..n)
                .filter(|&k| q.words[k].required || !any_required)
                .map(|k| u16::from(best[k]))
                .sum();
            if !q.key.is_empty() && self.names[rank].contains(&q.key) {
                score += WHOLE_NAME;
            }
            // The gemeente's own help first among equal matches.
            let score = score * 2 + u16::from(!service.id.starts_with("nl-"));
            found.push((service.id.as_str(), score, near));
        }
        // Best first, A–Z (rank) within a score.
        let top = found.iter().map(|f| f.1).max().unwrap_or(0);
        (0..=top)
            .rev()
            .flat_map(|score| found.iter().filter(move |f| f.1 == score).copied())
            .collect()
    }
}

/// The typed word `word` with one edit at its first letter (a typo where
/// [`Shortcut`] must look hardest), or none; `i` picks the edit.
fn edited(word: &str, i: usize) -> String {
    let c: Vec<char> = word.chars().collect();
    let rest = |from: usize| c.iter().skip(from).collect::<String>();
    match (i % 7, c.len()) {
        (_, 0) => String::new(),
        (0, _) => word.to_string(),
        (1, _) => rest(1),            // first letter missing
        (2, _) => format!("x{word}"), // one letter too many
        (3, _) => format!("{}{}", if c[0] == 'q' { 'z' } else { 'q' }, rest(1)), // first letter wrong
        (4, l) if l >= 2 => format!("{}{}{}", c[1], c[0], rest(2)), // first two swapped
        (5, l) => c.iter().take(l.div_ceil(2).max(1)).collect(), // the start
        _ => format!("{}é{}", c[0], rest(1)), // a letter too many, not ASCII
    }
}

/// Heusden's catalogue and its index in Dutch.
fn heusden_index() -> &'static (Catalogue, SearchIndex, Exhaustive) {
    static INDEX: std::sync::OnceLock<(Catalogue, SearchIndex, Exhaustive)> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let cat = heusden();
        let index = SearchIndex::new(&cat, Lang::Nl);
        let exhaustive = Exhaustive::new(&index);
        (cat, index, exhaustive)
    })
}

#[test]
fn the_shortcut_passes_over_no_word_that_matches() {
    let (_, index, _) = heusden_index();
    let vocabulary = index.ends.len();
    assert!(vocabulary > 500, "{vocabulary} words");
    let mut checked = 0;
    for id in (0..vocabulary).step_by(2) {
        for edit in 0..7 {
            let typed = edited(index.word(id as u32), edit + id);
            // Finished (no letters after it) and being typed.
            for query in [format!("{typed} "), typed] {
                for qw in &Query::parse(&query).words {
                    let stem = index.stems.get(qw.stem.as_str()).copied();
                    let shortcut = qw.shortcut(stem);
                    for (other, (&heads, &word_stem)) in index.heads.iter().zip(&index.word_stems).enumerate() {
                        if !shortcut.may_match(heads, word_stem) {
                            let word = index.word(other as u32);
                            assert_eq!(qw.quality(word, word_stem, stem), 0, "{query:?} and {word:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 1_000_000, "{checked}");
}

#[test]
fn each_keystroke_finds_what_the_exhaustive_search_finds() {
    let (cat, index, exhaustive) = heusden_index();
    let now = crate::core::opening::tests::at("2026-11-24", 10, 0);
    let filters = [
        Filters::default(),
        Filters {
            theme: Some(Theme::Geld),
            area: Some(cat.areas[0].id.clone()),
            ..Filters::default()
        },
        Filters {
            free_without_application: true,
            open: Some(OpenFilter::Today(now)),
            ..Filters::default()
        },
    ];
    for typed in [
        "schuldhulp drunen",
        "hulp bij schulden",
        "iets voor mijn moeder met dementie",
        "xchuldhulp",
        "cshuldhulp",
        "taalcafe vlijmen",
        "Geldzaken",
        "de",
        "wmo",
    ] {
        for (end, c) in typed.char_indices() {
            let query = &typed[..end + c.len_utf8()];
            for f in &filters {
                let hits: Vec<(&str, u16, bool)> = index
                    .search(cat, query, f)
                    .iter()
                    .map(|h| (h.service.id.as_str(), h.score, h.near))
                    .collect();
                assert_eq!(hits, exhaustive.search(index, cat, query, f), "{query:?} {f:?}");
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A query of words of the vocabulary, each edited or not, with spaces,
    /// marks or capitals between and after them; or any text.
    fn query() -> impl Strategy<Value = String> {
        let (_, index, _) = heusden_index();
        let vocabulary = index.ends.len();
        let word = (0..vocabulary, 0..7usize).prop_map(|(id, edit)| edited(index.word(id as u32), edit));
        let gap = proptest::sample::select(&[" ", "  ", ", ", "-", "'"][..]);
        prop_oneof![
            4 => (
                proptest::collection::vec((word, gap), 1..4),
                proptest::sample::select(&["", " ", ".", "E"][..]),
                any::<bool>(),
            )
                .prop_map(|(words, end, upper)| {
                    let mut q: String = words.into_iter().flat_map(|(w, g)| [w, g.to_string()]).collect();
                    q.truncate(q.trim_end_matches([' ', ',', '-', '\'']).len());
                    q.push_str(end);
                    if upper { q.to_uppercase() } else { q }
                }),
            1 => "\\PC{0,20}",
            1 => "[a-zé ]{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever is typed, and with any filters, the search per keystroke
        /// gives exactly the exhaustive search's hits, scores and order.
        #[test]
        fn the_search_agrees_with_the_exhaustive_one(
            query in query(),
            theme in proptest::option::of(proptest::sample::select(Theme::ALL)),
            area in proptest::option::of(0..4usize),
            group in proptest::option::of(proptest::sample::select(&Group::ALL[..])),
            free in any::<bool>(),
        ) {
            let (cat, index, exhaustive) = heusden_index();
            let area = area.map(|a| cat.areas.get(a).map_or("elders".to_string(), |a| a.id.clone()));
            let filters = Filters { theme, area, group, free_without_application: free, open: None };
            let hits: Vec<(&str, u16, bool)> = index
                .search(cat, &query, &filters)
                .iter()
                .map(|h| (h.service.id.as_str(), h.score, h.near))
                .collect();
            prop_assert_eq!(hits, exhaustive.search(index, cat, &query, &filters), "{:?}", query);
        }

        /// The same on small catalogues whose services often share names
        /// (whole-name matches of several services) and words.
        #[test]
        fn the_search_agrees_with_the_exhaustive_one_on_shared_names(
            names in proptest::collection::vec((name(), name()), 1..8),
            pick in any::<proptest::sample::Index>(),
            query in prop_oneof![Just(None), name().prop_map(Some)],
            end in proptest::sample::select(&["", " ", "."][..]),
            lang in proptest::sample::select(&Lang::ALL[..]),
        ) {
            let services = names
                .iter()
                .enumerate()
                .map(|(i, (name, description))| {
                    service(&format!("s{i}"), name, json!({"description": {"nl": description, "en": name}}))
                })
                .collect();
            let cat = catalogue(services, json!({"zoekwoorden": {"schuld": ["geld", "inloop"]}}));
            let query = format!("{}{end}", query.unwrap_or_else(|| names[pick.index(names.len())].0.clone()));
            let index = SearchIndex::new(&cat, lang);
            let hits: Vec<(&str, u16, bool)> = index
                .search(&cat, &query, &Filters::default())
                .iter()
                .map(|h| (h.service.id.as_str(), h.score, h.near))
                .collect();
            let exhaustive = Exhaustive::new(&index);
            prop_assert_eq!(hits, exhaustive.search(&index, &cat, &query, &Filters::default()), "{:?}", query);
        }
    }

    /// Names of a few words that share stems, accents and compounds.
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
            "Hulp",
            "hulp",
            "Schuld",
            "schulden",
            "Schuldhulp",
            "schuldhulpverlening",
            "Noord",
            "mantelzorgers",
            "Mantelzorger",
            "voor",
            "112",
            "Ĳsselstein",
            "geld",
            "Geldzaken",
            "xchuld",
        ];
        proptest::collection::vec(proptest::sample::select(WORDS), 1..4).prop_map(|w| w.join(" "))
    }
}
