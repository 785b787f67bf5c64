//! The form of a question: its choices and their labels, what is ticked,
//! the number pad, storing a form answer, and an answer as text; apart
//! from judging which questions to ask.

use crate::core::answers::{AnswerError, Answers, Fact, DONT_KNOW, NONE, PREFER_NOT};
use crate::core::catalogue::Catalogue;
use crate::core::i18n::{money, t, t_about, tf_about, Lang, Msg};
use crate::core::norms::{band_in_euros, social_minimum};
use crate::core::questions::{Input, Options};

/// One option of a question, as the form shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub hint: Option<&'static str>,
    /// Ticking it clears the other ticks ("none of these", "weet ik niet",
    /// "zeg ik liever niet"); the form shows it apart.
    pub exclusive: bool,
}

/// The options of `fact` in `lang`, with the honest extra answers at the end.
/// Area options come from the catalogue. A typed question (age) has none
/// but its "zeg ik liever niet".
pub fn choices(lang: Lang, fact: Fact, cat: &Catalogue, answers: &Answers) -> Vec<Choice> {
    let def = fact.def();
    let mut codes: Vec<String> = match def.options {
        Options::Codes(codes) => codes.iter().map(|c| c.to_string()).collect(),
        Options::YesNo => vec!["1".into(), "0".into()],
        Options::Areas => cat.areas.iter().map(|a| a.id.clone()).collect(),
        Options::Typed => Vec::new(),
    };
    if def.none {
        codes.push(NONE.into());
    }
    if def.dont_know {
        codes.push(DONT_KNOW.into());
    }
    if def.prefer_not {
        codes.push(PREFER_NOT.into());
    }
    codes
        .into_iter()
        .map(|code| Choice {
            label: option_label(lang, fact, &code, cat, answers),
            hint: (def.hint)(&code).map(|m| t(lang, m)),
            exclusive: code == NONE || code == DONT_KNOW || code == PREFER_NOT,
            code,
        })
        .collect()
}

/// The label of one option code of `fact`.
pub fn option_label(lang: Lang, fact: Fact, code: &str, cat: &Catalogue, answers: &Answers) -> String {
    let about = answers.about();
    let def = fact.def();
    let msg = match (def.options, code) {
        (_, DONT_KNOW) => Some(Msg::DontKnow),
        (_, PREFER_NOT) => Some(Msg::PreferNotToSay),
        (Options::YesNo, "1") => Some(Msg::Yes),
        (Options::YesNo, "0") => Some(Msg::No),
        _ => (def.label)(code),
    };
    match msg {
        // Income in euros per month for this household, not a percentage.
        Some(m @ Msg::IncomeLabel(band)) => {
            let minimum = social_minimum(answers.household.known().copied(), answers.age.known().copied());
            let (lower, upper) = band_in_euros(band, minimum);
            let upper = upper.map_or(String::new(), |u| money(lang, u));
            tf_about(lang, m, about, &[("onder", &money(lang, lower)), ("boven", &upper)])
        }
        Some(m) => t_about(lang, m, about).into_owned(),
        None => cat.area_name(code).unwrap_or(code).to_string(),
    }
}

/// The form's state for one question: the ticked codes, and the typed
/// number (age).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormState {
    pub ticked: Vec<String>,
    pub number: String,
}

/// A key of the kiosk's on-screen number pad (a kiosk has no keyboard).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PadKey {
    Digit(u8),
    Erase,
}

/// At most this many digits: an age.
const PAD_MAX_DIGITS: usize = 3;

/// Applies a number-pad key to the number being typed; a digit also
/// clears "zeg ik liever niet", as typing does.
pub fn press(f: &mut FormState, key: PadKey) {
    match key {
        PadKey::Digit(d) if d <= 9 && f.number.len() < PAD_MAX_DIGITS => {
            f.number.push(char::from(b'0' + d));
            f.ticked.clear();
        }
        PadKey::Digit(_) => {}
        PadKey::Erase => {
            f.number.pop();
        }
    }
}

/// The form's state for `fact` from the answers, so Back and "Wijzig" show
/// what was chosen before.
pub fn form_state(a: &Answers, fact: Fact) -> FormState {
    let codes = a.slot(fact).codes();
    if fact.def().input == Input::Number && codes.first().is_some_and(|c| c != PREFER_NOT) {
        return FormState {
            ticked: Vec::new(),
            number: codes.concat(),
        };
    }
    FormState {
        ticked: codes,
        number: String::new(),
    }
}

/// A tick or untick on the form. One choice: only this one stays. Several:
/// an exclusive option clears the others, and any other clears the
/// exclusive ones.
pub fn tick(form: &mut FormState, fact: Fact, choice: &str, on: bool) {
    let exclusive = choice == NONE || choice == DONT_KNOW || choice == PREFER_NOT;
    let list = &mut form.ticked;
    if fact.def().input != Input::Multiple || exclusive {
        list.clear();
    } else {
        list.retain(|c| c != NONE && c != DONT_KNOW && c != PREFER_NOT);
    }
    list.retain(|c| c != choice);
    if on {
        list.push(choice.to_string());
    }
}

/// Stores a form answer. On an error the answers stay as they were.
pub fn apply_answer(a: &mut Answers, fact: Fact, form: &FormState) -> Result<(), AnswerError> {
    let number = form.number.trim();
    if fact.def().input == Input::Number && !number.is_empty() && form.ticked.iter().any(|c| c == PREFER_NOT) {
        return Err(AnswerError::NumberAndPreferNot);
    }
    let codes: Vec<&str> = if fact.def().input == Input::Number && !form.ticked.iter().any(|c| c == PREFER_NOT) {
        if number.is_empty() {
            return Err(AnswerError::InvalidNumber);
        }
        vec![number]
    } else {
        form.ticked.iter().map(String::as_str).collect()
    };
    if codes.is_empty() {
        return Err(AnswerError::NothingChosen);
    }
    a.slot_mut(fact).set_codes(&codes)
}

/// The answer to `fact` as text, for the check page and the printed sheet.
pub fn answer_text(lang: Lang, fact: Fact, cat: &Catalogue, a: &Answers) -> String {
    let form = form_state(a, fact);
    if !form.number.is_empty() {
        return format!("{} {}", form.number, t(lang, Msg::AgeUnit));
    }
    if form.ticked.is_empty() {
        return t(lang, Msg::NotAnswered).to_string();
    }
    form.ticked
        .iter()
        .map(|c| option_label(lang, fact, c, cat, a))
        .collect::<Vec<_>>()
        .join(", ")
}
