//! Acceptance tests a gemeente owns (feature `maintainer`): residents as data
//! next to the catalogue, `catalogus/<gemeente>.scenarios.json`, each walking
//! the questionnaire with their answers and checked against what they must
//! (and must not) be shown. Run by `catalogue test`, by `tests/scenarios.rs`
//! for every shipped catalogue, and (later) by the maintainers' page in the
//! browser: plain Rust, no files, no web types.
//!
//! # The file
//!
//! ```json
//! {
//!   "catalogus": "heusden",
//!   "toelichting": "Waar deze inwoners vandaan komen (mag weg).",
//!   "inwoners": [
//!     {
//!       "naam": "ouder verloor werk, laag inkomen",
//!       "toelichting": "Waarom dit zo hoort: het beleid, de regeling (mag weg).",
//!       "max_vragen": 14,
//!       "antwoorden": {"themes": ["werk", "geld"], "age": 38, "income": "tot_110"},
//!       "verwacht": {
//!         "begin_hier": ["werkpunt-baanbrekers"],
//!         "toont": ["werkpunt-baanbrekers", "bijstand"],
//!         "toont_niet": ["nl-aio"],
//!         "volgorde": [["werkpunt-baanbrekers", "re-integratie"]],
//!         "past": {"kindpakket": "zeker"},
//!         "open_op": {"meedoenregeling": "income"}
//!       }
//!     }
//!   ]
//! }
//! ```
//!
//! * `catalogus`: the id of the catalogue the file belongs to.
//! * per resident (`inwoners`): `naam` (unique in the file), `toelichting`
//!   (optional: the policy text or reason behind it), `max_vragen` (the most
//!   questions this resident may be asked: a change that makes residents
//!   answer more is noticed), `antwoorden` (an answers file, as for
//!   `catalogue scenario`: `"?"` weet ik niet, `"!"` zeg ik liever niet) and
//!   `verwacht` (optional), with any of:
//!   * `toont` / `toont_niet`: services (ids) that must / must not be suggested;
//!   * `volgorde`: lists of two or more services, all suggested, each after the one before;
//!   * `begin_hier`: the resident's key help, one of these services is in "Begin hier"
//!     (its place in the route is printed in the table);
//!   * `niet_in_begin_hier`: services that must not be in "Begin hier" (they may be
//!     further down the route: help for a condition the resident did not name, a thank-you);
//!   * `eerste`: the first suggestion;
//!   * `directe_hulp`: services suggested once each, as direct help;
//!   * `geen_groep`: route groups with no suggestion at all (`directhulp`, `zelfensamen`,
//!     `voorzieningen`, `inloop`, `regelingen`, `keukentafelgesprek`);
//!   * `past`: per service `"zeker"` (every rule holds) or `"misschien"` (something to check);
//!   * `open_op`: per service a question (or a list) whose open answer makes it "misschien";
//!   * `gevraagd` / `niet_gevraagd`: questions (their names in `antwoorden`) that must /
//!     must not be asked;
//!   * `uiterlijk_op_plaats`: per service its latest place in the route after direct help
//!     (1 = the first after direct help).
//!
//! Every resident also runs the route's general promises: at most
//! `max_vragen` questions, suggestions in route order, a reason for every
//! suggestion, direct help first when danger or an urgent need today is
//! named.
//!
//! A mistake in the file (bad JSON, an unknown field, question, answer,
//! group, service or kern) is a [`ScenarioError`] naming the file, line,
//! resident and field, never a silently passing test.

mod parse;
mod run;
#[cfg(test)]
mod tests;

use std::fmt;

use crate::core::answers::{Answers, Fact};
use crate::core::matching::{Fit, Group};

pub use parse::{is_scenarios, parse, SUFFIX};
pub use run::{check_references, run, Failure, KeyHelp, Report, ResidentReport};

/// A gemeente's scenarios file, read.
#[derive(Clone, Debug)]
pub struct Scenarios {
    /// The file's name, for messages.
    pub file: String,
    /// The id of the catalogue it is for (`catalogus`).
    pub catalogue: String,
    /// Where `catalogus` is in the file.
    catalogue_at: Option<(u32, u32)>,
    pub note: Option<String>,
    pub residents: Vec<Resident>,
    /// Every service and kern the file names, to check against a catalogue.
    refs: Vec<Ref>,
}

