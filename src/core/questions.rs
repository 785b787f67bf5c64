//! One definition per question: the place to read, and the only code file to
//! change, when a question is added or changed (see ARCHITECTURE.md, "Add a
//! question"). Each question has here:
//!
//! * its [`Fact`] (the question id) and the field in [`Answers`] that holds
//!   its answer, with the answer's type;
//! * its [`Definition`]: share-link key, name in answers files, input,
//!   options and their labels, the honest extra answers, whether it is
//!   sensitive, when it is asked, and which services depend on it;
//! * the situations its answer puts the resident in ([`Answers::situations`]).
//!
//! Everything that works per question (share link, form, check page, answers
//! files, the scenario walk, relevance) is generic over these definitions.
//! Texts live in the translation layer (`i18n`), keyed by `Fact`.

use std::collections::BTreeSet;

use crate::core::answers::{Answer, Slot};
use crate::core::catalogue::{Catalogue, Kind, Service};
use crate::core::facts::{vocabulary, CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
use crate::core::i18n::Msg;
use crate::core::matching::LocationAreas;

/// Every fact the questionnaire can ask, in the order it is asked. Also the
/// question ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fact {
    Themes,
    Safety,
    Urgent,
    ForWhom,
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
    Topics,
}

impl Fact {
    pub const ALL: [Fact; 16] = [
        Fact::Themes,
        Fact::Safety,
        Fact::Urgent,
        Fact::ForWhom,
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
        Fact::Topics,
    ];

    /// This question's definition.
    pub fn def(self) -> &'static Definition {
        &QUESTIONS[self as usize]
    }

    /// Short key in the share link.
    pub fn key(self) -> &'static str {
        self.def().key
    }

    pub fn from_key(key: &str) -> Option<Fact> {
        QUESTIONS.iter().find(|d| d.key == key).map(|d| d.fact)
    }

    /// The question that produces `situation` (for "still to check" points).
    pub fn producing(situation: Situation) -> Fact {
        use Situation as S;
        match situation {
            S::Mantelzorger => Fact::Caring,
            S::Statushouder | S::Inburgeringsplichtig | S::Taalhulp => Fact::Language,
            S::Werkzoekend | S::Uitkering | S::Werkend | S::Gepensioneerd | S::Scholier => Fact::Work,
            S::Beperking => Fact::Health,
            S::Schulden => Fact::Debts,
            S::AcuutGevaar | S::OnveiligThuis | S::Suicidegedachten => Fact::Safety,
            S::GeenSlaapplek | S::GeenEten | S::GeenEnergie | S::Uitzetting => Fact::Urgent,
            S::Dementie | S::Psychisch | S::Lhbtiq | S::Discriminatie | S::Arbeidsmigrant => Fact::Topics,
        }
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
    /// An urgent need today or tonight.
    UrgentNeed {
        GeenSlaapplek = "slaapplek",
        GeenEten = "eten",
        GeenEnergie = "energie_water",
        Uitzetting = "uitzetting",
    }
}

vocabulary! {
    /// A condition or group the resident may name after the results, so
    /// help especially for it can be put first (`Situation::is_group`).
    /// Never asked before the results: it is personal, and without it the
    /// route still lists such help.
    Topic {
        Dementie = "dementie",
        Psychisch = "psychisch",
        Lhbtiq = "lhbtiq",
        Discriminatie = "discriminatie",
        Arbeidsmigrant = "arbeidsmigrant",
    }
}

vocabulary! {
    /// For whom the resident is looking for help: themselves, someone they
    /// care for (a mantelzorger), or someone they help as a volunteer or
    /// professional.
    ForWhom {
        Zelf = "zelf",
        Naaste = "naaste",
        Helper = "helper",
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
    /// Help with the Dutch language, and inburgering. Inburgering is for
    /// gezinsmigranten as much as for statushouders, and a statushouder
    /// without the duty still gets the help for statushouders.
    LanguageNeed {
        Geen = "geen",
        Taalhulp = "taalhulp",
        Inburgering = "inburgering",
        InburgeringStatushouder = "inburgering_statushouder",
        Statushouder = "statushouder",
    }
}

/// All answers of one resident, one field per question. Lives in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub themes: BTreeSet<Theme>,
    pub safety: Answer<BTreeSet<SafetySignal>>,
    /// Known(empty): no urgent need.
    pub urgent: Answer<BTreeSet<UrgentNeed>>,
    pub for_whom: Answer<ForWhom>,
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
    /// Known(empty): none of these topics.
    pub topics: Answer<BTreeSet<Topic>>,
}

