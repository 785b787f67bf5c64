//! `catalogue import hsds|csv FILE` and `catalogue export hsds|csv
//! CATALOGUE`: the catalogue or the other format on standard output; what
//! an import filled in or left out on standard error, one sentence a line.

use std::path::Path;

use super::{load_catalogue, read, CliError};
use crate::core::interchange::{
    catalogue_json, export_csv, export_hsds_json, import_csv, import_hsds, ImportOptions, Imported,
};

const FORMATS: &str = "Kies hsds of csv: catalogue import hsds BESTAND.json, catalogue import csv BESTAND.csv.";

/// Reads `file` as HSDS 3.0 JSON or as the spreadsheet template.
pub fn import_file(format: &str, file: &Path) -> Result<Imported, CliError> {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let options = ImportOptions::from_file_name(stem);
    let fail = |messages: Vec<String>| CliError::Import {
        path: file.to_path_buf(),
        messages,
    };
    match format {
        "hsds" => import_hsds(&read(file)?, &options).map_err(|m| fail(vec![m])),
        "csv" => {
            let bytes = std::fs::read(file).map_err(|source| CliError::Read {
                path: file.to_path_buf(),
                source,
            })?;
            import_csv(&bytes, &options).map_err(|errors| fail(errors.iter().map(ToString::to_string).collect()))
        }
        _ => Err(CliError::Usage(FORMATS)),
    }
}

/// A checked catalogue as HSDS 3.0 JSON or as the spreadsheet template.
pub fn export_file(format: &str, file: &Path) -> Result<String, CliError> {
    if !matches!(format, "hsds" | "csv") {
        return Err(CliError::Usage(FORMATS));
    }
    let cat = load_catalogue(file)?;
    Ok(if format == "hsds" {
        export_hsds_json(&cat)
    } else {
        export_csv(&cat)
    })
}

pub fn import(args: &[String]) -> i32 {
    let [format, file] = args else {
        eprintln!("{FORMATS}");
        return 2;
    };
    match import_file(format, Path::new(file)) {
        Ok(imported) => {
            print!("{}", catalogue_json(&imported.catalogue));
            for sentence in &imported.summary {
                eprintln!("{file}: {sentence}");
            }
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

pub fn export(args: &[String]) -> i32 {
    let [format, file] = args else {
        eprintln!("{FORMATS}");
        return 2;
    };
    match export_file(format, Path::new(file)) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}
