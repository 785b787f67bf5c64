//! Matching every service against the answers, with reasons, and putting the
//! suggestions in the route order of the sociale routekaart.

use crate::core::answers::Fact;
use crate::core::catalogue::{Kind, Service, Text};
use crate::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
use crate::core::relevance::Score;

mod areas;
mod rules;
mod suggest;
#[cfg(test)]
mod tests;

pub use areas::{location_areas, Fnv, LocationAreas};
pub(crate) use rules::situation_reason;
pub use rules::{contradicted, near_misses, rules_out, NearMiss, RuledOut};
pub use suggest::{group_for, is_open_to_everyone, is_urgent, suggest, suggest_with, unmet_urgent_needs};

/// The six groups of the route, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    DirectHulp,
    ZelfEnSamen,
    Voorzieningen,
    Inloop,
    Regelingen,
    Keukentafelgesprek,
}

impl Group {
    /// The name used in CSS classes and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            Group::DirectHulp => "directhulp",
            Group::ZelfEnSamen => "zelfensamen",
            Group::Voorzieningen => "voorzieningen",
            Group::Inloop => "inloop",
            Group::Regelingen => "regelingen",
            Group::Keukentafelgesprek => "keukentafelgesprek",
        }
    }

    pub const ALL: [Group; 6] = [
        Group::DirectHulp,
        Group::ZelfEnSamen,
        Group::Voorzieningen,
        Group::Inloop,
        Group::Regelingen,
        Group::Keukentafelgesprek,
    ];

    pub fn of(kind: Kind) -> Group {
        match kind {
            Kind::DirectHulp => Group::DirectHulp,
            Kind::ZelfEnSamen => Group::ZelfEnSamen,
            Kind::Voorziening => Group::Voorzieningen,
            Kind::Inloop => Group::Inloop,
            Kind::Regeling => Group::Regelingen,
            Kind::Loket => Group::Keukentafelgesprek,
        }
    }
}

/// How sure the app is that a suggestion fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Every rule holds and nothing is left to check.
    Eligible,
    /// Some fact is unknown, or there are conditions the app cannot check.
    Possibly,
}

/// Why something is suggested, in terms of the resident's own answers.
/// Borrows catalogue texts, so they are shown in the resident's language
/// and never copied while matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason<'a> {
    AsksHelpWith(Vec<Theme>),
    InSituation(Situation),
    CaresFor(CaredFor),
    Age {
        age: u8,
        min: Option<u8>,
        max: Option<u8>,
    },
    Household(Household),
    Children(Vec<ChildAge>),
    IncomeBelow {
        band: IncomeBand,
        limit: u16,
    },
    InYourArea(String),
    /// Vrij toegankelijk and for everyone (see [`is_open_to_everyone`]).
    OpenToEveryone,
    /// Vrij toegankelijk, but not for everyone (rules, situations or
    /// conditions): "U hoeft hiervoor niets aan te vragen", without "iedereen".
    NoApplication,
    Danger(Situation),
    ManyLifeAreas(usize),
    LighterHelpDidNotWork,
    /// A suggested service (by name) needs a decision of the gemeente.
    NeedsDecision(&'a Text),
    /// What the resident told about themselves, for "Wat u ons vertelde"
    /// and the printed sheet ([`crate::core::explain::you_said`]).
    YourAge(u8),
    YouLiveIn(String),
}

/// What is still open for a "possibly" suggestion. Borrows the catalogue's
/// words: matching 10,000 services must not copy their texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open<'a> {
    /// A question was not answered (or "weet ik niet" / "zeg ik liever niet").
    Unknown(Fact),
    /// The income band straddles the limit.
    IncomeNearLimit { limit: u16 },
    /// A condition the app cannot check, in the catalogue's words.
    Unchecked(&'a Text),
}

/// One suggestion on the route.
#[derive(Clone, Debug)]
pub struct Suggestion<'a> {
    pub service: &'a Service,
    pub group: Group,
    pub fit: Fit,
    pub reasons: Vec<Reason<'a>>,
    pub open: Vec<Open<'a>>,
    /// What links it to the resident's answers (see `core::relevance`).
    pub score: Score,
    /// `score.value()`, kept for sorting: higher is more relevant.
    pub relevance: i32,
    /// A location, service area or area rule is in the resident's kern/wijk.
    pub near: bool,
}

impl<'a> Suggestion<'a> {
    /// A service in a list without answers ("Alle hulp"): its route group
    /// by its kind, no reasons and nothing still to check.
    pub fn listed(service: &'a Service) -> Self {
        Suggestion {
            service,
            group: Group::of(service.kind),
            fit: Fit::Possibly,
            reasons: Vec::new(),
            open: Vec::new(),
            score: Score::default(),
            relevance: 0,
            near: false,
        }
    }
}

#[cfg(test)]
impl<'a> Suggestion<'a> {
    /// An eligible suggestion with no reasons yet, for the tests of what is
    /// built on suggestions (promises, relevance).
    pub(crate) fn for_test(service: &'a Service, group: Group, score: Score) -> Self {
        Suggestion {
            service,
            group,
            fit: Fit::Eligible,
            reasons: Vec::new(),
            open: Vec::new(),
            score,
            relevance: score.value(),
            near: score.near,
        }
    }
}
