//! A B1 check for Dutch texts residents read: sentences of more than 15
//! words, passive constructions, and official words a resident may not know
//! unless the text explains them. Used by `catalogue check` on every Dutch
//! catalogue text and by a test on every Dutch interface string.
//!
//! Heuristics, on purpose: they flag what a writer should look at again, and
//! they are tuned so the shipped texts pass with no exceptions list.

/// At most this many words in a sentence (B1 guidance: 15 or fewer).
pub const MAX_WORDS: usize = 15;

/// Official words residents often do not know. The text passes when it
/// explains the word right after it: in brackets, or after a colon or ", dat".
pub const JARGON: &[&str] = &[
    "abonnementstarief",
    "afvalstoffenheffing",
    "bemoeizorg",
    "beschikking",
    "brede intake",
    "CAK",
    "indicatie",
    "inburgeringsplichtig",
    "maatwerkvoorziening",
    "minima",
    "participatieladder",
    "PIP",
    "uitkeringsspecificatie",
    "zorg in natura",
];

/// Forms of "worden" that, with a past participle, make a passive sentence.
const WORDEN: &[&str] = &["word", "wordt", "worden", "werd", "werden"];

/// What a sentence does against B1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// More than [`MAX_WORDS`] words: the sentence and its count.
    Long { sentence: String, words: usize },
    /// "wordt ... betaald": the sentence.
    Passive { sentence: String },
    /// A word from [`JARGON`] without an explanation.
    Jargon { word: &'static str },
}

impl Problem {
    /// The finding in Dutch, for maintainers.
    pub fn message(&self) -> String {
        match self {
            Problem::Long { sentence, words } => format!(
                "B1: deze zin heeft {words} woorden (meer dan {MAX_WORDS}). Maak er twee zinnen van: “{sentence}”"
            ),
            Problem::Passive { sentence } => {
                format!("B1: deze zin is lijdend (“wordt … gedaan”). Zeg wie het doet: “{sentence}”")
            }
            Problem::Jargon { word } => format!(
                "B1: “{word}” is een moeilijk woord. Leg het uit, direct erna tussen haakjes, of gebruik een gewoner woord."
            ),
        }
    }
}

/// Every B1 problem in a Dutch text.
pub fn problems(text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    for sentence in sentences(text) {
        let words: Vec<&str> = words(sentence).collect();
        if words.len() > MAX_WORDS {
            out.push(Problem::Long {
                sentence: sentence.to_string(),
                words: words.len(),
            });
        }
        if is_passive(&words) {
            out.push(Problem::Passive {
                sentence: sentence.to_string(),
            });
        }
    }
    for &word in JARGON {
        if unexplained(text, word) {
            out.push(Problem::Jargon { word });
        }
    }
    out
}

/// Sentences end at . ! ? followed by a space or the end; an abbreviation
/// such as "bijv." or "o.a." is rare in B1 text and only makes a sentence
/// shorter, never hides a long one.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text.trim();
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let end = (0..bytes.len())
            .find(|&i| {
                matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
            })
            .map_or(rest.len(), |i| i + 1);
        let (sentence, tail) = rest.split_at(end);
        rest = tail.trim_start();
        Some(sentence.trim())
    })
}

