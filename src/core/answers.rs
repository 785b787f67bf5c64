//! A resident's answers as values, and the codes they are written in: the
//! same codes serve the form (what is ticked), the share link's `#fragment`
//! (never sent to a server) and answers files. Which questions exist and
//! which field holds each answer is defined in `questions`.

use std::collections::BTreeSet;
use std::fmt;

pub use crate::core::questions::{
    Answers, Fact, ForWhom, LanguageNeed, SafetySignal, Topic, UrgentNeed, WorkSituation,
};

/// One answer: given, "weet ik niet", "zeg ik liever niet", or not asked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Answer<T> {
    #[default]
    Unanswered,
    Known(T),
    DontKnow,
    PreferNotToSay,
}

impl<T> Answer<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Answer::Known(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_answered(&self) -> bool {
        !matches!(self, Answer::Unanswered)
    }
}

/// Code for "weet ik niet".
pub const DONT_KNOW: &str = "?";
/// Code for "zeg ik liever niet".
pub const PREFER_NOT: &str = "!";
/// Code for "none of these" / "nobody" (an empty set).
pub use crate::core::questions::NONE;

/// Why an answer given as codes was refused. Nothing is stored then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// No option chosen.
    NothingChosen,
    /// The typed number is not a whole number in range.
    InvalidNumber,
    /// A code that is not one of the question's options.
    UnknownCode(String),
    /// A number was typed and "zeg ik liever niet" ticked: which counts?
    NumberAndPreferNot,
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::NumberAndPreferNot => f.write_str("a number and \"prefer not to say\""),
            AnswerError::NothingChosen => f.write_str("no option chosen"),
            AnswerError::InvalidNumber => f.write_str("not a whole number from 0 to 120"),
            AnswerError::UnknownCode(code) => write!(f, "unknown value “{code}”"),
        }
    }
}

impl std::error::Error for AnswerError {}

/// A closed code list (implemented by `facts::vocabulary!`).
pub trait Code: Copy + Ord + 'static {
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self>;
}

/// An answer value written as codes.
pub trait Value: Sized {
    fn write(&self, out: &mut Vec<String>);
    /// Reads the value from its codes; strict: every code must be valid.
    fn read(codes: &[&str]) -> Result<Self, AnswerError>;
}

fn one<'a>(codes: &[&'a str]) -> Result<&'a str, AnswerError> {
    match codes {
        [] => Err(AnswerError::NothingChosen),
        [one] => Ok(one),
        [_, second, ..] => Err(AnswerError::UnknownCode(second.to_string())),
    }
}

impl<T: Code> Value for T {
    fn write(&self, out: &mut Vec<String>) {
        out.push(self.code().into());
    }
    fn read(codes: &[&str]) -> Result<Self, AnswerError> {
        let code = one(codes)?;
        T::from_code(code).ok_or_else(|| AnswerError::UnknownCode(code.into()))
    }
}

/// A set; empty is written as [`NONE`] ("none of these").
impl<T: Code> Value for BTreeSet<T> {
    fn write(&self, out: &mut Vec<String>) {
        if self.is_empty() {
            out.push(NONE.into());
        }
        out.extend(self.iter().map(|v| v.code().to_string()));
    }
    fn read(codes: &[&str]) -> Result<Self, AnswerError> {
        if codes == [NONE] {
            return Ok(BTreeSet::new());
        }
        // Inserted one by one: collecting into a BTreeSet sorts first, and
        // every sort instance adds code to the wasm.
        let mut set = BTreeSet::new();
        for &code in codes {
            set.insert(T::from_code(code).ok_or_else(|| AnswerError::UnknownCode(code.into()))?);
        }
        if set.is_empty() {
            return Err(AnswerError::NothingChosen);
        }
        Ok(set)
    }
}

/// Someone or nobody; nobody is written as [`NONE`].
impl<T: Code> Value for Option<T> {
    fn write(&self, out: &mut Vec<String>) {
        out.push(self.map_or(NONE, T::code).into());
    }
    fn read(codes: &[&str]) -> Result<Self, AnswerError> {
        match one(codes)? {
            NONE => Ok(None),
            code => T::from_code(code)
                .map(Some)
                .ok_or_else(|| AnswerError::UnknownCode(code.into())),
        }
    }
}

