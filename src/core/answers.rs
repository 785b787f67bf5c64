//! A resident's answers, the situations they imply, and the compact,
//! versioned encoding used in the share link's `#fragment` (never sent to a
//! server).

use std::collections::BTreeSet;

use crate::core::facts::{vocabulary, CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};

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

vocabulary! {
    /// Signals of danger or crisis: each one brings direct help to the top.
    SafetySignal {
        AcuutGevaar = "acuut_gevaar",
        OnveiligThuis = "onveilig_thuis",
        Suicidegedachten = "suicidegedachten",
    }
}

vocabulary! {
    /// What the resident mainly does.
    WorkSituation {
        Werkend = "werkend",
        Werkzoekend = "werkzoekend",
        Uitkering = "uitkering",
        Gepensioneerd = "gepensioneerd",
        Scholier = "scholier",
        Anders = "anders",
    }
}

vocabulary! {
    /// Help with the Dutch language.
    LanguageNeed {
        Geen = "geen",
        Taalhulp = "taalhulp",
        Inburgering = "inburgering",
    }
}

/// What every answer slot can do, whatever the type of its answer, so code
/// that works per fact needs no thirteen-arm match of its own.
pub trait Slot {
    fn is_answered(&self) -> bool;
    /// Answered with "weet ik niet" or "zeg ik liever niet".
    fn is_vague(&self) -> bool;
    fn clear(&mut self);
    /// Sets "weet ik niet" (`dont_know`) or "zeg ik liever niet".
    fn set_vague(&mut self, dont_know: bool);
}

impl<T> Slot for Answer<T> {
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
}

/// The life areas: a set, never vague.
impl Slot for BTreeSet<Theme> {
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
}

/// Every fact the questionnaire can ask. Also the question ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fact {
    Themes,
    Safety,
    Area,
    Age,
    Household,
    ChildAges,
    Income,
    Work,
    Caring,
    Health,
    Debts,
    Language,
    HelpTried,
}

impl Fact {
    pub const ALL: [Fact; 13] = [
        Fact::Themes,
        Fact::Safety,
        Fact::Area,
        Fact::Age,
        Fact::Household,
        Fact::ChildAges,
        Fact::Income,
        Fact::Work,
        Fact::Caring,
        Fact::Health,
        Fact::Debts,
        Fact::Language,
        Fact::HelpTried,
    ];

    /// Short key in the share link.
    pub fn key(self) -> &'static str {
        match self {
            Fact::Themes => "t",
            Fact::Safety => "s",
            Fact::Area => "r",
            Fact::Age => "a",
            Fact::Household => "h",
            Fact::ChildAges => "k",
            Fact::Income => "i",
            Fact::Work => "w",
            Fact::Caring => "c",
            Fact::Health => "g",
            Fact::Debts => "d",
            Fact::Language => "l",
            Fact::HelpTried => "x",
        }
    }

    /// The question that produces `situation`.
    pub fn producing(situation: Situation) -> Fact {
        match situation {
            Situation::Mantelzorger => Fact::Caring,
            Situation::Statushouder | Situation::Taalhulp => Fact::Language,
            Situation::Werkzoekend
            | Situation::Uitkering
            | Situation::Werkend
            | Situation::Gepensioneerd
            | Situation::Scholier => Fact::Work,
            Situation::Beperking => Fact::Health,
            Situation::Schulden => Fact::Debts,
            Situation::AcuutGevaar | Situation::OnveiligThuis | Situation::Suicidegedachten => Fact::Safety,
        }
    }
}

/// All answers of one resident. Lives in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub themes: BTreeSet<Theme>,
    pub safety: Answer<BTreeSet<SafetySignal>>,
    pub area: Answer<String>,
    pub age: Answer<u8>,
    pub household: Answer<Household>,
    pub child_ages: Answer<BTreeSet<ChildAge>>,
    pub income: Answer<IncomeBand>,
    pub work: Answer<WorkSituation>,
    /// `Known(None)`: cares for nobody.
    pub caring: Answer<Option<CaredFor>>,
    pub health: Answer<bool>,
    pub debts: Answer<bool>,
    pub language: Answer<LanguageNeed>,
    /// Lighter help was tried and did not work.
    pub help_tried: Answer<bool>,
}

