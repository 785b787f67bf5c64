//! A resident's walk through the questionnaire, simulated: which questions
//! they get, given everything they would answer. Used by the `catalogue
//! scenario` command and the scenario tests.

use std::fmt;

use serde_json::Value;

use crate::core::answers::{AnswerError, Answers, Fact};
use crate::core::catalogue::Catalogue;
use crate::core::matching::{suggest, Suggestion};
use crate::core::questionnaire::{next_question, next_refinement};

/// Why an answers file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswersFileError {
    NotAnObject,
    UnknownQuestion(String),
    BadAnswer { question: String, error: AnswerError },
}

impl fmt::Display for AnswersFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswersFileError::NotAnObject => f.write_str("het antwoordenbestand moet een JSON-object zijn"),
            AnswersFileError::UnknownQuestion(name) => {
                let known: Vec<&str> = Fact::ALL.iter().map(|f| f.def().name).collect();
                write!(f, "onbekende vraag “{name}”; bekend zijn: {}", known.join(", "))
            }
            AnswersFileError::BadAnswer { question, error } => {
                let why = match error {
                    AnswerError::NothingChosen => "er is niets gekozen".to_string(),
                    AnswerError::InvalidNumber => "dit moet een heel getal van 0 tot 120 zijn".to_string(),
                    AnswerError::UnknownCode(code) => format!("“{code}” is geen mogelijk antwoord"),
                    AnswerError::NumberAndPreferNot => "een getal én “zeg ik liever niet”: kies één".to_string(),
                };
                write!(f, "“{question}”: {why}")
            }
        }
    }
}

impl std::error::Error for AnswersFileError {}

/// Reads an answers file: a JSON object with each question's name (see
/// `questions`) and its answer as codes, e.g. `{"themes": ["contact"],
/// "age": 78, "caring": "ouder", "debts": false}`. `"?"` means "weet ik
/// niet", `"!"` "zeg ik liever niet", `[]` or `null` "none of these".
pub fn answers_from_json(v: &Value) -> Result<Answers, AnswersFileError> {
    let obj = v.as_object().ok_or(AnswersFileError::NotAnObject)?;
    let mut answers = Answers::default();
    for (name, value) in obj {
        let fact = Fact::ALL
            .into_iter()
            .find(|f| f.def().name == name)
            .ok_or_else(|| AnswersFileError::UnknownQuestion(name.clone()))?;
        let bad = |error| AnswersFileError::BadAnswer {
            question: name.clone(),
            error,
        };
        let codes: Vec<String> = match value {
            Value::Array(items) if items.is_empty() => vec![crate::core::answers::NONE.into()],
            Value::Array(items) => items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map(String::from)
                        .ok_or_else(|| bad(AnswerError::UnknownCode(i.to_string())))
                })
                .collect::<Result<_, _>>()?,
            Value::Bool(b) => vec![if *b { "1" } else { "0" }.into()],
            Value::Number(n) => vec![n.to_string()],
            Value::String(s) => vec![s.clone()],
            Value::Null => vec![crate::core::answers::NONE.into()],
            Value::Object(_) => return Err(bad(AnswerError::UnknownCode("{…}".into()))),
        };
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        answers.slot_mut(fact).set_codes(&codes).map_err(bad)?;
    }
    Ok(answers)
}

/// Names used in answers files.
pub fn fact_name(f: Fact) -> &'static str {
    f.def().name
}

/// The outcome of a simulated walk.
pub struct Walk<'a> {
    /// The questions asked, in order.
    pub asked: Vec<Fact>,
    /// The refinements answered after the results ("Maak uw uitkomst
    /// preciezer"), in order: optional, so not counted as questions asked.
    pub refined: Vec<Fact>,
    /// The answers given to them.
    pub answers: Answers,
    pub suggestions: Vec<Suggestion<'a>>,
}

/// Walks the questionnaire as a resident who would answer `all` would. A
/// question the resident has no answer for gets "weet ik niet" where offered,
/// else "zeg ik liever niet" (so the walk always ends).
pub fn walk<'a>(cat: &'a Catalogue, all: &Answers) -> Walk<'a> {
    let mut answers = Answers::default();
    let mut asked = Vec::new();
    // The questions before the results, then "Maak uw uitkomst preciezer":
    // the refinements this resident has an answer for, in order. A
    // refinement can make another question count for the first screen;
    // that one is asked next, as in the app.
    let mut refined = Vec::new();
    let mut after = None;
    loop {
        if let Some(fact) = next_question(cat, &answers) {
            if asked.contains(&fact) || refined.contains(&fact) {
                break; // defensive: never loop
            }
            asked.push(fact);
            answers.copy_from(all, fact);
            if !answers.is_answered(fact) {
                if fact == Fact::Themes {
                    break; // nothing to ask without a life area
                }
                answers.slot_mut(fact).set_vague(fact.def().dont_know);
            }
            continue;
        }
        let Some(fact) = next_refinement(cat, &answers, after) else {
            break;
        };
        after = Some(fact);
        if all.is_answered(fact) && !refined.contains(&fact) {
            answers.copy_from(all, fact);
            refined.push(fact);
        }
    }
    let suggestions = suggest(cat, &answers);
    Walk {
        asked,
        refined,
        answers,
        suggestions,
    }
}
