//! HSDS 3.0 services → a Routekaart catalogue. Routekaart's own attributes
//! (see the module documentation of `interchange`) give back exactly what
//! was exported; HSDS from elsewhere is read field by field, with defaults
//! for what Routekaart needs and a Dutch sentence for each default and each
//! field it cannot keep.

use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

use super::defaults::{self, slug, unique, Gaps};
use super::taxonomy::{self as tax, *};
use super::{Header, ImportOptions, Imported};
use crate::core::calendar::{Date, Time, Weekday};
use crate::core::catalogue::model::*;
use crate::core::catalogue::upl;
use crate::core::facts::{ChildAge, Household, Situation, Theme};

/// Reads HSDS 3.0 JSON: one service object, an array of them, or an API
/// page whose `contents` holds them. Fails only on a file that is not JSON
/// or holds no services (one Dutch sentence, with the line for bad JSON).
pub fn import_hsds(text: &str, options: &ImportOptions) -> Result<Imported, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "Regel {}, kolom {}: {}",
            e.line(),
            e.column(),
            crate::core::catalogue::read::finding_at(&e).message
        )
    })?;
    let services = match value {
        Value::Array(items) => items,
        Value::Object(ref m) => match m.get("contents") {
            Some(Value::Array(items)) => items.clone(),
            _ => vec![value],
        },
        _ => {
            return Err(
                "Dit is geen HSDS-bestand: verwacht wordt één dienst ({…}) of een lijst van diensten ([…]).".into(),
            )
        }
    };
    let mut r = Reader::default();
    r.header = services.iter().find_map(|s| r.header_in(s));
    let mut out = Vec::new();
    for (i, sv) in services.iter().enumerate() {
        if let Some(s) = r.service(sv, i) {
            out.push(s);
        }
    }
    Ok(r.finish(out, options))
}

#[derive(Default)]
struct Reader {
    summary: Vec<String>,
    header: Option<Header>,
    /// HSDS id → Routekaart id, so an organisation or location nested in
    /// many services is read once.
    org_keys: BTreeMap<String, String>,
    loc_keys: BTreeMap<String, String>,
    orgs: Vec<Organization>,
    locs: Vec<Location>,
    service_ids: BTreeSet<String>,
    org_ids: BTreeSet<String>,
    loc_ids: BTreeSet<String>,
    documents: Vec<Document>,
    term_codes: BTreeMap<String, &'static str>,
}

/// The attributes of one object: Routekaart's (code, value) in order, and a UPL.
#[derive(Default)]
struct Attrs {
    pairs: Vec<(&'static str, String)>,
    upl: Option<String>,
}

impl Attrs {
    fn all<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs
            .iter()
            .filter(move |(c, _)| *c == code)
            .map(|(_, v)| v.as_str())
    }
    fn one<'a>(&'a self, code: &'a str) -> Option<&'a str> {
        self.all(code).next()
    }
    fn flag(&self, code: &str) -> bool {
        self.one(code) == Some("true")
    }
    /// The other languages of `field` (a `vertaling`).
    fn translation(&self, field: &str) -> BTreeMap<String, String> {
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
fn str_of<'v>(o: &'v Value, key: &str) -> Option<&'v str> {
    o.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn num_of(o: &Value, key: &str) -> Option<f64> {
    match o.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    }
}

fn list<'v>(o: &'v Value, key: &str) -> &'v [Value] {
    o.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// A date, also the day of a date-time (`2026-03-01T10:00:00Z`).