/// Words: runs with a letter or digit ("14 073" is two, "Wmo-loket" one).
fn words(sentence: &str) -> impl Iterator<Item = &str> {
    sentence
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// A form of "worden" with a past participle after it ("wordt betaald",
/// "worden door de gemeente vergoed"). "Lid worden" or "ouder worden" has
/// no participle and is not passive.
fn is_passive(words: &[&str]) -> bool {
    let Some(at) = words.iter().position(|w| WORDEN.contains(&w.to_lowercase().as_str())) else {
        return false;
    };
    words[at + 1..].iter().any(|w| is_participle(&w.to_lowercase()))
}

/// A regular past participle: ge-…-d/-t ("betaald" has be-, "vergoed" ver-),
/// also after a separable part ("opgestuurd", "aangevraagd").
fn is_participle(w: &str) -> bool {
    const SEPARABLE: &[&str] = &[
        "aan", "af", "bij", "door", "in", "mee", "na", "op", "terug", "toe", "uit", "voor", "weg",
    ];
    let w = SEPARABLE
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with("ge")))
        .unwrap_or(w);
    // A strong verb's participle: ge-…-en ("gegeven", "opgenomen").
    if w.ends_with("en")
        && w.strip_prefix("ge").is_some_and(|r| r.chars().count() >= 4)
        && !matches!(
            w,
            "gegevens" | "geven" | "genieten" | "geloven" | "gebruiken" | "gebeuren"
        )
    {
        return true;
    }
    let ends = w.ends_with('d') || w.ends_with('t');
    let stem_after = |prefix: &str| w.strip_prefix(prefix).is_some_and(|r| r.chars().count() >= 3);
    ends && (stem_after("ge") || stem_after("be") || stem_after("ver") || stem_after("ont") || stem_after("her"))
        // Common words that look like a participle but are not one here.
        && !matches!(w, "gezond" | "geld" | "gebied" | "bereid" | "verschillend" | "gewicht" | "bericht" | "begint" | "bestaat" | "betekent" | "geeft" | "gaat" | "verdient" | "verandert" | "gebeurt" | "herfst" | "verleden" | "ontbijt" | "gevecht" | "bezoekt" | "gelukt" | "belt" | "voorbeeld")
}

/// `word` occurs as a whole word (case matters for short acronyms) and no
/// occurrence is explained right after it.
fn unexplained(text: &str, word: &str) -> bool {
    let acronym = word.chars().all(|c| c.is_ascii_uppercase());
    let (hay, needle) = if acronym {
        (text.to_string(), word.to_string())
    } else {
        (text.to_lowercase(), word.to_lowercase())
    };
    let mut found = false;
    let mut from = 0;
    while let Some(i) = hay[from..].find(&needle) {
        let start = from + i;
        let end = start + needle.len();
        from = end;
        let before_ok = hay[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if !(before_ok && after_ok) {
            continue;
        }
        let after = &hay[end..];
        if after.starts_with(" (")
            || after.starts_with(": ")
            || after.starts_with(", dat ")
            || after.starts_with(", die ")
        {
            return false;
        }
        found = true;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_sentence_is_flagged_with_its_word_count() {
        let text = "U kunt bij het wijkteam terecht voor een gesprek over geld, werk, zorg en alles wat u verder nog wilt bespreken. Kort.";
        let p = problems(text);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(matches!(&p[0], Problem::Long { words: 21, .. }), "{p:?}");
    }

    #[test]
    fn passive_is_flagged_but_lid_worden_is_not() {
        assert!(matches!(
            problems("De kosten worden door de gemeente betaald.")[..],
            [Problem::Passive { .. }]
        ));
        assert!(matches!(
            problems("Het formulier wordt opgestuurd.")[..],
            [Problem::Passive { .. }]
        ));
        assert!(matches!(
            problems("De telefoon wordt niet opgenomen.")[..],
            [Problem::Passive { .. }]
        ));
        assert!(problems("U kunt lid worden van de club.").is_empty());
        assert!(problems("Als u ouder wordt, kunt u hulp krijgen.").is_empty());
    }

    #[test]
    fn jargon_passes_only_when_explained() {
        assert_eq!(
            problems("U betaalt een eigen bijdrage aan het CAK."),
            vec![Problem::Jargon { word: "CAK" }]
        );
        assert!(problems("U betaalt aan het CAK (het kantoor dat de eigen bijdrage int).").is_empty());
        assert_eq!(
            problems("Dit is voor minima."),
            vec![Problem::Jargon { word: "minima" }]
        );
        // Part of a longer word is not the word.
        assert!(problems("Kijk bij de minimaregelingen.").is_empty());
        // A short acronym only in capitals: "pip" in a sentence is not PIP.
        assert!(problems("Hij zei pip.").is_empty());
        assert_eq!(
            problems("U krijgt een indicatie."),
            vec![Problem::Jargon { word: "indicatie" }]
        );
        assert!(problems("U krijgt een indicatie: een besluit over hoeveel zorg u krijgt.").is_empty());
    }

    #[test]
    fn sentences_split_at_end_marks_not_inside_numbers_or_times() {
        let s: Vec<&str> = sentences("Open van 9.00 tot 12.30 uur. Welkom! Vragen? Bel ons").collect();
        assert_eq!(s, vec!["Open van 9.00 tot 12.30 uur.", "Welkom!", "Vragen?", "Bel ons"]);
    }
}
