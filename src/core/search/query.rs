//! The query, per keystroke: the words typed, how each matches a word of
//! the vocabulary (typos too), and the hits in order.

use super::filters::Filters;
use super::fold::{fold, push_folded, Letter};
use super::index::{heads_of, SearchIndex};
use super::stem::stem;
use super::{is_common, MAX_WORDS, SAME, START, STEM, TYPO, WHOLE_NAME};
use crate::core::catalogue::{Catalogue, Service};
use crate::core::facts::Theme;

impl SearchIndex {
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
pub(super) struct QueryWord {
    text: String,
    pub(super) stem: String,
    /// May match the start of a word.
    start: bool,
    /// Long enough for one typo (five letters or more).
    typo: bool,
    /// The word typed last, still being typed.
    typing: bool,
    /// Must match (not a common word, or the query has only those).
    pub(super) required: bool,
}

impl QueryWord {
    /// Its [`Shortcut`]; `stem` as for [`QueryWord::quality`].
    pub(super) fn shortcut(&self, stem: Option<u32>) -> Shortcut {
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
    pub(super) fn quality(&self, text: &str, text_stem: u32, stem: Option<u32>) -> u8 {
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
pub(super) struct Shortcut {
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
    pub(super) fn may_match(&self, [h0, h1]: [u8; 2], word_stem: u32) -> bool {
        h0 == self.first
            || h0 == self.stem_first
            || self.stem == Some(word_stem)
            || (self.typo && (h0 == self.second || h1 == self.first || h1 == self.second))
    }
}

/// A query, parsed.
pub(super) struct Query {
    pub(super) words: Vec<QueryWord>,
    /// The whole query folded, for a whole-name match.
    pub(super) key: String,
}

impl Query {
    pub(super) fn parse(text: &str) -> Query {
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

/// Is `typed` at most one edit from `word`, or with `start` from the start
/// of `word` ("schuldhlp" and "schuldhulpverlening")? An edit is one letter
/// substituted, inserted or deleted, or two neighbours swapped (restricted
/// Damerau–Levenshtein distance ≤ 1). Linear, no allocation: past the
/// common start, the one edit must be at the first difference.
pub(super) fn within_one(typed: &str, word: &str, start: bool) -> bool {
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
