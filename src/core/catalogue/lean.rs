//! The resident's catalogue reader, without serde: a small JSON
//! parser and one plain function per catalogue type, for the fields the
//! app reads. serde's derived deserializers for the whole model would be the largest
//! part of the resident's wasm after Leptos;
//! the maintainers' check (`validate`) keeps serde and its JSON paths.
//!
//! It keeps `read::read_with_findings`'s promises: a broken entry of a list
//! is dropped on its own with a finding (path, byte offset, the same Dutch
//! sentences as the serde path: the errors are phrased as serde phrases them
//! and go through `read::explain_type_error`), anything else is read as
//! serde reads it (defaults, `null` for an absent option, unknown fields
//! ignored, a repeated field refused). `read::tests` and this module's tests
//! compare it with serde on every shipped catalogue and on broken ones.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::model::{
    Access, Address, Area, Catalogue, CatalogueIndex, ClosedDate, Cost, Document, Eligibility, IndexEntry, Kind,
    Location, NextStep, Organization, Phone, PhoneHours, Schedule, Scope, Service, ServiceAtLocation, Source, Status,
    Text, WebSource,
};
use crate::core::calendar::{Date, Time, Weekday};
use crate::core::facts::{ChildAge, Household, Situation, Theme};

/// serde_json's nesting limit, kept: deeper input is refused, not a stack overflow.
const MAX_DEPTH: usize = 128;

/// Why a value cannot be read, in serde's words (so `read::explain*` turn
/// it into the same sentence), at a byte offset of the text.
#[derive(Debug)]
pub struct Bad {
    pub at: usize,
    pub syntax: bool,
    pub raw: String,
}

type R<T> = Result<T, Bad>;

fn bad(at: usize, raw: impl Into<String>) -> Bad {
    Bad {
        at,
        syntax: false,
        raw: raw.into(),
    }
}

fn syntax(at: usize, raw: &str) -> Bad {
    Bad {
        at,
        syntax: true,
        raw: raw.to_string(),
    }
}

// ---- the JSON tree ----

enum Value<'a> {
    Null,
    Bool(bool),
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    /// Fields in file order, each with the offset of its key.
    Object(Vec<(usize, Cow<'a, str>, Node<'a>)>),
    /// Nested deeper than 128 levels (see `Parser::skip_deep`).
    TooDeep,
}

/// A value and where it starts and ends in the text.
struct Node<'a> {
    pub at: usize,
    pub end: usize,
    pub value: Value<'a>,
}