impl Answers {
    /// The answer slot of `fact`, whatever its type.
    pub fn slot(&self, fact: Fact) -> &dyn Slot {
        match fact {
            Fact::Themes => &self.themes,
            Fact::Safety => &self.safety,
            Fact::Area => &self.area,
            Fact::Age => &self.age,
            Fact::Household => &self.household,
            Fact::ChildAges => &self.child_ages,
            Fact::Income => &self.income,
            Fact::Work => &self.work,
            Fact::Caring => &self.caring,
            Fact::Health => &self.health,
            Fact::Debts => &self.debts,
            Fact::Language => &self.language,
            Fact::HelpTried => &self.help_tried,
        }
    }

    pub fn slot_mut(&mut self, fact: Fact) -> &mut dyn Slot {
        match fact {
            Fact::Themes => &mut self.themes,
            Fact::Safety => &mut self.safety,
            Fact::Area => &mut self.area,
            Fact::Age => &mut self.age,
            Fact::Household => &mut self.household,
            Fact::ChildAges => &mut self.child_ages,
            Fact::Income => &mut self.income,
            Fact::Work => &mut self.work,
            Fact::Caring => &mut self.caring,
            Fact::Health => &mut self.health,
            Fact::Debts => &mut self.debts,
            Fact::Language => &mut self.language,
            Fact::HelpTried => &mut self.help_tried,
        }
    }

    /// Is this fact answered (including "weet ik niet" and "zeg ik liever niet")?
    pub fn is_answered(&self, fact: Fact) -> bool {
        self.slot(fact).is_answered()
    }

    /// Forgets one answer (used when a question stops being relevant).
    pub fn clear(&mut self, fact: Fact) {
        self.slot_mut(fact).clear();
    }

    /// The situations the answers put the resident in.
    pub fn situations(&self) -> BTreeSet<Situation> {
        let mut out = BTreeSet::new();
        if let Some(signals) = self.safety.known() {
            for s in signals {
                out.insert(match s {
                    SafetySignal::AcuutGevaar => Situation::AcuutGevaar,
                    SafetySignal::OnveiligThuis => Situation::OnveiligThuis,
                    SafetySignal::Suicidegedachten => Situation::Suicidegedachten,
                });
            }
        }
        match self.work.known() {
            Some(WorkSituation::Werkend) => out.insert(Situation::Werkend),
            Some(WorkSituation::Werkzoekend) => out.insert(Situation::Werkzoekend),
            Some(WorkSituation::Uitkering) => out.insert(Situation::Uitkering),
            Some(WorkSituation::Gepensioneerd) => out.insert(Situation::Gepensioneerd),
            Some(WorkSituation::Scholier) => out.insert(Situation::Scholier),
            _ => false,
        };
        if matches!(self.caring.known(), Some(Some(_))) {
            out.insert(Situation::Mantelzorger);
        }
        if self.health.known() == Some(&true) {
            out.insert(Situation::Beperking);
        }
        if self.debts.known() == Some(&true) {
            out.insert(Situation::Schulden);
        }
        match self.language.known() {
            Some(LanguageNeed::Taalhulp) => {
                out.insert(Situation::Taalhulp);
            }
            Some(LanguageNeed::Inburgering) => {
                out.insert(Situation::Taalhulp);
                out.insert(Situation::Statushouder);
            }
            _ => {}
        }
        out
    }

    /// Does any answer signal danger or crisis?
    pub fn signals_danger(&self) -> bool {
        self.safety.known().is_some_and(|s| !s.is_empty())
    }
}

// ---------------------------------------------------------------------------
// The share-link encoding: `1~t:geld+werk~a:72~h:alleen~c:ouder`. Version
// first; fields `key:value`; sets joined by `+`; `?` = weet ik niet,
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

fn enc_set<T: Copy>(set: &BTreeSet<T>, code: fn(T) -> &'static str) -> String {
    if set.is_empty() {
        "-".into()
    } else {
        set.iter().map(|&v| code(v)).collect::<Vec<_>>().join("+")
    }
}

fn enc<T>(a: &Answer<T>, f: impl Fn(&T) -> String) -> Option<String> {
    match a {
        Answer::Unanswered => None,
        Answer::Known(v) => Some(f(v)),
        Answer::DontKnow => Some("?".into()),
        Answer::PreferNotToSay => Some("!".into()),
    }
}

fn enc_bool(b: &bool) -> String {
    if *b { "1" } else { "0" }.into()
}

