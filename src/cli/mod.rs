//! The `catalogue` command (feature `maintainer`): check files, print the
//! schema, run a scenario. Kept in the library so tests can call it directly.
//!
//! * `check`: every problem in each file, with line and column.
//! * `scenario`: the questions and suggestions one resident gets.
//! * `taal`: a translator file against the Dutch source.
//! * `test`: a gemeente's scenarios file (`core::acceptance`) against its catalogue.
//! * `import`, `export`: HSDS 3.0 and the spreadsheet template.
//! * `thema`: a gemeente's NL Design System theme as Routekaart's `--rk-*` tokens.
//! * `prerender`: the start page as static HTML in the built page (build step).

mod acceptance;
mod check;
pub mod interchange;
pub mod prerender;
pub mod scenario;
mod theme;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::core::calendar::Date;
use crate::core::catalogue::Catalogue;

const USAGE: &str = "Gebruik:
  catalogue check BESTAND...        controleer catalogusbestanden (alle fouten, met regel en kolom)
  catalogue schema                  druk het JSON Schema van het formaat af
  catalogue scenario CATALOGUS ANTWOORDEN.json [--json] [--national BESTAND]
                                    laat zien welke vragen en suggesties een inwoner krijgt
  catalogue taal BESTAND.ftl...     controleer een vertaling (public/taal/xx.ftl) tegen nl.ftl
  catalogue test CATALOGUS [SCENARIOS.json] [--national BESTAND]
                                    draai de inwoners van de gemeente (standaard: <gemeente>.scenarios.json ernaast)
  catalogue import hsds BESTAND.json
  catalogue import csv BESTAND.csv  maak een catalogus van HSDS 3.0 of een spreadsheet; de catalogus
                                    komt op het scherm (> bestand.json), wat is ingevuld of
                                    weggelaten als melding
  catalogue export hsds CATALOGUS   de catalogus als HSDS 3.0 (een JSON-lijst van diensten)
  catalogue export csv CATALOGUS    de catalogus als spreadsheet (CSV met ;, UTF-8)
  catalogue thema THEMA.css|TOKENS.json [--uit thema.css]
                                    zet een NL Design System-thema (design tokens als CSS of
                                    JSON) om in de --rk-tokens van Routekaart; kleuren met te
                                    weinig contrast houden de kleur van Routekaart (met melding)
  catalogue prerender PAGINA.html   zet de startpagina als HTML in de gebouwde pagina
                                    (met catalogus/index.json ernaast; stap van de build)
  catalogue boot-texts PAGINA.html...
                                    zet de opstartmeldingen in alle talen in de gebouwde
                                    pagina's (stap van de build)";

