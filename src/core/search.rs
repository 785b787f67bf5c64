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

mod filters;
mod fold;
mod index;
mod query;
mod stem;

pub use filters::{open_now, open_today, Filters, OpenFilter};
pub use fold::fold;
#[cfg(feature = "maintainer")]
pub use index::unused_zoekwoorden;
pub use index::SearchIndex;
pub use query::Hit;
pub use stem::stem;

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

#[cfg(test)]
mod tests;
