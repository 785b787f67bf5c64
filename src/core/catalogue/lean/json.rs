//! The JSON layer of the lean reader: the tree with each value's span,
//! the parser (serde_json's errors and depth limit), and reading a node's
//! value as serde would; apart from the typed readers of the catalogue.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::core::calendar::{Date, Time};
use crate::core::catalogue::model::Text;

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

pub(super) type R<T> = Result<T, Bad>;

pub(super) fn bad(at: usize, raw: impl Into<String>) -> Bad {
    Bad {
        at,
        syntax: false,
        raw: raw.into(),
    }
}

pub(super) fn syntax(at: usize, raw: &str) -> Bad {
    Bad {
        at,
        syntax: true,
        raw: raw.to_string(),
    }
}

// ---- the JSON tree ----

pub(super) enum Value<'a> {
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
pub(super) struct Node<'a> {
    pub at: usize,
    pub end: usize,
    pub value: Value<'a>,
}

/// Parses a whole JSON text.
pub(super) fn parse(text: &str) -> R<Node<'_>> {
    parse_span(text, 0, text.len())
}

/// Parses the JSON text in `text[from..to]`, its offsets in `text`.
pub(super) fn parse_span(text: &str, from: usize, to: usize) -> R<Node<'_>> {
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

    pub(super) fn wrong(&self, expected: &str) -> Bad {
        if let Value::TooDeep = self.value {
            return syntax(self.at, "recursion limit exceeded");
        }
        bad(
            self.at,
            format!("invalid type: {}, expected {expected}", self.unexpected()),
        )
    }

    pub(super) fn str(&self) -> R<&str> {
        match &self.value {
            Value::String(s) => Ok(s),
            _ => Err(self.wrong("a string")),
        }
    }

    pub(super) fn string(&self) -> R<String> {
        self.str().map(str::to_string)
    }

    pub(super) fn bool(&self) -> R<bool> {
        match self.value {
            Value::Bool(b) => Ok(b),
            _ => Err(self.wrong("a boolean")),
        }
    }

    pub(super) fn array(&self) -> R<&[Node<'a>]> {
        match &self.value {
            Value::Array(items) => Ok(items),
            _ => Err(self.wrong("a sequence")),
        }
    }

    pub(super) fn object(&self, name: &str) -> R<Fields<'_, 'a>> {
        match &self.value {
            Value::Object(fields) => Ok(Fields { node: self, fields }),
            _ => Err(self.wrong(&format!("struct {name}"))),
        }
    }

    /// A whole number in `min..=max`, named as serde names the type.
    pub(super) fn integer(&self, min: i64, max: i64, ty: &str) -> R<i64> {
        match self.value {
            Value::Number(n) if !n.contains(['.', 'e', 'E']) => match n.parse::<i64>() {
                Ok(v) if (min..=max).contains(&v) => Ok(v),
                _ => Err(bad(self.at, format!("invalid value: integer `{n}`, expected {ty}"))),
            },
            _ => Err(self.wrong(ty)),
        }
    }

    pub(super) fn code<T: Copy>(&self, from_code: fn(&str) -> Option<T>, codes: &[&str]) -> R<T> {
        let code = self.str()?;
        from_code(code).ok_or_else(|| {
            let allowed = codes.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ");
            bad(self.end, format!("unknown variant `{code}`, expected one of {allowed}"))
        })
    }

    pub(super) fn list<T>(&self, read: impl Fn(&Node<'a>) -> R<T>) -> R<Vec<T>> {
        self.array()?.iter().map(read).collect()
    }

    pub(super) fn text(&self) -> R<Text> {
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

    pub(super) fn date(&self) -> R<Date> {
        let s = self.str()?;
        Date::parse(s).ok_or_else(|| bad(self.end, format!("“{s}” is {}", crate::core::calendar::NOT_A_DATE)))
    }

    pub(super) fn time(&self) -> R<Time> {
        let s = self.str()?;
        Time::parse(s).ok_or_else(|| bad(self.end, format!("“{s}” is {}", crate::core::calendar::NOT_A_TIME)))
    }
}

/// An object's fields, read by name.
pub(super) struct Fields<'n, 'a> {
    node: &'n Node<'a>,
    fields: &'n [(usize, Cow<'a, str>, Node<'a>)],
}

impl<'n, 'a> Fields<'n, 'a> {
    /// The field, if there (a repeated one is refused, as serde does).
    pub(super) fn get(&self, key: &str) -> R<Option<&'n Node<'a>>> {
        let mut found = self.fields.iter().filter(|(_, k, _)| k == key);
        let first = found.next().map(|(_, _, v)| v);
        if let Some((at, ..)) = found.next() {
            return Err(bad(*at + key.len() + 2, format!("duplicate field `{key}`")));
        }
        Ok(first)
    }

    pub(super) fn req(&self, key: &str) -> R<&'n Node<'a>> {
        self.get(key)?
            .ok_or_else(|| bad(self.node.end, format!("missing field `{key}`")))
    }

    /// `#[serde(default)]` on an `Option`: absent or `null` is `None`.
    pub(super) fn opt<T>(&self, key: &str, read: impl Fn(&'n Node<'a>) -> R<T>) -> R<Option<T>> {
        match self.get(key)? {
            None => Ok(None),
            Some(Node { value: Value::Null, .. }) => Ok(None),
            Some(node) => read(node).map(Some),
        }
    }

    /// `#[serde(default)]` on anything else: absent is the default.
    pub(super) fn or<T>(&self, key: &str, default: impl FnOnce() -> T, read: impl Fn(&'n Node<'a>) -> R<T>) -> R<T> {
        match self.get(key)? {
            None => Ok(default()),
            Some(node) => read(node),
        }
    }
}
