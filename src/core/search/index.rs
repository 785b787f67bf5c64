//! The index: the vocabulary of a catalogue's words (folded and stemmed)
//! and per word the services it is in; built once per catalogue.

use std::collections::{BTreeSet, HashMap};

use super::fold::{each_word, fold};
use super::stem::stem;
use super::{is_common, DESCRIPTION, NAME, PLACE, THEME, ZOEKWOORD};
use crate::core::catalogue::{Catalogue, Status};
use crate::core::facts::Theme;
use crate::core::i18n::{t, Lang, Msg};
use crate::core::matching::{group_for, Group};
use crate::core::promise::is_free_without_application;

/// A word of the vocabulary, while the index is built.
struct Word {
    text: Box<str>,
    /// Its stem, as a number of [`SearchIndex::stems`].
    stem: u32,
}

/// One service, prepared (its words are in [`SearchIndex::postings`], its
/// names in [`SearchIndex::names`]).
pub(super) struct Entry {
    /// Its position in `Catalogue::services`.
    pub(super) service: u32,
    /// A bit per `Theme::ALL` position.
    pub(super) themes: u16,
    pub(super) group: Group,
    pub(super) free: bool,
    /// The gemeente's own help (not a national `nl-` entry): first among
    /// equally good matches, so a broad word does not put a national line
    /// on top only because its name sorts first.
    pub(super) local: bool,
    /// `eligibility.areas` (positions in `Catalogue::areas`): only for these.
    pub(super) only_for: Box<[u16]>,
    /// It names `service_areas`: meant for those (and where it is offered).
    pub(super) meant_for_some: bool,
    /// Kernen/wijken it is in or meant for: service areas, eligibility areas
    /// and its locations' areas.
    pub(super) near: Box<[u16]>,
}

/// The first byte of `word`, and the first byte of its second letter (0 if
/// it has none).
pub(super) fn heads_of(word: &str) -> [u8; 2] {
    let bytes = word.as_bytes();
    let second = word.chars().next().map_or(0, char::len_utf8);
    [
        bytes.first().copied().unwrap_or(0),
        bytes.get(second).copied().unwrap_or(0),
    ]
}

