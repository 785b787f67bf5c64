//! Matching every service against the answers, with reasons, and putting the
//! suggestions in the route order of the sociale routekaart.

use std::collections::BTreeSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::core::answers::{Answers, Fact, WorkSituation};
use crate::core::catalogue::{Access, Catalogue, Eligibility, Kind, Service, Status, Text};
use crate::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
use crate::core::relevance::Score;

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

/// The outcome of evaluating one service's rules: what holds, what is
/// still open, and which answers break a rule (none for a fit). Evaluation
/// goes on after a broken rule, so "Waarom niet?" can tell a service one
/// answer left out from one that several did.
struct Outcome<'a> {
    met: Vec<Reason<'a>>,
    open: Vec<Open<'a>>,
    failed: Vec<RuledOut>,
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
struct Bits<T>(u128, std::marker::PhantomData<T>);

// Every code has a bit (the variants' discriminants are their places in `ALL`).
const _: () = assert!(Situation::ALL.len() <= 128 && Theme::ALL.len() <= 128);

/// A code's bit in [`Bits`].
trait Bit: Copy {
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
    fn of(set: &BTreeSet<T>) -> Self {
        Bits(set.iter().fold(0, |m, &x| m | 1 << x.bit()), std::marker::PhantomData)
    }

    fn contains(&self, x: &T) -> bool {
        self.0 >> x.bit() & 1 == 1
    }
}

