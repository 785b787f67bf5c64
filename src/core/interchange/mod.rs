//! Other formats in and out (feature `maintainer`): Open Referral HSDS 3.0
//! and a spreadsheet (CSV). Plain Rust on strings and bytes, so the
//! maintainers' page in the browser can call it as the `catalogue` command does.
//!
//! * [`export_hsds`]: a catalogue as a JSON array of HSDS 3.0 service
//!   objects, each valid against the official `schema/compiled/service.json`
//!   (organization, service_at_locations with location, address and
//!   schedules nested). [`import_hsds`] reads it back to the same catalogue,
//!   and reads HSDS written elsewhere (one service, a list, or an API page
//!   with `contents`) with defaults for what Routekaart needs, and a summary
//!   in Dutch of what it filled in or could not keep.
//! * [`export_csv`] and [`import_csv`]: one row per service, Dutch column
//!   names (see [`csv::COLUMNS`]), comma or semicolon, UTF-8 or Windows-1252.
//!
//! # The Routekaart taxonomy
//!
//! What HSDS has no field for travels as HSDS `attributes` whose
//! `taxonomy_term` belongs to the taxonomy **Routekaart**,
//! `https://routekaart.example/taxonomie` (version 1; its id is the version 5
//! UUID of that URI in the URL namespace). A term's `term_uri` is that URI, a
//! slash and its `code`; its id is the UUID of its URI. The value is in
//! `value`; a field with several values has one attribute per value, in order.
//! JSON values are JSON text in `value`.
//!
//! | code | on | value |
//! | --- | --- | --- |
//! | `id` | service, organization, location | the Routekaart id |
//! | `catalogus` | the first service | the file itself (JSON: `id`, `name`, `scope`, `cbs_code`, `opvangregio`, `maintainer`, `last_modified`, `areas`, `documents`, `zoekwoorden`, the order of `organizations` and `locations`, and those no service uses) |
//! | `soort` | service | `kind`: direct_hulp, zelf_en_samen, voorziening, inloop, regeling, loket |
//! | `toegang` | service | `access` |
//! | `wettelijke_basis` | service | `legal_basis` |
//! | `kosten` | service | `cost` (gratis also gives a `cost_options` entry of 0 EUR) |
//! | `thema` | service | one life area (`themes`) |
//! | `situatie` | service | one of `situations` |
//! | `voorwaarde_huishouden` | service | `eligibility.households` |
//! | `voorwaarde_leeftijd_kind` | service | `eligibility.child_ages` |
//! | `voorwaarde_inkomen` | service | `eligibility.income_max_percent` |
//! | `voorwaarde_kern` | service | `eligibility.areas` |
//! | `voorwaarde_situatie` | service | `eligibility.situations` |
//! | `voorwaarde_niet_te_controleren` | service | one of `unchecked_conditions` (JSON text) |
//! | `volgende_stap` | service | one of `next_steps` (JSON: `action`, `text`) |
//! | `controleren_voor` | service | `review_by` |
//! | `gecontroleerd_op` | organization | `assured_date` (a service uses HSDS `assured_date`) |
//! | `bron` | service, organization | `source` (JSON: `document`, `quote`) |
//! | `webbron` | service | one of `web_sources` (JSON: `url`, `title`, `date`, `accessed`) |
//! | `voorbeeld` | service, location, phone | `example_data`: true |
//! | `prioriteit` | service | `priority` |
//! | `productpagina` | service | `product_page` |
//! | `vertaling` | any object with a text | the other languages of a text field (JSON: `veld`, `tekst`); the HSDS field itself holds the Dutch |
//! | `kern` | location, service_area | the kern or wijk (id) |
//! | `telefoon_bereikbaar` | phone | `hours` |
//! | `gesloten_op` | service_at_location | one of `closed_dates` (JSON: `date`, `reason`) |
//! | `open_op_feestdagen` | service_at_location | true |
//!
//! A service's `upl` is an attribute whose term is the UPL product itself
//! (`term_uri` the UPL URI, taxonomy "Uniforme Productnamenlijst").
//!
//! HSDS ids are version 5 UUIDs of the catalogue and Routekaart id, so an
//! export is the same every time. Opening times are local Dutch time without
//! an offset: a fixed offset would be wrong for half the year.

mod csv;
mod defaults;
mod export;
mod import;
mod taxonomy;
pub mod uuid;