/// Every string or number in a design-tokens JSON file, named by its path
/// joined with `-` (`{"utrecht":{"link":{"color":{"value":"#24578f"}}}}` is
/// `utrecht-link-color`), in file order, for `core::theme`. An object with a
/// `value` or `$value` is one token; keys starting with `$` and the build
/// tools' bookkeeping (`original`, `attributes`, `path`, …) are no tokens.
/// `Err` is the byte offset where the text is no JSON.
pub(crate) fn token_leaves(text: &str) -> Result<Vec<(String, String)>, usize> {
    fn walk(node: &Node<'_>, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
        match &node.value {
            Value::String(s) => out.push((path.join("-"), s.to_string())),
            Value::Number(n) => out.push((path.join("-"), n.to_string())),
            Value::Object(fields) => {
                if let Some((_, _, leaf)) = fields.iter().find(|(_, k, _)| k == "value" || k == "$value") {
                    return walk(leaf, path, out);
                }
                for (_, key, child) in fields {
                    const BOOKKEEPING: [&str; 9] = [
                        "original",
                        "attributes",
                        "path",
                        "filePath",
                        "isSource",
                        "name",
                        "type",
                        "comment",
                        "description",
                    ];
                    if key.starts_with('$') || BOOKKEEPING.contains(&key.as_ref()) {
                        continue;
                    }
                    path.push(key.to_string());
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let root = parse(text).map_err(|b| b.at)?;
    let mut out = Vec::new();
    walk(&root, &mut Vec::new(), &mut out);
    Ok(out)
}

/// Parses a whole JSON text.
fn parse(text: &str) -> R<Node<'_>> {
    parse_span(text, 0, text.len())
}

/// Parses the JSON text in `text[from..to]`, its offsets in `text`.
fn parse_span(text: &str, from: usize, to: usize) -> R<Node<'_>> {
    let mut p = Parser {
        s: &text.as_bytes()[..to],
        text: &text[..to],
        i: from,
    };
    let node = p.value()?;
    p.space();
    if p.i < p.s.len() {
        return Err(syntax(p.i, "trailing characters"));
    }
    Ok(node)
}

/// An array or object being read: where it starts, what it has so far
/// (and for an object, the key of the value being read).
enum Open<'a> {
    Array(usize, Vec<Node<'a>>),
    Object(usize, Vec<(usize, Cow<'a, str>, Node<'a>)>, (usize, Cow<'a, str>)),
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    /// One value, containers included, without recursion (an explicit
    /// stack of the open arrays and objects): no input can overflow the
    /// stack, in any build.
    fn value(&mut self) -> R<Node<'a>> {
        let mut open: Vec<Open<'a>> = Vec::new();
        loop {
            // A value starts here.
            self.space();
            let at = self.i;
            let mut node = match self.s.get(self.i) {
                None => return Err(syntax(at, "EOF while parsing a value")),
                Some(b'{' | b'[') if open.len() >= MAX_DEPTH => {
                    let value = self.skip_deep()?;
                    Node { at, end: self.i, value }
                }
                Some(b'[') => {
                    self.i += 1;
                    self.space();
                    if self.s.get(self.i) == Some(&b']') {
                        self.i += 1;
                        Node {
                            at,
                            end: self.i,
                            value: Value::Array(Vec::new()),
                        }
                    } else {
                        open.push(Open::Array(at, Vec::new()));
                        continue;
                    }
                }
                Some(b'{') => {
                    self.i += 1;
                    self.space();
                    if self.s.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        Node {
                            at,
                            end: self.i,
                            value: Value::Object(Vec::new()),
                        }
                    } else {
                        let key = self.key()?;
                        open.push(Open::Object(at, Vec::new(), key));
                        continue;
                    }
                }
                Some(b'"') => {
                    let value = Value::String(self.string()?);
                    Node { at, end: self.i, value }
                }
                Some(b't') => self.word(at, "true", Value::Bool(true))?,
                Some(b'f') => self.word(at, "false", Value::Bool(false))?,
                Some(b'n') => self.word(at, "null", Value::Null)?,
                Some(b'-' | b'0'..=b'9') => {
                    let value = self.number()?;
                    Node { at, end: self.i, value }
                }
                Some(_) => return Err(syntax(at, "expected value")),
            };
            // The value is complete: put it in its container, and close
            // every container that ends after it.
            loop {
                let Some(top) = open.last_mut() else {
                    return Ok(node);
                };
                self.space();
                match top {
                    Open::Array(_, items) => {
                        items.push(node);
                        if self.after_item(b']', "EOF while parsing a list", "expected `,` or `]`")? {
                            break;
                        }
                    }
                    Open::Object(_, fields, key) => {
                        let (key_at, name) = std::mem::take(key);
                        fields.push((key_at, name, node));
                        if self.after_item(b'}', "EOF while parsing an object", "expected `,` or `}`")? {
                            *key = self.key()?;
                            break;
                        }
                    }
                }
                // The container closed: it is the value now.
                node = match open.pop() {
                    Some(Open::Array(at, items)) => Node {
                        at,
                        end: self.i,
                        value: Value::Array(items),
                    },
                    Some(Open::Object(at, fields, _)) => Node {
                        at,
                        end: self.i,
                        value: Value::Object(fields),
                    },
                    None => return Err(syntax(self.i, "expected value")),
                };
            }
        }
    }

    /// After an item of an array or object: a comma (another item follows:
    /// `true`) or the closing bracket (`false`).
    fn after_item(&mut self, close: u8, eof: &str, expected: &str) -> R<bool> {
        match self.s.get(self.i) {
            Some(b',') => {
                self.i += 1;
                self.space();
                if self.s.get(self.i) == Some(&close) {
                    return Err(syntax(self.i, "trailing comma"));
                }
                Ok(true)
            }
            Some(&c) if c == close => {
                self.i += 1;
                Ok(false)
            }
            None => Err(syntax(self.i, eof)),
            Some(_) => Err(syntax(self.i, expected)),
        }
    }

    /// An object's key and its colon.
    fn key(&mut self) -> R<(usize, Cow<'a, str>)> {
        self.space();
        let at = self.i;
        match self.s.get(self.i) {
            Some(b'"') => {}
            None => return Err(syntax(self.i, "EOF while parsing an object")),
            Some(_) => return Err(syntax(self.i, "key must be a string")),
        }
        let name = self.string()?;
        self.space();
        match self.s.get(self.i) {
            Some(b':') => self.i += 1,
            None => return Err(syntax(self.i, "EOF while parsing an object")),
            Some(_) => return Err(syntax(self.i, "expected `:`")),
        }
        Ok((at, name))
    }

    /// A value nested deeper than serde_json reads, stepped over without
    /// recursion: only reading it is an error, so it drops its entry alone
    /// (as serde_json's raw values did) and never overflows the stack.
    fn skip_deep(&mut self) -> R<Value<'a>> {
        let mut open = 0usize;
        let mut in_string = false;
        while let Some(&b) = self.s.get(self.i) {
            self.i += 1;
            match (in_string, b) {
                (true, b'\\') => self.i += 1,
                (true, b'"') => in_string = false,
                (true, _) => {}
                (false, b'"') => in_string = true,
                (false, b'[' | b'{') => open += 1,
                (false, b']' | b'}') => {
                    open -= 1;
                    if open == 0 {
                        return Ok(Value::TooDeep);
                    }
                }
                _ => {}
            }
        }
        Err(syntax(self.i, "EOF while parsing a value"))
    }

    fn word(&mut self, at: usize, word: &str, value: Value<'a>) -> R<Node<'a>> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(Node { at, end: self.i, value })
        } else {
            Err(syntax(self.i, "expected value"))
        }
    }

    fn number(&mut self) -> R<Value<'a>> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.s.get(p.i).is_some_and(u8::is_ascii_digit) {
                p.i += 1;
            }
            p.i > from
        };
        if self.s.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        if !digits(self) {
            return Err(syntax(self.i, "invalid number"));
        }
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(syntax(self.i, "invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.s.get(self.i) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(syntax(self.i, "invalid number"));
            }
        }
        Ok(Value::Number(&self.text[start..self.i]))
    }

    fn string(&mut self) -> R<Cow<'a, str>> {
        self.i += 1; // the opening quote
        let start = self.i;
        loop {
            match self.s.get(self.i) {
                None => return Err(syntax(self.i, "EOF while parsing a string")),
                Some(b'"') => {
                    let text = &self.text[start..self.i];
                    self.i += 1;
                    return Ok(Cow::Borrowed(text));
                }
                Some(0..=0x1f) => {
                    return Err(syntax(
                        self.i,
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                Some(b'\\') => {
                    // From the first escape on, the text is copied.
                    let copied = self.text[start..self.i].to_string();
                    return self.string_rest(copied);
                }
                Some(_) => self.i += 1,
            }
        }
    }

    /// The rest of a string after an escape (kept simple: owned from here).
    fn string_rest(&mut self, mut s: String) -> R<Cow<'a, str>> {
        loop {
            match self.s.get(self.i) {
                None => return Err(syntax(self.i, "EOF while parsing a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(s));
                }
                Some(0..=0x1f) => {
                    return Err(syntax(
                        self.i,
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.s.get(self.i) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(syntax(self.i, "invalid escape")),
                    };
                    s.push(c);
                    self.i += 1;
                }
                Some(_) => {
                    let from = self.i;
                    while let Some(&b) = self.s.get(self.i) {
                        if b == b'"' || b == b'\\' || b < 0x20 {
                            break;
                        }
                        self.i += 1;
                    }
                    s.push_str(&self.text[from..self.i]);
                }
            }
        }
    }

    /// `\uXXXX` (at the `u`), with a surrogate pair; leaves `i` on its last digit.
    fn unicode_escape(&mut self) -> R<char> {
        let hex = |p: &Self, from: usize| -> R<u32> {
            let digits =
                p.s.get(from..from + 4)
                    .ok_or_else(|| syntax(from, "EOF while parsing a string"))?;
            let text = std::str::from_utf8(digits).map_err(|_| syntax(from, "invalid escape"))?;
            u32::from_str_radix(text, 16).map_err(|_| syntax(from, "invalid escape"))
        };
        let first = hex(self, self.i + 1)?;
        self.i += 4;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.s.get(self.i + 1..self.i + 3) != Some(b"\\u") {
                return Err(syntax(self.i, "lone leading surrogate in hex escape"));
            }
            let second = hex(self, self.i + 3)?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(syntax(self.i, "lone leading surrogate in hex escape"));
            }
            self.i += 6;
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| syntax(self.i, "invalid unicode code point"))
    }
}

