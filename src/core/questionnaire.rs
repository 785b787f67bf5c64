//! The questionnaire as data, and which questions this resident gets.
//!
//! A question is asked only when an answer to it could change the result:
//! some remaining candidate service depends on its fact. Texts live in the
//! translation layer (`i18n::Msg::Question*`), not here.

use crate::core::answers::{Answers, Fact, LanguageNeed, SafetySignal, WorkSituation};
use crate::core::catalogue::{Catalogue, Kind};
use crate::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Theme};
use crate::core::matching::{depends_on, location_areas, suggest_with, LocationAreas};

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
    relevant_with(cat, answers, fact, &location_areas(cat))
}

fn relevant_with(cat: &Catalogue, answers: &Answers, fact: Fact, areas: &LocationAreas) -> bool {
    match fact {
        Fact::Themes => return true,
        _ if answers.themes.is_empty() => return false,
        Fact::Safety => {
            let risky = [Theme::Veiligheid, Theme::Gezondheid, Theme::Contact, Theme::Opvoeden];
            if !risky.iter().any(|t| answers.themes.contains(t)) {
                return false;
            }
            // Direct help is only suggested once a danger signal is known, so
            // judging by the suggestions below would never ask this question.
            if cat
                .services
                .iter()
                .any(|s| s.kind == Kind::DirectHulp && depends_on(s, Fact::Safety, &Default::default()))
            {
                return true;
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
    suggest_with(cat, &without, areas)
        .iter()
        .any(|s| depends_on(s.service, fact, areas))
}

/// The questions this resident gets, in order, given the answers so far.
pub fn plan(cat: &Catalogue, answers: &Answers) -> Vec<Fact> {
    let areas = location_areas(cat);
    Fact::ALL
        .into_iter()
        .filter(|&f| relevant_with(cat, answers, f, &areas))
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

/// Code for "weet ik niet" in forms.
pub const DONT_KNOW: &str = "?";
/// Code for "zeg ik liever niet" in forms.
pub const PREFER_NOT: &str = "!";

/// Why a form answer was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    NothingChosen,
    InvalidNumber,
}

/// The form's current selection for `fact`, from the answers (so Back and
/// "Wijzig" show what was chosen before).
pub fn selected_codes(a: &Answers, fact: Fact) -> (Vec<String>, String) {
    use crate::core::answers::Answer;
    fn one<T>(x: &Answer<T>, code: impl Fn(&T) -> String) -> Vec<String> {
        match x {
            Answer::Unanswered => vec![],
            Answer::Known(v) => vec![code(v)],
            Answer::DontKnow => vec![DONT_KNOW.into()],
            Answer::PreferNotToSay => vec![PREFER_NOT.into()],
        }
    }
    fn set<T: Copy>(x: &Answer<std::collections::BTreeSet<T>>, code: fn(T) -> &'static str) -> Vec<String> {
        match x {
            Answer::Known(s) if s.is_empty() => vec![NONE.into()],
            Answer::Known(s) => s.iter().map(|&v| code(v).to_string()).collect(),
            Answer::DontKnow => vec![DONT_KNOW.into()],
            Answer::PreferNotToSay => vec![PREFER_NOT.into()],
            Answer::Unanswered => vec![],
        }
    }
    let b = |v: &bool| if *v { "1" } else { "0" }.to_string();
    match fact {
        Fact::Themes => (a.themes.iter().map(|t| t.code().to_string()).collect(), String::new()),
        Fact::Safety => (set(&a.safety, SafetySignal::code), String::new()),
        Fact::Area => (one(&a.area, |s| s.clone()), String::new()),
        Fact::Age => match &a.age {
            Answer::Known(n) => (vec![], n.to_string()),
            other => (one(other, |n| n.to_string()), String::new()),
        },
        Fact::Household => (one(&a.household, |h| h.code().into()), String::new()),
        Fact::ChildAges => (set(&a.child_ages, ChildAge::code), String::new()),
        Fact::Income => (one(&a.income, |i| i.code().into()), String::new()),
        Fact::Work => (one(&a.work, |w| w.code().into()), String::new()),
        Fact::Caring => (
            one(&a.caring, |c| c.map_or(NONE.into(), |c| c.code().into())),
            String::new(),
        ),
        Fact::Health => (one(&a.health, b), String::new()),
        Fact::Debts => (one(&a.debts, b), String::new()),
        Fact::Language => (one(&a.language, |l| l.code().into()), String::new()),
        Fact::HelpTried => (one(&a.help_tried, b), String::new()),
    }
}

/// Stores a form answer. `codes` are the chosen options; `number` is the text
/// typed for a number question.
pub fn apply_answer(a: &mut Answers, fact: Fact, codes: &[String], number: &str) -> Result<(), AnswerError> {
    use crate::core::answers::Answer;
    use std::collections::BTreeSet;
    // Inserted one by one: collecting into a BTreeSet sorts first, and every
    // sort instance costs about 3 KB of wasm.
    fn code_set<T: Ord>(codes: &[String], from: fn(&str) -> Option<T>) -> BTreeSet<T> {
        let mut set = BTreeSet::new();
        for value in codes.iter().filter_map(|c| from(c)) {
            set.insert(value);
        }
        set
    }
    let has = |c: &str| codes.iter().any(|x| x == c);
    fn single<T>(codes: &[String], from: impl Fn(&str) -> Option<T>) -> Result<T, AnswerError> {
        codes.iter().find_map(|c| from(c)).ok_or(AnswerError::NothingChosen)
    }
    fn many<T: Ord>(codes: &[String], from: fn(&str) -> Option<T>) -> Result<BTreeSet<T>, AnswerError> {
        let set = code_set(codes, from);
        if set.is_empty() && !codes.iter().any(|c| c == NONE) {
            return Err(AnswerError::NothingChosen);
        }
        Ok(set)
    }
    macro_rules! store {
        ($field:expr, $known:expr) => {{
            $field = if has(PREFER_NOT) {
                Answer::PreferNotToSay
            } else if has(DONT_KNOW) {
                Answer::DontKnow
            } else {
                Answer::Known($known?)
            };
        }};
    }
    let yes_no = |c: &str| match c {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    };
    match fact {
        Fact::Themes => {
            let set = code_set(codes, Theme::from_code);
            if set.is_empty() {
                return Err(AnswerError::NothingChosen);
            }
            a.themes = set;
        }
        Fact::Safety => store!(a.safety, many(codes, SafetySignal::from_code)),
        Fact::Area => store!(
            a.area,
            single(codes, |c| (!c.is_empty() && c != NONE).then(|| c.to_string()))
        ),
        Fact::Age => {
            if has(PREFER_NOT) {
                a.age = Answer::PreferNotToSay;
            } else {
                let n: u8 = number.trim().parse().map_err(|_| AnswerError::InvalidNumber)?;
                if n > 120 {
                    return Err(AnswerError::InvalidNumber);
                }
                a.age = Answer::Known(n);
            }
        }
        Fact::Household => store!(a.household, single(codes, Household::from_code)),
        Fact::ChildAges => store!(a.child_ages, many(codes, ChildAge::from_code)),
        Fact::Income => store!(a.income, single(codes, IncomeBand::from_code)),
        Fact::Work => store!(a.work, single(codes, WorkSituation::from_code)),
        Fact::Caring => {
            store!(
                a.caring,
                single(codes, |c| if c == NONE {
                    Some(None)
                } else {
                    CaredFor::from_code(c).map(Some)
                })
            )
        }
        Fact::Health => store!(a.health, single(codes, yes_no)),
        Fact::Debts => store!(a.debts, single(codes, yes_no)),
        Fact::Language => store!(a.language, single(codes, LanguageNeed::from_code)),
        Fact::HelpTried => store!(a.help_tried, single(codes, yes_no)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_answers_round_trip_through_the_form_codes() {
        let mut a = Answers::default();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        apply_answer(&mut a, Fact::Themes, &s(&["geld", "wonen"]), "").unwrap();
        apply_answer(&mut a, Fact::Age, &[], " 72 ").unwrap();
        apply_answer(&mut a, Fact::Income, &s(&[PREFER_NOT]), "").unwrap();
        apply_answer(&mut a, Fact::Caring, &s(&["ouder"]), "").unwrap();
        apply_answer(&mut a, Fact::Safety, &s(&[NONE]), "").unwrap();
        for f in [Fact::Themes, Fact::Age, Fact::Income, Fact::Caring, Fact::Safety] {
            let (codes, number) = selected_codes(&a, f);
            let mut b = a.clone();
            b.clear(f);
            apply_answer(&mut b, f, &codes, &number).unwrap();
            assert_eq!(a, b, "{f:?}");
        }
        assert!(a.situations().contains(&crate::core::facts::Situation::Mantelzorger));
        assert!(!a.signals_danger());
    }

    #[test]
    fn empty_or_invalid_form_answers_are_refused_and_lose_nothing() {
        let mut a = Answers::default();
        a.themes.insert(Theme::Geld);
        let before = a.clone();
        assert_eq!(
            apply_answer(&mut a, Fact::Household, &[], ""),
            Err(AnswerError::NothingChosen)
        );
        assert_eq!(
            apply_answer(&mut a, Fact::Age, &[], "zeventig"),
            Err(AnswerError::InvalidNumber)
        );
        assert_eq!(
            apply_answer(&mut a, Fact::Age, &[], "130"),
            Err(AnswerError::InvalidNumber)
        );
        assert_eq!(
            apply_answer(&mut a, Fact::Themes, &[], ""),
            Err(AnswerError::NothingChosen)
        );
        assert_eq!(a, before);
    }
}