pub use csv::{decode, export_csv, import_csv, CsvError, COLUMNS};
pub use export::{export_hsds, export_hsds_json};
pub use import::import_hsds;
pub use taxonomy::{TERMS, URI as TAXONOMY_URI};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::core::calendar::Date;
use crate::core::catalogue::{Area, Catalogue, Document, Location, Opvangregio, Organization, Scope};

/// An imported catalogue and what the import filled in or left out, one
/// Dutch sentence each (for the maintainer, on standard error).
#[derive(Debug)]
pub struct Imported {
    pub catalogue: Catalogue,
    pub summary: Vec<String>,
}

/// Who the catalogue is for when the file does not say (HSDS from
/// elsewhere, a spreadsheet): the command takes it from the file name.
#[derive(Clone, Debug)]
pub struct ImportOptions {
    pub id: String,
    pub name: String,
}

impl ImportOptions {
    /// `heusden.csv` → id `heusden`, name `Heusden`.
    pub fn from_file_name(stem: &str) -> ImportOptions {
        let id = defaults::slug(stem);
        let id = if id.is_empty() { "geimporteerd".to_string() } else { id };
        let mut name: String = id.replace('-', " ");
        if let Some(first) = name.get(..1) {
            name = first.to_uppercase() + &name[1..];
        }
        ImportOptions { id, name }
    }
}

/// The catalogue itself, as the `catalogus` attribute on the first service:
/// everything that is not a service, and the order of the lists.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    schema_version: u32,
    id: String,
    name: String,
    scope: Scope,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cbs_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    opvangregio: Option<Opvangregio>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    maintainer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_modified: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    areas: Vec<Area>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    documents: Vec<Document>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    zoekwoorden: BTreeMap<String, Vec<String>>,
    /// The ids of `organizations` and `locations`, in the file's order.
    #[serde(default)]
    organizations: Vec<String>,
    #[serde(default)]
    locations: Vec<String>,
    /// Organisations and locations no service uses (HSDS nests them in
    /// services, so they would be lost).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    other_organizations: Vec<Organization>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    other_locations: Vec<Location>,
}

/// A catalogue as pretty JSON, in the model's field order and without the
/// fields that hold their default (`null`, empty lists, `false`, priority
/// 0, status active, legal basis geen), as a maintainer writes it. It reads
/// back to the same catalogue (tested).
pub fn catalogue_json(cat: &Catalogue) -> String {
    let ordered = serde_json::to_string(cat).and_then(|t| serde_json::from_str::<Ordered>(&t));
    let mut text = match ordered {
        Ok(mut value) => {
            value.tidy();
            serde_json::to_string_pretty(&value).unwrap_or_default()
        }
        Err(_) => String::new(),
    };
    text.push('\n');
    text
}

/// JSON that keeps its keys in order: serde_json's map sorts them unless
/// its `preserve_order` feature is on, which would grow the resident's wasm.
enum Ordered {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Ordered>),
    Object(Vec<(String, Ordered)>),
}

impl Ordered {
    /// Drops what the reader fills in by itself. `themes` and `byday` are
    /// required even when empty; a `Text` is never emptied (its keys are
    /// languages), only the optional maps are.
    fn tidy(&mut self) {
        match self {
            Ordered::Object(fields) => {
                for (_, v) in fields.iter_mut() {
                    v.tidy();
                }
                fields.retain(|(k, v)| {
                    let default = match v {
                        Ordered::Null => true,
                        Ordered::Bool(b) => !*b,
                        Ordered::Array(a) => a.is_empty() && k != "themes" && k != "byday",
                        Ordered::Object(o) => o.is_empty() && (k == "eligibility" || k == "zoekwoorden"),
                        Ordered::Number(n) => k == "priority" && n.as_i64() == Some(0),
                        Ordered::String(s) => (k == "status" && s == "active") || (k == "legal_basis" && s == "geen"),
                    };
                    !default
                });
            }
            Ordered::Array(items) => items.iter_mut().for_each(Ordered::tidy),
            _ => {}
        }
    }
}

impl Serialize for Ordered {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Ordered::Null => s.serialize_unit(),
            Ordered::Bool(b) => s.serialize_bool(*b),
            Ordered::Number(n) => n.serialize(s),
            Ordered::String(v) => s.serialize_str(v),
            Ordered::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Ordered::Object(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
                Ok(Ordered::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
                Ok(Ordered::Number(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
                Ok(Ordered::Number(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Ordered, E> {
                Ok(serde_json::Number::from_f64(v).map_or(Ordered::Null, Ordered::Number))
            }
            fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
                Ok(Ordered::String(v.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Ordered::Array(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(Ordered::Object(fields))
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests;