// ---- reading values as serde would ----

impl<'a> Node<'a> {
    /// serde's name for what is here ("invalid type: string \"x\", expected …").
    fn unexpected(&self) -> String {
        match &self.value {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) if n.contains(['.', 'e', 'E']) => format!("floating point `{n}`"),
            Value::Number(n) => format!("integer `{n}`"),
            Value::String(s) => format!("string \"{s}\""),
            Value::Array(_) => "sequence".into(),
            Value::Object(_) => "map".into(),
            Value::TooDeep => "sequence".into(),
        }
    }

    fn wrong(&self, expected: &str) -> Bad {
        if let Value::TooDeep = self.value {
            return syntax(self.at, "recursion limit exceeded");
        }
        bad(
            self.at,
            format!("invalid type: {}, expected {expected}", self.unexpected()),
        )
    }

    fn str(&self) -> R<&str> {
        match &self.value {
            Value::String(s) => Ok(s),
            _ => Err(self.wrong("a string")),
        }
    }

    fn string(&self) -> R<String> {
        self.str().map(str::to_string)
    }

    fn bool(&self) -> R<bool> {
        match self.value {
            Value::Bool(b) => Ok(b),
            _ => Err(self.wrong("a boolean")),
        }
    }

    fn array(&self) -> R<&[Node<'a>]> {
        match &self.value {
            Value::Array(items) => Ok(items),
            _ => Err(self.wrong("a sequence")),
        }
    }

    fn object(&self, name: &str) -> R<Fields<'_, 'a>> {
        match &self.value {
            Value::Object(fields) => Ok(Fields { node: self, fields }),
            _ => Err(self.wrong(&format!("struct {name}"))),
        }
    }

    /// A whole number in `min..=max`, named as serde names the type.
    fn integer(&self, min: i64, max: i64, ty: &str) -> R<i64> {
        match self.value {
            Value::Number(n) if !n.contains(['.', 'e', 'E']) => match n.parse::<i64>() {
                Ok(v) if (min..=max).contains(&v) => Ok(v),
                _ => Err(bad(self.at, format!("invalid value: integer `{n}`, expected {ty}"))),
            },
            _ => Err(self.wrong(ty)),
        }
    }

    fn code<T: Copy>(&self, from_code: fn(&str) -> Option<T>, codes: &[&str]) -> R<T> {
        let code = self.str()?;
        from_code(code).ok_or_else(|| {
            let allowed = codes.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ");
            bad(self.end, format!("unknown variant `{code}`, expected one of {allowed}"))
        })
    }

    fn list<T>(&self, read: impl Fn(&Node<'a>) -> R<T>) -> R<Vec<T>> {
        self.array()?.iter().map(read).collect()
    }

    fn text(&self) -> R<Text> {
        match &self.value {
            Value::Object(fields) => {
                let mut map = BTreeMap::new();
                for (_, key, value) in fields {
                    map.insert(key.to_string(), value.string()?);
                }
                Ok(Text(map))
            }
            _ => Err(self.wrong("a map")),
        }
    }

    fn date(&self) -> R<Date> {
        let s = self.str()?;
        Date::parse(s).ok_or_else(|| bad(self.end, format!("“{s}” is {}", crate::core::calendar::NOT_A_DATE)))
    }

    fn time(&self) -> R<Time> {
        let s = self.str()?;
        Time::parse(s).ok_or_else(|| bad(self.end, format!("“{s}” is {}", crate::core::calendar::NOT_A_TIME)))
    }
}

