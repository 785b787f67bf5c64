//! "Alle hulp": looking help up directly, without the questions. A search
//! over the whole catalogue that forgives how residents type Dutch, and
//! filters that combine with it. Pure: the words typed are an argument, never
//! kept (no state outlives a call but the index of the catalogue).
//!
//! **Index.** [`SearchIndex::new`] reads a catalogue once: every word of a
//! service's name, organisation, locations, kernen/wijken, life areas (their
//! Dutch and English names, `i18n` theme labels), the catalogue's
//! `zoekwoorden` that apply to it, and description (every language of each
//! text), folded and stemmed, interned in one vocabulary. A keystroke then
//! compares the few words typed with the vocabulary once and scans each
//! service's prepared word numbers: no catalogue text is copied or folded
//! per keystroke.
//!
//! **Words.** Folding: lower case; accents and ligatures of the Latin
//! letters (Latin-1 and Latin Extended-A) removed ("Café" = "cafe",
//! "cliënt" = "client", "ĳ" = "ij"); apostrophes dropped inside a word
//! ("auto's" = "autos"); every other non-letter, non-digit separates words.
//! Stemming ([`stem`], simple Dutch, after the Snowball Dutch stemmer's main
//! steps; the stem keeps at least three letters):
//! 1. `-heden` → `-heid`; else `-en` after a consonant (schulden → schuld,
//!    woningen → woning); else `-s` after a consonant other than `j` or `s`
//!    (mantelzorgers → mantelzorger), or after a single vowel (cafés → cafe);
//! 2. then `-e` after a consonant (sociale → social, gemeente → gemeent);
//! 3. after a removal: a doubled final consonant is undoubled (bakken → bak),
//!    a final `v`/`z` becomes `f`/`s` (brieven → brief, huizen → huis);
//! 4. always: a double `aa`/`ee`/`oo`/`uu` before the final consonant is
//!    undoubled (huur and huren → hur, straat and straten → strat).
//!
//! Stems are only compared with stems: they need not be words.
//!
//! **Matching a word typed** (best first): the same word; the same stem;
//! the start of a word (for the word being typed, the last one when the
//! query does not end in a space or mark, from its first letter; for a
//! finished word of four letters or more, as the head of a Dutch compound,
//! also by its stem: "schulden" finds "schuldhulpverlening"); one typo (a
//! letter wrong, missing, extra or two swapped: Damerau–Levenshtein distance
//! ≤ 1) in a word of five letters or more, also against the start of a word
//! for the word being typed ("schuldhlp" finds "schuldhulpverlening").
//!
//! **Order.** Every word must match something of a service (AND), except
//! common words ("de", "bij", "hulp", …) and, next to other words, the name
//! of the gemeente or a kern ("schuldhulp drunen" finds the debt help of the
//! whole gemeente too): these only add to the score, unless the query has
//! nothing else. A word's score is its best match over the service's fields:
//! how well (same 5, stem 4, start 3, typo 2) × where (name 4, in Dutch or
//! the resident's language; organisation, location, kern, life area,
//! zoekwoord, a name in another language 2; description 1). A query that is
//! a service's whole name (folded) adds 20, so a name always finds its
//! service first. Results: highest score first, ties A–Z by the name in the
//! resident's language (case and accents folded); an empty query gives that
//! A–Z list. Only active services are listed (as in `matching`). At most
//! [`MAX_WORDS`] words count.
//!
//! **Filters** ([`Filters`]): life area, kern/wijk, route group, "gratis en
//! zonder aanvraag", open now or today; they combine (all must hold) and
//! combine with the words.

use std::collections::{BTreeSet, HashMap};

use crate::core::calendar::Time;
use crate::core::catalogue::{Catalogue, PhoneHours, Service, Status};
use crate::core::facts::Theme;
use crate::core::i18n::{t, Lang, Msg};
use crate::core::matching::{group_for, Group};
use crate::core::opening::{is_answered, is_office_hours, opening, Moment, Opening};
use crate::core::promise::is_free_without_application;

/// Words of a query that count; more are left out.
pub const MAX_WORDS: usize = 10;
const _: () = assert!(MAX_WORDS <= 16); // a bit per word in a u16