/// Numbers listed per key, one list after another: the list of `key` is
/// `items[starts[key]..starts[key + 1]]`.
pub(super) struct Lists {
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Lists {
    /// The lists of `keys` keys from numbers given entry by entry (entry
    /// `rank`'s are `of_entries[ends[rank]..ends[rank + 1]]`): a number `x`
    /// puts the entry in the list of key `x >> bits`, as `rank << bits` with
    /// the low `bits` of `x`. Each list is in rank order.
    fn by_key(keys: usize, ends: &[u32], of_entries: &[u32], bits: u32) -> Lists {
        let mut starts = vec![0u32; keys + 1];
        for &x in of_entries {
            starts[(x >> bits) as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut items = vec![0u32; of_entries.len()];
        let low = (1 << bits) - 1;
        for (rank, at) in ends.windows(2).enumerate() {
            for &x in &of_entries[at[0] as usize..at[1] as usize] {
                let slot = &mut next[(x >> bits) as usize];
                items[*slot as usize] = (rank as u32) << bits | (x & low);
                *slot += 1;
            }
        }
        Lists { starts, items }
    }

    pub(super) fn get(&self, key: usize) -> &[u32] {
        match (self.starts.get(key), self.starts.get(key + 1)) {
            (Some(&from), Some(&to)) => &self.items[from as usize..to as usize],
            _ => &[],
        }
    }
}

/// A catalogue prepared for searching: build it once per catalogue and
/// language (the A–Z order follows the names in that language), then call
/// [`SearchIndex::search`] per keystroke with the same catalogue.
///
/// Per word typed, a keystroke reads the first bytes of every vocabulary
/// word (one array, in order), the text of the few that may match, and the
/// services of those that match (their postings); services are numbered by
/// their A–Z rank, so the scores are then read in the order of the results.
pub struct SearchIndex {
    /// The vocabulary, one word after another: word `id` ends at
    /// `ends[id]` and starts where the word before it ends.
    text: String,
    pub(super) ends: Vec<u32>,
    /// Per word, its [`heads_of`]: most words are passed over by these alone.
    pub(super) heads: Vec<[u8; 2]>,
    /// The stem of each word, as a number of [`SearchIndex::stems`].
    pub(super) word_stems: Vec<u32>,
    /// Stem → its number.
    pub(super) stems: HashMap<Box<str>, u32>,
    /// The words of the gemeente's and its kernen's names.
    pub(super) place_words: Vec<u32>,
    /// Entries in A–Z order: an entry's position is its rank.
    pub(super) entries: Vec<Entry>,
    /// Per vocabulary word, the entries it is in, each once: rank << 3 | the
    /// weight of the best field it is in there; ranks ascending.
    pub(super) postings: Lists,
    /// Every name of a service (folded, in each language) → its number in
    /// `named`, the ranks (ascending) of the services with that name (for a
    /// whole-name match).
    pub(super) names: HashMap<Box<str>, u32>,
    pub(super) named: Lists,
}

/// What the builder collects for the service it is reading.
struct Builder {
    ids: HashMap<Box<str>, u32>,
    stem_ids: HashMap<Box<str>, u32>,
    words: Vec<Word>,
    /// Per vocabulary word: the service it was last seen in (+1), and its best weight there.
    seen: Vec<(u32, u8)>,
    /// The words of the current service.
    touched: Vec<u32>,
    current: u32,
    buf: String,
}

impl Builder {
    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let stem = stem(word);
        let stem = match self.stem_ids.get(stem.as_str()) {
            Some(&s) => s,
            None => {
                let s = self.stem_ids.len() as u32;
                self.stem_ids.insert(stem.into(), s);
                s
            }
        };
        let id = self.words.len() as u32;
        self.words.push(Word {
            text: word.into(),
            stem,
        });
        self.ids.insert(word.into(), id);
        self.seen.push((0, 0));
        id
    }

    /// Adds word `id` to the current service with `weight`.
    fn add(&mut self, id: u32, weight: u8) {
        let seen = &mut self.seen[id as usize];
        if seen.0 != self.current {
            *seen = (self.current, weight);
            self.touched.push(id);
        } else if seen.1 < weight {
            seen.1 = weight;
        }
    }

    /// Adds every word of `text` to the current service; common words only
    /// when `common`.
    fn add_text(&mut self, text: &str, weight: u8, common: bool) {
        let mut buf = std::mem::take(&mut self.buf);
        each_word(text, &mut buf, |w| {
            if common || !is_common(w) {
                let id = self.intern(w);
                self.add(id, weight);
            }
        });
        self.buf = buf;
    }

    /// The vocabulary numbers of `text`'s words.
    fn ids_of(&mut self, text: &str, common: bool) -> Vec<u32> {
        let mut out = Vec::new();
        let mut buf = std::mem::take(&mut self.buf);
        each_word(text, &mut buf, |w| {
            if common || !is_common(w) {
                out.push(self.intern(w));
            }
        });
        self.buf = buf;
        out
    }
}

/// Id → position in its list (the first, when an id is there twice).
fn positions<'c>(ids: impl Iterator<Item = &'c str>) -> HashMap<&'c str, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    map
}

/// `zoekwoorden`, prepared: the stems of the word in the services' texts,
/// and the vocabulary numbers of the words residents may type for it.
struct Zoekwoord {
    key: Vec<u32>,
    words: Vec<u32>,
}

impl SearchIndex {
    /// Prepares `cat` for searching, the A–Z order in `lang`.
    pub fn new(cat: &Catalogue, lang: Lang) -> SearchIndex {
        SearchIndex::build(cat, lang).0
    }