impl Scenarios {
    /// How many expectations the file holds (each service in a list, each
    /// pair in a `volgorde`, each `max_vragen`, …), general promises aside.
    pub fn expectations(&self) -> usize {
        self.residents.iter().map(Resident::expectations).sum()
    }
}

/// One resident of a scenarios file.
#[derive(Clone, Debug)]
pub struct Resident {
    pub name: String,
    pub note: Option<String>,
    pub max_questions: usize,
    /// Everything this resident would answer.
    pub answers: Answers,
    pub expect: Expect,
}

impl Resident {
    /// `max_vragen` and every expectation in `verwacht`.
    pub fn expectations(&self) -> usize {
        1 + self.expect.count()
    }
}

/// What a resident must be shown and asked (`verwacht`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expect {
    /// `toont`
    pub shows: Vec<String>,
    /// `toont_niet`
    pub hides: Vec<String>,
    /// `volgorde`: each list in route order.
    pub order: Vec<Vec<String>>,
    /// `begin_hier`: one of these is in "Begin hier".
    pub begin_here: Option<Vec<String>>,
    /// `niet_in_begin_hier`: none of these is in "Begin hier".
    pub not_begin_here: Vec<String>,
    /// `eerste`
    pub first: Option<String>,
    /// `directe_hulp`
    pub direct: Vec<String>,
    /// `geen_groep`
    pub no_group: Vec<Group>,
    /// `past`
    pub fit: Vec<(String, Fit)>,
    /// `open_op`
    pub open_on: Vec<(String, Fact)>,
    /// `gevraagd`
    pub asked: Vec<Fact>,
    /// `niet_gevraagd`
    pub not_asked: Vec<Fact>,
    /// `uiterlijk_op_plaats`
    pub at_most: Vec<(String, usize)>,
}

impl Expect {
    /// The number of separate expectations.
    pub fn count(&self) -> usize {
        self.shows.len()
            + self.hides.len()
            + self.order.iter().map(|o| o.len().saturating_sub(1)).sum::<usize>()
            + usize::from(self.begin_here.is_some())
            + self.not_begin_here.len()
            + usize::from(self.first.is_some())
            + self.direct.len()
            + self.no_group.len()
            + self.fit.len()
            + self.open_on.len()
            + self.asked.len()
            + self.not_asked.len()
            + self.at_most.len()
    }
}

/// A service or kern a scenarios file names, with where.
#[derive(Clone, Debug)]
struct Ref {
    kind: RefKind,
    id: String,
    /// Index of the resident.
    resident: usize,
    /// Its field inside the resident, such as `verwacht.toont[2]`.
    field: String,
    at: Option<(u32, u32)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RefKind {
    Service,
    Area,
}

/// A mistake in a scenarios file, as a maintainer fixes it: the file, line
/// and column, the resident, the field and a Dutch sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// The resident's number in the file (1 = the first) and name, when the
    /// mistake is inside one (the name is empty when it has none yet).
    pub resident: Option<(usize, String)>,
    /// The field, inside the resident (`verwacht.toont[2]`) or the file
    /// (`inwoners`); empty for the whole file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.file)?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, "{l}:{c}:")?;
        }
        f.write_str(" fout: ")?;
        match &self.resident {
            Some((n, name)) if name.is_empty() => write!(f, "inwoner {n}, ")?,
            Some((n, name)) => write!(f, "inwoner {n} “{name}”, ")?,
            None => {}
        }
        if !self.field.is_empty() {
            write!(f, "veld “{}”: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ScenarioError {}

/// The name of a route group in a scenarios file (its slug).
pub fn group_name(g: Group) -> &'static str {
    g.slug()
}

/// The name of a fit in a scenarios file.
pub fn fit_name(f: Fit) -> &'static str {
    match f {
        Fit::Eligible => "zeker",
        Fit::Possibly => "misschien",
    }
}