// How well a word matches (see the module documentation).
const SAME: u8 = 5;
const STEM: u8 = 4;
const START: u8 = 3;
const TYPO: u8 = 2;

// Where it matches: the weight of a field (at most 7: kept in 3 bits).
const NAME: u8 = 4;
const PLACE: u8 = 2;
const ZOEKWOORD: u8 = 2;
const THEME: u8 = 2;
const DESCRIPTION: u8 = 1;

/// Added when the query is a service's whole name.
const WHOLE_NAME: u16 = 20;

/// Common words: optional in a query (unless it has nothing else) and not
/// indexed in descriptions or life-area names.
const COMMON: &[&str] = &[
    "a", "aan", "al", "als", "an", "and", "at", "ben", "bij", "by", "dan", "dat", "de", "deze", "die", "dit", "door",
    "een", "en", "er", "for", "help", "het", "hoe", "hulp", "i", "iemand", "iets", "ik", "in", "is", "je", "me", "met",
    "mijn", "my", "naar", "niet", "nog", "of", "om", "on", "ook", "op", "or", "over", "te", "the", "to", "tot", "u",
    "uw", "van", "voor", "waar", "wat", "we", "wie", "wil", "with", "ze", "zijn",
];

fn is_common(word: &str) -> bool {
    COMMON.contains(&word)
}

// ---------------------------------------------------------------------------
// Folding and stemming

/// The base letters of U+00C0 to U+017F; `*` is a ligature or special letter
/// (see [`push_folded`]), a space a sign (× and ÷).
const LATIN: &str = concat!(
    "aaaaaa*ceeeeiiiidnooooo ouuuuy**",
    "aaaaaa*ceeeeiiiidnooooo ouuuuy*y",
    "aaaaaa",
    "cccccccc",
    "dddd",
    "eeeeeeeeee",
    "gggggggg",
    "hhhh",
    "iiiiiiiiii",
    "**",
    "jj",
    "kkk",
    "llllllllll",
    "nnnnnnnnn",
    "oooooo",
    "**",
    "rrrrrr",
    "ssssssss",
    "tttttt",
    "uuuuuuuuuuuu",
    "ww",
    "yyy",
    "zzzzzz",
    "s",
);
const _: () = assert!(LATIN.len() == 0x180 - 0xC0);

/// What a character is to a word.
enum Letter {
    /// Part of a word; its folded form was pushed.
    Word,
    /// Inside a word but adds nothing: an apostrophe, a combining accent.
    Skip,
    /// Separates words.
    Gap,
}

/// Pushes `c` folded (lower case, no accent) onto `out`.
fn push_folded(c: char, out: &mut String) -> Letter {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            return Letter::Word;
        }
        return if c == '\'' || c == '`' {
            Letter::Skip
        } else {
            Letter::Gap
        };
    }
    let special = match c {
        'Æ' | 'æ' => "ae",
        'Þ' | 'þ' => "th",
        'ß' => "ss",
        'Ĳ' | 'ĳ' => "ij",
        'Œ' | 'œ' => "oe",
        '’' | 'ʼ' | '\u{300}'..='\u{36f}' => return Letter::Skip,
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return Letter::Word;
    }
    if let Some(&base) = (c as usize).checked_sub(0xC0).and_then(|i| LATIN.as_bytes().get(i)) {
        if base == b' ' {
            return Letter::Gap;
        }
        out.push(char::from(base));
        return Letter::Word;
    }
    if c.is_alphanumeric() {
        out.extend(c.to_lowercase());
        Letter::Word
    } else {
        Letter::Gap
    }
}

/// Calls `f` with each folded word of `text`, using `buf` for the letters.
fn each_word(text: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    buf.clear();
    for c in text.chars() {
        if let Letter::Gap = push_folded(c, buf) {
            if !buf.is_empty() {
                f(buf);
                buf.clear();
            }
        }
    }
    if !buf.is_empty() {
        f(buf);
    }
}