/// Runs the command and returns the process exit code.
pub fn run(args: Vec<String>) -> i32 {
    match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check::check_files(&args[1..]),
        Some("schema") => {
            print!("{}", schema_json());
            0
        }
        Some("scenario") => scenario::run(&args[1..]),
        Some("taal") if args.len() > 1 => check_translations(&args[1..]),
        Some("test") => acceptance::run(&args[1..]),
        Some("import") => interchange::import(&args[1..]),
        Some("export") => interchange::export(&args[1..]),
        Some("thema") => theme::run(&args[1..]),
        Some("prerender") if args.len() == 2 => prerender_file(Path::new(&args[1])),
        Some("boot-texts") if args.len() > 1 => boot_texts_files(&args[1..]),
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

/// `catalogue taal`: each file's problems, one per line; the language is the
/// file's name (`ar.ftl`). Exit code 1 when any file has a problem.
fn check_translations(files: &[String]) -> i32 {
    let mut code = 0;
    for file in files {
        let path = Path::new(file);
        let lang = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(crate::core::i18n::Lang::from_code);
        let Some(lang) = lang else {
            eprintln!("{file}: de bestandsnaam moet een taalcode zijn, zoals ar.ftl");
            code = 1;
            continue;
        };
        let problems = match std::fs::read_to_string(path) {
            Ok(source) => crate::core::i18n::check::check_file(lang, &source),
            Err(e) => vec![format!("kan het bestand niet lezen: {e}")],
        };
        if problems.is_empty() {
            println!("{file}: in orde");
        } else {
            code = 1;
            println!("{file}: {} probleem/problemen", problems.len());
            for p in problems {
                println!("  {p}");
            }
        }
    }
    code
}

/// `catalogue prerender PAGE.html`: rewrites the built page in place.
fn prerender_file(page: &Path) -> i32 {
    let index = page.with_file_name("catalogus").join("index.json");
    let result = std::fs::read_to_string(page)
        .map_err(|e| format!("{}: kan de pagina niet lezen: {e}", page.display()))
        .and_then(|html| {
            let json = std::fs::read_to_string(&index)
                .map_err(|e| format!("{}: kan de lijst van gemeenten niet lezen: {e}", index.display()))?;
            prerender::prerender_page(&html, &json).map_err(|e| format!("{}: {e}", page.display()))
        })
        .and_then(|html| {
            std::fs::write(page, html).map_err(|e| format!("{}: kan niet schrijven: {e}", page.display()))
        });
    match result {
        Ok(()) => {
            println!("{}: startpagina voorgerenderd", page.display());
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

/// `catalogue boot-texts PAGE.html...`: rewrites each built page in place.
fn boot_texts_files(pages: &[String]) -> i32 {
    let mut code = 0;
    for page in pages {
        let result = std::fs::read_to_string(page)
            .map_err(|e| format!("{page}: kan de pagina niet lezen: {e}"))
            .and_then(|html| prerender::with_boot_texts(&html).map_err(|e| format!("{page}: {e}")))
            .and_then(|html| std::fs::write(page, html).map_err(|e| format!("{page}: kan niet schrijven: {e}")));
        match result {
            Ok(()) => println!("{page}: opstartmeldingen in alle talen"),
            Err(e) => {
                eprintln!("{e}");
                code = 1;
            }
        }
    }
    code
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

/// Why a command could not do its work; each says so in a Dutch sentence a
/// maintainer understands, naming the file.
#[derive(Debug)]
pub enum CliError {
    /// Wrong arguments: the usage line.
    Usage(&'static str),
    /// A file could not be opened or read.
    Read { path: PathBuf, source: std::io::Error },
    /// A catalogue with errors (the findings, with line and column).
    Catalogue { path: PathBuf, findings: Vec<String> },
    /// An answers file that is not valid JSON or has an unknown question or value.
    Answers { path: PathBuf, detail: String },
    /// Mistakes in a scenarios file, each a line naming file, resident and field.
    Scenarios { lines: Vec<String> },
    /// A file to import that cannot be read, each problem in a sentence.
    Import { path: PathBuf, messages: Vec<String> },
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(usage) => f.write_str(usage),
            CliError::Read { path, source } => write!(f, "{}: kan niet gelezen worden ({source})", path.display()),
            CliError::Catalogue { path, findings } => {
                let lines: Vec<String> = findings.iter().map(|x| format!("{}:{x}", path.display())).collect();
                f.write_str(&lines.join("\n"))
            }
            CliError::Answers { path, detail } => write!(f, "{}: {detail}", path.display()),
            CliError::Scenarios { lines } => f.write_str(&lines.join("\n")),
            CliError::Import { path, messages } => {
                let lines: Vec<String> = messages.iter().map(|m| format!("{}: {m}", path.display())).collect();
                f.write_str(&lines.join("\n"))
            }
        }
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CliError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Reads a file, with a message a maintainer understands on failure.
pub fn read(path: &Path) -> Result<String, CliError> {
    std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads and fully checks one catalogue file.
pub fn load_catalogue(path: &Path) -> Result<Catalogue, CliError> {
    use crate::core::catalogue::validate::{check, CheckOptions};
    let checked = check(&read(path)?, CheckOptions::default());
    let findings: Vec<String> = checked.errors().map(|f| f.to_string()).collect();
    match checked.catalogue {
        Some(c) if findings.is_empty() => Ok(c),
        _ => Err(CliError::Catalogue {
            path: path.to_path_buf(),
            findings,
        }),
    }
}
