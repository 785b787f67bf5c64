//! The spreadsheet template: one row per service, Dutch column names
//! ([`COLUMNS`]). Reads what Excel and LibreOffice save: comma or semicolon
//! (the first line decides), UTF-8 with or without BOM, or Windows-1252,
//! fields in double quotes with separators, line breaks and doubled quotes
//! inside (RFC 4180). Writes semicolons, UTF-8 with a BOM and CRLF, which
//! Dutch Excel opens as it is.
//!
//! A cell with several entries has one per line (steps, conditions,
//! documents, phones, locations) or a comma between them (codes, kernen).
//! The location columns go together line by line: the second line of
//! `adres` belongs to the second `locatie`; `-` is an empty entry.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::defaults::{self, slug, unique, Gaps};
use super::{ImportOptions, Imported};
use crate::core::calendar::{Date, Time, Weekday};
use crate::core::catalogue::model::*;
use crate::core::facts::{ChildAge, Household, Situation, Theme};

/// The columns, in order, with what goes in them.
pub const COLUMNS: &[(&str, &str)] = &[
    ("id", "kleine letters, cijfers, - en _; leeg: gemaakt uit de naam"),
    ("naam", "de naam van de dienst (verplicht)"),
    ("organisatie", "de naam van de organisatie"),
    (
        "soort",
        "direct_hulp, zelf_en_samen, voorziening, inloop, regeling of loket",
    ),
    ("toegang", "vrij_toegankelijk, aanmelden, verwijzing of beschikking"),
    (
        "wettelijke_basis",
        "wmo, jeugdwet, participatiewet, wet_inburgering, gemeentelijk of geen",
    ),
    ("status", "leeg (actief), inactive, defunct of temporarily closed"),
    ("beschrijving", "wat de dienst doet, in B1"),
    (
        "levensgebieden",
        "codes met komma's: geld, werk, wonen, gezondheid, contact, mantelzorg, opvoeden, taal, veiligheid, dagelijks",
    ),
    ("situaties", "codes met komma's, zoals schulden, mantelzorger"),
    ("minimumleeftijd", "een getal"),
    ("maximumleeftijd", "een getal"),
    (
        "huishoudens",
        "codes met komma's: alleen, samen, alleen_met_kinderen, samen_met_kinderen, anders",
    ),
    ("leeftijden_kinderen", "codes met komma's: 0-3, 4-11, 12-17, 18+"),
    (
        "inkomen_max_procent",
        "netto-inkomen ten hoogste dit percentage van het sociaal minimum",
    ),
    (
        "alleen_in_kernen",
        "namen van kernen of wijken met komma's: alleen inwoners daarvan",
    ),
    (
        "alleen_bij_situaties",
        "codes met komma's: de inwoner is in een van deze situaties",
    ),
    ("voorwaarden", "de voorwaarden in woorden"),
    (
        "niet_te_controleren",
        "voorwaarden die de app niet kan nagaan, één per regel",
    ),
    (
        "volgende_stappen",
        "één per regel: actie, dubbele punt, tekst (bellen: Bel 14 073.)",
    ),
    ("aanvragen", "hoe de inwoner het aanvraagt"),
    ("meenemen", "documenten die nodig zijn, één per regel"),
    ("kosten", "gratis, eigen_bijdrage, betaald of onbekend"),
    ("kosten_toelichting", "de kosten in woorden"),
    ("website", "https://…"),
    ("email", "e-mailadres"),
    (
        "telefoon",
        "één nummer per regel; een beschrijving na een dubbele punt (14 073: Gemeente)",
    ),
    ("talen", "codes van twee letters met komma's, zoals nl, en, ar"),
    ("locatie", "naam van de locatie, één per regel"),
    ("adres", "straat en huisnummer, per locatie"),
    ("postcode", "per locatie"),
    ("plaats", "per locatie"),
    ("kern", "kern of wijk van de locatie, per locatie"),
    (
        "openingstijden",
        "per locatie: dagen en tijden, blokken met ; (ma, do 09:00-11:00; vr 13:00-15:00)",
    ),
    (
        "werkgebied",
        "kernen of wijken met komma's waar de dienst vooral voor is; leeg: de hele gemeente",
    ),
    ("bron", "id van een document uit de catalogus, of een webadres"),
    ("bron_citaat", "de zin uit het document, woord voor woord"),
    (
        "webbronnen",
        "één webpagina per regel: adres, titel, datum op de pagina en gelezen op, met een verticale streep ertussen",
    ),
    (
        "gecontroleerd_op",
        "datum van de laatste controle bij de organisatie (2027-06-01 of 1-6-2027)",
    ),
    ("controleren_voor", "datum waarop het opnieuw gecontroleerd moet zijn"),
    ("voorbeeld", "ja als naam, adres, tijden of nummer verzonnen zijn"),
    ("prioriteit", "-2 tot 2; leeg is 0"),
    ("upl", "UPL-adres: http://standaarden.overheid.nl/owms/terms/…"),
    ("productpagina", "de pagina van de gemeente over dit product"),
];

