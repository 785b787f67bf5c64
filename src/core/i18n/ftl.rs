//! Translator files: the part of Project Fluent (`.ftl`) the interface
//! needs, read by a few dozen lines instead of a Fluent runtime (which would
//! add tens of kilobytes to every resident's download).
//!
//! What is read, as Weblate and Pontoon write it:
//! - `# comments` (any number of `#`), blank lines;
//! - `message-id = text` (the text may start on the next, indented line and
//!   continue on further indented lines);
//! - attributes on indented lines under a message: `.other = …`;
//! - placeables `{ $name }` and string literals `{ "{" }`;
//! - a select on a number as the whole text, for plurals:
//!   `{ $n ->` / `[one] …` / `*[other] …` / `}`, one variant per line.
//!
//! Anything else (terms, functions, nested selects) is refused with the
//! line number, so a translator learns at once instead of seeing a blank.
//! Inside the app a placeable is stored as `{name}`, the form `fill` reads.

use std::collections::BTreeMap;

use super::plural;
use super::Lang;

/// A message's text: plain, or one text per plural form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pattern {
    Text(String),
    /// `variants` holds `(key, text)`; a key is a CLDR category (`one`,
    /// `few`, …) or an exact number; `default` indexes the `*[…]` variant.
    Select {
        var: String,
        variants: Vec<(String, String)>,
        default: usize,
    },
}

impl Pattern {
    /// The text without a number to choose by: the default variant.
    pub fn default_text(&self) -> &str {
        match self {
            Pattern::Text(s) => s,
            Pattern::Select { variants, default, .. } => &variants[*default].1,
        }
    }

    /// The variant for the arguments: an exact number first, then the
    /// number's plural category in `lang`, then the default.
    pub fn select(&self, lang: Lang, args: &[(&str, &str)]) -> &str {
        let Pattern::Select { var, variants, default } = self else {
            return self.default_text();
        };
        let Some(n) = args
            .iter()
            .find(|(k, _)| k == var)
            .and_then(|(_, v)| v.trim().parse::<u64>().ok())
        else {
            return self.default_text();
        };
        let category = plural::category(lang, n).name();
        let exact = n.to_string();
        variants
            .iter()
            .find(|(k, _)| *k == exact)
            .or_else(|| variants.iter().find(|(k, _)| k == category))
            .unwrap_or(&variants[*default])
            .1
            .as_str()
    }

    /// Every text this pattern can show.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Pattern::Text(s) => vec![s],
            Pattern::Select { variants, .. } => variants.iter().map(|(_, t)| t.as_str()).collect(),
        }
    }
}

/// One message: its text and its attributes (`.other`, `.naaste`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub value: Pattern,
    pub attributes: Vec<(String, Pattern)>,
}

impl Message {
    pub fn attribute(&self, name: &str) -> Option<&Pattern> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, p)| p)
    }
}

/// A whole translator file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Messages {
    pub map: BTreeMap<String, Message>,
}

impl Messages {
    pub fn get(&self, id: &str) -> Option<&Message> {
        self.map.get(id)
    }
}

/// Why a file cannot be read, with its line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for FtlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "regel {}: {}", self.line, self.message)
    }
}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, FtlError> {
    Err(FtlError {
        line,
        message: message.into(),
    })
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Raw lines of one pattern: `(line number, text)`, the first possibly empty
/// (the text starts on the next line).
type RawPattern = Vec<(usize, String)>;

/// A message being read: id, its line, value lines, attributes.
type RawMessage = (String, usize, RawPattern, Vec<(String, RawPattern)>);

/// Reads a translator file.
pub fn parse(source: &str) -> Result<Messages, FtlError> {
    let mut out = Messages::default();
    let mut current: Option<RawMessage> = None;
    for (i, raw) in source.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r');
        // A select's closing brace may stand at the start of a line.
        let indented = line.starts_with([' ', '\t']) || (line == "}" && current.is_some());
        if line.trim().is_empty() {
            continue;
        }
        if !indented {
            if let Some(done) = current.take() {
                finish(&mut out, done)?;
            }
            if line.starts_with('#') {
                continue;
            }
            let Some((id, rest)) = line.split_once('=') else {
                return err(line_no, "hier hoort een bericht: naam = tekst");
            };
            let id = id.trim();
            if id.starts_with('-') {
                return err(line_no, "termen (-naam) worden niet gebruikt; schrijf de tekst uit");
            }
            if !is_identifier(id) {
                return err(line_no, format!("“{id}” is geen geldige naam voor een bericht"));
            }
            current = Some((
                id.to_string(),
                line_no,
                vec![(line_no, rest.trim().to_string())],
                Vec::new(),
            ));
            continue;
        }
        let Some((_, _, value, attributes)) = current.as_mut() else {
            return err(line_no, "een ingesprongen regel hoort onder een bericht");
        };
        let text = line.trim();
        if let Some(attr) = text.strip_prefix('.') {
            let Some((name, rest)) = attr.split_once('=') else {
                return err(line_no, "een attribuut schrijft u als .naam = tekst");
            };
            let name = name.trim();
            if !is_identifier(name) {
                return err(line_no, format!("“{name}” is geen geldige naam voor een attribuut"));
            }
            attributes.push((name.to_string(), vec![(line_no, rest.trim().to_string())]));
        } else {
            let target = attributes.last_mut().map_or(value, |(_, p)| p);
            target.push((line_no, text.to_string()));
        }
    }
    if let Some(done) = current.take() {
        finish(&mut out, done)?;
    }
    Ok(out)
}