impl Answers {
    /// Whom the answers from "voor wie" on are about: `None` for the resident
    /// themselves, else the naaste or the person they help. Questions,
    /// reasons and open points then speak of that person
    /// (`i18n::tf_about`).
    pub fn about(&self) -> Option<ForWhom> {
        self.for_whom.known().copied().filter(|&w| w != ForWhom::Zelf)
    }

    /// The situations the answers put the resident in.
    pub fn situations(&self) -> BTreeSet<Situation> {
        use Situation as S;
        let mut out = BTreeSet::new();
        for signal in self.safety.known().into_iter().flatten() {
            out.insert(match signal {
                SafetySignal::AcuutGevaar => S::AcuutGevaar,
                SafetySignal::OnveiligThuis => S::OnveiligThuis,
                SafetySignal::Suicidegedachten => S::Suicidegedachten,
            });
        }
        for need in self.urgent.known().into_iter().flatten() {
            out.insert(match need {
                UrgentNeed::GeenSlaapplek => S::GeenSlaapplek,
                UrgentNeed::GeenEten => S::GeenEten,
                UrgentNeed::GeenEnergie => S::GeenEnergie,
                UrgentNeed::Uitzetting => S::Uitzetting,
            });
        }
        match self.work.known() {
            Some(WorkSituation::Werkend) => out.insert(S::Werkend),
            Some(WorkSituation::Werkzoekend) => out.insert(S::Werkzoekend),
            Some(WorkSituation::Uitkering) => out.insert(S::Uitkering),
            Some(WorkSituation::Gepensioneerd) => out.insert(S::Gepensioneerd),
            Some(WorkSituation::Scholier) => out.insert(S::Scholier),
            _ => false,
        };
        if matches!(self.caring.known(), Some(Some(_))) || self.for_whom.known() == Some(&ForWhom::Naaste) {
            out.insert(S::Mantelzorger);
        }
        if self.health.known() == Some(&true) {
            out.insert(S::Beperking);
        }
        if self.debts.known() == Some(&true) {
            out.insert(S::Schulden);
        }
        match self.language.known() {
            Some(LanguageNeed::Taalhulp) => {
                out.insert(S::Taalhulp);
            }
            Some(LanguageNeed::Inburgering) => {
                out.insert(S::Taalhulp);
                out.insert(S::Inburgeringsplichtig);
            }
            Some(LanguageNeed::InburgeringStatushouder) => {
                out.insert(S::Taalhulp);
                out.insert(S::Inburgeringsplichtig);
                out.insert(S::Statushouder);
            }
            Some(LanguageNeed::Statushouder) => {
                out.insert(S::Statushouder);
            }
            _ => {}
        }
        for topic in self.topics.known().into_iter().flatten() {
            out.insert(match topic {
                Topic::Dementie => S::Dementie,
                Topic::Psychisch => S::Psychisch,
                Topic::Lhbtiq => S::Lhbtiq,
                Topic::Discriminatie => S::Discriminatie,
                Topic::Arbeidsmigrant => S::Arbeidsmigrant,
            });
        }
        out
    }
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Radio buttons: one choice.
    Single,
    /// Checkboxes: any number of choices (an explicit "none" where honest).
    Multiple,
    /// A whole number typed in (age).
    Number,
}

/// Where a question's options come from. Options are codes; their labels
/// come from [`Definition::label`] and the translation layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Options {
    /// A closed code list.
    Codes(&'static [&'static str]),
    /// Ja (`1`) / Nee (`0`).
    YesNo,
    /// The catalogue's kernen and wijken (their ids).
    Areas,
    /// None: the answer is typed.
    Typed,
}