/// `text` folded: its words in lower case without accents, one space
/// between them ("  Repair Café, Elshout" → "repair cafe elshout"). The key
/// of the A–Z order and of a whole-name match.
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    let mut buf = String::new();
    each_word(text, &mut buf, |w| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    });
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The stem of a folded word (see the module documentation): words that
/// differ only in a Dutch plural or common ending share it ("schulden" and
/// "schuld", "mantelzorgers" and "mantelzorger"). Words with a digit or a
/// letter outside a–z are their own stem.
pub fn stem(word: &str) -> String {
    let mut w = word.as_bytes().to_vec();
    if w.len() < 4 || !w.iter().all(u8::is_ascii_lowercase) {
        return word.to_string();
    }
    let n = w.len();
    let mut cut = false;
    if n >= 8 && w.ends_with(b"heden") {
        w.truncate(n - 5);
        w.extend_from_slice(b"heid");
    } else if n >= 5 && w.ends_with(b"en") && !is_vowel(w[n - 3]) {
        w.truncate(n - 2);
        cut = true;
    } else if w[n - 1] == b's' {
        let before = w[n - 2];
        let after_consonant = !is_vowel(before) && before != b'j' && before != b's';
        let after_single_vowel = is_vowel(before) && !is_vowel(w[n - 3]);
        if after_consonant || after_single_vowel {
            w.pop();
            cut = true;
        }
    }
    let n = w.len();
    if n >= 4 && w[n - 1] == b'e' && !is_vowel(w[n - 2]) {
        w.pop();
        cut = true;
    }
    let n = w.len();
    if cut {
        if n >= 4 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) {
            w.pop();
        }
        if let Some(last) = w.last_mut() {
            match *last {
                b'v' => *last = b'f',
                b'z' => *last = b's',
                _ => {}
            }
        }
    }
    let n = w.len();
    if n >= 4 && !is_vowel(w[n - 1]) && w[n - 2] == w[n - 3] && matches!(w[n - 2], b'a' | b'e' | b'o' | b'u') {
        w.remove(n - 2);
    }
    // Only ASCII letters were removed or replaced by ASCII letters.
    String::from_utf8(w).unwrap_or_else(|_| word.to_string())
}

/// Is `typed` at most one edit from `word`, or with `start` from the start
/// of `word` ("schuldhlp" and "schuldhulpverlening")? An edit is one letter
/// substituted, inserted or deleted, or two neighbours swapped (restricted
/// Damerau–Levenshtein distance ≤ 1). Linear, no allocation: past the
/// common start, the one edit must be at the first difference.
fn within_one(typed: &str, word: &str, start: bool) -> bool {
    if word.len() + 4 < typed.len() || (!start && typed.len() + 4 < word.len()) {
        return false; // more than one letter apart in length
    }
    let fits = |t: &str, w: &str| if start { w.starts_with(t) } else { t == w };
    let mut same = typed.bytes().zip(word.bytes()).take_while(|(x, y)| x == y).count();
    while !typed.is_char_boundary(same) {
        same -= 1;
    }
    let (t, w) = (&typed[same..], &word[same..]);
    let Some(ct) = t.chars().next() else {
        // All of `typed` is there: at most one letter more, or any with `start`.
        return start || w.chars().nth(1).is_none();
    };
    let t1 = &t[ct.len_utf8()..];
    if fits(t1, w) {
        return true; // one letter too many typed
    }
    let Some(cw) = w.chars().next() else {
        return false;
    };
    let w1 = &w[cw.len_utf8()..];
    fits(t1, w1) // one letter wrong
        || fits(t, w1) // one letter missing
        || (t1.starts_with(cw) && w1.starts_with(ct) && fits(&t1[cw.len_utf8()..], &w1[ct.len_utf8()..]))
    // two swapped
}

// ---------------------------------------------------------------------------
// The index

/// A word of the vocabulary.
struct Word {
    text: Box<str>,
    /// Its stem, as a number into [`SearchIndex::stems`].
    stem: u32,
}

/// One service, prepared.
struct Entry {
    /// Its position in `Catalogue::services`.
    service: u32,
    /// Vocabulary numbers << 3 | the weight of the best field it is in; each
    /// word once.
    words: Box<[u32]>,
    /// Its names, folded, in each language (for a whole-name match).
    names: Box<[Box<str>]>,
    /// A bit per `Theme::ALL` position.
    themes: u16,
    group: Group,
    free: bool,
    /// `eligibility.areas` (positions in `Catalogue::areas`): only for these.
    only_for: Box<[u16]>,
    /// It names `service_areas`: meant for those (and where it is offered).
    meant_for_some: bool,
    /// Kernen/wijken it is in or meant for: service areas, eligibility areas
    /// and its locations' areas.
    near: Box<[u16]>,
}

