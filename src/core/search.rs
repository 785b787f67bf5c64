//! "Alle hulp": looking help up directly, without the questions. A search
//! over the whole catalogue that forgives how residents type Dutch, and
//! filters that combine with it. Pure: the words typed are an argument, never
//! kept (no state outlives a call but the index of the catalogue).
//!
//! **Index.** [`SearchIndex::new`] reads a catalogue once: every word of a
//! service's name, organisation, locations, kernen/wijken, life areas (their
//! Dutch and English names, `i18n` theme labels), the catalogue's
//! `zoekwoorden` that apply to it, and description (every language of each
//! text), folded and stemmed, interned in one vocabulary; per vocabulary
//! word the services it is in (with its best field there), services
//! numbered in A–Z order. A keystroke then compares each word typed with the
//! vocabulary once (most words are passed over by their first two bytes and
//! stem number alone, see `Shortcut`) and visits only the services of the
//! words that match: no catalogue text is copied or folded per keystroke,
//! and no service is looked at word by word.
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
    // "eenzaamheid" finds what says "eenzaam" (and "mogelijkheden" what says
    // "mogelijk"): a noun in -heid is searched as its adjective.
    if n >= 8 && w.ends_with(b"heden") {
        w.truncate(n - 5);
    } else if n >= 8 && w.ends_with(b"heid") {
        w.truncate(n - 4);
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

/// A word of the vocabulary, while the index is built.
struct Word {
    text: Box<str>,
    /// Its stem, as a number of [`SearchIndex::stems`].
    stem: u32,
}

/// One service, prepared (its words are in [`SearchIndex::postings`], its
/// names in [`SearchIndex::names`]).
struct Entry {
    /// Its position in `Catalogue::services`.
    service: u32,
    /// A bit per `Theme::ALL` position.
    themes: u16,
    group: Group,
    free: bool,
    /// The gemeente's own help (not a national `nl-` entry): first among
    /// equally good matches, so a broad word does not put a national line
    /// on top only because its name sorts first.
    local: bool,
    /// `eligibility.areas` (positions in `Catalogue::areas`): only for these.
    only_for: Box<[u16]>,
    /// It names `service_areas`: meant for those (and where it is offered).
    meant_for_some: bool,
    /// Kernen/wijken it is in or meant for: service areas, eligibility areas
    /// and its locations' areas.
    near: Box<[u16]>,
}

/// The first byte of `word`, and the first byte of its second letter (0 if
/// it has none).
fn heads_of(word: &str) -> [u8; 2] {
    let bytes = word.as_bytes();
    let second = word.chars().next().map_or(0, char::len_utf8);
    [
        bytes.first().copied().unwrap_or(0),
        bytes.get(second).copied().unwrap_or(0),
    ]
}

/// Numbers listed per key, one list after another: the list of `key` is
/// `items[starts[key]..starts[key + 1]]`.
struct Lists {
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

    fn get(&self, key: usize) -> &[u32] {
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
    ends: Vec<u32>,
    /// Per word, its [`heads_of`]: most words are passed over by these alone.
    heads: Vec<[u8; 2]>,
    /// The stem of each word, as a number of [`SearchIndex::stems`].
    word_stems: Vec<u32>,
    /// Stem → its number.
    stems: HashMap<Box<str>, u32>,
    /// The words of the gemeente's and its kernen's names.
    place_words: Vec<u32>,
    /// Entries in A–Z order: an entry's position is its rank.
    entries: Vec<Entry>,
    /// Per vocabulary word, the entries it is in, each once: rank << 3 | the
    /// weight of the best field it is in there; ranks ascending.
    postings: Lists,
    /// Every name of a service (folded, in each language) → its number in
    /// `named`, the ranks (ascending) of the services with that name (for a
    /// whole-name match).
    names: HashMap<Box<str>, u32>,
    named: Lists,
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
    fn word(&self, id: u32) -> &str {
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

    /// The services of `cat` (the catalogue this index was built from) that
    /// match `query` and pass `filters`, best match first (see the module
    /// documentation); an empty query lists every one that passes, A–Z.
    pub fn search<'a>(&self, cat: &'a Catalogue, query: &str, filters: &Filters) -> Vec<Hit<'a>> {
        let q = Query::parse(query);
        let n = q.words.len();
        // How well each query word matches each service: `best[rank * n + k]`,
        // the best over the service's words of how well × where. Each
        // vocabulary word is compared once per query word; only the services
        // of the words that match are visited.
        let mut best = vec![0u8; self.entries.len() * n];
        // Which query words match the name of a kern or the gemeente.
        let mut place = [false; MAX_WORDS];
        for (k, qw) in q.words.iter().enumerate() {
            let stem = self.stems.get(qw.stem.as_str()).copied();
            let shortcut = qw.shortcut(stem);
            for (id, (&heads, &word_stem)) in self.heads.iter().zip(&self.word_stems).enumerate() {
                if !shortcut.may_match(heads, word_stem) {
                    continue; // most words
                }
                let quality = qw.quality(self.word(id as u32), word_stem, stem);
                if quality == 0 {
                    continue;
                }
                for &posting in self.postings.get(id) {
                    if let Some(b) = best.get_mut((posting >> 3) as usize * n + k) {
                        *b = (*b).max(quality * (posting & 7) as u8);
                    }
                }
            }
            place[k] = self
                .place_words
                .iter()
                .any(|&id| qw.quality(self.word(id), self.word_stems[id as usize], stem) >= STEM);
        }
        // A kern's or the gemeente's name is optional next to other words:
        // "schuldhulp drunen" still finds the debt help for the whole
        // gemeente, with what is in Drunen first.
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
        // The services whose name is the whole query (ranks ascending).
        let whole: &[u32] = match self.names.get(q.key.as_str()) {
            Some(&id) if !q.key.is_empty() => self.named.get(id as usize),
            _ => &[],
        };

        let any_required = q.words.iter().any(|w| w.required);
        let mut found: Vec<(u16, u32, bool)> = Vec::new();
        for (rank, entry) in self.entries.iter().enumerate() {
            let scores = best.get(rank * n..rank * n + n).unwrap_or(&[]);
            if required.iter().zip(scores).any(|(&r, &b)| r && b == 0) {
                continue;
            }
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
            if !filters.open_admits(service) {
                continue;
            }
            // Common words ("hulp", "bij") need not match and do not rank,
            // unless the query has nothing else: "hulp bij schulden" ranks
            // by "schulden", not by a name that happens to say "hulp bij".
            let mut score: u16 = scores
                .iter()
                .zip(&q.words)
                .filter(|(_, w)| w.required || !any_required)
                .map(|(&b, _)| u16::from(b))
                .sum();
            if whole.binary_search(&(rank as u32)).is_ok() {
                score += WHOLE_NAME;
            }
            // Twice the match, plus one for the gemeente's own help: it
            // decides only between equal matches.
            let score = score * 2 + u16::from(entry.local);
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
    /// Its [`Shortcut`]; `stem` as for [`QueryWord::quality`].
    fn shortcut(&self, stem: Option<u32>) -> Shortcut {
        let [first, second] = heads_of(&self.text);
        Shortcut {
            first,
            second,
            stem_first: self.stem.as_bytes().first().copied().unwrap_or(first),
            stem,
            typo: self.typo,
        }
    }

    /// How well it matches the vocabulary's word `text`, whose stem is
    /// `text_stem`; `stem` is this word's stem when it is in the vocabulary
    /// (see the module documentation).
    fn quality(&self, text: &str, text_stem: u32, stem: Option<u32>) -> u8 {
        if text == self.text {
            SAME
        } else if stem == Some(text_stem) {
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

/// What a vocabulary word needs for [`QueryWord::quality`] to be more than
/// 0, read from its first bytes and its stem number alone: a keystroke
/// passes over most of the vocabulary without reading its text.
struct Shortcut {
    /// The first byte of the word typed, and of its second letter.
    first: u8,
    second: u8,
    /// The first byte of its stem.
    stem_first: u8,
    stem: Option<u32>,
    typo: bool,
}

impl Shortcut {
    /// Can the word whose [`heads_of`] are `heads` and whose stem is
    /// `word_stem` match? (It may still not; it never matches when not.)
    ///
    /// The same word, or a word starting with the word typed, starts with
    /// its first byte; one starting with its stem with the stem's; the same
    /// stem has the same number. One typo ([`within_one`], only for five
    /// letters or more): after a common start, the first letters are the
    /// same; if the first letters differ, the edit is there and leaves the
    /// rest in place: one wrong (second letters the same), one missing (the
    /// word's second is the typed first), one too many (its first is the
    /// typed second) or two swapped (both).
    fn may_match(&self, [h0, h1]: [u8; 2], word_stem: u32) -> bool {
        h0 == self.first
            || h0 == self.stem_first
            || self.stem == Some(word_stem)
            || (self.typo && (h0 == self.second || h1 == self.first || h1 == self.second))
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

impl Filters {
    /// Whether `service` passes the "nu open" / "vandaag open" filter.
    pub fn open_admits(&self, service: &Service) -> bool {
        match self.open {
            Some(OpenFilter::Now(now)) => open_now(service, now),
            Some(OpenFilter::Today(now)) => open_today(service, now),
            None => true,
        }
    }
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