fn date_of(o: &Value, key: &str) -> Option<Date> {
    str_of(o, key).and_then(|s| s.get(..10)).and_then(Date::parse)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// HSDS fields each object reads, besides ids (`id`, `…_id`) and `attributes`.
const SERVICE_FIELDS: &[&str] = &[
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
const ORGANIZATION_FIELDS: &[&str] = &["name", "description", "website", "email", "phones"];
const LOCATION_FIELDS: &[&str] = &[
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
const SAL_FIELDS: &[&str] = &["description", "schedules", "location"];
const PHONE_FIELDS: &[&str] = &["number", "description", "type"];
const SCHEDULE_FIELDS: &[&str] = &[
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
const ADDRESS_FIELDS: &[&str] = &[
    "address_1",
    "address_2",
    "city",
    "postal_code",
    "state_province",
    "region",
    "country",
    "address_type",
];

impl Reader {
    fn note(&mut self, sentence: String) {
        if !self.summary.contains(&sentence) {
            self.summary.push(sentence);
        }
    }

    /// Says which fields of `o` nothing reads.
    fn unread(&mut self, o: &Value, read: &[&str], label: &str) {
        let Some(map) = o.as_object() else { return };
        for (k, v) in map {
            let known = k == "id" || k.ends_with("_id") || k == "attributes" || read.contains(&k.as_str());
            if known || is_empty(v) {
                continue;
            }
            if k == "metadata" {
                self.note("De wijzigingsgeschiedenis (“metadata”) is niet overgenomen.".into());
            } else {
                self.note(format!(
                    "{label}: “{k}” is niet overgenomen; Routekaart heeft er geen veld voor."
                ));
            }
        }
    }

    fn code_of_term(&mut self, id: &str) -> Option<&'static str> {
        if self.term_codes.is_empty() {
            self.term_codes = TERMS.iter().map(|t| (term_id(t.code), t.code)).collect();
        }
        self.term_codes.get(id).copied()
    }

    fn attrs(&mut self, o: &Value, label: &str) -> Attrs {
        let mut out = Attrs::default();
        for a in list(o, "attributes") {
            let term = a.get("taxonomy_term").unwrap_or(&Value::Null);
            let uri = str_of(term, "term_uri");
            let ours = uri
                .and_then(|u| u.strip_prefix(tax::URI))
                .and_then(|rest| rest.strip_prefix('/'))
                .and_then(|code| tax::term(code).map(|t| t.code));
            let by_id = str_of(a, "taxonomy_term_id").or_else(|| str_of(term, "id"));
            let code = match (ours, by_id) {
                (Some(c), _) => Some(c),
                (None, Some(id)) => self.code_of_term(id),
                _ => None,
            };
            if let Some(code) = code {
                out.pairs
                    .push((code, str_of(a, "value").unwrap_or_default().to_string()));
            } else if let Some(u) = uri.filter(|u| upl::name(u).is_some()) {
                out.upl = Some(u.to_string());
            } else {
                let name = str_of(term, "name")
                    .or_else(|| str_of(term, "code"))
                    .or_else(|| str_of(a, "value"))
                    .unwrap_or("zonder naam");
                let from = str_of(term, "taxonomy").map(|t| format!(" ({t})")).unwrap_or_default();
                self.note(format!(
                    "{label}: het kenmerk “{name}”{from} is niet overgenomen; Routekaart kent die indeling niet."
                ));
            }
        }
        out
    }

    /// A text field: the Dutch from HSDS, other languages from `vertaling`.
    fn text(&self, o: &Value, field: &str, attrs: &Attrs) -> Option<Text> {
        let mut map = attrs.translation(field);
        if let Some(s) = str_of(o, field) {
            map.insert("nl".into(), s.to_string());
        }
        (!map.is_empty()).then_some(Text(map))
    }

    /// Codes from a closed list; an unknown one is left out, with a sentence.
    fn codes<T>(&mut self, attrs: &Attrs, code: &str, from: fn(&str) -> Option<T>, label: &str) -> Vec<T> {
        let mut out = Vec::new();
        let values: Vec<String> = attrs.all(code).map(String::from).collect();
        for v in values {
            match from(&v) {
                Some(x) => out.push(x),
                None => self.note(format!(
                    "{label}: “{v}” is geen geldige waarde voor “{code}”; weggelaten."
                )),
            }
        }
        out
    }

    fn json<T: DeserializeOwned>(&mut self, attrs: &Attrs, code: &str, label: &str) -> Vec<T> {
        let mut out = Vec::new();
        let values: Vec<String> = attrs.all(code).map(String::from).collect();
        for v in values {
            match serde_json::from_str(&v) {
                Ok(x) => out.push(x),
                Err(e) => self.note(format!(
                    "{label}: de waarde van “{code}” kan niet gelezen worden ({e})."
                )),
            }
        }
        out
    }

    fn header_in(&mut self, sv: &Value) -> Option<Header> {
        let attrs = self.attrs_quiet(sv);
        let raw = attrs.one(CATALOGUS)?;
        match serde_json::from_str::<Header>(raw) {
            Ok(h) => Some(h),
            Err(e) => {
                self.note(format!(
                    "De gegevens van de catalogus (“catalogus”) kunnen niet gelezen worden ({e})."
                ));
                None
            }
        }
    }

    /// Attributes without sentences (the header is looked for first).
    fn attrs_quiet(&mut self, o: &Value) -> Attrs {
        let before = self.summary.len();
        let a = self.attrs(o, "");
        self.summary.truncate(before);
        a
    }

    fn service(&mut self, sv: &Value, index: usize) -> Option<Service> {
        if !sv.is_object() {
            self.note(format!(
                "Onderdeel {} van de lijst is geen dienst; overgeslagen.",
                index + 1
            ));
            return None;
        }
        let Some(first_name) = str_of(sv, "name") else {
            self.note(format!("Dienst {} heeft geen naam; overgeslagen.", index + 1));
            return None;
        };
        let label = format!("dienst “{first_name}”");
        let attrs = self.attrs(sv, &label);
        let name = self.text(sv, "name", &attrs).unwrap_or_else(|| Text::nl(first_name));
        let id = match attrs.one(ID) {
            Some(id) => {
                self.service_ids.insert(id.to_string());
                id.to_string()
            }
            None => unique(&slug(first_name), "dienst", &mut self.service_ids),
        };
        self.unread(sv, SERVICE_FIELDS, &label);
        let organization_id = match sv.get("organization").filter(|o| o.is_object()) {
            Some(o) => self.organization(o),
            None => str_of(sv, "organization_id").and_then(|h| self.org_keys.get(h).cloned()),
        };
        let mut gaps = Gaps {
            // Written by Routekaart: nothing to fill in.
            foreign: attrs.one(ID).is_none(),
            ..Gaps::default()
        };
        let status = match str_of(sv, "status") {
            Some(s) => Status::from_code(s).unwrap_or_else(|| {
                self.note(format!("{label}: status “{s}” is onbekend; “active” gekozen."));
                Status::Active
            }),
            None => Status::Active,
        };
        let kind = self.codes(&attrs, SOORT, Kind::from_code, &label).first().copied();
        gaps.kind = kind.is_none();
        let access = self.codes(&attrs, TOEGANG, Access::from_code, &label).first().copied();
        gaps.access = access.is_none();
        let legal_basis = self
            .codes(&attrs, WETTELIJKE_BASIS, LegalBasis::from_code, &label)
            .first()
            .copied()
            .unwrap_or(LegalBasis::Geen);
        let description = self.text(sv, "description", &attrs);
        gaps.description = description.is_none();
        let age = |key| num_of(sv, key).filter(|n| (0.0..=255.0).contains(n)).map(|n| n as u8);
        let eligibility = Eligibility {
            minimum_age: age("minimum_age"),
            maximum_age: age("maximum_age"),
            households: self.codes(&attrs, VOORWAARDE_HUISHOUDEN, Household::from_code, &label),
            child_ages: self.codes(&attrs, VOORWAARDE_LEEFTIJD_KIND, ChildAge::from_code, &label),
            income_max_percent: attrs.one(VOORWAARDE_INKOMEN).and_then(|v| v.parse().ok()),
            areas: attrs.all(VOORWAARDE_KERN).map(String::from).collect(),
            situations: self.codes(&attrs, VOORWAARDE_SITUATIE, Situation::from_code, &label),
        };
        let required_documents = list(sv, "required_documents")
            .iter()
            .filter_map(|d| {
                let a = self.attrs(d, &label);
                self.unread(d, &["document"], &format!("{label}, nodig document"));
                self.text(d, "document", &a)
            })
            .collect();
        let fees_description = self
            .text(sv, "fees_description", &attrs)
            .or_else(|| str_of(sv, "fees").map(Text::nl));
        let cost = match self.codes(&attrs, KOSTEN, Cost::from_code, &label).first() {
            Some(&c) => c,
            None => cost_from(sv, fees_description.as_ref()),
        };
        let phones = list(sv, "phones")
            .iter()
            .filter_map(|p| self.phone(p, &label))
            .collect();
        let languages = list(sv, "languages")
            .iter()
            .filter_map(|l| self.language(l, &label))
            .collect();
        let service_schedules = list(sv, "schedules");
        let sals: Vec<ServiceAtLocation> = list(sv, "service_at_locations")
            .iter()
            .filter_map(|sal| self.service_at_location(sal, service_schedules, &label))
            .collect();
        if sals.is_empty() && !service_schedules.is_empty() {
            self.note(format!(
                "{label}: openingstijden zonder locatie zijn niet overgenomen; Routekaart toont tijden per locatie."
            ));
        }
        let mut service_areas = Vec::new();
        for sa in list(sv, "service_areas") {
            let a = self.attrs(sa, &label);
            match a.one(KERN) {
                Some(k) => service_areas.push(k.to_string()),
                None => {
                    let what = str_of(sa, "name").unwrap_or("zonder naam");
                    self.note(format!(
                        "{label}: werkgebied “{what}” is niet overgenomen; kies de kernen of wijken in “service_areas”."
                    ));
                }
            }
        }
        let mut s = Service {
            id,
            organization_id,
            name,
            status,
            kind: kind.unwrap_or(Kind::Voorziening),
            access: access.unwrap_or(Access::Aanmelden),
            legal_basis,
            description: description.unwrap_or_default(),
            themes: self.codes(&attrs, THEMA, Theme::from_code, &label),
            situations: self.codes(&attrs, SITUATIE, Situation::from_code, &label),
            eligibility,
            eligibility_description: self.text(sv, "eligibility_description", &attrs),
            unchecked_conditions: self.json(&attrs, VOORWAARDE_NIET_TE_CONTROLEREN, &label),
            next_steps: self.json(&attrs, VOLGENDE_STAP, &label),
            application_process: self.text(sv, "application_process", &attrs),
            required_documents,
            cost,
            fees_description,
            url: str_of(sv, "url").map(String::from),
            product_page: attrs.one(PRODUCTPAGINA).map(String::from),
            upl: attrs.upl.clone(),
            email: str_of(sv, "email").map(String::from),
            phones,
            languages,
            service_at_locations: sals,
            service_areas,
            assured_date: date_of(sv, "assured_date"),
            review_by: attrs.one(CONTROLEREN_VOOR).and_then(Date::parse),
            last_modified: date_of(sv, "last_modified"),
            source: self.json(&attrs, BRON, &label).into_iter().next(),
            web_sources: self.json(&attrs, WEBBRON, &label),
            example_data: attrs.flag(VOORBEELD),
            priority: attrs.one(PRIORITEIT).and_then(|v| v.parse().ok()).unwrap_or(0),
        };
        let org = s
            .organization_id
            .as_ref()
            .and_then(|id| self.orgs.iter().find(|o| &o.id == id))
            .cloned();
        let mut summary = Vec::new();
        defaults::fill(&mut s, &gaps, org.as_ref(), &mut self.documents, &label, &mut summary);
        summary.into_iter().for_each(|x| self.note(x));
        Some(s)
    }

    fn organization(&mut self, ov: &Value) -> Option<String> {
        let hsds_id = str_of(ov, "id").map(String::from);
        if let Some(id) = hsds_id.as_ref().and_then(|h| self.org_keys.get(h)) {
            return Some(id.clone());
        }
        let Some(name) = str_of(ov, "name") else {
            self.note("Een organisatie zonder naam is niet overgenomen.".into());
            return None;
        };
        let label = format!("organisatie “{name}”");
        let attrs = self.attrs(ov, &label);
        let id = match attrs.one(ID) {
            Some(id) => id.to_string(),
            None => unique(&slug(name), "organisatie", &mut self.org_ids),
        };
        if let Some(h) = hsds_id {
            self.org_keys.insert(h, id.clone());
        }
        if self.orgs.iter().any(|o| o.id == id) {
            return Some(id);
        }
        self.org_ids.insert(id.clone());
        self.unread(ov, ORGANIZATION_FIELDS, &label);
        let org = Organization {
            id: id.clone(),
            name: name.to_string(),
            description: self.text(ov, "description", &attrs),
            url: str_of(ov, "website").map(String::from),
            email: str_of(ov, "email").map(String::from),
            phones: list(ov, "phones")
                .iter()
                .filter_map(|p| self.phone(p, &label))
                .collect(),
            source: self.json(&attrs, BRON, &label).into_iter().next(),
            assured_date: attrs.one(GECONTROLEERD_OP).and_then(Date::parse),
        };
        self.orgs.push(org);
        Some(id)
    }

    fn phone(&mut self, pv: &Value, label: &str) -> Option<Phone> {
        let Some(number) = str_of(pv, "number") else {
            self.note(format!("{label}: een telefoonnummer zonder nummer is overgeslagen."));
            return None;
        };
        if str_of(pv, "type").is_some_and(|t| t.eq_ignore_ascii_case("fax")) {
            self.note(format!("{label}: het faxnummer {number} is niet overgenomen."));
            return None;
        }
        if let Some(ext) = num_of(pv, "extension") {
            self.note(format!(
                "{label}: toestelnummer {ext} bij {number} is niet overgenomen; zet het in de beschrijving."
            ));
        }
        let attrs = self.attrs(pv, label);
        self.unread(
            pv,
            &[PHONE_FIELDS, &["extension"]].concat(),
            &format!("{label}, telefoon {number}"),
        );
        Some(Phone {
            number: number.to_string(),
            description: self.text(pv, "description", &attrs),
            hours: self
                .codes(&attrs, TELEFOON_BEREIKBAAR, PhoneHours::from_code, label)
                .first()
                .copied(),
            example_data: attrs.flag(VOORBEELD),
        })
    }

    fn language(&mut self, lv: &Value, label: &str) -> Option<String> {
        use super::export::LANGUAGES;
        let code = str_of(lv, "code").map(str::to_lowercase);
        let name = str_of(lv, "name").map(str::to_lowercase);
        let found = LANGUAGES.iter().find(|(two, dutch, three)| {
            code.as_deref().is_some_and(|c| c == *two || c == *three)
                || name.as_deref().is_some_and(|n| n == dutch.to_lowercase())
        });
        match (found, code) {
            (Some((two, ..)), _) => Some(two.to_string()),
            (None, Some(c)) if c.len() == 2 && c.chars().all(|x| x.is_ascii_lowercase()) => Some(c),
            (None, c) => {
                let what = c.or(name).unwrap_or_default();
                self.note(format!(
                    "{label}: de taal “{what}” is niet overgenomen; gebruik een code van twee letters, zoals “en”."
                ));
                None
            }
        }
    }

    fn service_at_location(
        &mut self,
        v: &Value,
        service_schedules: &[Value],
        label: &str,
    ) -> Option<ServiceAtLocation> {
        let attrs = self.attrs(v, label);
        self.unread(v, SAL_FIELDS, label);
        let nested = v.get("location").filter(|l| l.is_object());
        let location_id = match nested {
            Some(l) => self.location(l, label)?,
            None => match str_of(v, "location_id").and_then(|h| self.loc_keys.get(h).cloned()) {
                Some(id) => id,
                None => {
                    self.note(format!(
                        "{label}: een locatie staat niet in het bestand; die locatie is overgeslagen."
                    ));
                    return None;
                }
            },
        };
        // Times of the location itself, or of the service, where this
        // place has none of its own.
        let own = list(v, "schedules");
        let from_location = nested.map(|l| list(l, "schedules")).unwrap_or_default();
        let source = [own, from_location, service_schedules]
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        if own.is_empty() && from_location.is_empty() && !service_schedules.is_empty() {
            self.note(format!(
                "{label}: de openingstijden van de dienst staan nu bij elke locatie zonder eigen tijden. Controleer dit."
            ));
        }
        let schedules = source.iter().filter_map(|s| self.schedule(s, label)).collect();
        Some(ServiceAtLocation {
            location_id,
            description: self.text(v, "description", &attrs),
            schedules,
            closed_dates: self.json(&attrs, GESLOTEN_OP, label),
            open_on_public_holidays: attrs.flag(OPEN_OP_FEESTDAGEN),
        })
    }

    fn location(&mut self, lv: &Value, service_label: &str) -> Option<String> {
        let hsds_id = str_of(lv, "id").map(String::from);
        if let Some(id) = hsds_id.as_ref().and_then(|h| self.loc_keys.get(h)) {
            return Some(id.clone());
        }
        if str_of(lv, "location_type").is_some_and(|t| t.eq_ignore_ascii_case("virtual")) {
            self.note(format!(
                "{service_label}: een online locatie is niet overgenomen; zet de website in “url”."
            ));
            return None;
        }
        let addresses = self.addresses(lv, service_label);
        let name = str_of(lv, "name")
            .map(String::from)
            .or_else(|| addresses.first().map(|a: &Address| a.address_1.clone()));
        let Some(name) = name else {
            self.note(format!(
                "{service_label}: een locatie zonder naam en adres is overgeslagen."
            ));
            return None;
        };
        let label = format!("locatie “{name}”");
        let attrs = self.attrs(lv, &label);
        let id = match attrs.one(ID) {
            Some(id) => id.to_string(),
            None => unique(&slug(&name), "locatie", &mut self.loc_ids),
        };
        if let Some(h) = hsds_id {
            self.loc_keys.insert(h, id.clone());
        }
        if self.locs.iter().any(|l| l.id == id) {
            return Some(id);
        }
        self.loc_ids.insert(id.clone());
        self.unread(lv, LOCATION_FIELDS, &label);
        let accessibility = self.accessibility(lv, &label);
        let loc = Location {
            id: id.clone(),
            name,
            description: self.text(lv, "description", &attrs),
            addresses,
            area: attrs.one(KERN).map(String::from),
            latitude: num_of(lv, "latitude"),
            longitude: num_of(lv, "longitude"),
            accessibility,
            transportation: self.text(lv, "transportation", &attrs),
            example_data: attrs.flag(VOORBEELD),
            web_sources: self.json(&attrs, WEBBRON, &label),
        };
        self.locs.push(loc);
        Some(id)
    }

    fn addresses(&mut self, lv: &Value, label: &str) -> Vec<Address> {
        let mut out = Vec::new();
        for a in list(lv, "addresses") {
            if str_of(a, "address_type").is_some_and(|t| !t.eq_ignore_ascii_case("physical")) {
                self.note(format!(
                    "{label}: een postadres is niet overgenomen; Routekaart toont alleen het bezoekadres."
                ));
                continue;
            }
            let (Some(line), Some(city)) = (str_of(a, "address_1"), str_of(a, "city")) else {
                self.note(format!(
                    "{label}: een adres zonder straat of plaats is niet overgenomen."
                ));
                continue;
            };
            self.unread(a, ADDRESS_FIELDS, &format!("{label}, adres {line}"));
            let address_1 = match str_of(a, "address_2") {
                Some(more) => format!("{line}, {more}"),
                None => line.to_string(),
            };
            out.push(Address {
                address_1,
                postal_code: str_of(a, "postal_code").map(String::from),
                city: city.to_string(),
            });
        }
        out
    }

    /// Routekaart keeps one text about access; several HSDS entries become one.
    fn accessibility(&mut self, lv: &Value, label: &str) -> Option<Text> {
        let entries = list(lv, "accessibility");
        let mut texts = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let a = self.attrs(e, label);
            self.unread(e, &["description"], &format!("{label}, toegankelijkheid"));
            if let Some(t) = self.text(e, "description", &a) {
                if i == 0 {
                    texts.push(t);
                } else if let Some(first) = texts.first_mut() {
                    let more = t.0.get("nl").cloned().unwrap_or_default();
                    if let Some(nl) = first.0.get_mut("nl") {
                        nl.push(' ');
                        nl.push_str(&more);
                    }
                } else {
                    texts.push(t);
                }
            }
        }
        texts.into_iter().next()
    }

    fn schedule(&mut self, v: &Value, label: &str) -> Option<Schedule> {
        let attrs = self.attrs(v, label);
        self.unread(v, SCHEDULE_FIELDS, &format!("{label}, openingstijd"));
        let skip = |r: &mut Reader, why: &str| {
            r.note(format!("{label}: een openingstijd is overgeslagen: {why}"));
            None
        };
        if let Some(freq) = str_of(v, "freq").filter(|f| !f.eq_ignore_ascii_case("WEEKLY")) {
            return skip(
                self,
                &format!("“{freq}” kan Routekaart niet tonen, alleen elke week (WEEKLY)."),
            );
        }
        if num_of(v, "interval").is_some_and(|n| n != 1.0) {
            return skip(self, "om de zoveel weken kan Routekaart niet tonen.");
        }
        if ["byweekno", "bymonthday", "byyearday"]
            .iter()
            .any(|k| v.get(*k).is_some_and(|x| !is_empty(x)))
        {
            return skip(self, "weeknummers en dagen van de maand kan Routekaart niet tonen.");
        }
        let Some(byday) = str_of(v, "byday") else {
            return skip(self, "er staat geen dag bij (byday).");
        };
        let mut days = Vec::new();
        for d in byday.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            match Weekday::from_code(&d.to_uppercase()) {
                Some(day) if !days.contains(&day) => days.push(day),
                Some(_) => {}
                None => return skip(self, &format!("de dag “{d}” kan Routekaart niet lezen.")),
            }
        }
        let (Some(opens), Some(closes)) = (
            str_of(v, "opens_at").and_then(|t| self.time(t)),
            str_of(v, "closes_at").and_then(|t| self.time(t)),
        ) else {
            return skip(self, "de openings- of sluitingstijd ontbreekt of is onleesbaar.");
        };
        Some(Schedule {
            byday: days,
            opens_at: opens,
            closes_at: closes,
            valid_from: date_of(v, "valid_from").or_else(|| date_of(v, "dtstart")),
            valid_to: date_of(v, "valid_to").or_else(|| date_of(v, "until")),
            description: self.text(v, "description", &attrs),
        })
    }

    /// `09:00`, `9:00`, `09:00:00`, with or without a time zone (`Z`,
    /// `+01:00`): read as Dutch time, and said once.
    fn time(&mut self, s: &str) -> Option<Time> {
        let cut = s
            .char_indices()
            .skip(1)
            .find(|(_, c)| matches!(c, 'Z' | 'z' | '+' | '-'))
            .map(|(i, _)| i);
        let local = match cut {
            Some(i) => {
                self.note("Tijden met een tijdzone (zoals 09:00Z of 09:00+01:00) zijn gelezen als Nederlandse tijd, zonder om te rekenen. Controleer ze.".into());
                &s[..i]
            }
            None => s,
        };
        let mut parts = local.split(':');
        let (h, m) = (parts.next()?, parts.next()?);
        if parts.next().is_some_and(|sec| sec.parse::<u8>().is_err()) {
            return None;
        }
        Time::parse(&format!("{h:0>2}:{m}"))
    }

    fn finish(mut self, services: Vec<Service>, options: &ImportOptions) -> Imported {
        let header = self.header.take();
        let mut cat = Catalogue {
            schema_version: SCHEMA_VERSION,
            id: options.id.clone(),
            name: options.name.clone(),
            scope: Scope::Gemeente,
            cbs_code: None,
            opvangregio: None,
            areas: Vec::new(),
            organizations: Vec::new(),
            locations: Vec::new(),
            services,
            documents: Vec::new(),
            zoekwoorden: BTreeMap::new(),
            maintainer: None,
            last_modified: None,
        };
        match header {
            Some(h) => {
                if h.schema_version != SCHEMA_VERSION {
                    self.note(format!(
                        "Het bestand komt uit formaatversie {}; Routekaart schrijft versie {SCHEMA_VERSION}.",
                        h.schema_version
                    ));
                }
                cat.id = h.id;
                cat.name = h.name;
                cat.scope = h.scope;
                cat.cbs_code = h.cbs_code;
                cat.opvangregio = h.opvangregio;
                cat.maintainer = h.maintainer;
                cat.last_modified = h.last_modified;
                cat.areas = h.areas;
                cat.documents = h.documents;
                cat.zoekwoorden = h.zoekwoorden;
                self.orgs.extend(h.other_organizations);
                self.locs.extend(h.other_locations);
                cat.organizations = in_order(self.orgs, &h.organizations, |o| &o.id);
                cat.locations = in_order(self.locs, &h.locations, |l| &l.id);
            }
            None => {
                self.summary.insert(
                    0,
                    format!(
                        "Het bestand zegt niet voor welke gemeente het is: id “{}” en naam “{}” komen uit de bestandsnaam. Pas ze aan en vul “cbs_code” in (GM en vier cijfers).",
                        cat.id, cat.name
                    ),
                );
                cat.organizations = self.orgs;
                cat.locations = self.locs;
            }
        }
        cat.documents.extend(self.documents);
        Imported {
            catalogue: cat,
            summary: self.summary,
        }
    }
}

/// `items` in the order of `ids`; those it does not name go last.
fn in_order<T>(items: Vec<T>, ids: &[String], id: impl Fn(&T) -> &String) -> Vec<T> {
    let mut rest: Vec<Option<T>> = items.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for want in ids {
        if let Some(slot) = rest.iter_mut().find(|x| x.as_ref().is_some_and(|x| id(x) == want)) {
            out.extend(slot.take());
        }
    }
    out.extend(rest.into_iter().flatten());
    out
}

/// Cost from HSDS `cost_options` (every amount 0: free) or the words about it.
fn cost_from(sv: &Value, fees: Option<&Text>) -> Cost {
    let amounts: Vec<f64> = list(sv, "cost_options")
        .iter()
        .filter_map(|c| num_of(c, "amount"))
        .collect();
    if !amounts.is_empty() {
        return if amounts.iter().all(|&a| a == 0.0) {
            Cost::Gratis
        } else {
            Cost::Betaald
        };
    }
    let words = fees
        .and_then(|t| t.0.get("nl"))
        .map(|t| t.to_lowercase())
        .unwrap_or_default();
    if words.contains("gratis") || words.contains("kosteloos") || words.contains("free") {
        Cost::Gratis
    } else {
        Cost::Onbekend
    }
}