/// An object's fields, read by name.
struct Fields<'n, 'a> {
    node: &'n Node<'a>,
    fields: &'n [(usize, Cow<'a, str>, Node<'a>)],
}

impl<'n, 'a> Fields<'n, 'a> {
    /// The field, if there (a repeated one is refused, as serde does).
    fn get(&self, key: &str) -> R<Option<&'n Node<'a>>> {
        let mut found = self.fields.iter().filter(|(_, k, _)| k == key);
        let first = found.next().map(|(_, _, v)| v);
        if let Some((at, ..)) = found.next() {
            return Err(bad(*at + key.len() + 2, format!("duplicate field `{key}`")));
        }
        Ok(first)
    }

    fn req(&self, key: &str) -> R<&'n Node<'a>> {
        self.get(key)?
            .ok_or_else(|| bad(self.node.end, format!("missing field `{key}`")))
    }

    /// `#[serde(default)]` on an `Option`: absent or `null` is `None`.
    fn opt<T>(&self, key: &str, read: impl Fn(&'n Node<'a>) -> R<T>) -> R<Option<T>> {
        match self.get(key)? {
            None => Ok(None),
            Some(Node { value: Value::Null, .. }) => Ok(None),
            Some(node) => read(node).map(Some),
        }
    }

    /// `#[serde(default)]` on anything else: absent is the default.
    fn or<T>(&self, key: &str, default: impl FnOnce() -> T, read: impl Fn(&'n Node<'a>) -> R<T>) -> R<T> {
        match self.get(key)? {
            None => Ok(default()),
            Some(node) => read(node),
        }
    }
}

/// What `read::read_with_findings` gets: the catalogue, the entries left
/// out (path, byte offset, sentence), or why the file is no catalogue.
pub(crate) type Dropped = Vec<(String, usize, String)>;

/// Reads a catalogue file the resident's way: `text`, or, with `texts`,
/// a residents' catalogue from its rules and its texts as one whole
/// catalogue. Then `text` is the rules, a line break and the texts, and
/// `texts` is where the line break is, so every finding's place is in it:
/// the rules on line 1, the texts on line 2, as the build writes them; the
/// texts' format version comes back too. `rules`: `text` may be a
/// residents' catalogue's rules alone, without the texts its entries
/// require (a service's description, a location's or an organisation's
/// name): such an entry is read, not left out.
///
/// The build (`scripts/trim-catalogues.mjs`, by
/// `scripts/catalogue-texts.json`) serves a catalogue as its rules,
/// `catalogus/<file>`: what the start page, the questions and direct help
/// need; and its texts, `catalogus/teksten/<file>`: what only the cards and
/// "Alle hulp" read (descriptions, next steps, documents to bring,
/// conditions in words, sources, web addresses, the names and addresses
/// of places and organisations, search words), as
/// `{"schema_version": 1, "services": {"<id>": {<its text fields>}},
/// "organizations": {…}, "locations": {…}, "documents": […],
/// "zoekwoorden": {…}}`. Unchecked conditions count for matching
/// ("misschien"), so the rules keep an empty text for each, which the texts
/// replace.
///
/// With its texts, each entry of the rules gets the fields of the texts
/// entry with its id (an id the rules do not have is passed over), then the
/// whole is read by the one reader, as a whole catalogue file is: a broken
/// entry is left out by itself, and so is an entry whose texts are missing
/// or broken (a service's description is required, and a place's or an
/// organisation's name), so no card shows without its texts. Merging this
/// way costs the resident's wasm little: no reader of its own (a typed one
/// that merged into the read catalogue cost more).
pub(crate) fn read_catalogue(text: &str, texts: Option<usize>, rules: bool) -> R<(Catalogue, Dropped, Option<u32>)> {
    let mut root = parse_span(text, 0, texts.unwrap_or(text.len()))?;
    let version = match texts {
        Some(at) => Some(add_texts(&mut root, parse_span(text, at + 1, text.len())?)?),
        None => None,
    };
    let mut reader = Reader {
        rules,
        ..Reader::default()
    };
    let catalogue = reader.catalogue(&root)?;
    Ok((catalogue, reader.dropped, version))
}

/// Puts a texts file's entries into the rules' tree (see
/// [`read_catalogue`]); its format version.
fn add_texts<'a>(rules: &mut Node<'a>, texts: Node<'a>) -> R<u32> {
    let Value::Object(fields) = texts.value else {
        return Err(texts.wrong("struct Texts"));
    };
    let Value::Object(root) = &mut rules.value else {
        // Not a catalogue: reading it says so.
        return Ok(super::model::SCHEMA_VERSION);
    };
    let mut version = Err(bad(texts.end, "missing field `schema_version`"));
    for (at, key, node) in fields {
        let by_id = matches!(&*key, "services" | "organizations" | "locations");
        if key == "schema_version" {
            version = node.integer(0, u32::MAX.into(), "u32");
        } else if !by_id {
            put(root, (at, key, node));
        } else if let Value::Object(entries) = node.value {
            let items = root
                .iter_mut()
                .find(|(_, k, _)| *k == key)
                .map(|(_, _, n)| &mut n.value);
            let Some(Value::Array(items)) = items else {
                continue;
            };
            let mut next = 0;
            for (_, id, entry) in entries {
                if let (Value::Object(own), Some(Value::Object(item))) =
                    (entry.value, find_from(items, &mut next, &id).map(|n| &mut n.value))
                {
                    for field in own {
                        put(item, field);
                    }
                }
            }
        } else {
            return Err(node.wrong("a map"));
        }
    }
    version.map(|v| v as u32)
}

