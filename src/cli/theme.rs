//! `catalogue thema THEMA [--uit BESTAND.css]`: a gemeente's NL Design System
//! theme (its design tokens as CSS custom properties or as a tokens JSON
//! file) converted to Routekaart's `--rk-*` tokens (`core::theme::map_theme`).
//! Prints each token with where it came from and each finding; writes the
//! safe stylesheet to `--uit`, or to standard output with the report on
//! standard error. That stylesheet is the theme the resident's page is built
//! with and a widget's `data-thema` (README, "Thema").

use std::path::Path;

use crate::core::theme::{map_theme, Source};

const USAGE: &str = "Gebruik: catalogue thema THEMA.css|TOKENS.json [--uit thema.css]";

pub fn run(args: &[String]) -> i32 {
    let (file, out) = match args {
        [file] => (file, None),
        [file, flag, out] if flag == "--uit" => (file, Some(out)),
        [flag, out, file] if flag == "--uit" => (file, Some(out)),
        _ => {
            eprintln!("{USAGE}");
            return 2;
        }
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: kan niet gelezen worden ({e})");
            return 1;
        }
    };
    let mapping = map_theme(&text);
    let mut report = Vec::new();
    for t in &mapping.tokens {
        let from = match &t.from {
            Source::Explicit => "zelf gezet in het thema".to_string(),
            Source::Theme(name) => format!("uit {name}"),
        };
        report.push(format!("{}: {} ({from})", t.name, t.value));
    }
    for f in &mapping.findings {
        report.push(format!("let op: {}", f.sentence()));
    }
    report.push(if mapping.findings.is_empty() {
        format!("{file}: {} tokens overgenomen, in orde", mapping.tokens.len())
    } else {
        format!(
            "{file}: {} tokens overgenomen, {} meldingen; waar een melding staat houdt Routekaart zijn eigen waarde",
            mapping.tokens.len(),
            mapping.findings.len()
        )
    });
    let sheet = mapping.stylesheet();
    match out {
        Some(out) => {
            if let Err(e) = std::fs::write(Path::new(out), &sheet) {
                eprintln!("{out}: kan niet geschreven worden ({e})");
                return 1;
            }
            println!("{}", report.join("\n"));
            println!("geschreven: {out}");
        }
        None => {
            eprintln!("{}", report.join("\n"));
            print!("{sheet}");
        }
    }
    i32::from(mapping.tokens.is_empty())
}