    /// The index, and per `zoekwoorden` key (in map order) whether it applied
    /// to any service.
    fn build(cat: &Catalogue, lang: Lang) -> (SearchIndex, Vec<bool>) {
        let mut b = Builder {
            ids: HashMap::new(),
            stem_ids: HashMap::new(),
            words: Vec::new(),
            seen: Vec::new(),
            touched: Vec::new(),
            current: 0,
            buf: String::new(),
        };
        let areas = positions(cat.areas.iter().map(|a| a.id.as_str()));
        let orgs = positions(cat.organizations.iter().map(|o| o.id.as_str()));
        let locations = positions(cat.locations.iter().map(|l| l.id.as_str()));
        let theme_words: Vec<Vec<u32>> = Theme::ALL
            .iter()
            .map(|&th| {
                let mut ids = Vec::new();
                for l in Lang::ALL {
                    ids.extend(b.ids_of(t(l, Msg::ThemeLabel(th)), false));
                }
                ids
            })
            .collect();
        let zoekwoorden: Vec<Zoekwoord> = cat
            .zoekwoorden
            .iter()
            .map(|(key, words)| {
                let key = b
                    .ids_of(key, true)
                    .into_iter()
                    .map(|id| b.words[id as usize].stem)
                    .collect();
                let mut ids = Vec::new();
                for w in words {
                    ids.extend(b.ids_of(w, true));
                }
                Zoekwoord { key, words: ids }
            })
            .collect();
        let mut used = vec![false; zoekwoorden.len()];
        // The stems zoekwoorden start with: a service without one skips them.
        let mut key_stem = vec![false; b.stem_ids.len()];
        for zw in &zoekwoorden {
            if let Some(&first) = zw.key.first() {
                key_stem[first as usize] = true;
            }
        }
        let mut place_words = b.ids_of(&cat.name, false);
        for a in &cat.areas {
            place_words.extend(b.ids_of(&a.name, false));
        }

        // A–Z: the active services inserted into an ordered set (no sort in
        // the wasm), then read in that order: an entry's rank is its number.
        let mut az = BTreeSet::new();
        for (i, s) in cat.services.iter().enumerate() {
            if s.status == Status::Active {
                az.insert((fold(s.name.get(lang).0), i));
            }
        }
        let mut entries = Vec::with_capacity(az.len());
        // Every name of a service (folded, in each language) → its number.
        let mut names: HashMap<Box<str>, u32> = HashMap::new();
        // Per entry, one after another: its words (vocabulary numbers << 3 |
        // the weight of the best field, each word once) and its names'
        // numbers; entry `rank`'s are `words[word_ends[rank]..word_ends[rank + 1]]`.
        let (mut words, mut word_ends) = (Vec::new(), vec![0u32]);
        let (mut name_ids, mut name_ends) = (Vec::new(), vec![0u32]);
        for (_, i) in az {
            let s = &cat.services[i];
            b.current = i as u32 + 1;
            b.touched.clear();
            let first_name = name_ids.len();
            // A translation that came with the language's file (not in the
            // catalogue itself, see `remember_translations`) is a name too.
            let (translated, in_lang) = s.name.get(lang);
            let remembered = (in_lang == lang && lang != Lang::Nl && !s.name.0.contains_key(lang.code()))
                .then_some((lang.code(), translated));
            let all_names = s.name.0.iter().map(|(c, n)| (c.as_str(), n.as_str()));
            for (code, name) in all_names.chain(remembered) {
                // A name in another language than the resident's (or Dutch)
                // weighs as a place: "care in kind" is no name for "kind".
                let weight = if code.starts_with("nl") || code == lang.code() {
                    NAME
                } else {
                    PLACE
                };
                b.add_text(name, weight, true);
                let folded = fold(name);
                let id = match names.get(folded.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = names.len() as u32;
                        names.insert(folded.into(), id);
                        id
                    }
                };
                if !name_ids[first_name..].contains(&id) {
                    name_ids.push(id);
                }
            }
            if let Some(o) = s.organization_id.as_deref().and_then(|o| orgs.get(o)) {
                b.add_text(&cat.organizations[*o].name, PLACE, true);
            }
            let area_of = |id: &str| areas.get(id).map(|&a| a as u16);
            let only_for: Vec<u16> = s.eligibility.areas.iter().filter_map(|a| area_of(a)).collect();
            let mut near: Vec<u16> = s.service_areas.iter().filter_map(|a| area_of(a)).collect();
            near.extend(&only_for);
            for sal in &s.service_at_locations {
                if let Some(&l) = locations.get(sal.location_id.as_str()) {
                    let l = &cat.locations[l];
                    b.add_text(&l.name, PLACE, true);
                    near.extend(l.area.as_deref().and_then(area_of));
                }
            }
            let mut near_unique: Vec<u16> = Vec::with_capacity(near.len());
            for a in near {
                if !near_unique.contains(&a) {
                    near_unique.push(a);
                }
            }
            for &a in &near_unique {
                b.add_text(&cat.areas[a as usize].name, PLACE, true);
            }
            let mut themes = 0u16;
            for th in &s.themes {
                if let Some(p) = Theme::ALL.iter().position(|x| x == th) {
                    themes |= 1 << p;
                    for &id in &theme_words[p] {
                        b.add(id, THEME);
                    }
                }
            }
            for text in s.description.0.values() {
                b.add_text(text, DESCRIPTION, false);
            }
            let (translated, in_lang) = s.description.get(lang);
            if in_lang == lang && lang != Lang::Nl && !s.description.0.contains_key(lang.code()) {
                b.add_text(translated, DESCRIPTION, false);
            }
            // Zoekwoorden whose word (every word of it) is in the service.
            let stem_of = |id: u32| b.words[id as usize].stem as usize;
            let any_key = b
                .touched
                .iter()
                .any(|&id| key_stem.get(stem_of(id)).copied().unwrap_or(false));
            for (z, zw) in zoekwoorden.iter().enumerate().filter(|_| any_key) {
                let has = |stem: &u32| b.touched.iter().any(|&id| b.words[id as usize].stem == *stem);
                if !zw.key.is_empty() && zw.key.iter().all(has) {
                    used[z] = true;
                    for &id in &zw.words {
                        b.add(id, ZOEKWOORD);
                    }
                }
            }
            words.extend(b.touched.iter().map(|&id| id << 3 | u32::from(b.seen[id as usize].1)));
            word_ends.push(words.len() as u32);
            name_ends.push(name_ids.len() as u32);
            entries.push(Entry {
                service: i as u32,
                themes,
                group: group_for(s, &BTreeSet::new()),
                free: is_free_without_application(s),
                local: !s.id.starts_with("nl-"),
                only_for: only_for.into(),
                meant_for_some: !s.service_areas.is_empty(),
                near: near_unique.into(),
            });
        }
        let postings = Lists::by_key(b.words.len(), &word_ends, &words, 3);
        let named = Lists::by_key(names.len(), &name_ends, &name_ids, 0);
        let mut text = String::new();
        let mut ends = Vec::with_capacity(b.words.len());
        let mut heads = Vec::with_capacity(b.words.len());
        let mut word_stems = Vec::with_capacity(b.words.len());
        for w in &b.words {
            text.push_str(&w.text);
            ends.push(text.len() as u32);
            heads.push(heads_of(&w.text));
            word_stems.push(w.stem);
        }
        let index = SearchIndex {
            text,
            ends,
            heads,
            word_stems,
            stems: b.stem_ids,
            place_words,
            entries,
            postings,
            names,
            named,
        };
        (index, used)
    }

    /// Word `id` of the vocabulary.
    pub(super) fn word(&self, id: u32) -> &str {
        let id = id as usize;
        let from = id.checked_sub(1).map_or(0, |i| self.ends[i] as usize);
        self.text.get(from..self.ends[id] as usize).unwrap_or("")
    }

    /// The number of services listed (the active ones).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// For maintainers: the `zoekwoorden` keys of `cat` that apply to none of its
/// services (a typo, or a word only in another file's services).
#[cfg(feature = "maintainer")]
pub fn unused_zoekwoorden(cat: &Catalogue) -> Vec<&str> {
    let (_, used) = SearchIndex::build(cat, Lang::Nl);
    cat.zoekwoorden
        .keys()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(k, _)| k.as_str())
        .collect()
}