/// A catalogue prepared for searching: build it once per catalogue and
/// language (the A–Z order follows the names in that language), then call
/// [`SearchIndex::search`] per keystroke with the same catalogue.
pub struct SearchIndex {
    words: Vec<Word>,
    stems: Vec<Box<str>>,
    /// The words of the gemeente's and its kernen's names.
    place_words: Vec<u32>,
    entries: Vec<Entry>,
    /// Entries in A–Z order.
    order: Vec<u32>,
}

/// What the builder collects for the service it is reading.
struct Builder {
    ids: HashMap<Box<str>, u32>,
    stem_ids: HashMap<Box<str>, u32>,
    words: Vec<Word>,
    stems: Vec<Box<str>>,
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
                let s = self.stems.len() as u32;
                self.stem_ids.insert(stem.clone().into(), s);
                self.stems.push(stem.into());
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
            stems: Vec::new(),
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
        let mut key_stem = vec![false; b.stems.len()];
        for zw in &zoekwoorden {
            if let Some(&first) = zw.key.first() {
                key_stem[first as usize] = true;
            }
        }
        let mut place_words = b.ids_of(&cat.name, false);
        for a in &cat.areas {
            place_words.extend(b.ids_of(&a.name, false));
        }

        let mut entries = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        for (i, s) in cat.services.iter().enumerate() {
            if s.status != Status::Active {
                continue;
            }
            b.current = i as u32 + 1;
            b.touched.clear();
            let mut names: Vec<Box<str>> = Vec::new();
            for (code, name) in &s.name.0 {
                // A name in another language than the resident's (or Dutch)
                // weighs as a place: "care in kind" is no name for "kind".
                let weight = if code.starts_with("nl") || code == lang.code() {
                    NAME
                } else {
                    PLACE
                };
                b.add_text(name, weight, true);
                let folded = fold(name);
                if !names.iter().any(|n| **n == *folded) {
                    names.push(folded.into());
                }
            }
            // A translation that came with the language's file (not in the
            // catalogue itself, see `remember_translations`) is searched too.
            let (translated, in_lang) = s.name.get(lang);
            if in_lang == lang && lang != Lang::Nl && !s.name.0.contains_key(lang.code()) {
                b.add_text(translated, NAME, true);
                names.push(fold(translated).into());
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
            let words = b
                .touched
                .iter()
                .map(|&id| id << 3 | u32::from(b.seen[id as usize].1))
                .collect();
            keys.push(fold(s.name.get(lang).0));
            entries.push(Entry {
                service: i as u32,
                words,
                names: names.into(),
                themes,
                group: group_for(s, &BTreeSet::new()),
                free: is_free_without_application(s),
                only_for: only_for.into(),
                meant_for_some: !s.service_areas.is_empty(),
                near: near_unique.into(),
            });
        }
        // A–Z: inserted into an ordered set (no sort in the wasm).
        let mut az = BTreeSet::new();
        for (i, key) in keys.iter().enumerate() {
            az.insert((key.as_str(), i as u32));
        }
        let order = az.into_iter().map(|(_, i)| i).collect();
        let index = SearchIndex {
            words: b.words,
            stems: b.stems,
            place_words,
            entries,
            order,
        };
        (index, used)
    }

