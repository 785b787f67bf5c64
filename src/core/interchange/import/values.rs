//! Reading HSDS JSON values and Routekaart's attributes on an object,
//! and the HSDS fields each object reads; apart from the objects' readers.

use serde_json::Value;
use std::collections::BTreeMap;

use crate::core::calendar::Date;
use crate::core::interchange::taxonomy::*;

/// The attributes of one object: Routekaart's (code, value) in order, and a UPL.
#[derive(Default)]
pub(super) struct Attrs {
    pub(super) pairs: Vec<(&'static str, String)>,
    pub(super) upl: Option<String>,
}

impl Attrs {
    pub(super) fn all<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs
            .iter()
            .filter(move |(c, _)| *c == code)
            .map(|(_, v)| v.as_str())
    }
    pub(super) fn one<'a>(&'a self, code: &'a str) -> Option<&'a str> {
        self.all(code).next()
    }
    pub(super) fn flag(&self, code: &str) -> bool {
        self.one(code) == Some("true")
    }
    /// The other languages of `field` (a `vertaling`).
    pub(super) fn translation(&self, field: &str) -> BTreeMap<String, String> {
        #[derive(serde::Deserialize)]
        struct Vertaling {
            veld: String,
            tekst: BTreeMap<String, String>,
        }
        self.all(VERTALING)
            .filter_map(|v| serde_json::from_str::<Vertaling>(v).ok())
            .filter(|v| v.veld == field)
            .flat_map(|v| v.tekst)
            .collect()
    }
}

/// A string field; empty counts as absent.
pub(super) fn str_of<'v>(o: &'v Value, key: &str) -> Option<&'v str> {
    o.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

pub(super) fn num_of(o: &Value, key: &str) -> Option<f64> {
    match o.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    }
}

pub(super) fn list<'v>(o: &'v Value, key: &str) -> &'v [Value] {
    o.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// A date, also the day of a date-time (`2026-03-01T10:00:00Z`).
pub(super) fn date_of(o: &Value, key: &str) -> Option<Date> {
    str_of(o, key).and_then(|s| s.get(..10)).and_then(Date::parse)
}

pub(super) fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// HSDS fields each object reads, besides ids (`id`, `…_id`) and `attributes`.
pub(super) const SERVICE_FIELDS: &[&str] = &[
    "organization",
    "name",
    "description",
    "url",
    "email",
    "status",
    "application_process",
    "fees_description",
    "fees",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "last_modified",
    "phones",
    "schedules",
    "service_areas",
    "service_at_locations",
    "languages",
    "cost_options",
    "required_documents",
];
pub(super) const ORGANIZATION_FIELDS: &[&str] = &["name", "description", "website", "email", "phones"];
pub(super) const LOCATION_FIELDS: &[&str] = &[
    "location_type",
    "name",
    "description",
    "transportation",
    "latitude",
    "longitude",
    "addresses",
    "accessibility",
    "schedules",
];
pub(super) const SAL_FIELDS: &[&str] = &["description", "schedules", "location"];
pub(super) const PHONE_FIELDS: &[&str] = &["number", "description", "type"];
pub(super) const SCHEDULE_FIELDS: &[&str] = &[
    "freq",
    "wkst",
    "interval",
    "byday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "dtstart",
    "until",
    "timezone",
    "description",
    "byweekno",
    "bymonthday",
    "byyearday",
];
pub(super) const ADDRESS_FIELDS: &[&str] = &[
    "address_1",
    "address_2",
    "city",
    "postal_code",
    "state_province",
    "region",
    "country",
    "address_type",
];