/// Sets an object's field: the one of that name, else a new one.
fn put<'a>(fields: &mut Vec<(usize, Cow<'a, str>, Node<'a>)>, field: (usize, Cow<'a, str>, Node<'a>)) {
    match fields.iter_mut().find(|(_, k, _)| *k == field.1) {
        Some(old) => *old = field,
        None => fields.push(field),
    }
}

/// The entry with this `id`, looked for from `next` on (then from the
/// start); `next` goes past it. The build writes a texts file in its
/// catalogue's order, so merging it is one pass (no map of ids, whose
/// collecting would add a sort to the wasm); any order is still found.
fn find_from<'n, 'a>(items: &'n mut [Node<'a>], next: &mut usize, id: &str) -> Option<&'n mut Node<'a>> {
    let start = (*next).min(items.len());
    let i = (start..items.len()).chain(0..start).find(|&i| match &items[i].value {
        Value::Object(f) => f
            .iter()
            .any(|(_, k, v)| k == "id" && matches!(&v.value, Value::String(s) if s == id)),
        _ => false,
    })?;
    *next = i + 1;
    Some(&mut items[i])
}

#[derive(Default)]
struct Reader {
    path: Vec<String>,
    dropped: Dropped,
    /// Reading a residents' catalogue's rules alone (see [`read_catalogue`]).
    rules: bool,
}

impl Reader {
    /// A list whose entries are read one by one; a broken one is dropped
    /// with a finding that starts with `what` ("Deze dienst").
    fn entries<'n, 'a, T>(
        &mut self,
        fields: &Fields<'n, 'a>,
        list: &'static str,
        what: &str,
        read: impl Fn(&mut Self, &'n Node<'a>) -> R<T>,
    ) -> R<Vec<T>> {
        let Some(node) = fields.get(list)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (i, item) in node.array()?.iter().enumerate() {
            self.path.push(format!("{list}[{i}]"));
            match read(self, item) {
                Ok(value) => out.push(value),
                Err(e) => self.drop_entry(e, what),
            }
            self.path.pop();
        }
        Ok(out)
    }

    /// A required field that a residents' catalogue keeps in its texts
    /// (a service's description, a location's or organisation's name): in
    /// its rules alone it is absent (see [`read_catalogue`]).
    fn text_field<'n, 'a, T: Default>(
        &self,
        f: &Fields<'n, 'a>,
        key: &str,
        read: impl Fn(&'n Node<'a>) -> R<T>,
    ) -> R<T> {
        if self.rules {
            f.or(key, T::default, read)
        } else {
            read(f.req(key)?)
        }
    }

    fn drop_entry(&mut self, e: Bad, what: &str) {
        let path = self.path.join(".");
        let message = format!(
            "{what} is weggelaten. {}",
            super::read::explain_raw(e.syntax, &e.raw, &path)
        );
        self.dropped.push((path, e.at, message));
    }

