//! The `catalogue` command (native only): check files, print the schema,
//! run a scenario. Kept in the library so tests can call it directly.

use std::path::Path;

use crate::core::calendar::Date;
use crate::core::catalogue::validate::{check, check_index, check_merge, is_index, CheckOptions, Severity};
use crate::core::catalogue::{Catalogue, Scope};

const USAGE: &str = "Gebruik:
  catalogue check BESTAND...        controleer catalogusbestanden (alle fouten, met regel en kolom)
  catalogue schema                  druk het JSON Schema van het formaat af
  catalogue scenario CATALOGUS ANTWOORDEN.json [--json] [--national BESTAND]
                                    laat zien welke vragen en suggesties een inwoner krijgt";

/// Runs the command and returns the process exit code.
pub fn run(args: Vec<String>) -> i32 {
    match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check_files(&args[1..]),
        Some("schema") => {
            print!("{}", schema_json());
            0
        }
        Some("scenario") => crate::cli_scenario::run(&args[1..]),
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    }
}

/// The JSON Schema of the catalogue format, generated from the Rust types.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Catalogue);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Today's date from the system clock (UTC), for review-date warnings.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_days_since_epoch(secs.div_euclid(86_400))
}

fn check_files(files: &[String]) -> i32 {
    let options = CheckOptions { today: Some(today()) };
    let (mut errors, mut warnings) = (0, 0);
    let mut national: Option<Catalogue> = None;
    let mut gemeenten: Vec<(String, Catalogue)> = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                println!("{file}: fout: het bestand kan niet gelezen worden ({e})");
                errors += 1;
                continue;
            }
        };
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
        }
    }
    let verdict = if errors == 0 { "in orde" } else { "NIET in orde" };
    println!(
        "{} bestand(en) gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en): {verdict}",
        files.len()
    );
    i32::from(errors > 0)
}

/// Reads a file, with a message a maintainer understands on failure.
pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: kan niet gelezen worden ({e})", path.display()))
}