/// Before judging by the catalogue: is the question asked at all?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    Skip,
    Ask,
    /// Asked when an answer could change the suggestions (see
    /// `questionnaire::is_relevant`).
    IfItMatters,
}

/// Everything about one question except its texts.
pub struct Definition {
    pub fact: Fact,
    /// Key in the share link. Never reuse a retired key.
    pub key: &'static str,
    /// Name in answers files (`catalogue scenario`).
    pub name: &'static str,
    pub input: Input,
    pub options: Options,
    /// Offers "none of these" (code [`NONE`]), which clears the other ticks.
    pub none: bool,
    /// Offers "Weet ik niet".
    pub dont_know: bool,
    /// Offers "Zeg ik liever niet" (sensitive questions).
    pub prefer_not: bool,
    /// Sensitive topic: the page shows "Snel weg".
    pub sensitive: bool,
    /// The label of an option code ([`Options::Codes`] and [`NONE`]).
    pub label: fn(&str) -> Option<Msg>,
    /// A hint under an option, where one helps.
    pub hint: fn(&str) -> Option<Msg>,
    /// Its answer in [`Answers`].
    pub slot: fn(&Answers) -> &dyn Slot,
    pub slot_mut: fn(&mut Answers) -> &mut dyn Slot,
    /// Is it asked at all, given the catalogue and the answers so far?
    pub gate: fn(&Catalogue, &Answers) -> Gate,
    /// Could an answer to it change whether or how service `s` is suggested?
    pub depends: fn(&Service, &LocationAreas) -> bool,
    /// Only asked after the results, to make them more precise ("Maak uw
    /// uitkomst preciezer"), whatever its answer changes.
    pub after_results: bool,
}

/// The form and share-link code for "none of these" / "nobody".
pub const NONE: &str = "-";

/// Does the service name a situation this fact produces, in its rules
/// (`eligibility.situations`) or as a situation it is especially for?
fn mentions(s: &Service, fact: Fact) -> bool {
    let produced = |list: &[Situation]| list.iter().any(|&x| Fact::producing(x) == fact);
    produced(&s.eligibility.situations) || produced(&s.situations)
}

fn no_label(_: &str) -> Option<Msg> {
    None
}

fn asked_after_themes(_: &Catalogue, a: &Answers) -> Gate {
    if a.themes.is_empty() {
        Gate::Skip
    } else {
        Gate::IfItMatters
    }
}

/// Asked only with one of these life areas, and only when it matters.
fn with_themes(a: &Answers, themes: &[Theme]) -> Gate {
    if themes.iter().any(|t| a.themes.contains(t)) {
        Gate::IfItMatters
    } else {
        Gate::Skip
    }
}

/// The defaults of most questions: one choice, asked when it matters.
const BASE: Definition = Definition {
    fact: Fact::Themes,
    key: "",
    name: "",
    input: Input::Single,
    options: Options::YesNo,
    none: false,
    dont_know: false,
    prefer_not: true,
    sensitive: false,
    label: no_label,
    hint: no_label,
    slot: |a| &a.themes,
    slot_mut: |a| &mut a.themes,
    gate: asked_after_themes,
    depends: |_, _| false,
    after_results: false,
};

