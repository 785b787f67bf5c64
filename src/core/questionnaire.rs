//! The questionnaire as data, and which questions this resident gets.
//!
//! A question is asked only when an answer to it could change the result:
//! some remaining candidate service depends on its fact. Texts live in the
//! translation layer (`i18n::Msg::Question*`), not here.

use crate::core::answers::{Answers, Fact, LanguageNeed, SafetySignal, WorkSituation};
use crate::core::catalogue::{Catalogue, Kind};
use crate::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Theme};
use crate::core::matching::{depends_on, suggest};

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Radio buttons: one choice.
    Single,
    /// Checkboxes: any number of choices (an explicit "none" where honest).
    Multiple,
    /// A whole number (age).
    Number { min: u8, max: u8 },
}

/// A question's shape. Options are codes; labels come from `i18n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub fact: Fact,
    pub input: Input,
    pub options: Vec<&'static str>,
    /// Offer "Weet ik niet".
    pub dont_know: bool,
    /// Offer "Zeg ik liever niet" (sensitive questions).
    pub prefer_not: bool,
    /// Sensitive topic: show "Snel weg".
    pub sensitive: bool,
}

/// The code for "cares for nobody" / "none of these".
pub const NONE: &str = "-";

fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| code(v)).collect()
}

/// The question for `fact`. Area options come from the catalogue.
pub fn question(fact: Fact) -> Question {
    let q = |input, options, dont_know, prefer_not, sensitive| Question {
        fact,
        input,
        options,
        dont_know,
        prefer_not,
        sensitive,
    };
    let yes_no = vec!["1", "0"];
    match fact {
        Fact::Themes => q(Input::Multiple, codes(Theme::ALL, Theme::code), false, false, false),
        Fact::Safety => {
            let mut o = codes(SafetySignal::ALL, SafetySignal::code);
            o.push(NONE);
            q(Input::Multiple, o, false, true, true)
        }
        Fact::Area => q(Input::Single, Vec::new(), true, true, false),
        Fact::Age => q(Input::Number { min: 0, max: 120 }, Vec::new(), false, true, false),
        Fact::Household => q(
            Input::Single,
            codes(Household::ALL, Household::code),
            false,
            true,
            false,
        ),
        Fact::ChildAges => q(
            Input::Multiple,
            codes(ChildAge::ALL, ChildAge::code),
            false,
            true,
            false,
        ),
        Fact::Income => q(
            Input::Single,
            codes(IncomeBand::ALL, IncomeBand::code),
            true,
            true,
            true,
        ),
        Fact::Work => q(
            Input::Single,
            codes(WorkSituation::ALL, WorkSituation::code),
            false,
            true,
            false,
        ),
        Fact::Caring => {
            let mut o = codes(CaredFor::ALL, CaredFor::code);
            o.push(NONE);
            q(Input::Single, o, false, true, false)
        }
        Fact::Health => q(Input::Single, yes_no, true, true, true),
        Fact::Debts => q(Input::Single, yes_no, true, true, true),
        Fact::Language => q(
            Input::Single,
            codes(LanguageNeed::ALL, LanguageNeed::code),
            false,
            true,
            false,
        ),
        Fact::HelpTried => q(Input::Single, yes_no, true, false, false),
    }
}

/// Could an answer to `fact` change the result for this resident?
pub fn is_relevant(cat: &Catalogue, answers: &Answers, fact: Fact) -> bool {
    match fact {
        Fact::Themes => return true,
        _ if answers.themes.is_empty() => return false,
        Fact::Safety => {
            let risky = [Theme::Veiligheid, Theme::Gezondheid, Theme::Contact, Theme::Opvoeden];
            if !risky.iter().any(|t| answers.themes.contains(t)) {
                return false;
            }
        }
        Fact::ChildAges if !answers.household.known().is_some_and(|h| h.has_children()) => return false,
        Fact::HelpTried => {
            // Three or more life areas lead to the keukentafelgesprek anyway.
            let has_loket = cat.services.iter().any(|s| s.kind == Kind::Loket);
            return has_loket && answers.themes.len() < 3;
        }
        Fact::Area if cat.areas.len() < 2 => return false,
        _ => {}
    }
    // Judge with this fact unknown, so answering it never hides its own question.
    let mut without = answers.clone();
    without.clear(fact);
    suggest(cat, &without).iter().any(|s| depends_on(s.service, fact, cat))
}

/// The questions this resident gets, in order, given the answers so far.
pub fn plan(cat: &Catalogue, answers: &Answers) -> Vec<Fact> {
    Fact::ALL
        .into_iter()
        .filter(|&f| is_relevant(cat, answers, f))
        .collect()
}

/// The next unanswered question, or `None` when it is time for the check page.
pub fn next_question(cat: &Catalogue, answers: &Answers) -> Option<Fact> {
    plan(cat, answers).into_iter().find(|&f| !answers.is_answered(f))
}

/// Removes answers to questions that are no longer asked (for example after
/// the resident changed the life areas), so no stale answer affects results
/// or is shown on the check page.
pub fn prune(cat: &Catalogue, answers: &mut Answers) {
    let keep = plan(cat, answers);
    for fact in Fact::ALL {
        if !keep.contains(&fact) {
            answers.clear(fact);
        }
    }
}
