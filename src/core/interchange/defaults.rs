//! What an import fills in when a file from elsewhere does not say what
//! Routekaart needs (HSDS without Routekaart attributes, a spreadsheet with
//! empty columns): ids from names, and for a service its kind, access, life
//! areas, next steps and source. Each default is said in the summary, so a
//! maintainer can check it; none promises more than the data says.

use std::collections::BTreeSet;

use crate::core::catalogue::model::*;
use crate::core::facts::Theme;

/// An id from a name: lower case, no accents, words joined by `-`
/// ("Voedselbank Heusden (Drunen)" → `voedselbank-heusden-drunen`).
pub fn slug(name: &str) -> String {
    let folded = crate::core::search::fold(name);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    // Long names make unwieldy ids: cut at a word.
    if out.len() > 48 {
        let cut = out[..48].rfind('-').unwrap_or(48);
        out.truncate(cut);
    }
    out
}

/// `base`, or `base-2`, `base-3`... if taken; the result is taken.
pub fn unique(base: &str, fallback: &str, taken: &mut BTreeSet<String>) -> String {
    let base = if base.is_empty() { fallback } else { base };
    let mut id = base.to_string();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// What a service lacked when it was read.
#[derive(Default)]
pub struct Gaps {
    /// Not written by Routekaart: life areas, next steps and a source may be
    /// filled in too.
    pub foreign: bool,
    pub kind: bool,
    pub access: bool,
    pub description: bool,
}

/// Fills what `s` lacks and says so in `summary`. `label` names the
/// service ("dienst “Voedselbank”"). A document for a web address the
/// source points at is added to `documents` once.
pub fn fill(
    s: &mut Service,
    gaps: &Gaps,
    org: Option<&Organization>,
    documents: &mut Vec<Document>,
    label: &str,
    summary: &mut Vec<String>,
) {
    if gaps.description {
        s.description = s.name.clone();
        summary.push(format!(
            "{label}: geen beschrijving; de naam staat er nu. Schrijf een beschrijving in B1."
        ));
    }
    if gaps.kind {
        summary.push(format!(
            "{label}: soort onbekend; “voorziening” gekozen. Kies direct_hulp, zelf_en_samen, voorziening, inloop, regeling of loket."
        ));
    }
    if gaps.access {
        summary.push(format!(
            "{label}: toegang onbekend; “aanmelden” gekozen. Kies vrij_toegankelijk, aanmelden, verwijzing of beschikking."
        ));
    }
    if !gaps.foreign {
        return;
    }
    if s.themes.is_empty() {
        let guessed = guess_themes(s);
        let names: Vec<String> = guessed.iter().map(|t| format!("“{}”", t.code())).collect();
        let why = if guessed == [Theme::Dagelijks] && !mentions_any(s, Theme::Dagelijks) {
            "want de tekst noemt geen levensgebied"
        } else {
            "op grond van de woorden in naam en beschrijving"
        };
        summary.push(format!(
            "{label}: geen levensgebied; {} gekozen {why}. Controleer dit.",
            crate::core::i18n::join(
                crate::core::i18n::Lang::Nl,
                &names.iter().map(String::as_str).collect::<Vec<_>>()
            )
        ));
        s.themes = guessed;
    }
    if s.next_steps.is_empty() && s.kind != Kind::DirectHulp {
        if let Some(step) = step_from_contact(s) {
            summary.push(format!(
                "{label}: geen volgende stap; “{}” gemaakt uit de contactgegevens. Controleer dit.",
                step.text.0.get("nl").map(String::as_str).unwrap_or_default()
            ));
            s.next_steps.push(step);
        } else {
            summary.push(format!(
                "{label}: geen volgende stap; schrijf wat de inwoner moet doen (next_steps)."
            ));
        }
    }
    if s.source.is_none() && s.web_sources.is_empty() && !s.example_data {
        let url = s.url.clone().or_else(|| org.and_then(|o| o.url.clone()));
        match url.filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
            Some(url) => {
                let id = match documents.iter().find(|d| d.url.as_deref() == Some(url.as_str())) {
                    Some(d) => d.id.clone(),
                    None => {
                        let mut taken: BTreeSet<String> = documents.iter().map(|d| d.id.clone()).collect();
                        let host = url.split("//").nth(1).and_then(|r| r.split('/').next()).unwrap_or(&url);
                        let id = unique(&slug(&format!("website {host}")), "website", &mut taken);
                        let title = match org {
                            Some(o) => format!("Website van {}", o.name),
                            None => format!("Website {host}"),
                        };
                        documents.push(Document {
                            id: id.clone(),
                            title,
                            file: None,
                            url: Some(url.clone()),
                        });
                        id
                    }
                };
                summary.push(format!(
                    "{label}: geen bron; de website {url} staat er nu als bron. Citeer er een zin uit of kies een ander document."
                ));
                s.source = Some(Source {
                    document: id,
                    quote: None,
                });
            }
            None => summary.push(format!(
                "{label}: geen bron en geen website. Vul “source” in (een document en een citaat)."
            )),
        }
    }
}