/// Yes (`1`) or no (`0`).
impl Value for bool {
    fn write(&self, out: &mut Vec<String>) {
        out.push(if *self { "1" } else { "0" }.into());
    }
    fn read(codes: &[&str]) -> Result<Self, AnswerError> {
        match one(codes)? {
            "1" => Ok(true),
            "0" => Ok(false),
            other => Err(AnswerError::UnknownCode(other.into())),
        }
    }
}

/// An age in years, 0 to 120, digits only.
impl Value for u8 {
    fn write(&self, out: &mut Vec<String>) {
        out.push(self.to_string());
    }
    fn read(codes: &[&str]) -> Result<Self, AnswerError> {
        let text = one(codes).map_err(|_| AnswerError::InvalidNumber)?;
        text.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| text.parse::<u8>().ok())
            .flatten()
            .filter(|n| *n <= 120)
            .ok_or(AnswerError::InvalidNumber)
    }
}

/// An area id from the catalogue: lower-case letters, digits, `-` and `_`
/// (safe in a share link).
impl Value for String {
    fn write(&self, out: &mut Vec<String>) {
        out.push(self.clone());
    }
    fn read(codes: &[&str]) -> Result<Self, AnswerError> {
        let code = one(codes)?;
        let safe = code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if code.is_empty() || code == NONE || !safe {
            return Err(AnswerError::UnknownCode(code.into()));
        }
        Ok(code.to_string())
    }
}

/// What every answer slot can do, whatever the type of its answer, so code
/// that works per question (share link, form, check page, scenario walk)
/// needs no per-question match of its own.
pub trait Slot {
    fn is_answered(&self) -> bool;
    /// Answered with "weet ik niet" or "zeg ik liever niet".
    fn is_vague(&self) -> bool;
    fn clear(&mut self);
    /// Sets "weet ik niet" (`dont_know`) or "zeg ik liever niet".
    fn set_vague(&mut self, dont_know: bool);
    /// The answer as codes; empty when unanswered.
    fn codes(&self) -> Vec<String>;
    /// Stores an answer given as codes ([`DONT_KNOW`] and [`PREFER_NOT`]
    /// included). On an error nothing changes.
    fn set_codes(&mut self, codes: &[&str]) -> Result<(), AnswerError>;
}

impl<T: Value> Slot for Answer<T> {
    fn is_answered(&self) -> bool {
        Answer::is_answered(self)
    }
    fn is_vague(&self) -> bool {
        matches!(self, Answer::DontKnow | Answer::PreferNotToSay)
    }
    fn clear(&mut self) {
        *self = Answer::Unanswered;
    }
    fn set_vague(&mut self, dont_know: bool) {
        *self = if dont_know {
            Answer::DontKnow
        } else {
            Answer::PreferNotToSay
        };
    }
    fn codes(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self {
            Answer::Unanswered => {}
            Answer::Known(v) => v.write(&mut out),
            Answer::DontKnow => out.push(DONT_KNOW.into()),
            Answer::PreferNotToSay => out.push(PREFER_NOT.into()),
        }
        out
    }
    fn set_codes(&mut self, codes: &[&str]) -> Result<(), AnswerError> {
        *self = match codes {
            [PREFER_NOT] => Answer::PreferNotToSay,
            [DONT_KNOW] => Answer::DontKnow,
            _ => Answer::Known(T::read(codes)?),
        };
        Ok(())
    }
}

/// The life areas: a set, never vague, never empty once answered.
impl Slot for BTreeSet<crate::core::facts::Theme> {
    fn is_answered(&self) -> bool {
        !self.is_empty()
    }
    fn is_vague(&self) -> bool {
        false
    }
    fn clear(&mut self) {
        BTreeSet::clear(self);
    }
    fn set_vague(&mut self, _: bool) {}
    fn codes(&self) -> Vec<String> {
        self.iter().map(|t| t.code().to_string()).collect()
    }
    fn set_codes(&mut self, codes: &[&str]) -> Result<(), AnswerError> {
        if codes.contains(&NONE) {
            return Err(AnswerError::UnknownCode(NONE.into()));
        }
        *self = Value::read(codes)?;
        Ok(())
    }
}

impl Answers {
    /// The answer slot of `fact`, whatever its type.
    pub fn slot(&self, fact: Fact) -> &dyn Slot {
        (fact.def().slot)(self)
    }