/// A spreadsheet that cannot be read: the line (of the file, counting
/// from 1) and one Dutch sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Regel {}: {}", self.line, self.message)
    }
}

fn error(line: usize, message: impl Into<String>) -> CsvError {
    CsvError {
        line,
        message: message.into(),
    }
}

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
struct Record {
    line: usize,
    fields: Vec<String>,
}

/// `;` when the first row has more semicolons than commas (outside quotes).
fn separator(text: &str) -> char {
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
fn records(text: &str, sep: char) -> Result<Vec<Record>, CsvError> {
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
fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_START) && !is_number_like(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A cell read from a spreadsheet, without the `'` [`neutralise`] put
/// before a formula (a carriage return inside quotes is read as a line
/// break).
fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) || rest.starts_with('\n') => rest,
        _ => cell,
    }
}

fn write_row(out: &mut String, fields: &[String], sep: char) {
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

// ---------------------------------------------------------------- export

/// The catalogue as the spreadsheet template (bytes: UTF-8 with BOM).
pub fn export_csv(cat: &Catalogue) -> String {
    let mut out = String::from("\u{feff}");
    let head: Vec<String> = COLUMNS.iter().map(|(c, _)| c.to_string()).collect();
    write_row(&mut out, &head, ';');
    for s in &cat.services {
        let row: Vec<String> = COLUMNS.iter().map(|(c, _)| cell(cat, s, c)).collect();
        write_row(&mut out, &row, ';');
    }
    out
}

fn nl(t: &Text) -> String {
    t.0.get("nl").cloned().unwrap_or_default()
}

fn opt_nl(t: &Option<Text>) -> String {
    t.as_ref().map(nl).unwrap_or_default()
}

fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|&x| code(x)).collect::<Vec<_>>().join(", ")
}

