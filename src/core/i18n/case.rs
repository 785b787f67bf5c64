//! Upper and lower case for the interface's own words (a life area inside a
//! sentence, "{ $Wie }" at its start), without the standard library's case
//! tables: `char::to_lowercase` and `to_uppercase` brought all of Unicode's
//! case pairs into the resident's wasm.
//!
//! Covered: the scripts of the interface languages and their neighbours,
//! Latin (ASCII, Latin-1, Latin Extended-A: Dutch, English, Turkish, Polish),
//! Greek and Cyrillic (Ukrainian). A letter outside these blocks is left as
//! it is. Tests hold both directions equal to the standard library on every
//! letter of these blocks, and on every character of every translator file,
//! so a new language in another cased script fails a test instead of
//! silently keeping its capitals.

/// How the letters of one block map to the other case.
#[derive(Clone, Copy)]
enum Step {
    /// Every letter in the range moves by the same distance.
    By(i32),
    /// Pairs of neighbours (Ā ā Ă ă …): the letter with this parity (0 even,
    /// 1 odd) moves by the distance; the other one is already in that case.
    Pairs(u32, i32),
}

/// (first, last, step) to lower case, in code point order.
const TO_LOWER: [(u32, u32, Step); 22] = [
    (0x41, 0x5A, Step::By(32)),
    (0xC0, 0xD6, Step::By(32)),
    (0xD8, 0xDE, Step::By(32)),
    (0x100, 0x12F, Step::Pairs(0, 1)),
    (0x132, 0x137, Step::Pairs(0, 1)),
    (0x139, 0x148, Step::Pairs(1, 1)),
    (0x14A, 0x177, Step::Pairs(0, 1)),
    (0x178, 0x178, Step::By(0xFF - 0x178)),
    (0x179, 0x17E, Step::Pairs(1, 1)),
    (0x386, 0x386, Step::By(38)),
    (0x388, 0x38A, Step::By(37)),
    (0x38C, 0x38C, Step::By(64)),
    (0x38E, 0x38F, Step::By(63)),
    (0x391, 0x3A1, Step::By(32)),
    (0x3A3, 0x3AB, Step::By(32)),
    (0x400, 0x40F, Step::By(80)),
    (0x410, 0x42F, Step::By(32)),
    (0x460, 0x481, Step::Pairs(0, 1)),
    (0x48A, 0x4BF, Step::Pairs(0, 1)),
    // Ӏ (palochka) has its lower case after its neighbours.
    (0x4C0, 0x4C0, Step::By(15)),
    (0x4C1, 0x4CE, Step::Pairs(1, 1)),
    (0x4D0, 0x52F, Step::Pairs(0, 1)),
];

/// (first, last, step) to upper case, in code point order.
const TO_UPPER: [(u32, u32, Step); 26] = [
    (0x61, 0x7A, Step::By(-32)),
    (0xB5, 0xB5, Step::By(0x39C - 0xB5)),
    (0xE0, 0xF6, Step::By(-32)),
    (0xF8, 0xFE, Step::By(-32)),
    (0xFF, 0xFF, Step::By(0x178 - 0xFF)),
    (0x101, 0x12F, Step::Pairs(1, -1)),
    (0x131, 0x131, Step::By(0x49 - 0x131)),
    (0x133, 0x137, Step::Pairs(1, -1)),
    (0x13A, 0x148, Step::Pairs(0, -1)),
    (0x14B, 0x177, Step::Pairs(1, -1)),
    (0x17A, 0x17E, Step::Pairs(0, -1)),
    (0x17F, 0x17F, Step::By(0x53 - 0x17F)),
    (0x3AC, 0x3AC, Step::By(-38)),
    (0x3AD, 0x3AF, Step::By(-37)),
    (0x3B1, 0x3C1, Step::By(-32)),
    (0x3C2, 0x3C2, Step::By(-31)),
    (0x3C3, 0x3CB, Step::By(-32)),
    (0x3CC, 0x3CC, Step::By(-64)),
    (0x3CD, 0x3CE, Step::By(-63)),
    (0x430, 0x44F, Step::By(-32)),
    (0x450, 0x45F, Step::By(-80)),
    (0x461, 0x481, Step::Pairs(1, -1)),
    (0x48B, 0x4BF, Step::Pairs(1, -1)),
    (0x4C2, 0x4CE, Step::Pairs(0, -1)),
    (0x4CF, 0x4CF, Step::By(-15)),
    (0x4D1, 0x52F, Step::Pairs(1, -1)),
];