    pub fn slot_mut(&mut self, fact: Fact) -> &mut dyn Slot {
        (fact.def().slot_mut)(self)
    }

    /// Is this fact answered (including "weet ik niet" and "zeg ik liever niet")?
    pub fn is_answered(&self, fact: Fact) -> bool {
        self.slot(fact).is_answered()
    }

    /// Forgets one answer (used when a question stops being relevant).
    pub fn clear(&mut self, fact: Fact) {
        self.slot_mut(fact).clear();
    }

    /// Copies one answer from `other`.
    pub fn copy_from(&mut self, other: &Answers, fact: Fact) {
        let codes = other.slot(fact).codes();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        if codes.is_empty() || self.slot_mut(fact).set_codes(&codes).is_err() {
            self.clear(fact);
        }
    }

    /// Does any answer signal danger or crisis?
    pub fn signals_danger(&self) -> bool {
        self.safety.known().is_some_and(|s| !s.is_empty())
    }

    /// Does the resident name an urgent need for today or tonight (no place
    /// to sleep, no food, no energy or water, eviction)? The services for it
    /// are direct help (see `matching`).
    pub fn needs_help_today(&self) -> bool {
        self.urgent.known().is_some_and(|s| !s.is_empty())
    }
}

// ---------------------------------------------------------------------------
// The share-link encoding: `1~t:geld+werk~a:72~h:alleen~c:ouder`. Version
// first; fields `key:codes`, codes joined by `+`; `?` = weet ik niet,
// `!` = zeg ik liever niet; `-` = an empty set or "nobody". Only URL-fragment
// safe characters, short enough for a QR code.

/// The encoding version; bump it when the meaning of a field changes.
pub const ENCODING_VERSION: u32 = 1;

/// Why a share link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Made by an older or newer Routekaart.
    Outdated { version: String },
    /// Damaged: cut off, mistyped, or edited by hand.
    Damaged { detail: String },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Outdated { version } => {
                write!(
                    f,
                    "share link of version {version}, this Routekaart reads version {ENCODING_VERSION}"
                )
            }
            DecodeError::Damaged { detail } => write!(f, "damaged share link: {detail}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Encodes answers for the `#fragment`.
pub fn encode(a: &Answers) -> String {
    let mut out = ENCODING_VERSION.to_string();
    for fact in Fact::ALL {
        let codes = a.slot(fact).codes();
        if !codes.is_empty() {
            out.push('~');
            out.push_str(fact.key());
            out.push(':');
            out.push_str(&codes.join("+"));
        }
    }
    out
}

fn damaged(detail: impl Into<String>) -> DecodeError {
    DecodeError::Damaged { detail: detail.into() }
}

/// Splits a share-link value into codes. `+` joins them, but a code may
/// itself end in `+` (child age "18+"): an empty piece right after a code
/// belongs to that code.
fn split_codes(v: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for piece in v.split('+') {
        match items.last_mut() {
            Some(last) if piece.is_empty() && !last.ends_with('+') => last.push('+'),
            _ => items.push(piece.to_string()),
        }
    }
    items
}

/// Decodes a `#fragment` (with or without the leading `#`).
pub fn decode(s: &str) -> Result<Answers, DecodeError> {
    let s = s.trim().trim_start_matches('#');
    let mut parts = s.split('~');
    let version = parts.next().unwrap_or("");
    if version != ENCODING_VERSION.to_string() {
        return Err(if version.chars().all(|c| c.is_ascii_digit()) && !version.is_empty() {
            DecodeError::Outdated {
                version: version.to_string(),
            }
        } else {
            damaged("no version at the start")
        });
    }
    let mut a = Answers::default();
    let mut seen = BTreeSet::new();
    for part in parts {
        let (key, v) = part
            .split_once(':')
            .ok_or_else(|| damaged(format!("“{part}” has no “:”")))?;
        let fact = Fact::from_key(key).ok_or_else(|| damaged(format!("unknown field “{key}”")))?;
        if !seen.insert(fact) {
            return Err(damaged(format!("“{key}” appears twice")));
        }
        let codes = split_codes(v);
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        a.slot_mut(fact)
            .set_codes(&codes)
            .map_err(|e| damaged(format!("“{key}”: {e}")))?;
    }
    Ok(a)
}
