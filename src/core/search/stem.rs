//! Stemming: simple Dutch endings (see the module documentation of
//! `search`), on folded words.

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