/// The questions, in the order of [`Fact::ALL`] (a test checks this).
static QUESTIONS: [Definition; 16] = [
    Definition {
        fact: Fact::Themes,
        key: "t",
        name: "themes",
        input: Input::Multiple,
        options: Options::Codes(Theme::CODES),
        prefer_not: false,
        label: |c| Theme::from_code(c).map(Msg::ThemeLabel),
        hint: |c| Theme::from_code(c).map(Msg::ThemeHint),
        gate: |_, _| Gate::Ask,
        depends: |_, _| true,
        ..BASE
    },
    Definition {
        fact: Fact::Safety,
        key: "s",
        name: "safety",
        input: Input::Multiple,
        options: Options::Codes(SafetySignal::CODES),
        none: true,
        sensitive: true,
        label: |c| match c {
            NONE => Some(Msg::SafetyNone),
            _ => SafetySignal::from_code(c).map(Msg::SafetyLabel),
        },
        slot: |a| &a.safety,
        slot_mut: |a| &mut a.safety,
        gate: |cat, a| {
            let gate = with_themes(
                a,
                &[Theme::Veiligheid, Theme::Gezondheid, Theme::Contact, Theme::Opvoeden],
            );
            // Direct help is only suggested once a danger signal is known, so
            // judging by the suggestions would never ask this question.
            let direct_help = cat
                .services
                .iter()
                .any(|s| s.kind == Kind::DirectHulp && mentions(s, Fact::Safety));
            if gate == Gate::IfItMatters && direct_help {
                Gate::Ask
            } else {
                gate
            }
        },
        depends: |s, _| {
            s.eligibility
                .situations
                .iter()
                .any(|&x| Fact::producing(x) == Fact::Safety)
        },
        ..BASE
    },
    Definition {
        fact: Fact::Urgent,
        key: "u",
        name: "urgent",
        input: Input::Multiple,
        options: Options::Codes(UrgentNeed::CODES),
        none: true,
        sensitive: true,
        label: |c| match c {
            NONE => Some(Msg::UrgentNone),
            _ => UrgentNeed::from_code(c).map(Msg::UrgentLabel),
        },
        slot: |a| &a.urgent,
        slot_mut: |a| &mut a.urgent,
        gate: |_, a| with_themes(a, &[Theme::Geld, Theme::Wonen, Theme::Dagelijks, Theme::Veiligheid]),
        depends: |s, _| mentions(s, Fact::Urgent),
        ..BASE
    },
    Definition {
        fact: Fact::ForWhom,
        key: "v",
        name: "for_whom",
        options: Options::Codes(ForWhom::CODES),
        prefer_not: false,
        label: |c| ForWhom::from_code(c).map(Msg::ForWhomLabel),
        slot: |a| &a.for_whom,
        slot_mut: |a| &mut a.for_whom,
        // Helping someone you care for brings support for mantelzorgers.
        depends: |s, _| {
            let list = |l: &[Situation]| l.contains(&Situation::Mantelzorger);
            list(&s.eligibility.situations) || list(&s.situations)
        },
        ..BASE
    },
    Definition {
        fact: Fact::Area,
        key: "r",
        name: "area",
        options: Options::Areas,
        dont_know: true,
        slot: |a| &a.area,
        slot_mut: |a| &mut a.area,
        gate: |cat, a| {
            if cat.areas.len() < 2 {
                Gate::Skip
            } else {
                asked_after_themes(cat, a)
            }
        },
        depends: |s, areas| {
            !s.eligibility.areas.is_empty()
                || !s.service_areas.is_empty()
                || s.service_at_locations
                    .iter()
                    .any(|sal| areas.contains_key(sal.location_id.as_str()))
        },
        ..BASE
    },
    Definition {
        fact: Fact::Age,
        key: "a",
        name: "age",
        input: Input::Number,
        options: Options::Typed,
        slot: |a| &a.age,
        slot_mut: |a| &mut a.age,
        depends: |s, _| s.eligibility.minimum_age.is_some() || s.eligibility.maximum_age.is_some(),
        ..BASE
    },
    Definition {
        fact: Fact::Household,
        key: "h",
        name: "household",
        options: Options::Codes(Household::CODES),
        label: |c| Household::from_code(c).map(Msg::HouseholdLabel),
        slot: |a| &a.household,
        slot_mut: |a| &mut a.household,
        depends: |s, _| !s.eligibility.households.is_empty() || !s.eligibility.child_ages.is_empty(),
        ..BASE
    },
    Definition {
        fact: Fact::ChildAges,
        key: "k",
        name: "child_ages",
        input: Input::Multiple,
        options: Options::Codes(ChildAge::CODES),
        label: |c| ChildAge::from_code(c).map(Msg::ChildAgeLabel),
        slot: |a| &a.child_ages,
        slot_mut: |a| &mut a.child_ages,
        gate: |cat, a| {
            if a.household.known().is_some_and(|h| h.has_children()) {
                asked_after_themes(cat, a)
            } else {
                Gate::Skip
            }
        },
        depends: |s, _| !s.eligibility.child_ages.is_empty(),
        ..BASE
    },
    Definition {
        fact: Fact::Income,
        key: "i",
        name: "income",
        options: Options::Codes(IncomeBand::CODES),
        dont_know: true,
        sensitive: true,
        label: |c| IncomeBand::from_code(c).map(Msg::IncomeLabel),
        slot: |a| &a.income,
        slot_mut: |a| &mut a.income,
        depends: |s, _| s.eligibility.income_max_percent.is_some(),
        ..BASE
    },
    Definition {
        fact: Fact::Work,
        key: "w",
        name: "work",
        options: Options::Codes(WorkSituation::CODES),
        label: |c| WorkSituation::from_code(c).map(Msg::WorkLabel),
        slot: |a| &a.work,
        slot_mut: |a| &mut a.work,
        depends: |s, _| mentions(s, Fact::Work),
        ..BASE
    },
    Definition {
        fact: Fact::Caring,
        key: "c",
        name: "caring",
        options: Options::Codes(CaredFor::CODES),
        none: true,
        label: |c| match c {
            NONE => Some(Msg::CaresForNobody),
            _ => CaredFor::from_code(c).map(Msg::CaredForLabel),
        },
        slot: |a| &a.caring,
        slot_mut: |a| &mut a.caring,
        depends: |s, _| mentions(s, Fact::Caring),
        ..BASE
    },
    Definition {
        fact: Fact::Health,
        key: "g",
        name: "health",
        dont_know: true,
        sensitive: true,
        slot: |a| &a.health,
        slot_mut: |a| &mut a.health,
        depends: |s, _| mentions(s, Fact::Health),
        ..BASE
    },
    Definition {
        fact: Fact::Debts,
        key: "d",
        name: "debts",
        dont_know: true,
        sensitive: true,
        slot: |a| &a.debts,
        slot_mut: |a| &mut a.debts,
        depends: |s, _| mentions(s, Fact::Debts),
        ..BASE
    },
    Definition {
        fact: Fact::Language,
        key: "l",
        name: "language",
        options: Options::Codes(LanguageNeed::CODES),
        label: |c| LanguageNeed::from_code(c).map(Msg::LanguageLabel),
        slot: |a| &a.language,
        slot_mut: |a| &mut a.language,
        depends: |s, _| mentions(s, Fact::Language),
        ..BASE
    },
    Definition {
        fact: Fact::HelpTried,
        key: "x",
        name: "help_tried",
        dont_know: true,
        prefer_not: false,
        slot: |a| &a.help_tried,
        slot_mut: |a| &mut a.help_tried,
        // Three or more life areas lead to the keukentafelgesprek anyway.
        gate: |cat, a| {
            let has_loket = cat.services.iter().any(|s| s.kind == Kind::Loket);
            if has_loket && !a.themes.is_empty() && a.themes.len() < 3 {
                Gate::Ask
            } else {
                Gate::Skip
            }
        },
        depends: |s, _| s.kind == Kind::Loket,
        ..BASE
    },
    Definition {
        fact: Fact::Topics,
        key: "o",
        name: "topics",
        input: Input::Multiple,
        options: Options::Codes(Topic::CODES),
        none: true,
        sensitive: true,
        label: |c| match c {
            NONE => Some(Msg::TopicNone),
            _ => Topic::from_code(c).map(Msg::TopicLabel),
        },
        slot: |a| &a.topics,
        slot_mut: |a| &mut a.topics,
        depends: |s, _| mentions(s, Fact::Topics),
        after_results: true,
        ..BASE
    },
];

#[cfg(test)]
mod tests;
