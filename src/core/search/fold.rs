//! Folding: lower case, accents and ligatures of the Latin letters removed,
//! words split; shared by the index, the query and the maintainers' tools.

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
pub(super) enum Letter {
    /// Part of a word; its folded form was pushed.
    Word,
    /// Inside a word but adds nothing: an apostrophe, a combining accent.
    Skip,
    /// Separates words.
    Gap,
}

/// Pushes `c` folded (lower case, no accent) onto `out`.
pub(super) fn push_folded(c: char, out: &mut String) -> Letter {
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
pub(super) fn each_word(text: &str, buf: &mut String, mut f: impl FnMut(&str)) {
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
