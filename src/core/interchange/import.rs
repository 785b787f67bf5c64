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
use crate::core::calendar::Date;
use crate::core::catalogue::model::*;
use crate::core::catalogue::upl;
use crate::core::facts::{ChildAge, Household, Situation, Theme};

mod places;
mod values;

use values::*;

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