    /// The number of services listed (the active ones).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The services of `cat` (the catalogue this index was built from) that
    /// match `query` and pass `filters`, best match first (see the module
    /// documentation); an empty query lists every one that passes, A–Z.
    pub fn search<'a>(&self, cat: &'a Catalogue, query: &str, filters: &Filters) -> Vec<Hit<'a>> {
        let q = Query::parse(query);
        let n = q.words.len();
        // How well each query word matches each word of the vocabulary:
        // `table[word * n + k]`, and which query words match it at all
        // (`any[word]`, a bit per query word), computed once per query.
        let mut table = vec![0u8; self.words.len() * n];
        let mut any = vec![0u16; self.words.len()];
        for (k, qw) in q.words.iter().enumerate() {
            let stem = self.stems.iter().position(|s| **s == *qw.stem).map(|s| s as u32);
            for (id, w) in self.words.iter().enumerate() {
                let quality = qw.quality(w, stem);
                if quality > 0 {
                    table[id * n + k] = quality;
                    any[id] |= 1 << k;
                }
            }
        }
        // A kern's or the gemeente's name is optional next to other words:
        // "schuldhulp drunen" still finds the debt help for the whole
        // gemeente, with what is in Drunen first.
        let place: Vec<bool> = (0..n)
            .map(|k| self.place_words.iter().any(|&id| table[id as usize * n + k] >= STEM))
            .collect();
        let mut required = [false; MAX_WORDS];
        for (k, qw) in q.words.iter().enumerate() {
            let others = (0..n).any(|j| j != k && q.words[j].required && !place[j]);
            required[k] = qw.required && !(place[k] && others);
        }
        let area = filters
            .area
            .as_deref()
            .map(|id| cat.areas.iter().position(|a| a.id == id).map(|a| a as u16));
        let theme = filters
            .theme
            .and_then(|th| Theme::ALL.iter().position(|&x| x == th))
            .map(|p| 1u16 << p);

        let mut found: Vec<(u16, u32, bool)> = Vec::new();
        for &e in &self.order {
            let entry = &self.entries[e as usize];
            let Some(service) = cat.services.get(entry.service as usize) else {
                continue;
            };
            if theme.is_some_and(|bit| entry.themes & bit == 0)
                || filters.group.is_some_and(|g| g != entry.group)
                || (filters.free_without_application && !entry.free)
            {
                continue;
            }
            let near = match area {
                Some(area) => {
                    let near = area.is_some_and(|a| entry.near.contains(&a));
                    let allowed = if !entry.only_for.is_empty() {
                        area.is_some_and(|a| entry.only_for.contains(&a))
                    } else {
                        !entry.meant_for_some || near
                    };
                    if !allowed {
                        continue;
                    }
                    near
                }
                None => false,
            };
            let mut best = [0u8; MAX_WORDS];
            for &word in entry.words.iter() {
                let id = (word >> 3) as usize;
                // Most words of a service match no query word.
                let mut matched = any[id];
                while matched != 0 {
                    let k = matched.trailing_zeros() as usize;
                    matched &= matched - 1;
                    best[k] = best[k].max(table[id * n + k] * (word & 7) as u8);
                }
            }
            if required.iter().zip(&best).any(|(&r, &b)| r && b == 0) {
                continue;
            }
            let open = match filters.open {
                Some(OpenFilter::Now(now)) => open_now(service, now),
                Some(OpenFilter::Today(now)) => open_today(service, now),
                None => true,
            };
            if !open {
                continue;
            }
            let mut score: u16 = best.iter().map(|&b| u16::from(b)).sum();
            if !q.key.is_empty() && entry.names.iter().any(|name| **name == *q.key) {
                score += WHOLE_NAME;
            }
            found.push((score, entry.service, near));
        }

        // Best score first, A–Z within a score: a counting sort by score of
        // the A–Z list (scores are small; no sort in the wasm).
        let top = found.iter().map(|f| f.0).max().unwrap_or(0) as usize;
        let mut start = vec![0usize; top + 2];
        for f in &found {
            start[top - f.0 as usize + 1] += 1;
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut slots: Vec<Option<Hit<'a>>> = vec![None; found.len()];
        for (score, service, near) in found {
            let at = &mut start[top - score as usize];
            slots[*at] = cat
                .services
                .get(service as usize)
                .map(|service| Hit { service, score, near });
            *at += 1;
        }
        slots.into_iter().flatten().collect()
    }
}

/// One result.
#[derive(Clone, Copy, Debug)]
pub struct Hit<'a> {
    pub service: &'a Service,
    /// How well it matches the words (0 for an empty query); higher first.
    pub score: u16,
    /// With an area filter: the service is in, or meant for, that kern/wijk
    /// (not only there because it is for the whole gemeente).
    pub near: bool,
}