fn map(c: char, table: &[(u32, u32, Step)]) -> char {
    let code = c as u32;
    for &(first, last, step) in table {
        if (first..=last).contains(&code) {
            let moved = match step {
                Step::By(d) => code.wrapping_add_signed(d),
                Step::Pairs(parity, d) if code % 2 == parity => code.wrapping_add_signed(d),
                Step::Pairs(..) => code,
            };
            return char::from_u32(moved).unwrap_or(c);
        }
    }
    c
}

/// `c` in lower case, written to `out` (İ becomes "i̇", as in Unicode's
/// own mapping; Turkish asks for plain "i", see `i18n::lowercase`).
pub fn push_lower(out: &mut String, c: char) {
    match c {
        'İ' => out.push_str("i\u{307}"),
        'ẞ' => out.push('ß'),
        _ => out.push(map(c, &TO_LOWER)),
    }
}

/// `c` in upper case, written to `out` (ß becomes "SS").
pub fn push_upper(out: &mut String, c: char) {
    match c {
        'ß' => out.push_str("SS"),
        'ŉ' => out.push_str("\u{2BC}N"),
        'ΐ' => out.push_str("\u{399}\u{308}\u{301}"),
        'ΰ' => out.push_str("\u{3A5}\u{308}\u{301}"),
        _ => out.push(map(c, &TO_UPPER)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::{built_in, Lang};

    /// The blocks this module knows; outside them a letter keeps its case.
    const COVERED: [(u32, u32); 4] = [(0x0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E9E, 0x1E9E)];

    fn lower(c: char) -> String {
        let mut s = String::new();
        push_lower(&mut s, c);
        s
    }

    fn upper(c: char) -> String {
        let mut s = String::new();
        push_upper(&mut s, c);
        s
    }

    /// Latin Extended-B's irregular letters (ƀ Ɓ Ƃ …, used by none of the
    /// interface languages) are not in the tables; these are the ones std
    /// maps and this module leaves, so a change in either shows here.
    fn left_alone(c: char) -> bool {
        (0x180..=0x24F).contains(&(c as u32)) || matches!(c as u32, 0x370..=0x385 | 0x3CF..=0x3FF)
    }

    #[test]
    fn both_directions_agree_with_std_in_the_covered_blocks() {
        let mut checked = 0;
        for &(first, last) in &COVERED {
            for c in (first..=last).filter_map(char::from_u32) {
                if left_alone(c) {
                    continue;
                }
                assert_eq!(
                    lower(c),
                    c.to_lowercase().to_string(),
                    "lower case of {c} (U+{:04X})",
                    c as u32
                );
                assert_eq!(
                    upper(c),
                    c.to_uppercase().to_string(),
                    "upper case of {c} (U+{:04X})",
                    c as u32
                );
                checked += 1;
            }
        }
        assert!(checked >= 760, "only {checked} letters checked");
    }

    #[test]
    fn every_character_of_every_translator_file_agrees_with_std() {
        for lang in Lang::ALL {
            for c in built_in::source(lang).chars() {
                assert_eq!(
                    lower(c),
                    c.to_lowercase().to_string(),
                    "{}: lower case of {c}",
                    lang.code()
                );
                assert_eq!(
                    upper(c),
                    c.to_uppercase().to_string(),
                    "{}: upper case of {c}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn letters_outside_the_blocks_keep_their_case() {
        // Armenian and Georgian are cased but not covered; Arabic and
        // Ethiopic (Tigrinya) have no case at all.
        for c in ['Ա', 'ა', 'ب', 'ሀ', '中'] {
            assert_eq!(lower(c), c.to_string());
            assert_eq!(upper(c), c.to_string());
        }
    }
}