fn finish(out: &mut Messages, (id, line, value, attributes): RawMessage) -> Result<(), FtlError> {
    let value = pattern(&value)?;
    let mut attrs: Vec<(String, Pattern)> = Vec::new();
    for (name, raw) in attributes {
        if attrs.iter().any(|(n, _)| *n == name) {
            return err(raw[0].0, format!("attribuut .{name} staat twee keer onder {id}"));
        }
        attrs.push((name, pattern(&raw)?));
    }
    if out.map.contains_key(&id) {
        return err(line, format!("“{id}” staat twee keer in het bestand"));
    }
    out.map.insert(
        id,
        Message {
            value,
            attributes: attrs,
        },
    );
    Ok(())
}

fn pattern(raw: &RawPattern) -> Result<Pattern, FtlError> {
    let lines: Vec<&(usize, String)> = raw.iter().filter(|(_, t)| !t.is_empty()).collect();
    let Some(&&(first_no, ref first)) = lines.first() else {
        return err(raw[0].0, "dit bericht heeft geen tekst");
    };
    if let Some(head) = first.strip_prefix('{').filter(|h| h.trim_end().ends_with("->")) {
        return select(head, first_no, &lines[1..]);
    }
    let mut text = String::new();
    for (i, (no, line)) in lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&placeables(line, *no)?);
    }
    Ok(Pattern::Text(text))
}

/// `{ $n ->` then variants then `}`.
fn select(head: &str, line: usize, rest: &[&(usize, String)]) -> Result<Pattern, FtlError> {
    let var = head.trim_end().trim_end_matches("->").trim();
    let Some(var) = var.strip_prefix('$').filter(|v| is_identifier(v)) else {
        return err(line, "een keuze begint met { $naam ->");
    };
    let Some((&&(last_no, ref last), variant_lines)) = rest.split_last() else {
        return err(line, "deze keuze heeft geen varianten en geen }");
    };
    if last != "}" {
        return err(last_no, "een keuze eindigt met } op een eigen regel");
    }
    let mut variants = Vec::new();
    let mut default = None;
    for &&(no, ref text) in variant_lines {
        let (is_default, text) = match text.strip_prefix('*') {
            Some(t) => (true, t),
            None => (false, text.as_str()),
        };
        let Some((key, body)) = text.strip_prefix('[').and_then(|t| t.split_once(']')) else {
            return err(no, "een variant schrijft u als [one] tekst, of *[other] tekst");
        };
        let key = key.trim();
        if plural::Category::from_name(key).is_none() && key.parse::<u64>().is_err() {
            return err(
                no,
                format!("“{key}” is geen meervoudsvorm (zero, one, two, few, many, other) of getal"),
            );
        }
        if is_default {
            if default.is_some() {
                return err(no, "er is al een standaardvariant (*)");
            }
            default = Some(variants.len());
        }
        variants.push((key.to_string(), placeables(body.trim(), no)?));
    }
    let Some(default) = default else {
        return err(last_no, "een keuze heeft één standaardvariant nodig, zoals *[other]");
    };
    Ok(Pattern::Select {
        var: var.to_string(),
        variants,
        default,
    })
}