/// Encodes answers for the `#fragment`.
pub fn encode(a: &Answers) -> String {
    let mut parts = vec![ENCODING_VERSION.to_string()];
    let mut push = |fact: Fact, value: Option<String>| {
        if let Some(v) = value {
            parts.push(format!("{}:{v}", fact.key()));
        }
    };
    push(
        Fact::Themes,
        (!a.themes.is_empty()).then(|| enc_set(&a.themes, Theme::code)),
    );
    push(Fact::Safety, enc(&a.safety, |s| enc_set(s, SafetySignal::code)));
    push(Fact::Area, enc(&a.area, |s| s.clone()));
    push(Fact::Age, enc(&a.age, |n| n.to_string()));
    push(Fact::Household, enc(&a.household, |h| h.code().into()));
    push(Fact::ChildAges, enc(&a.child_ages, |s| enc_set(s, ChildAge::code)));
    push(Fact::Income, enc(&a.income, |i| i.code().into()));
    push(Fact::Work, enc(&a.work, |w| w.code().into()));
    push(
        Fact::Caring,
        enc(&a.caring, |c| c.map_or("-".into(), |c| c.code().into())),
    );
    push(Fact::Health, enc(&a.health, enc_bool));
    push(Fact::Debts, enc(&a.debts, enc_bool));
    push(Fact::Language, enc(&a.language, |l| l.code().into()));
    push(Fact::HelpTried, enc(&a.help_tried, enc_bool));
    parts.join("~")
}

fn damaged(detail: impl Into<String>) -> DecodeError {
    DecodeError::Damaged { detail: detail.into() }
}

fn dec<T>(v: &str, f: impl Fn(&str) -> Option<T>, key: &str) -> Result<Answer<T>, DecodeError> {
    match v {
        "?" => Ok(Answer::DontKnow),
        "!" => Ok(Answer::PreferNotToSay),
        _ => f(v)
            .map(Answer::Known)
            .ok_or_else(|| damaged(format!("unknown value “{v}” for “{key}”"))),
    }
}

fn dec_set<T: Ord>(v: &str, from: fn(&str) -> Option<T>) -> Option<BTreeSet<T>> {
    if v == "-" {
        return Some(BTreeSet::new());
    }
    // `+` joins the items, but a code may itself end in `+` (child age
    // "18+"): an empty piece right after an item belongs to that item.
    let mut items: Vec<String> = Vec::new();
    for piece in v.split('+') {
        match items.last_mut() {
            Some(last) if piece.is_empty() && !last.ends_with('+') => last.push('+'),
            _ => items.push(piece.to_string()),
        }
    }
    // Inserted one by one: collecting into a BTreeSet sorts first, and every
    // sort instance costs about 3 KB of wasm.
    let mut set = BTreeSet::new();
    for item in &items {
        set.insert(from(item)?);
    }
    Some(set)
}

fn dec_bool(v: &str) -> Option<bool> {
    match v {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
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
        if !seen.insert(key.to_string()) {
            return Err(damaged(format!("“{key}” appears twice")));
        }
        match key {
            "t" => {
                a.themes = dec_set(v, Theme::from_code)
                    .filter(|t| !t.is_empty())
                    .ok_or_else(|| damaged("themes"))?
            }
            "s" => a.safety = dec(v, |x| dec_set(x, SafetySignal::from_code), key)?,
            "r" => {
                let ok = |x: &str| {
                    (!x.is_empty()
                        && x.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'))
                    .then(|| x.to_string())
                };
                a.area = dec(v, ok, key)?
            }
            "a" => {
                a.age = dec(
                    v,
                    |x| x.parse::<u8>().ok().filter(|n| *n <= 120 && !x.starts_with('+')),
                    key,
                )?
            }
            "h" => a.household = dec(v, Household::from_code, key)?,
            "k" => a.child_ages = dec(v, |x| dec_set(x, ChildAge::from_code), key)?,
            "i" => a.income = dec(v, IncomeBand::from_code, key)?,
            "w" => a.work = dec(v, WorkSituation::from_code, key)?,
            "c" => {
                a.caring = dec(
                    v,
                    |x| {
                        if x == "-" {
                            Some(None)
                        } else {
                            CaredFor::from_code(x).map(Some)
                        }
                    },
                    key,
                )?
            }
            "g" => a.health = dec(v, dec_bool, key)?,
            "d" => a.debts = dec(v, dec_bool, key)?,
            "l" => a.language = dec(v, LanguageNeed::from_code, key)?,
            "x" => a.help_tried = dec(v, dec_bool, key)?,
            other => return Err(damaged(format!("unknown field “{other}”"))),
        }
    }
    Ok(a)
}
