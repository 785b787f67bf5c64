//! `catalogue check FILE...`: every problem in each file, with line and
//! column; the list of gemeenten and the national file are recognised, and
//! each gemeente is checked against the national file it is merged with
//! (ids that clash; urgent needs nothing meets outside office hours). A
//! scenarios file (`<gemeente>.scenarios.json`) is recognised too: it is read
//! (not run: that is `catalogue test`) and its services and kernen are looked
//! up in its gemeente's catalogue when that is among the files.

use std::path::Path;

use super::today;
use crate::core::acceptance::{self, Scenarios};
use crate::core::catalogue::validate::{
    check, check_after_hours, check_index, check_merge, is_index, translation_coverage, CheckOptions, Severity,
};
use crate::core::catalogue::{Catalogue, Scope};

/// Checks the files and returns the exit code (1 when any has errors).
pub fn check_files(files: &[String]) -> i32 {
    let (mut errors, mut warnings) = (0, 0);
    let mut national: Option<Catalogue> = None;
    let mut gemeenten: Vec<(String, Catalogue)> = Vec::new();
    let mut scenarios: Vec<Scenarios> = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                println!("{file}: fout: het bestand kan niet gelezen worden ({e})");
                errors += 1;
                continue;
            }
        };
        if acceptance::is_scenarios(file, &text) {
            match acceptance::parse(file, &text) {
                Ok(s) => {
                    println!(
                        "{file}: scenariobestand (geen catalogus) met {} inwoners en {} verwachtingen voor “{}” gelezen; \
                         draai het met: catalogue test",
                        s.residents.len(),
                        s.expectations(),
                        s.catalogue
                    );
                    scenarios.push(s);
                }
                Err(mistakes) => {
                    println!("{file}: scenariobestand (geen catalogus) met fouten:");
                    for m in &mistakes {
                        println!("{m}");
                    }
                    errors += mistakes.len();
                }
            }
            continue;
        }
        if is_index(&text) {
            let dir = Path::new(file).parent().unwrap_or(Path::new("."));
            let (index, findings) = check_index(&text, |name| dir.join(name).is_file());
            for f in &findings {
                println!("{file}:{f}");
            }
            errors += findings.len();
            if let Some(index) = index {
                println!("{file}: lijst met {} gemeenten gelezen", index.gemeenten.len());
            }
            continue;
        }
        // A document's file is named relative to the catalogue.
        let dir = Path::new(file).parent().unwrap_or(Path::new(".")).to_path_buf();
        let read_document = move |name: &str| std::fs::read_to_string(dir.join(name)).ok();
        let options = CheckOptions {
            today: Some(today()),
            read_document: Some(&read_document),
        };
        let checked = check(&text, options);
        for f in &checked.findings {
            println!("{file}:{f}");
            match f.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
        }
        if let Some(cat) = checked.catalogue {
            let n = cat.services.len();
            println!("{file}: {n} diensten, {} locaties gelezen", cat.locations.len());
            // What a resident who chooses another language reads in Dutch.
            let coverage: Vec<String> = translation_coverage(&cat)
                .into_iter()
                .map(|(lang, done, all)| format!("{} {done}/{all}", lang.code()))
                .collect();
            println!("{file}: vertaalde teksten: {}", coverage.join(", "));
            match cat.scope {
                Scope::Landelijk => national = Some(cat),
                Scope::Gemeente => gemeenten.push((file.clone(), cat)),
            }
        }
    }
    if let Some(nat) = &national {
        for (file, cat) in &gemeenten {
            for f in check_merge(cat, nat) {
                println!("{file}:{f}");
                errors += 1;
            }
            for f in check_after_hours(cat, nat) {
                println!("{file}:{f}");
                warnings += 1;
            }
        }
    }
    for s in &scenarios {
        let Some((_, own)) = gemeenten.iter().find(|(_, c)| c.id == s.catalogue) else {
            println!(
                "{}: de catalogus “{}” is niet meegegeven: diensten en kernen niet nagekeken",
                s.file, s.catalogue
            );
            continue;
        };
        let merged = match &national {
            Some(nat) => own.clone().merged_with(nat),
            None => own.clone(),
        };
        for m in acceptance::check_references(s, &merged) {
            println!("{m}");
            errors += 1;
        }
    }
    let verdict = if errors == 0 { "in orde" } else { "NIET in orde" };
    println!(
        "{} bestand(en) gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en): {verdict}",
        files.len()
    );
    i32::from(errors > 0)
}
