//! `catalogue scenario CATALOGUS ANTWOORDEN.json [--json] [--national FILE]`:
//! the questions a resident gets and the suggestions in route order, with
//! reasons, as text or JSON. For maintainers testing their catalogue.

use serde_json::json;
use std::path::PathBuf;

use super::{load_catalogue, read, CliError};
use crate::core::explain::{open_text, reason_text};
use crate::core::i18n::{t, t_about, Lang, Msg};
use crate::core::matching::Fit;
use crate::core::relevance::begin_here;
use crate::core::scenario::{answers_from_json, fact_name, walk};

pub fn run(args: &[String]) -> i32 {
    match run_inner(args) {
        Ok(out) => {
            print!("{out}");
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

/// The scenario report as text (or JSON with `--json`).
pub fn run_inner(args: &[String]) -> Result<String, CliError> {
    let mut positional = Vec::new();
    let mut as_json = false;
    let mut national: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--national" => national = it.next().map(PathBuf::from),
            _ => positional.push(PathBuf::from(a)),
        }
    }
    let [cat_path, answers_path] = positional.as_slice() else {
        return Err(CliError::Usage(
            "Gebruik: catalogue scenario CATALOGUS ANTWOORDEN.json [--json] [--national BESTAND]",
        ));
    };
    let national = national.or_else(|| {
        let guess = cat_path.with_file_name("landelijk.json");
        (guess.exists() && guess != *cat_path).then_some(guess)
    });
    let mut cat = load_catalogue(cat_path)?;
    if let Some(n) = national {
        cat = cat.merged_with(&load_catalogue(&n)?);
    }
    let answers_text = read(answers_path)?;
    let bad_answers = |detail: String| CliError::Answers {
        path: answers_path.clone(),
        detail,
    };
    let value: serde_json::Value =
        serde_json::from_str(&answers_text).map_err(|e| bad_answers(format!("geen geldige JSON ({e})")))?;
    let all = answers_from_json(&value).map_err(|e| bad_answers(e.to_string()))?;
    let w = walk(&cat, &all);
    let lang = Lang::Nl;
    let about = w.answers.about();
    let begin = begin_here(&w.suggestions);
    if as_json {
        let suggestions: Vec<_> = w
            .suggestions
            .iter()
            .map(|s| {
                json!({
                    "id": s.service.id,
                    "name": s.service.name.get(lang).0,
                    "group": format!("{:?}", s.group),
                    "fit": format!("{:?}", s.fit),
                    "relevance": s.relevance,
                    "generic": s.is_generic(),
                    "near": s.near,
                    "reasons": s.reasons.iter().map(|r| reason_text(lang, r, about)).collect::<Vec<_>>(),
                    "open": s.open.iter().map(|o| open_text(lang, o, about)).collect::<Vec<_>>(),
                    "example_data": s.service.example_data,
                })
            })
            .collect();
        let out = json!({
            "catalogue": cat.id,
            "questions": w.asked.iter().map(|&f| fact_name(f)).collect::<Vec<_>>(),
            "begin_here": begin.iter().map(|&i| &w.suggestions[i].service.id).collect::<Vec<_>>(),
            "suggestions": suggestions,
        });
        return Ok(serde_json::to_string_pretty(&out).unwrap_or_default() + "\n");
    }
    let mut out = format!("Gemeente: {}\n\nVragen ({}):\n", cat.name, w.asked.len());
    for (i, f) in w.asked.iter().enumerate() {
        out += &format!("  {}. {}\n", i + 1, t_about(lang, Msg::QuestionTitle(*f), about));
    }
    out += "\nBegin hier:\n";
    for &i in &begin {
        let s = &w.suggestions[i];
        out += &format!(
            "  - {} [{}] (relevantie {})\n",
            s.service.name.get(lang).0,
            s.service.id,
            s.relevance
        );
    }
    let mut group = None;
    out += &format!("\nSuggesties ({}):\n", w.suggestions.len());
    for s in &w.suggestions {
        if group != Some(s.group) {
            group = Some(s.group);
            out += &format!("\n## {}\n", t(lang, Msg::GroupTitle(s.group)));
        }
        let fit = if s.fit == Fit::Eligible { "" } else { " (misschien)" };
        let generic = if s.is_generic() {
            ", alleen via een levensgebied"
        } else {
            ""
        };
        out += &format!(
            "- {} [{}]{fit} (relevantie {}{generic})\n",
            s.service.name.get(lang).0,
            s.service.id,
            s.relevance
        );
        for r in &s.reasons {
            out += &format!("    waarom: {}\n", reason_text(lang, r, about));
        }
        for o in &s.open {
            out += &format!("    nog open: {}\n", open_text(lang, o, about));
        }
    }
    Ok(out)
}
