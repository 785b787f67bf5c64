//! The eligibility rules: evaluating one service's rules against the
//! answers (what holds, what is open, what rules it out), and the near
//! misses ("Waarom niet?"); apart from the route order.

use std::collections::BTreeSet;

use super::suggest::group_in;
use super::{Group, Open, Reason};
use crate::core::answers::{Answers, Fact, WorkSituation};
use crate::core::catalogue::{Catalogue, Eligibility, Kind, Service, Status};
use crate::core::facts::{ChildAge, Household, Situation, Theme};

/// The outcome of evaluating one service's rules: what holds, what is
/// still open, and which answers break a rule (none for a fit). Evaluation
/// goes on after a broken rule, so "Waarom niet?" can tell a service one
/// answer left out from one that several did.
pub(super) struct Outcome<'a> {
    pub(super) met: Vec<Reason<'a>>,
    pub(super) open: Vec<Open<'a>>,
    pub(super) failed: Vec<RuledOut>,
}

/// The one answer that left a service out (see [`near_misses`]): which
/// rule it broke, with what the sentence needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuledOut {
    /// The age is outside the rule's range.
    Age { age: u8, min: Option<u8>, max: Option<u8> },
    /// The household is not one the rule names.
    Household(Household),
    /// The rule is for children of some ages, and the household has none.
    NoChildren(Household),
    /// There are children, none of the ages the rule names.
    ChildAges,
    /// The income band lies wholly above the limit (a percentage of the
    /// social minimum; the sentence does not show it).
    Income { limit: u16 },
    /// The resident lives in another kern or wijk.
    Area,
    /// The service is (especially or only) for a situation the answers
    /// rule out.
    Situation(Situation),
}

impl RuledOut {
    /// The question whose answer ruled it out: where the resident changes it.
    pub fn fact(self) -> Fact {
        match self {
            RuledOut::Age { .. } => Fact::Age,
            RuledOut::Household(_) | RuledOut::NoChildren(_) => Fact::Household,
            RuledOut::ChildAges => Fact::ChildAges,
            RuledOut::Income { .. } => Fact::Income,
            RuledOut::Area => Fact::Area,
            RuledOut::Situation(s) => Fact::producing(s),
        }
    }
}

/// Adds a broken rule, once per answer: two rules one answer breaks (a
/// household rule and a child-age rule after "Alleen") are one answer to
/// change.
fn rule_out(failed: &mut Vec<RuledOut>, r: RuledOut) {
    if !failed.iter().any(|f| f.fact() == r.fact()) {
        failed.push(r);
    }
}

/// A set of situations or life areas as bits: the match loop tests a
/// service's codes with a shift, not a search in a `BTreeSet` (in the
/// browser those searches were a fifth of matching a big catalogue).
#[derive(Clone, Copy)]
pub(super) struct Bits<T>(u128, std::marker::PhantomData<T>);

// Every code has a bit (the variants' discriminants are their places in `ALL`).
const _: () = assert!(Situation::ALL.len() <= 128 && Theme::ALL.len() <= 128);

/// A code's bit in [`Bits`].
pub(super) trait Bit: Copy {
    fn bit(self) -> u32;
}

impl Bit for Situation {
    fn bit(self) -> u32 {
        self as u32
    }
}

impl Bit for Theme {
    fn bit(self) -> u32 {
        self as u32
    }
}

impl<T: Bit> Bits<T> {
    pub(super) fn of(set: &BTreeSet<T>) -> Self {
        Bits(set.iter().fold(0, |m, &x| m | 1 << x.bit()), std::marker::PhantomData)
    }

    pub(super) fn contains(&self, x: &T) -> bool {
        self.0 >> x.bit() & 1 == 1
    }
}

/// Evaluates the typed eligibility rules.
pub(super) fn evaluate<'a>(e: &Eligibility, a: &Answers, situations: &Bits<Situation>, cat: &Catalogue) -> Outcome<'a> {
    let mut met = Vec::new();
    let mut open = Vec::new();
    let mut failed = Vec::new();
    let unknown = |fact| Open::Unknown(fact);

    if e.minimum_age.is_some() || e.maximum_age.is_some() {
        match a.age.known() {
            Some(&age) => {
                let (min, max) = (e.minimum_age, e.maximum_age);
                if min.is_some_and(|m| age < m) || max.is_some_and(|m| age > m) {
                    rule_out(&mut failed, RuledOut::Age { age, min, max });
                } else {
                    met.push(Reason::Age { age, min, max });
                }
            }
            None => open.push(unknown(Fact::Age)),
        }
    }
    if !e.households.is_empty() {
        match a.household.known() {
            Some(h) if e.households.contains(h) => met.push(Reason::Household(*h)),
            Some(h) => rule_out(&mut failed, RuledOut::Household(*h)),
            None => open.push(unknown(Fact::Household)),
        }
    }
    if !e.child_ages.is_empty() {
        match (a.child_ages.known(), a.household.known()) {
            (Some(kids), _) => {
                let hit: Vec<ChildAge> = kids.iter().copied().filter(|k| e.child_ages.contains(k)).collect();
                if hit.is_empty() {
                    rule_out(&mut failed, RuledOut::ChildAges);
                } else {
                    met.push(Reason::Children(hit));
                }
            }
            (None, Some(h)) if !h.has_children() => rule_out(&mut failed, RuledOut::NoChildren(*h)),
            _ => open.push(unknown(Fact::ChildAges)),
        }
    }
    if let Some(limit) = e.income_max_percent {
        match a.income.known() {
            Some(&band) => {
                let (lower, upper) = band.bounds();
                if lower >= limit {
                    rule_out(&mut failed, RuledOut::Income { limit });
                } else if upper.is_some_and(|u| u <= limit) {
                    met.push(Reason::IncomeBelow { band, limit });
                } else {
                    open.push(Open::IncomeNearLimit { limit });
                }
            }
            None => open.push(unknown(Fact::Income)),
        }
    }
    if !e.areas.is_empty() {
        match a.area.known() {
            Some(area) if e.areas.contains(area) => {
                met.push(Reason::InYourArea(cat.area_name(area).unwrap_or(area).to_string()))
            }
            Some(_) => rule_out(&mut failed, RuledOut::Area),
            None => open.push(unknown(Fact::Area)),
        }
    }
    if !e.situations.is_empty() {
        if let Some(s) = e.situations.iter().find(|s| situations.contains(s)) {
            met.push(situation_reason(*s, a));
        } else {
            // Inserted one by one: collecting would add a sort to the wasm.
            let mut facts = BTreeSet::new();
            for &s in &e.situations {
                facts.insert(Fact::producing(s));
            }
            if facts.iter().all(|&f| a.is_answered(f) && !is_vague(a, f)) {
                // One broken rule per question: a rule for mantelzorgers or
                // people with debts needs two answers changed, not one.
                for &s in &e.situations {
                    rule_out(&mut failed, RuledOut::Situation(s));
                }
            } else {
                open.extend(
                    facts
                        .into_iter()
                        .filter(|&f| !a.is_answered(f) || is_vague(a, f))
                        .map(unknown),
                );
            }
        }
    }
    Outcome { met, open, failed }
}