fn area_names(cat: &Catalogue, ids: &[String]) -> String {
    ids.iter()
        .map(|id| cat.area_name(id).unwrap_or(id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// Entries one per line; with more than one, an empty one is `-`.
fn lines(items: Vec<String>) -> String {
    if items.len() > 1 {
        items
            .into_iter()
            .map(|s| if s.is_empty() { "-".to_string() } else { s })
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        items.join("\n")
    }
}

const DAYS: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];

fn schedule_text(s: &Schedule) -> String {
    let days: Vec<&str> = s.byday.iter().map(|d| DAYS[d.index()]).collect();
    format!(
        "{} {:0>5}-{:0>5}",
        days.join(", "),
        s.opens_at.to_string(),
        s.closes_at.to_string()
    )
}

fn cell(cat: &Catalogue, s: &Service, column: &str) -> String {
    let e = &s.eligibility;
    let at = |f: &dyn Fn(&ServiceAtLocation, Option<&Location>) -> String| {
        lines(
            s.service_at_locations
                .iter()
                .map(|sal| f(sal, cat.location(&sal.location_id)))
                .collect(),
        )
    };
    fn address(l: Option<&Location>) -> Option<&Address> {
        l.and_then(|l| l.addresses.first())
    }
    match column {
        "id" => s.id.clone(),
        "naam" => nl(&s.name),
        "organisatie" => s
            .organization_id
            .as_ref()
            .map(|id| {
                cat.organizations
                    .iter()
                    .find(|o| &o.id == id)
                    .map_or(id.clone(), |o| o.name.clone())
            })
            .unwrap_or_default(),
        "soort" => s.kind.code().into(),
        "toegang" => s.access.code().into(),
        "wettelijke_basis" => s.legal_basis.code().into(),
        "status" if s.status == Status::Active => String::new(),
        "status" => s.status.code().into(),
        "beschrijving" => nl(&s.description),
        "levensgebieden" => codes(&s.themes, Theme::code),
        "situaties" => codes(&s.situations, Situation::code),
        "minimumleeftijd" => opt(e.minimum_age),
        "maximumleeftijd" => opt(e.maximum_age),
        "huishoudens" => codes(&e.households, Household::code),
        "leeftijden_kinderen" => codes(&e.child_ages, ChildAge::code),
        "inkomen_max_procent" => opt(e.income_max_percent),
        "alleen_in_kernen" => area_names(cat, &e.areas),
        "alleen_bij_situaties" => codes(&e.situations, Situation::code),
        "voorwaarden" => opt_nl(&s.eligibility_description),
        "niet_te_controleren" => s.unchecked_conditions.iter().map(nl).collect::<Vec<_>>().join("\n"),
        "volgende_stappen" => s
            .next_steps
            .iter()
            .map(|n| format!("{}: {}", n.action.code(), nl(&n.text)))
            .collect::<Vec<_>>()
            .join("\n"),
        "aanvragen" => opt_nl(&s.application_process),
        "meenemen" => s.required_documents.iter().map(nl).collect::<Vec<_>>().join("\n"),
        "kosten" => s.cost.code().into(),
        "kosten_toelichting" => opt_nl(&s.fees_description),
        "website" => s.url.clone().unwrap_or_default(),
        "email" => s.email.clone().unwrap_or_default(),
        "telefoon" => s
            .phones
            .iter()
            .map(|p| match &p.description {
                Some(d) => format!("{}: {}", p.number, nl(d)),
                None => p.number.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "talen" => s.languages.join(", "),
        "locatie" => at(&|sal, l| l.map_or(sal.location_id.clone(), |l| l.name.clone())),
        "adres" => at(&|_, l| address(l).map(|a| a.address_1.clone()).unwrap_or_default()),
        "postcode" => at(&|_, l| address(l).and_then(|a| a.postal_code.clone()).unwrap_or_default()),
        "plaats" => at(&|_, l| address(l).map(|a| a.city.clone()).unwrap_or_default()),
        "kern" => at(&|_, l| {
            l.and_then(|l| l.area.as_ref())
                .map(|a| cat.area_name(a).unwrap_or(a).to_string())
                .unwrap_or_default()
        }),
        "openingstijden" => at(&|sal, _| sal.schedules.iter().map(schedule_text).collect::<Vec<_>>().join("; ")),
        "werkgebied" => area_names(cat, &s.service_areas),
        "bron" => s.source.as_ref().map(|x| x.document.clone()).unwrap_or_default(),
        "bron_citaat" => s.source.as_ref().and_then(|x| x.quote.clone()).unwrap_or_default(),
        "webbronnen" => s
            .web_sources
            .iter()
            .map(|w| {
                let date = w.date.clone().unwrap_or_default();
                format!("{} | {} | {date} | {}", w.url, w.title, opt(w.accessed))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "gecontroleerd_op" => opt(s.assured_date),
        "controleren_voor" => opt(s.review_by),
        "voorbeeld" => if s.example_data { "ja" } else { "" }.into(),
        "prioriteit" => {
            if s.priority == 0 {
                String::new()
            } else {
                s.priority.to_string()
            }
        }
        "upl" => s.upl.clone().unwrap_or_default(),
        "productpagina" => s.product_page.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

// ---------------------------------------------------------------- import

/// A column name as people type it: case, spaces and dashes do not matter.
fn column_key(name: &str) -> String {
    name.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// Reads the spreadsheet template into a catalogue. Every cell that cannot
/// be read is an error with its line; nothing is guessed from a bad value.
pub fn import_csv(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Vec<CsvError>> {
    let text = decode(bytes);
    let sep = separator(&text);
    let rows = records(&text, sep).map_err(|e| vec![e])?;
    let Some((head, rows)) = rows.split_first() else {
        return Err(vec![error(
            1,
            "het bestand is leeg; de eerste regel moet de kolomnamen hebben.",
        )]);
    };
    let mut summary = Vec::new();
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    let mut errors = Vec::new();
    for name in &head.fields {
        let key = column_key(name);
        let known = COLUMNS.iter().map(|(c, _)| *c).find(|c| *c == key);
        match known {
            Some(c) if columns.contains(&Some(c)) => errors.push(error(
                head.line,
                format!("de kolom “{c}” staat twee keer in de eerste regel."),
            )),
            Some(_) => {}
            None if key.is_empty() => {}
            None => summary.push(format!(
                "De kolom “{}” kent Routekaart niet; die is overgeslagen.",
                name.trim()
            )),
        }
        columns.push(known);
    }
    if !columns.contains(&Some("naam")) {
        errors.push(error(
            head.line,
            "de eerste regel moet de kolomnamen hebben, met ten minste “naam” (zie de lijst in de README).",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut b = Builder::default();
    for row in rows {
        if row.fields.len() > columns.len() && row.fields[columns.len()..].iter().any(|f| !f.trim().is_empty()) {
            errors.push(error(
                row.line,
                format!(
                    "deze regel heeft {} kolommen en de eerste regel {}; staat er een “{sep}” in een tekst zonder aanhalingstekens?",
                    row.fields.len(),
                    columns.len()
                ),
            ));
            continue;
        }
        let cells: BTreeMap<&str, &str> = columns
            .iter()
            .zip(&row.fields)
            .filter_map(|(c, v)| c.map(|c| (c, restore(v))))
            .collect();
        match b.service(&cells) {
            Ok(()) => {}
            Err(message) => errors.push(error(row.line, message)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(b.finish(options, summary))
}

#[derive(Default)]
struct Builder {
    services: Vec<Service>,
    gaps: Vec<Gaps>,
    areas: Vec<Area>,
    organizations: Vec<Organization>,
    locations: Vec<Location>,
    service_ids: BTreeSet<String>,
    documents: Vec<Document>,
    notes: Vec<String>,
}

/// A code from a closed list, as people type it ("Zelf en samen").
fn code_of<T>(value: &str, from: fn(&str) -> Option<T>) -> Option<T> {
    let v = value.trim().to_lowercase();
    from(&v).or_else(|| from(&v.replace(' ', "_")))
}

fn list_of(value: &str) -> impl Iterator<Item = &str> {
    value.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty())
}

fn lines_of(value: &str) -> Vec<&str> {
    let mut out: Vec<&str> = value.split('\n').map(str::trim).collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.into_iter().map(|l| if l == "-" { "" } else { l }).collect()
}

fn codes_in<T>(column: &str, value: &str, from: fn(&str) -> Option<T>, all: &[&str]) -> Result<Vec<T>, String> {
    list_of(value)
        .map(|v| {
            code_of(v, from)
                .ok_or_else(|| format!("in kolom “{column}” is “{v}” onbekend; kies uit {}.", all.join(", ")))
        })
        .collect()
}

fn one_code<T>(column: &str, value: &str, from: fn(&str) -> Option<T>, all: &[&str]) -> Result<Option<T>, String> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    code_of(value, from).map(Some).ok_or_else(|| {
        format!(
            "in kolom “{column}” is “{}” onbekend; kies uit {}.",
            value.trim(),
            all.join(", ")
        )
    })
}

fn number<T: std::str::FromStr>(column: &str, value: &str) -> Result<Option<T>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse()
        .map(Some)
        .map_err(|_| format!("in kolom “{column}” is “{v}” geen geldig getal."))
}

/// `2027-06-01`, or as Dutch spreadsheets show a date: `1-6-2027`, `01/06/2027`.
fn date(column: &str, value: &str) -> Result<Option<Date>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let dutch = || {
        let parts: Vec<&str> = v.split(['-', '/']).collect();
        match parts[..] {
            [d, m, y] if y.len() == 4 => Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?),
            _ => None,
        }
    };
    Date::parse(v)
        .or_else(dutch)
        .map(Some)
        .ok_or_else(|| format!("in kolom “{column}” is “{v}” geen datum; schrijf 2027-06-01 of 1-6-2027."))
}

/// One line of `webbronnen`: address | title | date on the page | read on
/// (the last two may be empty; `catalogue check` asks for them).
fn web_source(line: &str) -> Result<WebSource, String> {
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    let [url, title, rest @ ..] = &parts[..] else {
        return Err(format!(
            "in kolom “webbronnen” mist bij “{line}” de titel; schrijf adres | titel | datum | gelezen op."
        ));
    };
    let (date, accessed) = match rest {
        [] => ("", ""),
        [d] => (*d, ""),
        [d, a] => (*d, *a),
        _ => {
            return Err(format!(
                "in kolom “webbronnen” heeft “{line}” te veel delen; schrijf adres | titel | datum | gelezen op."
            ))
        }
    };
    Ok(WebSource {
        url: url.to_string(),
        title: title.to_string(),
        date: opt_string(date),
        accessed: date_accessed(accessed)?,
    })
}

fn date_accessed(value: &str) -> Result<Option<Date>, String> {
    date("webbronnen", value)
}

fn yes(column: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_lowercase().as_str() {
        "" | "nee" | "n" | "no" | "false" | "0" => Ok(false),
        "ja" | "j" | "x" | "yes" | "true" | "1" => Ok(true),
        v => Err(format!("in kolom “{column}” is “{v}” geen ja of nee.")),
    }
}

fn day(token: &str) -> Option<Weekday> {
    const LONG: [&str; 7] = [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ];
    let t = token.trim().trim_end_matches('.').to_lowercase();
    DAYS.iter()
        .position(|d| *d == t)
        .or_else(|| LONG.iter().position(|d| *d == t))
        .map(Weekday::from_index)
        .or_else(|| Weekday::from_code(&t.to_uppercase()))
}

/// `9:00`, `09.00`, `9`.
fn clock(token: &str) -> Option<Time> {
    let t = token.trim().replace('.', ":");
    let (h, m) = t.split_once(':').unwrap_or((&t, "00"));
    Time::parse(&format!("{h:0>2}:{m}"))
}

/// `ma, do 09:00-11:00; vr 13:00-15:00`; also `ma t/m vr 9-17`.
fn schedules(value: &str) -> Result<Vec<Schedule>, String> {
    let mut out = Vec::new();
    for block in value.split(';').map(str::trim).filter(|b| !b.is_empty()) {
        let bad = || {
            format!("de openingstijd “{block}” kan Routekaart niet lezen; schrijf bijvoorbeeld “ma, do 09:00-11:00”.")
        };
        let at = block.find(|c: char| c.is_ascii_digit()).ok_or_else(bad)?;
        let (days_part, time_part) = block.split_at(at);
        let days_part = days_part
            .to_lowercase()
            .replace(" tot en met ", "-")
            .replace(" t/m ", "-")
            .replace(['–', '—'], "-");
        let mut byday = Vec::new();
        for token in days_part
            .split([',', ' ', '/', '&'])
            .filter(|t| !t.is_empty() && *t != "en")
        {
            match token.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (day(a).ok_or_else(bad)?, day(b).ok_or_else(bad)?);
                    let mut i = a.index();
                    loop {
                        let d = Weekday::from_index(i);
                        if !byday.contains(&d) {
                            byday.push(d);
                        }
                        if i % 7 == b.index() {
                            break;
                        }
                        i += 1;
                    }
                }
                None => {
                    let d = day(token).ok_or_else(bad)?;
                    if !byday.contains(&d) {
                        byday.push(d);
                    }
                }
            }
        }
        let time_part = time_part.replace(['–', '—'], "-").replace(" tot ", "-");
        let (opens, closes) = time_part.split_once('-').ok_or_else(bad)?;
        let (opens_at, closes_at) = (clock(opens).ok_or_else(bad)?, clock(closes).ok_or_else(bad)?);
        if byday.is_empty() {
            return Err(bad());
        }
        out.push(Schedule {
            byday,
            opens_at,
            closes_at,
            valid_from: None,
            valid_to: None,
            description: None,
        });
    }
    Ok(out)
}

const STATUS_HINT: &str = "laat het leeg of kies inactive, defunct of temporarily closed.";

fn opt_text(value: &str) -> Option<Text> {
    let v = value.trim();
    (!v.is_empty()).then(|| Text::nl(v))
}

fn opt_string(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_string())
}

impl Builder {
    /// A kern or wijk by its name; added when new.
    fn area(&mut self, name: &str) -> String {
        let id = slug(name);
        if !self.areas.iter().any(|a| a.id == id) {
            self.areas.push(Area {
                id: id.clone(),
                name: name.trim().to_string(),
            });
        }
        id
    }

    fn areas(&mut self, value: &str) -> Vec<String> {
        list_of(value).map(|n| self.area(n)).collect()
    }

    fn organization(&mut self, name: &str) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let id = slug(name);
        if !self.organizations.iter().any(|o| o.id == id) {
            self.organizations.push(Organization {
                id: id.clone(),
                name: name.to_string(),
                description: None,
                url: None,
                email: None,
                phones: Vec::new(),
                source: None,
                assured_date: None,
            });
        }
        Some(id)
    }

    fn locations(&mut self, c: &BTreeMap<&str, &str>, example: bool) -> Result<Vec<ServiceAtLocation>, String> {
        let get = |k: &str| lines_of(c.get(k).copied().unwrap_or_default());
        let names = get("locatie");
        let more = ["adres", "postcode", "plaats", "kern", "openingstijden"];
        for k in more {
            if get(k).len() > names.len() {
                return Err(format!(
                    "kolom “{k}” heeft meer regels dan kolom “locatie”; elke regel hoort bij de locatie op dezelfde regel."
                ));
            }
        }
        let [adres, postcode, plaats, kern, tijden] = more.map(get);
        let at = |v: &[&str], i: usize| v.get(i).copied().unwrap_or_default().to_string();
        let mut out = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let (street, pc, city, area, times) = (
                at(&adres, i),
                at(&postcode, i),
                at(&plaats, i),
                at(&kern, i),
                at(&tijden, i),
            );
            if name.is_empty() {
                if [&street, &pc, &city, &area, &times].iter().all(|v| v.is_empty()) {
                    continue;
                }
                return Err(format!("locatie {} heeft geen naam in kolom “locatie”.", i + 1));
            }
            if !street.is_empty() && city.is_empty() {
                return Err(format!("bij “{name}” staat een adres maar geen plaats."));
            }
            let id = slug(name);
            let area = (!area.is_empty()).then(|| self.area(&area));
            let address = (!street.is_empty()).then(|| Address {
                address_1: street.clone(),
                postal_code: opt_string(&pc),
                city: city.clone(),
            });
            match self.locations.iter().find(|l| l.id == id) {
                Some(l) if l.addresses.first() != address.as_ref() || l.area != area => {
                    let note = format!(
                        "De locatie “{name}” staat met verschillende adressen of kernen in het bestand; het eerste is gebruikt."
                    );
                    if !self.notes.contains(&note) {
                        self.notes.push(note);
                    }
                }
                Some(_) => {}
                None => self.locations.push(Location {
                    id: id.clone(),
                    name: name.to_string(),
                    description: None,
                    addresses: address.into_iter().collect(),
                    area,
                    latitude: None,
                    longitude: None,
                    accessibility: None,
                    transportation: None,
                    // First seen on an example card: its address is invented too.
                    example_data: example,
                    // Its pages go in the catalogue (the sheet has no column).
                    web_sources: Vec::new(),
                }),
            }
            out.push(ServiceAtLocation {
                location_id: id,
                description: None,
                schedules: schedules(&times)?,
                closed_dates: Vec::new(),
                open_on_public_holidays: false,
            });
        }
        Ok(out)
    }

    fn service(&mut self, c: &BTreeMap<&str, &str>) -> Result<(), String> {
        let get = |k: &str| c.get(k).copied().unwrap_or_default();
        let name = get("naam").trim();
        if name.is_empty() {
            return Err("deze dienst heeft geen naam (kolom “naam”).".into());
        }
        let id = match get("id").trim() {
            "" => unique(&slug(name), "dienst", &mut self.service_ids),
            id if self.service_ids.contains(id) => {
                return Err(format!(
                    "de id “{id}” staat al op een eerdere regel; elke dienst heeft een eigen id."
                ))
            }
            id => {
                self.service_ids.insert(id.to_string());
                id.to_string()
            }
        };
        let kind = one_code("soort", get("soort"), Kind::from_code, Kind::CODES)?;
        let access = one_code("toegang", get("toegang"), Access::from_code, Access::CODES)?;
        let status = match get("status").trim().to_lowercase().as_str() {
            "" | "actief" | "active" => Status::Active,
            "inactief" | "inactive" => Status::Inactive,
            "opgeheven" | "defunct" => Status::Defunct,
            "tijdelijk gesloten" | "temporarily closed" => Status::Temporarily,
            v => return Err(format!("in kolom “status” is “{v}” onbekend; {STATUS_HINT}")),
        };
        let mut next_steps = Vec::new();
        for l in lines_of(get("volgende_stappen")).into_iter().filter(|l| !l.is_empty()) {
            let bad = || {
                format!(
                    "de stap “{l}” begint niet met een actie; schrijf bijvoorbeeld “bellen: Bel 14 073.” (acties: {}).",
                    Action::CODES.join(", ")
                )
            };
            let (action, text) = l.split_once(':').ok_or_else(bad)?;
            next_steps.push(NextStep {
                action: code_of(action, Action::from_code).ok_or_else(bad)?,
                text: Text::nl(text.trim()),
            });
        }
        let phones = lines_of(get("telefoon"))
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (number, description) = match l.split_once(':') {
                    Some((n, d)) => (n.trim(), opt_text(d)),
                    None => (l, None),
                };
                Phone {
                    number: number.to_string(),
                    description,
                    hours: None,
                    example_data: false,
                }
            })
            .collect();
        let source = match get("bron").trim() {
            "" => None,
            url if url.starts_with("https://") || url.starts_with("http://") => {
                let id = match self.documents.iter().find(|d| d.url.as_deref() == Some(url)) {
                    Some(d) => d.id.clone(),
                    None => {
                        let mut taken = self.documents.iter().map(|d| d.id.clone()).collect();
                        let id = unique(
                            &slug(&format!("website {}", url.split("//").nth(1).unwrap_or(url))),
                            "website",
                            &mut taken,
                        );
                        self.documents.push(Document {
                            id: id.clone(),
                            title: format!("Website {url}"),
                            file: None,
                            url: Some(url.to_string()),
                        });
                        id
                    }
                };
                Some(Source {
                    document: id,
                    quote: opt_string(get("bron_citaat")),
                })
            }
            document => {
                let note = format!(
                    "Het document “{document}” (kolom “bron”) moet nog in “documents” van de catalogus, met een titel en een bestand of webadres."
                );
                if !self.notes.contains(&note) {
                    self.notes.push(note);
                }
                Some(Source {
                    document: document.to_string(),
                    quote: opt_string(get("bron_citaat")),
                })
            }
        };
        let web_sources = lines_of(get("webbronnen"))
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(web_source)
            .collect::<Result<Vec<_>, _>>()?;
        let example_data = yes("voorbeeld", get("voorbeeld"))?;
        let description = opt_text(get("beschrijving"));
        let gaps = Gaps {
            foreign: true,
            kind: kind.is_none(),
            access: access.is_none(),
            description: description.is_none(),
        };
        let eligibility = Eligibility {
            minimum_age: number("minimumleeftijd", get("minimumleeftijd"))?,
            maximum_age: number("maximumleeftijd", get("maximumleeftijd"))?,
            households: codes_in(
                "huishoudens",
                get("huishoudens"),
                Household::from_code,
                Household::CODES,
            )?,
            child_ages: codes_in(
                "leeftijden_kinderen",
                get("leeftijden_kinderen"),
                ChildAge::from_code,
                ChildAge::CODES,
            )?,
            income_max_percent: number("inkomen_max_procent", get("inkomen_max_procent"))?,
            areas: self.areas(get("alleen_in_kernen")),
            situations: codes_in(
                "alleen_bij_situaties",
                get("alleen_bij_situaties"),
                Situation::from_code,
                Situation::CODES,
            )?,
        };
        let service = Service {
            id,
            organization_id: self.organization(get("organisatie")),
            name: Text::nl(name),
            status,
            kind: kind.unwrap_or(Kind::Voorziening),
            access: access.unwrap_or(Access::Aanmelden),
            legal_basis: one_code(
                "wettelijke_basis",
                get("wettelijke_basis"),
                LegalBasis::from_code,
                LegalBasis::CODES,
            )?
            .unwrap_or(LegalBasis::Geen),
            description: description.unwrap_or_default(),
            themes: codes_in("levensgebieden", get("levensgebieden"), Theme::from_code, Theme::CODES)?,
            situations: codes_in("situaties", get("situaties"), Situation::from_code, Situation::CODES)?,
            eligibility,
            eligibility_description: opt_text(get("voorwaarden")),
            unchecked_conditions: lines_of(get("niet_te_controleren"))
                .into_iter()
                .filter(|l| !l.is_empty())
                .map(Text::nl)
                .collect(),
            next_steps,
            application_process: opt_text(get("aanvragen")),
            required_documents: lines_of(get("meenemen"))
                .into_iter()
                .filter(|l| !l.is_empty())
                .map(Text::nl)
                .collect(),
            cost: one_code("kosten", get("kosten"), Cost::from_code, Cost::CODES)?.unwrap_or(Cost::Onbekend),
            fees_description: opt_text(get("kosten_toelichting")),
            url: opt_string(get("website")),
            product_page: opt_string(get("productpagina")),
            upl: opt_string(get("upl")),
            email: opt_string(get("email")),
            phones,
            languages: list_of(get("talen")).map(str::to_lowercase).collect(),
            service_at_locations: self.locations(c, example_data)?,
            service_areas: self.areas(get("werkgebied")),
            assured_date: date("gecontroleerd_op", get("gecontroleerd_op"))?,
            review_by: date("controleren_voor", get("controleren_voor"))?,
            last_modified: None,
            source,
            web_sources,
            example_data,
            priority: number("prioriteit", get("prioriteit"))?.unwrap_or(0),
        };
        self.services.push(service);
        self.gaps.push(gaps);
        Ok(())
    }

    fn finish(mut self, options: &ImportOptions, mut summary: Vec<String>) -> Imported {
        summary.insert(
            0,
            format!(
                "Een spreadsheet zegt niet voor welke gemeente hij is: id “{}” en naam “{}” komen uit de bestandsnaam. Pas ze aan en vul “cbs_code” in (GM en vier cijfers).",
                options.id, options.name
            ),
        );
        summary.append(&mut self.notes);
        let mut services = std::mem::take(&mut self.services);
        for (s, gaps) in services.iter_mut().zip(&self.gaps) {
            let label = format!("dienst “{}”", nl(&s.name));
            let org = s
                .organization_id
                .as_ref()
                .and_then(|id| self.organizations.iter().find(|o| &o.id == id));
            defaults::fill(s, gaps, org, &mut self.documents, &label, &mut summary);
        }
        Imported {
            catalogue: Catalogue {
                schema_version: SCHEMA_VERSION,
                id: options.id.clone(),
                name: options.name.clone(),
                scope: Scope::Gemeente,
                cbs_code: None,
                opvangregio: None,
                areas: self.areas,
                organizations: self.organizations,
                locations: self.locations,
                services,
                documents: self.documents,
                zoekwoorden: BTreeMap::new(),
                maintainer: None,
                last_modified: None,
            },
            summary,
        }
    }
}
