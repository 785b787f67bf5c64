//! The RFC 4180 layer: bytes to text (UTF-8, BOM, Windows-1252), the
//! separator, quoted fields to records and back, formula cells made
//! harmless; apart from what the columns mean.

use super::{error, CsvError};

// ---------------------------------------------------------------- bytes

/// Windows-1252 bytes 0x80–0x9F; 0xA0–0xFF are the same code points as in
/// Unicode (Latin-1). The five unused bytes map to their C1 controls, as
/// browsers do.
const CP1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’',
    '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The text of a file: UTF-8 (a BOM is dropped), else Windows-1252, which
/// is what Excel saves as "CSV" on a Dutch Windows.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes
            .iter()
            .map(|&b| match b {
                0..=0x7F => char::from(b),
                0x80..=0x9F => CP1252_80_9F[usize::from(b - 0x80)],
                _ => char::from(b),
            })
            .collect(),
    }
}

// ---------------------------------------------------------------- records

/// One row: the line it starts on and its fields.
pub(super) struct Record {
    pub(super) line: usize,
    pub(super) fields: Vec<String>,
}

/// `;` when the first row has more semicolons than commas (outside quotes).
pub(super) fn separator(text: &str) -> char {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\n' if !quoted => break,
            _ => {}
        }
    }
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// RFC 4180, and what spreadsheets write: CRLF, LF or CR between rows,
/// line breaks inside quoted fields kept as `\n`; blank rows left out. A
/// stray quote inside an unquoted field is kept as text, as Excel does.
pub(super) fn records(text: &str, sep: char) -> Result<Vec<Record>, CsvError> {
    let mut out = Vec::new();
    let (mut line, mut start) = (1, 1);
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let (mut quoted, mut closed) = (false, false);
    let mut chars = text.chars().peekable();
    let end_record = |fields: &mut Vec<String>, field: &mut String, out: &mut Vec<Record>, start: usize| {
        fields.push(std::mem::take(field));
        let blank = fields.iter().all(|f| f.trim().is_empty());
        let fields = std::mem::take(fields);
        if !blank {
            out.push(Record { line: start, fields });
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    closed = true;
                }
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    line += 1;
                    field.push('\n');
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            c if c == sep => {
                fields.push(std::mem::take(&mut field));
                closed = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_record(&mut fields, &mut field, &mut out, start);
                closed = false;
                line += 1;
                start = line;
            }
            '"' if field.is_empty() && !closed => quoted = true,
            c if closed && c.is_whitespace() => {}
            c if closed => {
                return Err(error(
                    line,
                    format!("na een aanhalingsteken dat een veld sluit, staat nog tekst (“{c}”); zet het hele veld tussen aanhalingstekens en schrijf een aanhalingsteken in de tekst dubbel (\"\")."),
                ))
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(error(
            start,
            "een veld begint met een aanhalingsteken (\") dat nergens wordt gesloten.",
        ));
    }
    if !field.is_empty() || !fields.is_empty() {
        end_record(&mut fields, &mut field, &mut out, start);
    }
    Ok(out)
}

/// Spreadsheets run a cell that starts with one of these as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A number or a phone number ("-5", "+31 20 123 4567"): no formula a
/// spreadsheet could run, so it is written as it is and stays readable.
fn is_number_like(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | ' ' | '(' | ')' | '.' | ','))
}

/// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`), whoever
/// wrote it, gets a leading `'`: shown as text. [`restore`] undoes it.
pub(super) fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_START) && !is_number_like(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A cell read from a spreadsheet, without the `'` [`neutralise`] put
/// before a formula (a carriage return inside quotes is read as a line
/// break).
pub(super) fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) || rest.starts_with('\n') => rest,
        _ => cell,
    }
}

pub(super) fn write_row(out: &mut String, fields: &[String], sep: char) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        let f = neutralise(f);
        let needs_quotes = f.contains(sep) || f.contains(['"', '\n', '\r']) || f.starts_with(' ') || f.ends_with(' ');
        if needs_quotes {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&f);
        }
    }
    out.push_str("\r\n");
}
