//! `catalogue test CATALOGUS [SCENARIOS.json] [--national BESTAND]`: runs a
//! gemeente's acceptance tests (`core::acceptance`), by default the
//! `<gemeente>.scenarios.json` next to the catalogue, with the national file
//! found as `catalogue scenario` finds it. Prints each resident "in orde" or
//! its failures and the table; exit code 1 on a failure or a mistake in a file.

use std::path::PathBuf;

use super::{load_catalogue, read, CliError};
use crate::core::acceptance::{parse, run as run_scenarios, SUFFIX};

const USAGE: &str = "Gebruik: catalogue test CATALOGUS [SCENARIOS.json] [--national BESTAND]";

pub fn run(args: &[String]) -> i32 {
    match run_inner(args) {
        Ok((out, passed)) => {
            print!("{out}");
            i32::from(!passed)
        }
        Err(e @ CliError::Usage(_)) => {
            eprintln!("{e}");
            2
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

/// The report as text, and whether every resident passed.
pub fn run_inner(args: &[String]) -> Result<(String, bool), CliError> {
    let mut positional = Vec::new();
    let mut national: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--national" => national = Some(it.next().map(PathBuf::from).ok_or(CliError::Usage(USAGE))?),
            _ => positional.push(PathBuf::from(a)),
        }
    }
    let (cat_path, scenarios_path) = match positional.as_slice() {
        [cat] => {
            let stem = cat.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            (cat.clone(), cat.with_file_name(format!("{stem}{SUFFIX}")))
        }
        [cat, scenarios] => (cat.clone(), scenarios.clone()),
        _ => return Err(CliError::Usage(USAGE)),
    };
    // As `catalogue scenario`: landelijk.json next to the catalogue.
    let national = national.or_else(|| {
        let guess = cat_path.with_file_name("landelijk.json");
        (guess.exists() && guess != cat_path).then_some(guess)
    });
    let own = load_catalogue(&cat_path)?;
    let national = national.map(|n| load_catalogue(&n)).transpose()?;
    if !scenarios_path.exists() {
        return Err(CliError::Answers {
            path: scenarios_path,
            detail: format!(
                "geen scenariobestand: schrijf de inwoners van {} in dit bestand, of noem een ander: {USAGE}",
                cat_path.display()
            ),
        });
    }
    let text = read(&scenarios_path)?;
    let name = scenarios_path.display().to_string();
    let mistakes = |errors: Vec<crate::core::acceptance::ScenarioError>| CliError::Scenarios {
        lines: errors.iter().map(ToString::to_string).collect(),
    };
    let scenarios = parse(&name, &text).map_err(mistakes)?;
    let report = run_scenarios(&scenarios, &own, national.as_ref()).map_err(mistakes)?;
    let mut out = report.table();
    out.push('\n');
    out += &report.text();
    Ok((out, report.passed()))
}
