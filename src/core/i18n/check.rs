//! *feature `maintainer`*: checks a translator file against the Dutch source
//! (`catalogue taal FILE`, and the tests for every shipped language).

use std::collections::BTreeSet;

use super::ftl::{self, Pattern};
use super::Lang;
use crate::core::answers::ForWhom;

const WHO: [ForWhom; 2] = [ForWhom::Naaste, ForWhom::Helper];

fn form(m: &ftl::Message, who: ForWhom) -> Option<&Pattern> {
    m.attribute(who.code()).or_else(|| m.attribute("other"))
}

/// The `{names}` in a pattern's texts (every variant of a plural).
fn placeholders(p: &Pattern) -> BTreeSet<String> {
    p.texts()
        .iter()
        .flat_map(|text| {
            text.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Everything a translator file must hold to be shipped: the Dutch file's
/// messages and no others, the same placeholders, the other-person forms
/// Dutch has, every plural form of the language, and a review state.
pub fn check_file(lang: Lang, source: &str) -> Vec<String> {
    let Ok(dutch) = ftl::parse(super::DUTCH_SOURCE) else {
        return vec!["nl.ftl cannot be read".into()];
    };
    let file = match ftl::parse(source) {
        Ok(f) => f,
        Err(e) => return vec![e.to_string()],
    };
    let mut problems = Vec::new();
    for id in dutch.map.keys().filter(|id| !file.map.contains_key(*id)) {
        problems.push(format!("missing: {id}"));
    }
    for id in file.map.keys().filter(|id| !dutch.map.contains_key(*id)) {
        problems.push(format!("not in nl.ftl: {id}"));
    }
    match file.get("meta-status").map(|m| m.value.default_text()) {
        Some("nagekeken" | "concept") => {}
        other => problems.push(format!("meta-status must be nagekeken or concept, not {other:?}")),
    }
    for (id, nl) in &dutch.map {
        let Some(tr) = file.get(id) else { continue };
        if tr.value.texts().iter().any(|t| t.trim().is_empty()) {
            problems.push(format!("{id}: empty text"));
        }
        if placeholders(&tr.value) != placeholders(&nl.value) {
            problems.push(format!(
                "{id}: placeholders {:?}, Dutch has {:?}",
                placeholders(&tr.value),
                placeholders(&nl.value)
            ));
        }
        let by_number = matches!(&tr.value, Pattern::Select { variants, .. }
            if variants.iter().all(|(k, _)| k.parse::<u64>().is_ok()));
        if by_number {
            // A choice by exact number (a month's name): every number Dutch has.
            if let (Pattern::Select { variants: dutch, .. }, Pattern::Select { variants, .. }) = (&nl.value, &tr.value)
            {
                for (k, _) in dutch.iter().filter(|(k, _)| !variants.iter().any(|(x, _)| x == k)) {
                    problems.push(format!("{id}: no [{k}] form (Dutch has it)"));
                }
            }
        } else if let Pattern::Select { var, variants, .. } = &tr.value {
            for c in super::plural::integer_categories(lang) {
                if !variants.iter().any(|(k, _)| k == c.name()) {
                    problems.push(format!(
                        "{id}: no [{}] form (plural of ${var} in {})",
                        c.name(),
                        lang.code()
                    ));
                }
            }
        } else if matches!(nl.value, Pattern::Select { .. }) {
            problems.push(format!("{id}: Dutch counts here; give every plural form"));
        }
        for who in WHO {
            match (form(nl, who), form(tr, who)) {
                (None, None) => {}
                (Some(n), Some(x)) => {
                    let own = |p: &Pattern| {
                        let mut s = placeholders(p);
                        s.remove("wie");
                        s.remove("Wie");
                        s
                    };
                    if own(n) != own(x) {
                        problems.push(format!(
                            "{id} for {who:?}: placeholders {:?}, Dutch has {:?}",
                            own(x),
                            own(n)
                        ));
                    }
                }
                (n, x) => problems.push(format!(
                    "{id} for {who:?}: Dutch {} a form about someone else, this file {}",
                    if n.is_some() { "has" } else { "has no" },
                    if x.is_some() { "has" } else { "has not" }
                )),
            }
        }
        for (name, _) in &tr.attributes {
            if !["other", "naaste", "helper"].contains(&name.as_str()) {
                problems.push(format!("{id}: unknown attribute .{name}"));
            }
        }
    }
    // A Dutch sentence copied into another language is a missed translation.
    const SAME_EVERYWHERE: [&str; 6] = [
        "meta-status",
        "app-name",
        "title-suffix",
        "list-middle",
        "date-day-month",
        "web-source-year",
    ];
    if lang != Lang::En {
        for (id, nl) in &dutch.map {
            let copied = file.get(id).is_some_and(|tr| tr.value == nl.value);
            if copied
                && !SAME_EVERYWHERE.contains(&id.as_str())
                && nl.value.default_text().split_whitespace().count() > 1
            {
                problems.push(format!("{id}: still Dutch"));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A month by name is a choice by exact number, not a
    /// plural; a translation missing a month is reported.
    #[test]
    fn a_choice_by_number_needs_every_number_dutch_has() {
        let en = include_str!("../../../public/taal/en.ftl");
        assert_eq!(check_file(Lang::En, en), Vec::<String>::new());
        let without_may = en.replace("    [5] { $day } May\n", "");
        assert_ne!(without_may, en, "the fixture has May");
        let problems = check_file(Lang::En, &without_may);
        assert!(
            problems
                .iter()
                .any(|p| p == "date-day-month: no [5] form (Dutch has it)"),
            "{problems:?}"
        );
    }
}