/// Evaluates the typed eligibility rules.
fn evaluate<'a>(e: &Eligibility, a: &Answers, situations: &Bits<Situation>, cat: &Catalogue) -> Outcome<'a> {
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

fn contradicted_in(s: &Service, a: &Answers, situations: &Bits<Situation>) -> Option<Situation> {
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

/// Location id → the kern/wijk it is in. Built once per match, so matching
/// stays linear in the number of services.
pub type LocationAreas<'a> = std::collections::HashMap<&'a str, &'a str, BuildHasherDefault<Fnv>>;

/// FNV-1a: a catalogue's location ids are short and come from the
/// gemeente, so a keyed hash (std's SipHash, a fifth of a big catalogue's
/// match) buys nothing here. No crate for eight lines.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub fn location_areas(cat: &Catalogue) -> LocationAreas<'_> {
    cat.locations
        .iter()
        .filter_map(|l| Some((l.id.as_str(), l.area.as_deref()?)))
        .collect()
}

/// Is the service (or a place it is offered) in the resident's kern/wijk?
fn is_near(s: &Service, a: &Answers, areas: &LocationAreas) -> bool {
    let Some(area) = a.area.known() else { return false };
    s.service_areas.contains(area)
        || s.eligibility.areas.contains(area)
        || s.service_at_locations
            .iter()
            .any(|sal| areas.get(sal.location_id.as_str()) == Some(&area.as_str()))
}

/// Offered only in other kernen/wijken than the resident's (known) one.
fn is_elsewhere(s: &Service, a: &Answers, areas: &LocationAreas) -> bool {
    a.area.known().is_some()
        && (!s.service_areas.is_empty()
            || !s.eligibility.areas.is_empty()
            || s.service_at_locations
                .iter()
                .any(|sal| areas.contains_key(sal.location_id.as_str())))
}

/// The oldest age of help for young people (jongerenwerk is for 12 to 23).
const YOUTH_UP_TO: u8 = 23;

/// Is the service for a condition or group (`Situation::is_group`, young
/// people, parents of children of some ages), and did the resident's
/// answers name every one it is for: one of its group situations, their
/// age in its band, their children's ages? `met`: the rules the answers
/// meet. Such help is only key help ("Begin hier") when named. A service
/// is for a group when its rules are only for groups, or when the first
/// situation it is especially for (its main one, as a catalogue lists
/// them) is a group: a dementia meeting centre also welcomes carers, but a
/// taalcafé for everyone learning Dutch is no help for a group because it
/// also names statushouders.
fn for_group(s: &Service, situations: &Bits<Situation>, met: &[Reason<'_>]) -> (bool, bool) {
    let required = &s.eligibility.situations;
    let by_situation = (!required.is_empty() && required.iter().all(|x| x.is_group()))
        || s.situations.first().is_some_and(|x| x.is_group());
    let situation_named = named_situations(s).any(|x| x.is_group() && situations.contains(&x));
    let youth = s.eligibility.maximum_age.is_some_and(|m| m <= YOUTH_UP_TO);
    let age_named = met.iter().any(|r| matches!(r, Reason::Age { .. }));
    let children = !s.eligibility.child_ages.is_empty();
    let children_named = met.iter().any(|r| matches!(r, Reason::Children(_)));
    let for_group = by_situation || youth || children;
    let named = (!by_situation || situation_named) && (!youth || age_named) && (!children || children_named);
    (for_group, named)
}

/// Meant for every kern/wijk alike: being in one says nothing particular.
fn everywhere(s: &Service, cat: &Catalogue) -> bool {
    !cat.areas.is_empty() && s.service_areas.len() >= cat.areas.len()
}

/// What the resident mainly does: everyone is in one of these, so a match
/// counts as a rule met rather than a situation of need.
fn is_work_situation(s: Situation) -> bool {
    matches!(
        s,
        Situation::Werkend
            | Situation::Werkzoekend
            | Situation::Uitkering
            | Situation::Gepensioneerd
            | Situation::Scholier
    )
}

/// An urgent need for today or tonight (the question `Fact::Urgent`).
pub fn is_urgent(s: Situation) -> bool {
    matches!(
        s,
        Situation::GeenSlaapplek | Situation::GeenEten | Situation::GeenEnergie | Situation::Uitzetting
    )
}

/// The first urgent need of the resident's that the service names (as a
/// rule or as a situation it is especially for): then it is direct help.
fn urgent_need(s: &Service, situations: &Bits<Situation>) -> Option<Situation> {
    named_situations(s).find(|&x| is_urgent(x) && situations.contains(&x))
}

/// The situations a service names, as a rule or as one it is especially for.
fn named_situations(s: &Service) -> impl Iterator<Item = Situation> + '_ {
    s.eligibility.situations.iter().chain(&s.situations).copied()
}

/// The urgent needs the resident named that no suggestion meets as direct
/// help: the results say so plainly, rather than leave the need unanswered.
pub fn unmet_urgent_needs(a: &Answers, sugs: &[Suggestion<'_>]) -> Vec<Situation> {
    a.situations()
        .into_iter()
        .filter(|&need| is_urgent(need))
        .filter(|&need| {
            !sugs
                .iter()
                .any(|s| s.group == Group::DirectHulp && named_situations(s.service).any(|x| x == need))
        })
        .collect()
}

/// The route group of a service for a resident in these situations: its
/// kind's group, or direct help when it is for an urgent need the resident
/// names. With no answers (`&BTreeSet::new()`: the "Alle hulp" list,
/// `core::search`) that is always its kind's group.
pub fn group_for(s: &Service, situations: &BTreeSet<Situation>) -> Group {
    group_in(s, &Bits::of(situations))
}

fn group_in(s: &Service, situations: &Bits<Situation>) -> Group {
    if urgent_need(s, situations).is_some() {
        Group::DirectHulp
    } else {
        Group::of(s.kind)
    }
}

/// May the app say "Iedereen is welkom" of this service? Only when it is
/// vrij toegankelijk and has no eligibility rules, no situations it is only
/// for, and no conditions in words. (A dementia centre or a service for
/// statushouders is open without application, but not to everyone.)
pub fn is_open_to_everyone(s: &Service) -> bool {
    s.access == Access::VrijToegankelijk && s.eligibility == Eligibility::default() && s.unchecked_conditions.is_empty()
}

/// A count for the score's 8-bit fields: a catalogue may list a code
/// hundreds of times (the browser reads it), so it stops at 255 rather than
/// wrap round.
fn count(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
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

/// Suggestions for these answers, in route order.
pub fn suggest<'a>(cat: &'a Catalogue, a: &Answers) -> Vec<Suggestion<'a>> {
    suggest_with(cat, a, &location_areas(cat))
}

/// [`suggest`] with the location index already built, for callers that match
/// many times against one catalogue (the questionnaire's plan).
pub fn suggest_with<'a>(cat: &'a Catalogue, a: &Answers, areas: &LocationAreas) -> Vec<Suggestion<'a>> {
    let in_situations = a.situations();
    // Most residents name no urgent need: then no service needs looking at for one.
    let any_urgent = in_situations.iter().any(|&x| is_urgent(x));
    let situations = Bits::of(&in_situations);
    let themes_asked = Bits::of(&a.themes);
    let mut out: Vec<Suggestion<'a>> = Vec::new();
    let mut loket: Vec<&'a Service> = Vec::new();

    for s in cat.services.iter().filter(|s| s.status == Status::Active) {
        // A service for an urgent need the resident names (no place to sleep
        // tonight, no food today) is direct help, whatever its kind, and comes
        // whatever life areas were chosen. It is still one suggestion: only
        // its group changes (as `group_for` says).
        let urgent = if any_urgent { urgent_need(s, &situations) } else { None };
        let group = if urgent.is_some() {
            Group::DirectHulp
        } else {
            Group::of(s.kind)
        };
        if group == Group::Keukentafelgesprek {
            loket.push(s);
            continue;
        }
        // Direct help comes from a danger signal or an urgent need, never from
        // a theme alone. (Checked before collecting: most services of a big
        // catalogue stop here.)
        if group != Group::DirectHulp && !s.themes.iter().any(|t| themes_asked.contains(t)) {
            continue;
        }
        if s.kind == Kind::DirectHulp && !s.eligibility.situations.iter().any(|x| situations.contains(x)) {
            continue;
        }
        let Outcome { met, mut open, failed } = evaluate(&s.eligibility, a, &situations, cat);
        if !failed.is_empty() {
            continue;
        }
        if contradicted_in(s, a, &situations).is_some() {
            continue;
        }
        open.extend(s.unchecked_conditions.iter().map(Open::Unchecked));

        let themes: Vec<Theme> = s.themes.iter().copied().filter(|t| themes_asked.contains(t)).collect();
        let mut score = Score {
            themes: count(themes.len()),
            themes_listed: count(s.themes.len()),
            beschikking: s.access == Access::Beschikking,
            priority: s.priority,
            ..Score::default()
        };
        let mut reasons = Vec::new();
        if !themes.is_empty() && group != Group::DirectHulp {
            reasons.push(Reason::AsksHelpWith(themes));
        }
        let boosters = s
            .situations
            .iter()
            .copied()
            .filter(|x| situations.contains(x) && !s.eligibility.situations.contains(x));
        reasons.extend(boosters.map(|x| situation_reason(x, a)));
        let required = &s.eligibility.situations;
        let named = required
            .iter()
            .chain(s.situations.iter().filter(|x| !required.contains(x)));
        let mut in_named = false;
        for &x in named {
            score.situations_listed = score.situations_listed.saturating_add(1);
            if situations.contains(&x) {
                in_named = true;
                if is_work_situation(x) {
                    score.rules = score.rules.saturating_add(1);
                } else {
                    score.situations = score.situations.saturating_add(1);
                }
            }
        }
        score.only_for = required.len() == 1 && situations.contains(&required[0]);
        (score.for_group, score.group_named) = for_group(s, &situations, &met);
        for r in &met {
            match r {
                Reason::Age { min, max, .. } => score.age_rule(*min, *max),
                Reason::Household(_) | Reason::Children(_) | Reason::IncomeBelow { .. } | Reason::InYourArea(_) => {
                    score.rules = score.rules.saturating_add(1)
                }
                _ => {} // the required situation, counted above
            }
        }
        reasons.extend(met);
        // The urgent need is the first thing the card says.
        if let Some(need) = urgent {
            match reasons.iter().position(|r| *r == Reason::InSituation(need)) {
                Some(at) => reasons[..=at].rotate_right(1),
                None => reasons.insert(0, Reason::InSituation(need)),
            }
        }
        let near = is_near(s, a, areas);
        // A place in the resident's kern that is meant for people in other
        // situations (a taalcafé for someone who speaks Dutch) is no match.
        score.near = near && !everywhere(s, cat) && (score.situations_listed == 0 || in_named);
        score.walk_in = group == Group::Inloop;
        score.elsewhere = score.walk_in && !near && is_elsewhere(s, a, areas);
        if near && !reasons.iter().any(|r| matches!(r, Reason::InYourArea(_))) {
            if let Some(area) = a.area.known() {
                reasons.push(Reason::InYourArea(cat.area_name(area).unwrap_or(area).to_string()));
            }
        }
        if s.access == Access::VrijToegankelijk && group != Group::DirectHulp {
            // "Iedereen is welkom" only where it holds: no rules, no
            // situations it is only for, no conditions in words.
            reasons.push(if is_open_to_everyone(s) {
                Reason::OpenToEveryone
            } else {
                Reason::NoApplication
            });
        }
        let fit = if open.is_empty() { Fit::Eligible } else { Fit::Possibly };
        out.push(Suggestion {
            service: s,
            group,
            fit,
            reasons,
            open,
            score,
            relevance: score.value(),
            near,
        });
    }

    // The keukentafelgesprek: when needs span several life areas, when
    // lighter help did not work, or when a suggestion needs a decision.
    let mut loket_reasons = Vec::new();
    let mut loket_score = Score::default();
    if a.themes.len() >= 3 {
        loket_reasons.push(Reason::ManyLifeAreas(a.themes.len()));
        loket_score.many_life_areas = true;
    }
    if a.help_tried.known() == Some(&true) {
        loket_reasons.push(Reason::LighterHelpDidNotWork);
        loket_score.help_tried = true;
    }
    for sug in &out {
        if sug.service.access == Access::Beschikking {
            loket_reasons.push(Reason::NeedsDecision(&sug.service.name));
            loket_score.decision = true;
        }
    }
    if !loket_reasons.is_empty() {
        for s in loket {
            let themes: Vec<Theme> = s.themes.iter().copied().filter(|t| themes_asked.contains(t)).collect();
            // A loket for other life areas (say, complex youth problems) is not this resident's way in.
            if (themes.is_empty() && !s.themes.is_empty()) || contradicted_in(s, a, &situations).is_some() {
                continue;
            }
            let score = Score {
                themes: count(themes.len()),
                themes_listed: count(s.themes.len()),
                // The keukentafelgesprek is one conversation wherever it is
                // held: its place does not make it a match.
                priority: s.priority,
                ..loket_score
            };
            // Built in order, not cloned then shifted: a big catalogue has
            // many lokets, each with every decision.
            let mut reasons = Vec::with_capacity(loket_reasons.len() + 1);
            if !themes.is_empty() {
                reasons.push(Reason::AsksHelpWith(themes));
            }
            reasons.extend_from_slice(&loket_reasons);
            let near = is_near(s, a, areas);
            let open = s.unchecked_conditions.iter().map(Open::Unchecked).collect::<Vec<_>>();
            let fit = if open.is_empty() { Fit::Eligible } else { Fit::Possibly };
            out.push(Suggestion {
                service: s,
                group: Group::Keukentafelgesprek,
                fit,
                reasons,
                open,
                score,
                relevance: score.value(),
                near,
            });
        }
    }

    // The one sort in the resident's wasm: route group, then generic
    // (theme-only, broad) last, then relevance (see `core::relevance`).
    // Stable; each key is computed once and the suggestions are moved once.
    #[allow(clippy::disallowed_methods)]
    out.sort_by_cached_key(|x| {
        (
            x.group,
            x.score.is_generic(),
            std::cmp::Reverse(x.relevance),
            std::cmp::Reverse(x.near),
            x.fit,
            x.service.id.as_str(),
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{Answer, UrgentNeed};
    use crate::core::facts::{ChildAge, Household, IncomeBand, Theme};

    #[test]
    fn bits_hold_the_same_codes_as_the_set() {
        for skip in 1..5 {
            let situations: BTreeSet<Situation> = Situation::ALL.iter().copied().step_by(skip).collect();
            let themes: BTreeSet<Theme> = Theme::ALL.iter().copied().skip(skip - 1).step_by(skip).collect();
            let (s, t) = (Bits::of(&situations), Bits::of(&themes));
            for x in Situation::ALL {
                assert_eq!(s.contains(x), situations.contains(x), "{x:?}");
            }
            for x in Theme::ALL {
                assert_eq!(t.contains(x), themes.contains(x), "{x:?}");
            }
        }
    }

    #[test]
    fn an_urgent_need_no_service_meets_is_named_not_dropped() {
        let mut national = crate::core::shipped::catalogue("landelijk");
        let heusden = crate::core::shipped::heusden();
        let mut a = Answers::default();
        a.themes.insert(crate::core::facts::Theme::Geld);
        a.urgent = Answer::Known(BTreeSet::from([UrgentNeed::GeenEten, UrgentNeed::GeenEnergie]));
        // The national card on a cut-off of energy or water meets "no
        // heating, electricity or water".
        let with_card = heusden.clone().merged_with(&national);
        assert!(unmet_urgent_needs(&a, &suggest(&with_card, &a)).is_empty());
        // Without it, nothing meets that need; the national voedselbank
        // entry still meets "no food".
        national.services.retain(|s| s.id != "nl-afsluiting-energie-water");
        let cat = heusden.merged_with(&national);
        let sugs = suggest(&cat, &a);
        assert!(sugs.iter().any(|s| s.group == Group::DirectHulp));
        assert_eq!(unmet_urgent_needs(&a, &sugs), vec![Situation::GeenEnergie]);
        a.urgent = Answer::Known(BTreeSet::new());
        assert!(unmet_urgent_needs(&a, &suggest(&cat, &a)).is_empty());
    }

    /// A small catalogue about money: each service has the rules given.
    fn money(services: &[(&str, &str, serde_json::Value)]) -> Catalogue {
        let services: Vec<serde_json::Value> = services
            .iter()
            .map(|(id, kind, extra)| {
                let mut s = serde_json::json!({
                    "id": id, "name": {"nl": id}, "kind": kind, "access": "aanmelden",
                    "description": {"nl": id}, "themes": ["geld"],
                });
                for (k, v) in extra.as_object().unwrap() {
                    s[k] = v.clone();
                }
                s
            })
            .collect();
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "id": "t", "name": "T", "scope": "gemeente", "services": services,
        }))
        .unwrap()
    }

    fn ruled_out<'a>(misses: &[NearMiss<'a>]) -> Vec<(&'a str, RuledOut)> {
        misses.iter().map(|m| (m.service.id.as_str(), m.ruled_out)).collect()
    }

    #[test]
    fn waarom_niet_names_the_one_answer_that_left_a_service_out() {
        use serde_json::json;
        let cat = money(&[
            ("fits", "regeling", json!({"eligibility": {"minimum_age": 18}})),
            ("seniors", "regeling", json!({"eligibility": {"minimum_age": 66}})),
            (
                "young",
                "voorziening",
                json!({"eligibility": {"minimum_age": 18, "maximum_age": 27}}),
            ),
            (
                "minima",
                "regeling",
                json!({"eligibility": {"income_max_percent": 120}}),
            ),
            ("schuldhulp", "voorziening", json!({"situations": ["schulden"]})),
            // Too old and too rich: two answers, so no near miss.
            (
                "both",
                "regeling",
                json!({"eligibility": {"minimum_age": 66, "income_max_percent": 120}}),
            ),
            // Not a life area the resident chose.
            (
                "other",
                "regeling",
                json!({"themes": ["wonen"], "eligibility": {"minimum_age": 66}}),
            ),
            // Lokets and direct help come from other answers than a life area.
            ("loket", "loket", json!({"eligibility": {"minimum_age": 66}})),
            (
                "crisis",
                "direct_hulp",
                json!({"eligibility": {"situations": ["schulden"]}}),
            ),
            // The household and child-age rules both fail on one answer.
            (
                "gezin",
                "regeling",
                json!({"eligibility": {
                "households": ["alleen_met_kinderen", "samen_met_kinderen"], "child_ages": ["4-11"]}}),
            ),
        ]);
        let a = Answers {
            themes: BTreeSet::from([Theme::Geld]),
            age: Answer::Known(40),
            household: Answer::Known(Household::Alleen),
            income: Answer::Known(IncomeBand::Tot150),
            debts: Answer::Known(false),
            ..Answers::default()
        };
        let sugs = suggest(&cat, &a);
        assert_eq!(sugs.iter().map(|s| s.service.id.as_str()).collect::<Vec<_>>(), ["fits"]);
        // In route order: voorzieningen before regelingen.
        assert_eq!(
            ruled_out(&near_misses(&cat, &a)),
            [
                (
                    "young",
                    RuledOut::Age {
                        age: 40,
                        min: Some(18),
                        max: Some(27)
                    }
                ),
                ("schuldhulp", RuledOut::Situation(Situation::Schulden)),
                (
                    "seniors",
                    RuledOut::Age {
                        age: 40,
                        min: Some(66),
                        max: None
                    }
                ),
                ("minima", RuledOut::Income { limit: 120 }),
                ("gezin", RuledOut::Household(Household::Alleen)),
            ]
        );
        assert_eq!(RuledOut::Situation(Situation::Schulden).fact(), Fact::Debts);
        assert_eq!(RuledOut::NoChildren(Household::Alleen).fact(), Fact::Household);
        // Nothing is both suggested and a near miss, whatever the answers.
        let b = Answers {
            age: Answer::Known(70),
            income: Answer::Known(IncomeBand::Tot110),
            debts: Answer::Known(true),
            ..a.clone()
        };
        let misses = near_misses(&cat, &b);
        assert_eq!(
            ruled_out(&misses),
            [
                (
                    "young",
                    RuledOut::Age {
                        age: 70,
                        min: Some(18),
                        max: Some(27)
                    }
                ),
                ("gezin", RuledOut::Household(Household::Alleen))
            ]
        );
        // An unanswered question leaves a service open, not ruled out.
        let vague = Answers {
            age: Answer::Unanswered,
            debts: Answer::DontKnow,
            ..a.clone()
        };
        let ids: Vec<_> = ruled_out(&near_misses(&cat, &vague))
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["minima", "both", "gezin"]);
    }

    #[test]
    fn a_child_age_rule_names_the_household_or_the_childrens_ages() {
        use serde_json::json;
        let cat = money(&[(
            "kindpakket",
            "regeling",
            json!({"eligibility": {"child_ages": ["4-11"]}}),
        )]);
        let mut a = Answers {
            themes: BTreeSet::from([Theme::Geld]),
            household: Answer::Known(Household::Samen),
            ..Answers::default()
        };
        assert_eq!(
            ruled_out(&near_misses(&cat, &a)),
            [("kindpakket", RuledOut::NoChildren(Household::Samen))]
        );
        a.household = Answer::Known(Household::SamenMetKinderen);
        a.child_ages = Answer::Known(BTreeSet::from([ChildAge::Tiener]));
        assert_eq!(ruled_out(&near_misses(&cat, &a)), [("kindpakket", RuledOut::ChildAges)]);
        a.child_ages = Answer::Known(BTreeSet::from([ChildAge::Basisschool]));
        assert!(near_misses(&cat, &a).is_empty());
        assert_eq!(suggest(&cat, &a).len(), 1);
    }

    /// Found by fuzzing (tests/fuzz, target catalogue_edits: a shipped
    /// service's `themes` with "geld" repeated 128 times): a code listed
    /// hundreds of times overflowed the 8-bit counts of the score, a panic
    /// in debug builds and a wrong rank in the release build. The browser
    /// reads such a list, and `catalogue check` does not refuse it.
    #[test]
    fn a_code_listed_hundreds_of_times_does_not_overflow_the_score() {
        use crate::core::answers::WorkSituation;
        use crate::core::facts::{CaredFor, Theme};
        let themes = [vec!["wonen"], vec!["geld"; 300]].concat();
        let situations = [vec!["mantelzorger"; 300], vec!["uitkering"; 300]].concat();
        let service = |id: &str, kind: &str| {
            serde_json::json!({
                "id": id, "name": {"nl": id}, "kind": kind, "access": "vrij_toegankelijk",
                "description": {"nl": id}, "themes": themes, "situations": situations,
            })
        };
        let cat: Catalogue = serde_json::from_value(serde_json::json!({
            "schema_version": 1, "id": "t", "name": "T", "scope": "gemeente",
            "services": [service("hulp", "voorziening"), service("loket", "loket")],
        }))
        .unwrap();
        let a = Answers {
            themes: BTreeSet::from([Theme::Geld, Theme::Werk, Theme::Contact]),
            work: Answer::Known(WorkSituation::Uitkering),
            caring: Answer::Known(Some(CaredFor::ALL[0])),
            ..Answers::default()
        };
        let sugs = suggest(&cat, &a);
        assert_eq!(sugs.len(), 2);
        for s in &sugs {
            // Saturated at 255, never wrapped round to a small number.
            assert_eq!(
                (s.score.themes, s.score.themes_listed),
                (u8::MAX, u8::MAX),
                "{}",
                s.service.id
            );
            assert!(s.score.is_focused(), "{}", s.service.id);
        }
        let hulp = &sugs.iter().find(|s| s.service.id == "hulp").unwrap().score;
        assert_eq!(
            (hulp.situations, hulp.situations_listed, hulp.rules),
            (u8::MAX, u8::MAX, u8::MAX)
        );
    }
}