/// The answers rule this situation out: the question that produces it was
/// answered plainly (not "weet ik niet" or "zeg ik liever niet") and the
/// resident is not in it ("Heeft u schulden?" "Nee").
pub fn rules_out(a: &Answers, situations: &BTreeSet<Situation>, x: Situation) -> bool {
    rules_out_in(a, &Bits::of(situations), x)
}

fn rules_out_in(a: &Answers, situations: &Bits<Situation>, x: Situation) -> bool {
    let fact = Fact::producing(x);
    // "Iets anders" as work says what the resident does not do, not that
    // they want no work: it rules nothing out.
    let other_work = fact == Fact::Work && a.work.known() == Some(&WorkSituation::Anders);
    // Naming one topic (lhbtiq+) does not say another (discrimination) is
    // no concern: only "geen van deze" rules topics out.
    let other_topic = fact == Fact::Topics && a.topics.known().is_some_and(|t| !t.is_empty());
    !situations.contains(&x) && a.is_answered(fact) && !is_vague(a, fact) && !other_work && !other_topic
}

/// A service especially for situations the resident's answers all rule
/// out (schuldhulp after "geen schulden", a mantelzorgcafé for someone who
/// cares for nobody) does not fit, though it shares a life area: it stays
/// in "Alle hulp" but is no suggestion. The situation that ruled it out.
pub fn contradicted(s: &Service, a: &Answers, situations: &BTreeSet<Situation>) -> Option<Situation> {
    contradicted_in(s, a, &Bits::of(situations))
}

pub(super) fn contradicted_in(s: &Service, a: &Answers, situations: &Bits<Situation>) -> Option<Situation> {
    if s.situations.is_empty() || !s.situations.iter().all(|&x| rules_out_in(a, situations, x)) {
        return None;
    }
    s.situations.first().copied()
}

/// Answered with "weet ik niet" or "zeg ik liever niet".
fn is_vague(a: &Answers, fact: Fact) -> bool {
    a.slot(fact).is_vague()
}

pub(crate) fn situation_reason(s: Situation, a: &Answers) -> Reason<'static> {
    match (s, a.caring.known()) {
        (Situation::Mantelzorger, Some(Some(who))) => Reason::CaresFor(*who),
        (Situation::AcuutGevaar | Situation::OnveiligThuis | Situation::Suicidegedachten, _) => Reason::Danger(s),
        _ => Reason::InSituation(s),
    }
}

/// A service that nearly fitted: one answer left it out ("Waarom niet?").
#[derive(Clone, Copy, Debug)]
pub struct NearMiss<'a> {
    pub service: &'a Service,
    pub ruled_out: RuledOut,
}

/// The services that share a life area the resident chose and that one
/// answer alone left out of the suggestions: one eligibility rule broken
/// while every other holds or is open, or only its situations ruled out
/// ([`contradicted`]). So a resident can see the answer and change it if
/// it was a mistake. Not lokets, not direct help (they come from other
/// answers than a life area). In route order, each group in catalogue
/// order; one pass over the catalogue, without a sort.
pub fn near_misses<'a>(cat: &'a Catalogue, a: &Answers) -> Vec<NearMiss<'a>> {
    let situations = Bits::of(&a.situations());
    let themes = Bits::of(&a.themes);
    let mut by_group: [Vec<NearMiss<'a>>; Group::ALL.len()] = Default::default();
    for s in cat.services.iter().filter(|s| s.status == Status::Active) {
        let group = group_in(s, &situations);
        if matches!(group, Group::DirectHulp | Group::Keukentafelgesprek)
            || s.kind == Kind::DirectHulp
            || !s.themes.iter().any(|t| themes.contains(t))
        {
            continue;
        }
        let mut failed = evaluate(&s.eligibility, a, &situations, cat).failed;
        if contradicted_in(s, a, &situations).is_some() {
            for &x in &s.situations {
                rule_out(&mut failed, RuledOut::Situation(x));
            }
        }
        if let [ruled_out] = failed[..] {
            by_group[group as usize].push(NearMiss { service: s, ruled_out });
        }
    }
    by_group.into_iter().flatten().collect()
}
