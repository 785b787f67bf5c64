//! A resident's walk through the questionnaire, simulated: which questions
//! they get, given everything they would answer. Used by the `catalogue
//! scenario` command and the scenario tests.

use serde_json::Value;

use crate::core::answers::{decode, Answers, DecodeError, Fact};
use crate::core::catalogue::Catalogue;
use crate::core::matching::{suggest, Suggestion};
use crate::core::questionnaire::{next_question, question};

/// Reads an answers file: a JSON object with the share-link keys spelled out,
/// e.g. `{"themes": ["contact"], "age": 78, "caring": "ouder", "debts": false}`.
/// `"?"` means "weet ik niet", `"!"` "zeg ik liever niet".
pub fn answers_from_json(v: &Value) -> Result<Answers, String> {
    let obj = v.as_object().ok_or("het antwoordenbestand moet een JSON-object zijn")?;
    let mut parts = vec![crate::core::answers::ENCODING_VERSION.to_string()];
    for (name, value) in obj {
        let fact = fact_by_name(name).ok_or_else(|| format!("onbekende vraag “{name}”"))?;
        let encoded = match value {
            Value::Array(items) if items.is_empty() => "-".to_string(),
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().unwrap_or("").to_string())
                .collect::<Vec<_>>()
                .join("+"),
            Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            Value::Null => "-".to_string(),
            Value::Object(_) => return Err(format!("“{name}”: een object is hier geen geldig antwoord")),
        };
        parts.push(format!("{}:{encoded}", fact.key()));
    }
    decode(&parts.join("~")).map_err(|e| match e {
        DecodeError::Damaged { detail } | DecodeError::Outdated { version: detail } => detail,
    })
}

/// Names used in answers files.
pub fn fact_name(f: Fact) -> &'static str {
    match f {
        Fact::Themes => "themes",
        Fact::Safety => "safety",
        Fact::Area => "area",
        Fact::Age => "age",
        Fact::Household => "household",
        Fact::ChildAges => "child_ages",
        Fact::Income => "income",
        Fact::Work => "work",
        Fact::Caring => "caring",
        Fact::Health => "health",
        Fact::Debts => "debts",
        Fact::Language => "language",
        Fact::HelpTried => "help_tried",
    }
}

fn fact_by_name(name: &str) -> Option<Fact> {
    Fact::ALL.into_iter().find(|&f| fact_name(f) == name)
}

/// Copies one fact's answer from `from` into `to`.
fn copy_answer(from: &Answers, to: &mut Answers, fact: Fact) {
    match fact {
        Fact::Themes => to.themes = from.themes.clone(),
        Fact::Safety => to.safety = from.safety.clone(),
        Fact::Area => to.area = from.area.clone(),
        Fact::Age => to.age = from.age.clone(),
        Fact::Household => to.household = from.household.clone(),
        Fact::ChildAges => to.child_ages = from.child_ages.clone(),
        Fact::Income => to.income = from.income.clone(),
        Fact::Work => to.work = from.work.clone(),
        Fact::Caring => to.caring = from.caring.clone(),
        Fact::Health => to.health = from.health.clone(),
        Fact::Debts => to.debts = from.debts.clone(),
        Fact::Language => to.language = from.language.clone(),
        Fact::HelpTried => to.help_tried = from.help_tried.clone(),
    }
}

/// The outcome of a simulated walk.
pub struct Walk<'a> {
    /// The questions asked, in order.
    pub asked: Vec<Fact>,
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
    while let Some(fact) = next_question(cat, &answers) {
        if asked.contains(&fact) {
            break; // defensive: never loop
        }
        asked.push(fact);
        copy_answer(all, &mut answers, fact);
        if !answers.is_answered(fact) {
            if fact == Fact::Themes {
                break; // nothing to ask without a life area
            }
            answers.slot_mut(fact).set_vague(question(fact).dont_know);
        }
    }
    let suggestions = suggest(cat, &answers);
    Walk {
        asked,
        answers,
        suggestions,
    }
}