    fn catalogue(&mut self, node: &Node) -> R<Catalogue> {
        let f = node.object("Catalogue")?;
        Ok(Catalogue {
            schema_version: f.req("schema_version")?.integer(0, u32::MAX.into(), "u32")? as u32,
            id: f.req("id")?.string()?,
            name: f.req("name")?.string()?,
            scope: f.req("scope")?.code(Scope::from_code, Scope::CODES)?,
            #[cfg(feature = "maintainer")]
            cbs_code: f.opt("cbs_code", Node::string)?,
            #[cfg(not(feature = "maintainer"))]
            cbs_code: None,
            #[cfg(feature = "maintainer")]
            opvangregio: f.opt("opvangregio", |n| {
                let f = n.object("Opvangregio")?;
                Ok(super::Opvangregio {
                    centrumgemeente: f.req("centrumgemeente")?.string()?,
                    cbs_code: f.req("cbs_code")?.string()?,
                })
            })?,
            #[cfg(not(feature = "maintainer"))]
            opvangregio: None,
            areas: self.entries(&f, "areas", "Deze kern of wijk", |_, n| {
                let f = n.object("Area")?;
                Ok(Area {
                    id: f.req("id")?.string()?,
                    name: f.req("name")?.string()?,
                })
            })?,
            organizations: self.entries(&f, "organizations", "Deze organisatie", Self::organization)?,
            locations: self.entries(&f, "locations", "Deze locatie", Self::location)?,
            services: self.entries(&f, "services", "Deze dienst", Self::service)?,
            documents: self.entries(&f, "documents", "Dit document", |_, n| document(n))?,
            #[cfg(any(feature = "maintainer", feature = "search"))]
            zoekwoorden: self.zoekwoorden(&f)?,
            #[cfg(not(any(feature = "maintainer", feature = "search")))]
            zoekwoorden: BTreeMap::new(),
            #[cfg(feature = "maintainer")]
            maintainer: f.opt("maintainer", Node::string)?,
            #[cfg(not(feature = "maintainer"))]
            maintainer: None,
            #[cfg(feature = "maintainer")]
            last_modified: f.opt("last_modified", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            last_modified: None,
        })
    }

    /// Search words: a word whose list cannot be read is left out on its
    /// own, and the whole map when it is not an object.
    #[cfg(any(feature = "maintainer", feature = "search"))]
    fn zoekwoorden(&mut self, f: &Fields) -> R<BTreeMap<String, Vec<String>>> {
        let mut out = BTreeMap::new();
        let Some(node) = f.get("zoekwoorden")? else {
            return Ok(out);
        };
        let Value::Object(words) = &node.value else {
            self.path.push("zoekwoorden".into());
            self.drop_entry(node.wrong("a map"), "De lijst zoekwoorden");
            self.path.pop();
            return Ok(out);
        };
        for (_, word, list) in words {
            match list.list(Node::string) {
                Ok(list) => {
                    out.insert(word.to_string(), list);
                }
                Err(e) => {
                    self.path.push(format!("zoekwoorden.{word}"));
                    self.drop_entry(e, "Dit zoekwoord");
                    self.path.pop();
                }
            }
        }
        Ok(out)
    }

    fn phones(&mut self, f: &Fields) -> R<Vec<Phone>> {
        self.entries(f, "phones", "Dit telefoonnummer", |_, n| {
            let f = n.object("Phone")?;
            Ok(Phone {
                number: f.req("number")?.string()?,
                description: f.opt("description", Node::text)?,
                hours: f.opt("hours", |n| n.code(PhoneHours::from_code, PhoneHours::CODES))?,
                example_data: f.or("example_data", || false, Node::bool)?,
            })
        })
    }

    fn organization(&mut self, n: &Node) -> R<Organization> {
        let f = n.object("Organization")?;
        Ok(Organization {
            id: f.req("id")?.string()?,
            name: self.text_field(&f, "name", Node::string)?,
            description: f.opt("description", Node::text)?,
            url: f.opt("url", Node::string)?,
            email: f.opt("email", Node::string)?,
            phones: self.phones(&f)?,
            #[cfg(feature = "maintainer")]
            source: f.opt("source", source)?,
            #[cfg(not(feature = "maintainer"))]
            source: None,
            #[cfg(feature = "maintainer")]
            assured_date: f.opt("assured_date", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            assured_date: None,
        })
    }

    fn location(&mut self, n: &Node) -> R<Location> {
        let f = n.object("Location")?;
        Ok(Location {
            id: f.req("id")?.string()?,
            name: self.text_field(&f, "name", Node::string)?,
            description: f.opt("description", Node::text)?,
            addresses: self.entries(&f, "addresses", "Dit adres", |_, n| {
                let f = n.object("Address")?;
                Ok(Address {
                    address_1: f.req("address_1")?.string()?,
                    postal_code: f.opt("postal_code", Node::string)?,
                    city: f.req("city")?.string()?,
                })
            })?,
            area: f.opt("area", Node::string)?,
            #[cfg(feature = "maintainer")]
            latitude: f.opt("latitude", float)?,
            #[cfg(not(feature = "maintainer"))]
            latitude: None,
            #[cfg(feature = "maintainer")]
            longitude: f.opt("longitude", float)?,
            #[cfg(not(feature = "maintainer"))]
            longitude: None,
            accessibility: f.opt("accessibility", Node::text)?,
            transportation: f.opt("transportation", Node::text)?,
            example_data: f.or("example_data", || false, Node::bool)?,
            #[cfg(feature = "maintainer")]
            web_sources: self.entries(&f, "web_sources", "Deze webbron", |_, n| web_source(n))?,
            #[cfg(not(feature = "maintainer"))]
            web_sources: Vec::new(),
        })
    }

    fn service(&mut self, n: &Node) -> R<Service> {
        let f = n.object("Service")?;
        Ok(Service {
            id: f.req("id")?.string()?,
            organization_id: f.opt("organization_id", Node::string)?,
            name: f.req("name")?.text()?,
            status: f.or(
                "status",
                || Status::Active,
                |n| n.code(Status::from_code, Status::CODES),
            )?,
            kind: f.req("kind")?.code(Kind::from_code, Kind::CODES)?,
            access: f.req("access")?.code(Access::from_code, Access::CODES)?,
            #[cfg(feature = "maintainer")]
            legal_basis: f.or(
                "legal_basis",
                || super::model::LegalBasis::Geen,
                |n| n.code(super::model::LegalBasis::from_code, super::model::LegalBasis::CODES),
            )?,
            #[cfg(not(feature = "maintainer"))]
            legal_basis: super::model::LegalBasis::Geen,
            description: self.text_field(&f, "description", Node::text)?,
            themes: {
                // Required, unlike the other lists.
                f.req("themes")?;
                self.entries(&f, "themes", "Dit thema", |_, n| n.code(Theme::from_code, Theme::CODES))?
            },
            situations: self.entries(&f, "situations", "Deze situatie", |_, n| {
                n.code(Situation::from_code, Situation::CODES)
            })?,
            eligibility: f.or("eligibility", Eligibility::default, eligibility)?,
            eligibility_description: f.opt("eligibility_description", Node::text)?,
            unchecked_conditions: f.or("unchecked_conditions", Vec::new, |n| n.list(Node::text))?,
            next_steps: self.entries(&f, "next_steps", "Deze stap", |_, n| {
                let f = n.object("NextStep")?;
                Ok(NextStep {
                    action: f
                        .req("action")?
                        .code(super::model::Action::from_code, super::model::Action::CODES)?,
                    text: f.req("text")?.text()?,
                })
            })?,
            application_process: f.opt("application_process", Node::text)?,
            required_documents: f.or("required_documents", Vec::new, |n| n.list(Node::text))?,
            cost: f.or("cost", || Cost::Onbekend, |n| n.code(Cost::from_code, Cost::CODES))?,
            fees_description: f.opt("fees_description", Node::text)?,
            url: f.opt("url", Node::string)?,
            product_page: f.opt("product_page", Node::string)?,
            #[cfg(feature = "maintainer")]
            upl: f.opt("upl", Node::string)?,
            #[cfg(not(feature = "maintainer"))]
            upl: None,
            email: f.opt("email", Node::string)?,
            phones: self.phones(&f)?,
            #[cfg(feature = "maintainer")]
            languages: f.or("languages", Vec::new, |n| n.list(Node::string))?,
            #[cfg(not(feature = "maintainer"))]
            languages: Vec::new(),
            service_at_locations: self.entries(
                &f,
                "service_at_locations",
                "Deze locatie van de dienst",
                Self::service_at_location,
            )?,
            service_areas: f.or("service_areas", Vec::new, |n| n.list(Node::string))?,
            assured_date: f.opt("assured_date", Node::date)?,
            #[cfg(feature = "maintainer")]
            review_by: f.opt("review_by", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            review_by: None,
            #[cfg(feature = "maintainer")]
            last_modified: f.opt("last_modified", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            last_modified: None,
            source: f.opt("source", source)?,
            web_sources: self.entries(&f, "web_sources", "Deze webbron", |_, n| web_source(n))?,
            example_data: f.or("example_data", || false, Node::bool)?,
            priority: f.or("priority", || 0, |n| n.integer(i8::MIN.into(), i8::MAX.into(), "i8"))? as i8,
        })
    }

    fn service_at_location(&mut self, n: &Node) -> R<ServiceAtLocation> {
        let f = n.object("ServiceAtLocation")?;
        Ok(ServiceAtLocation {
            location_id: f.req("location_id")?.string()?,
            description: f.opt("description", Node::text)?,
            schedules: self.entries(&f, "schedules", "Deze openingstijd", |_, n| {
                let f = n.object("Schedule")?;
                Ok(Schedule {
                    byday: f.req("byday")?.list(|n| n.code(Weekday::from_code, Weekday::CODES))?,
                    opens_at: f.req("opens_at")?.time()?,
                    closes_at: f.req("closes_at")?.time()?,
                    valid_from: f.opt("valid_from", Node::date)?,
                    valid_to: f.opt("valid_to", Node::date)?,
                    description: f.opt("description", Node::text)?,
                })
            })?,
            closed_dates: f.or("closed_dates", Vec::new, |n| {
                n.list(|n| {
                    let f = n.object("ClosedDate")?;
                    Ok(ClosedDate {
                        date: f.req("date")?.date()?,
                        #[cfg(feature = "maintainer")]
                        reason: f.opt("reason", Node::text)?,
                        #[cfg(not(feature = "maintainer"))]
                        reason: None,
                    })
                })
            })?,
            open_on_public_holidays: f.or("open_on_public_holidays", || false, Node::bool)?,
        })
    }
}

fn document(n: &Node) -> R<Document> {
    let f = n.object("Document")?;
    Ok(Document {
        id: f.req("id")?.string()?,
        title: f.req("title")?.string()?,
        #[cfg(feature = "maintainer")]
        file: f.opt("file", Node::string)?,
        #[cfg(not(feature = "maintainer"))]
        file: None,
        url: f.opt("url", Node::string)?,
    })
}

fn source(n: &Node) -> R<Source> {
    let f = n.object("Source")?;
    Ok(Source {
        document: f.req("document")?.string()?,
        #[cfg(feature = "maintainer")]
        quote: f.opt("quote", Node::string)?,
        #[cfg(not(feature = "maintainer"))]
        quote: None,
    })
}

fn web_source(n: &Node) -> R<WebSource> {
    let f = n.object("WebSource")?;
    Ok(WebSource {
        url: f.req("url")?.string()?,
        title: f.req("title")?.string()?,
        date: f.opt("date", Node::string)?,
        #[cfg(feature = "maintainer")]
        accessed: f.opt("accessed", Node::date)?,
        #[cfg(not(feature = "maintainer"))]
        accessed: None,
    })
}

fn eligibility(n: &Node) -> R<Eligibility> {
    let f = n.object("Eligibility")?;
    let byte = |n: &Node| n.integer(0, u8::MAX.into(), "u8").map(|v| v as u8);
    Ok(Eligibility {
        minimum_age: f.opt("minimum_age", byte)?,
        maximum_age: f.opt("maximum_age", byte)?,
        households: f.or("households", Vec::new, |n| {
            n.list(|n| n.code(Household::from_code, Household::CODES))
        })?,
        child_ages: f.or("child_ages", Vec::new, |n| {
            n.list(|n| n.code(ChildAge::from_code, ChildAge::CODES))
        })?,
        income_max_percent: f.opt("income_max_percent", |n| {
            n.integer(0, u16::MAX.into(), "u16").map(|v| v as u16)
        })?,
        areas: f.or("areas", Vec::new, |n| n.list(Node::string))?,
        situations: f.or("situations", Vec::new, |n| {
            n.list(|n| n.code(Situation::from_code, Situation::CODES))
        })?,
    })
}

/// Coordinates (maintainers only: the resident's page has no map).
#[cfg(feature = "maintainer")]
fn float(n: &Node) -> R<f64> {
    match n.value {
        Value::Number(s) => s.parse().map_err(|_| n.wrong("f64")),
        _ => Err(n.wrong("f64")),
    }
}

/// The list of gemeenten (`catalogus/index.json`).
pub fn read_index(text: &str) -> Result<CatalogueIndex, String> {
    let read = |root: &Node| -> R<CatalogueIndex> {
        let f = root.object("CatalogueIndex")?;
        Ok(CatalogueIndex {
            schema_version: f.req("schema_version")?.integer(0, u32::MAX.into(), "u32")? as u32,
            gemeenten: f.req("gemeenten")?.list(|n| {
                let f = n.object("IndexEntry")?;
                Ok(IndexEntry {
                    id: f.req("id")?.string()?,
                    name: f.req("name")?.string()?,
                    file: f.req("file")?.string()?,
                })
            })?,
            national: f.req("national")?.string()?,
            embedders: f.opt("insluiters", |n| n.list(|n| n.string()))?.unwrap_or_default(),
        })
    };
    parse(text).and_then(|root| read(&root)).map_err(|e| e.raw)
}

/// A JSON object of strings (a catalogue's translations, Dutch → translation).
pub fn read_strings(text: &str) -> Result<BTreeMap<String, String>, String> {
    parse(text).and_then(|root| root.text()).map(|t| t.0).map_err(|e| e.raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Result<String, String> {
        parse(text).map(|n| show(&n)).map_err(|e| format!("{}@{}", e.raw, e.at))
    }

    fn show(n: &Node) -> String {
        match &n.value {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            // Kept as written; compared by value with serde_json's.
            Value::Number(s) => format!("{:?}", s.parse::<f64>().unwrap()),
            Value::String(s) => format!("{s:?}"),
            Value::Array(items) => format!("[{}]", items.iter().map(show).collect::<Vec<_>>().join(",")),
            Value::Object(f) => format!(
                "{{{}}}",
                f.iter()
                    .map(|(_, k, v)| format!("{k:?}:{}", show(v)))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            Value::TooDeep => "…".into(),
        }
    }

    #[test]
    fn parses_json_as_serde_json_does() {
        for text in [
            "{}",
            "[]",
            " { \"a\" : [1, -2.5e3, true, false, null, \"x\"] } ",
            r#""esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 end""#,
            r#"{"a":{"b":{"c":[[]]}}}"#,
            "0",
        ] {
            let ours = value(text).unwrap();
            let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
            // Same strings after escapes, same structure.
            assert_eq!(ours.replace(' ', ""), show_serde(&theirs).replace(' ', ""), "{text}");
        }
    }

    fn show_serde(v: &serde_json::Value) -> String {
        match v {
            serde_json::Value::Null => "null".into(),
            serde_json::Value::Bool(b) => b.to_string(),
            serde_json::Value::Number(n) => format!("{:?}", n.as_f64().unwrap()),
            serde_json::Value::String(s) => format!("{s:?}"),
            serde_json::Value::Array(items) => {
                format!("[{}]", items.iter().map(show_serde).collect::<Vec<_>>().join(","))
            }
            serde_json::Value::Object(f) => format!(
                "{{{}}}",
                f.iter()
                    .map(|(k, v)| format!("{k:?}:{}", show_serde(v)))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses_with_its_words() {
        for (text, words) in [
            ("", "EOF while parsing a value"),
            ("[1,]", "trailing comma"),
            ("{\"a\":1,}", "trailing comma"),
            ("{a:1}", "key must be a string"),
            ("[1 2]", "expected `,` or `]`"),
            ("{\"a\":1 \"b\":2}", "expected `,` or `}`"),
            ("\"a\nb\"", "control character"),
            ("[", "EOF while parsing"),
            ("{\"a\" 1}", "expected `:`"),
            ("[] x", "trailing characters"),
            ("tru", "expected value"),
            ("\"\\x\"", "invalid escape"),
            ("-", "invalid number"),
        ] {
            let e = value(text).unwrap_err();
            assert!(e.contains(words), "{text:?}: {e}");
            assert!(serde_json::from_str::<serde_json::Value>(text).is_err(), "{text:?}");
        }
        // Too deep is stepped over; reading it is the error.
        let deep = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
        assert_eq!(value(&deep).unwrap(), "[".repeat(128) + "…" + &"]".repeat(128));
        let root = parse(&deep).unwrap();
        let mut n = &root;
        while let Value::Array(items) = &n.value {
            n = &items[0];
        }
        assert!(n
            .array()
            .err()
            .is_some_and(|e| e.syntax && e.raw.contains("recursion limit")));
        assert!(value(&"[".repeat(20_000)).unwrap_err().contains("EOF"));
    }

    #[test]
    fn the_index_and_translations_read() {
        let index = read_index(include_str!("../../../public/catalogus/index.json")).unwrap();
        let theirs: CatalogueIndex =
            serde_json::from_str(include_str!("../../../public/catalogus/index.json")).unwrap();
        assert_eq!(index, theirs);
        assert!(read_index("{}").unwrap_err().contains("missing field `schema_version`"));
        assert_eq!(read_strings(r#"{"a":"b"}"#).unwrap()["a"], "b");
        assert!(read_strings(r#"{"a":1}"#).is_err());
    }
}
