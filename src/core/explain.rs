//! Reasons, open points, opening times and costs as sentences, through the
//! translation layer.

use crate::core::catalogue::{Cost, Service};
use crate::core::i18n::{t, tf, Lang, Msg};
use crate::core::matching::{Open, Reason};
use crate::core::opening::Opening;

fn join(lang: Lang, items: Vec<&str>) -> String {
    let and = if lang == Lang::Nl { " en " } else { " and " };
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// A reason as a sentence in `lang`.
pub fn reason_text(lang: Lang, r: &Reason) -> String {
    match r {
        Reason::AsksHelpWith(themes) => {
            let labels = themes
                .iter()
                .map(|&th| t(lang, Msg::ThemeLabel(th)).to_lowercase())
                .collect::<Vec<_>>();
            tf(
                lang,
                Msg::ReasonAsksHelpWith,
                &[("themes", &join(lang, labels.iter().map(String::as_str).collect()))],
            )
        }
        Reason::InSituation(s) | Reason::Danger(s) => t(lang, Msg::ReasonSituation(*s)).to_string(),
        Reason::CaresFor(who) => t(lang, Msg::ReasonCaresFor(*who)).to_string(),
        Reason::Age { age, min, max } => {
            let (age, lo, hi) = (age.to_string(), min.map(|m| m.to_string()), max.map(|m| m.to_string()));
            match (lo, hi) {
                (Some(lo), Some(hi)) => tf(
                    lang,
                    Msg::ReasonAgeBetween,
                    &[("age", &age), ("min", &lo), ("max", &hi)],
                ),
                (Some(lo), None) => tf(lang, Msg::ReasonAgeFrom, &[("age", &age), ("min", &lo)]),
                (None, Some(hi)) => tf(lang, Msg::ReasonAgeUpTo, &[("age", &age), ("max", &hi)]),
                (None, None) => String::new(),
            }
        }
        Reason::Household(h) => t(lang, Msg::ReasonHousehold(*h)).to_string(),
        Reason::Children(ages) => {
            let labels = ages.iter().map(|&a| t(lang, Msg::ChildAgeLabel(a))).collect();
            tf(lang, Msg::ReasonChildren, &[("ages", &join(lang, labels))])
        }
        Reason::IncomeBelow { limit, .. } => tf(lang, Msg::ReasonIncomeBelow, &[("limit", &limit.to_string())]),
        Reason::InYourArea(area) => tf(lang, Msg::ReasonInYourArea, &[("area", area)]),
        Reason::OpenToEveryone => t(lang, Msg::ReasonOpenToEveryone).to_string(),
        Reason::NoApplication => t(lang, Msg::ReasonNoApplication).to_string(),
        Reason::ManyLifeAreas(n) => tf(lang, Msg::ReasonManyLifeAreas, &[("n", &n.to_string())]),
        Reason::LighterHelpDidNotWork => t(lang, Msg::ReasonLighterHelpDidNotWork).to_string(),
        Reason::NeedsDecision(name) => tf(lang, Msg::ReasonNeedsDecision, &[("name", name.get(lang).0)]),
    }
}

/// An open point as a sentence in `lang`.
pub fn open_text(lang: Lang, o: &Open) -> String {
    match o {
        Open::Unknown(f) => t(lang, Msg::OpenUnknown(*f)).to_string(),
        Open::IncomeNearLimit { limit } => tf(lang, Msg::OpenIncomeNearLimit, &[("limit", &limit.to_string())]),
        Open::Unchecked(text) => text.get(lang).0.to_string(),
    }
}

/// "Nu open tot 16:00" or "Volgende inloop: dinsdag 3-2, 09:00 tot 12:00".
pub fn opening_text(lang: Lang, o: Opening) -> String {
    match o {
        Opening::OpenNow { until } => tf(lang, Msg::OpenNowUntil, &[("time", &until.to_string())]),
        Opening::Next {
            date,
            weekday,
            opens,
            closes,
        } => tf(
            lang,
            Msg::NextWalkIn,
            &[
                ("day", t(lang, Msg::Weekday(weekday))),
                ("date", &format!("{}-{}", date.day, date.month)),
                ("opens", &opens.to_string()),
                ("closes", &closes.to_string()),
            ],
        ),
        Opening::NoneSoon => t(lang, Msg::NoWalkInSoon).to_string(),
    }
}

/// What the service costs: the catalogue's own words, else the kind of cost;
/// `None` when unknown.
pub fn cost_text(lang: Lang, s: &Service) -> Option<String> {
    if let Some(f) = &s.fees_description {
        return Some(f.get(lang).0.to_string());
    }
    match s.cost {
        Cost::Gratis => Some(t(lang, Msg::CostFree).to_string()),
        Cost::EigenBijdrage => Some(t(lang, Msg::CostContribution).to_string()),
        Cost::Betaald => Some(t(lang, Msg::CostPaid).to_string()),
        Cost::Onbekend => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::Text;

    #[test]
    fn a_service_that_needs_a_decision_is_named_in_the_residents_language() {
        let mut name = Text::nl("Huishoudelijke hulp");
        name.0.insert("en".into(), "Help in the home".into());
        let reason = Reason::NeedsDecision(&name);
        let en = reason_text(Lang::En, &reason);
        assert!(en.contains("“Help in the home”"), "{en}");
        let nl = reason_text(Lang::Nl, &reason);
        assert!(nl.contains("“Huishoudelijke hulp”"), "{nl}");
    }
}
