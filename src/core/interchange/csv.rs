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

use std::fmt;

mod cells;
mod export;
mod format;
mod import;

pub use export::export_csv;
pub use format::decode;
pub use import::import_csv;

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

pub(super) const DAYS: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];

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

pub(super) fn error(line: usize, message: impl Into<String>) -> CsvError {
    CsvError {
        line,
        message: message.into(),
    }
}