/// The first way to reach the service: a phone call, its website, an e-mail.
fn step_from_contact(s: &Service) -> Option<NextStep> {
    let (action, text) = if let Some(p) = s.phones.first() {
        (Action::Bellen, format!("Bel {}.", p.number))
    } else if let Some(u) = &s.url {
        (Action::Website, format!("Kijk op {u}."))
    } else if let Some(e) = &s.email {
        (Action::Mailen, format!("Mail naar {e}."))
    } else {
        return None;
    };
    Some(NextStep {
        action,
        text: Text::nl(&text),
    })
}

/// Words that point at a life area, folded ("^" only at a word's start: "taal"
/// hides in "totaal"). Dutch glues words together, so the rest match anywhere
/// ("schuldhulpverlening", "voedselbank").
const THEME_WORDS: &[(Theme, &[&str])] = &[
    (
        Theme::Geld,
        &[
            "geld",
            "schuld",
            "voedsel",
            "uitkering",
            "bijstand",
            "toeslag",
            "armoede",
            "budget",
            "kwijtschel",
            "financ",
            "minima",
            "inkomen",
            "betaal",
        ],
    ),
    (Theme::Werk, &["^werk", "^baan", "sollicit", "vacature", "integratie"]),
    (
        Theme::Wonen,
        &["wonen", "woning", "^huur", "dakloos", "opvang", "^energie"],
    ),
    (
        Theme::Gezondheid,
        &[
            "gezond",
            "^ziek",
            "ggz",
            "huisarts",
            "verslav",
            "psych",
            "verpleeg",
            "thuiszorg",
        ],
    ),
    (
        Theme::Contact,
        &["eenzaam", "ontmoet", "^buurt", "vrijwillig", "^contact"],
    ),
    (Theme::Mantelzorg, &["mantelzorg"]),
    (
        Theme::Opvoeden,
        &["opvoed", "^kind", "jeugd", "^gezin", "^ouders", "^baby", "tiener"],
    ),
    (Theme::Taal, &["^taal", "^lezen", "schrijven", "inburger"]),
    (Theme::Veiligheid, &["veilig", "geweld", "misbruik", "mishandel"]),
    (
        Theme::Dagelijks,
        &["huishoud", "boodschap", "vervoer", "formulier", "administratie"],
    ),
];

fn hits(s: &Service, theme: Theme) -> usize {
    let words = THEME_WORDS
        .iter()
        .find(|(t, _)| *t == theme)
        .map(|(_, w)| *w)
        .unwrap_or_default();
    let text = [&s.name, &s.description]
        .iter()
        .filter_map(|t| t.0.get("nl"))
        .map(|t| crate::core::search::fold(t))
        .collect::<Vec<_>>()
        .join(" ");
    text.split(' ')
        .filter(|w| {
            words.iter().any(|k| match k.strip_prefix('^') {
                Some(start) => w.starts_with(start),
                None => w.contains(k),
            })
        })
        .count()
}

fn mentions_any(s: &Service, theme: Theme) -> bool {
    hits(s, theme) > 0
}

/// Up to three life areas the name and description speak of most, else
/// "dagelijks" (daily life, the broadest).
fn guess_themes(s: &Service) -> Vec<Theme> {
    let counts: Vec<(Theme, usize)> = Theme::ALL.iter().map(|&t| (t, hits(s, t))).collect();
    let mut chosen = Vec::new();
    for _ in 0..3 {
        let best = counts.iter().filter(|(t, n)| *n > 0 && !chosen.contains(t)).fold(
            None,
            |best: Option<(Theme, usize)>, &(t, n)| match best {
                Some((_, m)) if m >= n => best,
                _ => Some((t, n)),
            },
        );
        match best {
            Some((t, _)) => chosen.push(t),
            None => break,
        }
    }
    if chosen.is_empty() {
        chosen.push(Theme::Dagelijks);
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_names() {
        assert_eq!(slug("Voedselbank Heusden (Drunen)"), "voedselbank-heusden-drunen");
        assert_eq!(slug("Repair Café  Elshout"), "repair-cafe-elshout");
        assert_eq!(slug("  --  "), "");
        let mut taken = BTreeSet::new();
        assert_eq!(unique("a", "x", &mut taken), "a");
        assert_eq!(unique("a", "x", &mut taken), "a-2");
        assert_eq!(unique("", "x", &mut taken), "x");
    }
}