/// `{ $name }` becomes `{name}`, `{ "x" }` becomes x.
fn placeables(line: &str, no: usize) -> Result<String, FtlError> {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return err(no, "een { zonder }");
        };
        let inner = after[..close].trim();
        if let Some(name) = inner.strip_prefix('$').filter(|n| is_identifier(n)) {
            out.push('{');
            out.push_str(name);
            out.push('}');
        } else if let Some(lit) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            out.push_str(lit);
        } else {
            return err(no, format!("“{{{inner}}}” wordt niet gelezen; gebruik {{ $naam }}"));
        }
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return err(no, "een } zonder {");
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_messages_attributes_placeables_and_plurals() {
        let src = "# Nederlands\n\
                   ## status: bron\n\
                   start-title = Vind hulp\n\
                   question-title-age = Hoe oud bent u?\n    .other = Hoe oud is { $wie }?\n\
                   long =\n    Eerste regel\n    tweede regel\n\
                   brace = Een {\"{\"} teken\n\
                   seconds = { $n ->\n    [one] Nog { $n } seconde\n   *[other] Nog { $n } seconden\n}\n";
        let m = parse(src).unwrap();
        assert_eq!(m.get("start-title").unwrap().value, Pattern::Text("Vind hulp".into()));
        let age = m.get("question-title-age").unwrap();
        assert_eq!(age.attribute("other").unwrap().default_text(), "Hoe oud is {wie}?");
        assert_eq!(
            m.get("long").unwrap().value.default_text(),
            "Eerste regel\ntweede regel"
        );
        assert_eq!(m.get("brace").unwrap().value.default_text(), "Een { teken");
        let s = &m.get("seconds").unwrap().value;
        assert_eq!(s.select(Lang::Nl, &[("n", "1")]), "Nog {n} seconde");
        assert_eq!(s.select(Lang::Nl, &[("n", "5")]), "Nog {n} seconden");
        assert_eq!(s.default_text(), "Nog {n} seconden");
    }

    #[test]
    fn exact_numbers_before_categories() {
        let m = parse("n = { $n ->\n [0] geen\n [one] één\n *[other] {$n}\n}\n").unwrap();
        let p = &m.get("n").unwrap().value;
        assert_eq!(p.select(Lang::Nl, &[("n", "0")]), "geen");
        assert_eq!(p.select(Lang::Nl, &[("n", "1")]), "één");
        assert_eq!(p.select(Lang::Nl, &[("n", "7")]), "{n}");
        assert_eq!(p.select(Lang::Nl, &[("n", "veel")]), "{n}", "not a number: the default");
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let m = parse("n = { $n ->\n [one] a\n [few] b\n [many] c\n *[other] d\n}\n").unwrap();
        let p = &m.get("n").unwrap().value;
        let pick = |lang, n: u64| p.select(lang, &[("n", &n.to_string())]).to_string();
        assert_eq!(
            [
                pick(Lang::Pl, 1),
                pick(Lang::Pl, 3),
                pick(Lang::Pl, 5),
                pick(Lang::Pl, 22)
            ],
            ["a", "b", "c", "b"]
        );
        assert_eq!(
            [pick(Lang::Uk, 21), pick(Lang::Uk, 11), pick(Lang::Uk, 24)],
            ["a", "c", "b"]
        );
    }

    #[test]
    fn mistakes_name_their_line() {
        let cases = [
            ("a = b\nc d\n", 2, "bericht"),
            ("a = b\n  c = {\n", 2, "{ zonder }"),
            ("a = { -merk }\n", 1, "niet gelezen"),
            ("-merk = x\n", 1, "termen"),
            ("a = x\na = y\n", 2, "twee keer"),
            ("a = { $n ->\n [one] x\n [other] y\n}\n", 4, "standaardvariant"),
            ("a = { $n ->\n [een] x\n *[other] y\n}\n", 2, "meervoudsvorm"),
            ("a = { $n ->\n *[other] y\n", 2, "eindigt"),
            ("  .x = y\n", 1, "onder een bericht"),
            ("a =\n", 1, "geen tekst"),
            ("1a = x\n", 1, "geen geldige naam"),
        ];
        for (src, line, words) in cases {
            let e = parse(src).unwrap_err();
            assert_eq!(e.line, line, "{src:?}: {e}");
            assert!(e.message.contains(words), "{src:?}: {e}");
        }
    }

    #[test]
    fn windows_line_ends_and_tabs_are_read() {
        let m = parse("a = x\r\n\t.other = y\r\n").unwrap();
        assert_eq!(m.get("a").unwrap().attribute("other").unwrap().default_text(), "y");
    }
}