/// A word of the query.
struct QueryWord {
    text: String,
    stem: String,
    /// May match the start of a word.
    start: bool,
    /// Long enough for one typo (five letters or more).
    typo: bool,
    /// The word typed last, still being typed.
    typing: bool,
    /// Must match (not a common word, or the query has only those).
    required: bool,
}

impl QueryWord {
    /// How well it matches the vocabulary's `w`, whose stem is `stem` when
    /// this word's stem is in the vocabulary (see the module documentation).
    fn quality(&self, w: &Word, stem: Option<u32>) -> u8 {
        let text = &*w.text;
        if text == self.text {
            SAME
        } else if stem == Some(w.stem) {
            STEM
        } else if self.start
            && (text.starts_with(self.text.as_str()) || (self.stem.len() >= 4 && text.starts_with(self.stem.as_str())))
        {
            START
        } else if self.typo && within_one(&self.text, text, self.typing) {
            TYPO
        } else {
            0
        }
    }
}

/// A query, parsed.
struct Query {
    words: Vec<QueryWord>,
    /// The whole query folded, for a whole-name match.
    key: String,
}

impl Query {
    fn parse(text: &str) -> Query {
        let key = fold(text);
        let mut buf = String::new();
        let last_is_letter = text
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(push_folded(c, &mut buf), Letter::Gap));
        let folded: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).take(MAX_WORDS).collect();
        let only_common = folded.iter().all(|w| is_common(w));
        let count = folded.len();
        let words = folded
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let typing = last_is_letter && i + 1 == count;
                let letters = w.chars().count();
                QueryWord {
                    text: w.to_string(),
                    stem: stem(w),
                    start: typing || letters >= 4,
                    typo: letters >= 5,
                    typing,
                    required: only_common || !is_common(w),
                }
            })
            .collect();
        Query { words, key }
    }
}

// ---------------------------------------------------------------------------
// Filters

/// Open now or today, at the device's moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenFilter {
    /// [`open_now`].
    Now(Moment),
    /// [`open_today`].
    Today(Moment),
}

/// The filters of "Alle hulp"; every one that is set must hold. The default
/// filters nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Helps with this life area.
    pub theme: Option<Theme>,
    /// For residents of this kern/wijk (an `areas` id): a service with an
    /// eligibility rule on areas only when this is one of them; one with
    /// `service_areas` only when it is meant for this one or offered here;
    /// a service with neither is for the whole gemeente (or country) and
    /// counts as everywhere ([`Hit::near`] tells the two apart).
    pub area: Option<String>,
    /// In this route group, as the route would show it without answers
    /// (`matching::group_for` with no situations: the kind's group).
    pub group: Option<Group>,
    /// Free and without application (`promise::is_free_without_application`).
    pub free_without_application: bool,
    pub open: Option<OpenFilter>,
}

/// Open at `now`: a place of the service is open (`opening::opening`), or a
/// phone of it is answered now. A phone whose hours the catalogue does not
/// give does not count here: the app cannot tell.
pub fn open_now(s: &Service, now: Moment) -> bool {
    s.service_at_locations
        .iter()
        .any(|sal| matches!(opening(sal, now), Opening::OpenNow { .. }))
        || s.phones.iter().any(|p| p.hours.is_some() && is_answered(p.hours, now))
}

/// Still open today, from `now` on: a place is open now or opens later
/// today, or a phone is answered now or later today (day and night; office
/// hours on a working day before 17:00). Opening hours that ended earlier
/// today do not count.
pub fn open_today(s: &Service, now: Moment) -> bool {
    let places = s.service_at_locations.iter().any(|sal| match opening(sal, now) {
        Opening::OpenNow { .. } => true,
        Opening::Next { date, .. } => date == now.date,
        Opening::NoneSoon => false,
    });
    let office_later = Moment {
        date: now.date,
        time: now.time.max(Time::hm(9, 0)),
    };
    places
        || s.phones.iter().any(|p| match p.hours {
            Some(PhoneHours::DagEnNacht) => true,
            Some(PhoneHours::Kantoortijden) => is_office_hours(office_later),
            None => false,
        })
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

#[cfg(test)]
mod tests;
