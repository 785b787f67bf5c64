//! The Routekaart taxonomy: the terms of the HSDS `attributes` that carry
//! what HSDS has no field for (listed with their values in the module
//! documentation of `interchange`). A term's URI is the taxonomy's URI, a
//! slash and its code; its id is the version 5 UUID of that URI.

use super::uuid::{v5, NAMESPACE_URL};

/// The taxonomy's URI (also its name in other registers).
pub const URI: &str = "https://routekaart.example/taxonomie";
pub const NAME: &str = "Routekaart";

/// One term: its code, short name and what its value is.
pub struct Term {
    pub code: &'static str,
    pub name: &'static str,
    pub description: &'static str,
}

macro_rules! terms {
    ($($konst:ident = $code:literal, $name:literal, $desc:literal;)+) => {
        $(pub const $konst: &str = $code;)+
        /// Every term, in the order of the documentation.
        pub const TERMS: &[Term] = &[$(Term { code: $code, name: $name, description: $desc }),+];
    };
}

terms! {
    ID = "id", "Routekaart-id", "De id in de Routekaart-catalogus.";
    CATALOGUS = "catalogus", "Catalogus", "Het Routekaart-bestand zelf (JSON): id, naam, CBS-code, kernen, documenten, zoekwoorden en de volgorde. Alleen op de eerste dienst.";
    SOORT = "soort", "Soort", "Waar de dienst op de route staat: direct_hulp, zelf_en_samen, voorziening, inloop, regeling of loket.";
    TOEGANG = "toegang", "Toegang", "Hoe een inwoner er komt: vrij_toegankelijk, aanmelden, verwijzing of beschikking.";
    WETTELIJKE_BASIS = "wettelijke_basis", "Wettelijke basis", "wmo, jeugdwet, participatiewet, wet_inburgering, gemeentelijk of geen.";
    KOSTEN = "kosten", "Kosten", "gratis, eigen_bijdrage, betaald of onbekend.";
    THEMA = "thema", "Levensgebied", "Een levensgebied waar de dienst bij helpt, zoals geld of wonen.";
    SITUATIE = "situatie", "Situatie", "Een situatie waar de dienst vooral voor is, zoals schulden.";
    VOORWAARDE_HUISHOUDEN = "voorwaarde_huishouden", "Voorwaarde: huishouden", "Het huishouden moet een van deze zijn.";
    VOORWAARDE_LEEFTIJD_KIND = "voorwaarde_leeftijd_kind", "Voorwaarde: leeftijd kind", "Er woont een kind in deze leeftijdsgroep thuis.";
    VOORWAARDE_INKOMEN = "voorwaarde_inkomen", "Voorwaarde: inkomen", "Netto-inkomen ten hoogste dit percentage van het sociaal minimum.";
    VOORWAARDE_KERN = "voorwaarde_kern", "Voorwaarde: kern of wijk", "De inwoner woont in een van deze kernen of wijken (id).";
    VOORWAARDE_SITUATIE = "voorwaarde_situatie", "Voorwaarde: situatie", "De inwoner is in ten minste een van deze situaties.";
    VOORWAARDE_NIET_TE_CONTROLEREN = "voorwaarde_niet_te_controleren", "Voorwaarde in woorden", "Een voorwaarde die de app niet kan nagaan (JSON-tekst per taal).";
    VOLGENDE_STAP = "volgende_stap", "Volgende stap", "Wat de inwoner nu doet (JSON: action en text).";
    CONTROLEREN_VOOR = "controleren_voor", "Opnieuw controleren voor", "Datum (JJJJ-MM-DD).";
    GECONTROLEERD_OP = "gecontroleerd_op", "Gecontroleerd op", "Datum van de laatste controle bij de organisatie (JJJJ-MM-DD).";
    BRON = "bron", "Bron", "Het document waar dit op rust (JSON: document en quote).";
    WEBBRON = "webbron", "Webbron", "Een webpagina waar dit op rust (JSON: url, title, date en accessed).";
    VOORBEELD = "voorbeeld", "Voorbeeldgegevens", "true: naam, adres, tijden of nummer zijn verzonnen.";
    PRIORITEIT = "prioriteit", "Prioriteit", "Van -2 tot 2; 0 is gewoon.";
    PRODUCTPAGINA = "productpagina", "Productpagina", "De pagina van de gemeente over dit product.";
    VERTALING = "vertaling", "Vertaling", "De andere talen van een tekstveld (JSON: veld en tekst).";
    KERN = "kern", "Kern of wijk", "De kern of wijk (id) van een locatie of werkgebied.";
    TELEFOON_BEREIKBAAR = "telefoon_bereikbaar", "Bereikbaar", "kantoortijden of dag_en_nacht.";
    GESLOTEN_OP = "gesloten_op", "Gesloten op", "Een dag waarop de locatie dicht is (JSON: date en reason).";
    OPEN_OP_FEESTDAGEN = "open_op_feestdagen", "Open op feestdagen", "true: ook open op feestdagen.";
}

/// The taxonomy's HSDS id.
pub fn taxonomy_id() -> String {
    v5(&NAMESPACE_URL, URI)
}

/// A term's URI.
pub fn term_uri(code: &str) -> String {
    format!("{URI}/{code}")
}

/// A term's HSDS id.
pub fn term_id(code: &str) -> String {
    v5(&NAMESPACE_URL, &term_uri(code))
}

pub fn term(code: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.code == code)
}

/// The taxonomy name the UPL terms carry.
pub const UPL_TAXONOMY: &str = "Uniforme Productnamenlijst";
