//! A catalogue as HSDS 3.0 service objects (see the module documentation
//! of `interchange` for the attributes).

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::taxonomy::{self as tax, *};
use super::uuid::{v5, v5_bytes, NAMESPACE_URL};
use super::Header;
use crate::core::catalogue::model::*;
use crate::core::catalogue::upl;

/// The catalogue as a JSON array of HSDS 3.0 services, in the file's order.
/// The first carries the catalogue itself (`catalogus`), so an import gives
/// the same catalogue back. A catalogue without services exports nothing.
pub fn export_hsds(cat: &Catalogue) -> Vec<Value> {
    let ids = Ids::new(&cat.id);
    cat.services
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let header = (i == 0).then(|| header(cat));
            service(cat, &ids, s, header)
        })
        .collect()
}

/// [`export_hsds`] as pretty JSON text.
pub fn export_hsds_json(cat: &Catalogue) -> String {
    let mut text = serde_json::to_string_pretty(&export_hsds(cat)).unwrap_or_default();
    text.push('\n');
    text
}

fn header(cat: &Catalogue) -> Header {
    let used_org = |id: &str| cat.services.iter().any(|s| s.organization_id.as_deref() == Some(id));
    let used_loc = |id: &str| {
        cat.services
            .iter()
            .any(|s| s.service_at_locations.iter().any(|sal| sal.location_id == id))
    };
    Header {
        schema_version: cat.schema_version,
        id: cat.id.clone(),
        name: cat.name.clone(),
        scope: cat.scope,
        cbs_code: cat.cbs_code.clone(),
        opvangregio: cat.opvangregio.clone(),
        maintainer: cat.maintainer.clone(),
        last_modified: cat.last_modified,
        areas: cat.areas.clone(),
        documents: cat.documents.clone(),
        zoekwoorden: cat.zoekwoorden.clone(),
        organizations: cat.organizations.iter().map(|o| o.id.clone()).collect(),
        locations: cat.locations.iter().map(|l| l.id.clone()).collect(),
        other_organizations: cat.organizations.iter().filter(|o| !used_org(&o.id)).cloned().collect(),
        other_locations: cat.locations.iter().filter(|l| !used_loc(&l.id)).cloned().collect(),
    }
}

/// HSDS ids: version 5 UUIDs of a path such as `service/bijstand/phone/0`
/// in the catalogue's own namespace.
pub(super) struct Ids {
    namespace: [u8; 16],
}

impl Ids {
    pub(super) fn new(catalogue_id: &str) -> Ids {
        Ids {
            namespace: v5_bytes(&NAMESPACE_URL, &format!("{}/catalogus/{catalogue_id}", tax::URI)),
        }
    }
    pub(super) fn of(&self, path: &str) -> String {
        v5(&self.namespace, path)
    }
}

/// The attributes of one HSDS object.
struct Attrs<'a> {
    ids: &'a Ids,
    path: String,
    owner: String,
    entity: &'static str,
    list: Vec<Value>,
}

impl<'a> Attrs<'a> {
    fn new(ids: &'a Ids, path: &str, owner: &str, entity: &'static str) -> Attrs<'a> {
        Attrs {
            ids,
            path: path.to_string(),
            owner: owner.to_string(),
            entity,
            list: Vec::new(),
        }
    }

    fn push(&mut self, term: Value, value: Option<String>) {
        let mut a = Map::new();
        a.insert(
            "id".into(),
            self.ids
                .of(&format!("{}/attribute/{}", self.path, self.list.len()))
                .into(),
        );
        a.insert("link_id".into(), self.owner.clone().into());
        a.insert("link_entity".into(), self.entity.into());
        a.insert("taxonomy_term_id".into(), term["id"].clone());
        if let Some(v) = value {
            a.insert("value".into(), v.into());
        }
        a.insert("taxonomy_term".into(), term);
        self.list.push(Value::Object(a));
    }

    fn add(&mut self, code: &str, value: impl ToString) {
        let t = tax::term(code).expect("a term of the taxonomy");
        let term = json!({
            "id": term_id(code),
            "code": t.code,
            "name": t.name,
            "description": t.description,
            "taxonomy": tax::NAME,
            "taxonomy_id": taxonomy_id(),
            "term_uri": term_uri(code),
            "language": "nl",
        });
        self.push(term, Some(value.to_string()));
    }

    fn add_json(&mut self, code: &str, value: &impl Serialize) {
        self.add(code, serde_json::to_string(value).unwrap_or_default());
    }

    /// The languages of `text` other than Dutch (the field holds the Dutch).
    fn translations(&mut self, field: &str, text: &Text) {
        let others: Map<String, Value> = text
            .0
            .iter()
            .filter(|(k, _)| k.as_str() != "nl")
            .map(|(k, v)| (k.clone(), v.clone().into()))
            .collect();
        if !others.is_empty() {
            self.add_json(VERTALING, &json!({"veld": field, "tekst": others}));
        }
    }

    fn upl(&mut self, uri: &str) {
        let name = upl::name(uri).unwrap_or(uri);
        let term = json!({
            "id": v5(&NAMESPACE_URL, uri),
            "code": name,
            "name": upl::label(uri).unwrap_or(name),
            "description": format!("Uniforme Productnamenlijst: {}", upl::label(uri).unwrap_or(name)),
            "taxonomy": tax::UPL_TAXONOMY,
            "taxonomy_id": v5(&NAMESPACE_URL, upl::PREFIX),
            "term_uri": uri,
            "language": "nl",
        });
        self.push(term, None);
    }

    fn put(self, o: &mut Map<String, Value>) {
        if !self.list.is_empty() {
            o.insert("attributes".into(), Value::Array(self.list));
        }
    }
}

/// A text field: the Dutch in the HSDS field, other languages as a `vertaling`.
fn text(o: &mut Map<String, Value>, a: &mut Attrs, field: &str, t: &Text) {
    if let Some(nl) = t.0.get("nl") {
        o.insert(field.into(), nl.clone().into());
    }
    a.translations(field, t);
}

fn opt_text(o: &mut Map<String, Value>, a: &mut Attrs, field: &str, t: &Option<Text>) {
    if let Some(t) = t {
        text(o, a, field, t);
    }
}

fn opt_str(o: &mut Map<String, Value>, field: &str, v: &Option<String>) {
    if let Some(v) = v {
        o.insert(field.into(), v.clone().into());
    }
}

fn service(cat: &Catalogue, ids: &Ids, s: &Service, header: Option<Header>) -> Value {
    let path = format!("service/{}", s.id);
    let id = ids.of(&path);
    let mut o = Map::new();
    let mut a = Attrs::new(ids, &path, &id, "service");
    o.insert("id".into(), id.clone().into());
    if let Some(h) = header {
        a.add_json(CATALOGUS, &h);
    }
    a.add(ID, &s.id);
    if let Some(org_id) = &s.organization_id {
        o.insert(
            "organization_id".into(),
            ids.of(&format!("organization/{org_id}")).into(),
        );
        if let Some(org) = cat.organizations.iter().find(|x| &x.id == org_id) {
            o.insert("organization".into(), organization(ids, org));
        }
    }
    // HSDS requires a name; a text without Dutch keeps its languages in `vertaling`.
    o.insert("name".into(), "".into());
    text(&mut o, &mut a, "name", &s.name);
    o.insert("status".into(), s.status.code().into());
    a.add(SOORT, s.kind.code());
    a.add(TOEGANG, s.access.code());
    a.add(WETTELIJKE_BASIS, s.legal_basis.code());
    text(&mut o, &mut a, "description", &s.description);
    for t in &s.themes {
        a.add(THEMA, t.code());
    }
    for x in &s.situations {
        a.add(SITUATIE, x.code());
    }
    let e = &s.eligibility;
    if let Some(v) = e.minimum_age {
        o.insert("minimum_age".into(), v.into());
    }
    if let Some(v) = e.maximum_age {
        o.insert("maximum_age".into(), v.into());
    }
    for h in &e.households {
        a.add(VOORWAARDE_HUISHOUDEN, h.code());
    }
    for c in &e.child_ages {
        a.add(VOORWAARDE_LEEFTIJD_KIND, c.code());
    }
    if let Some(p) = e.income_max_percent {
        a.add(VOORWAARDE_INKOMEN, p);
    }
    for k in &e.areas {
        a.add(VOORWAARDE_KERN, k);
    }
    for x in &e.situations {
        a.add(VOORWAARDE_SITUATIE, x.code());
    }
    opt_text(&mut o, &mut a, "eligibility_description", &s.eligibility_description);
    for c in &s.unchecked_conditions {
        a.add_json(VOORWAARDE_NIET_TE_CONTROLEREN, c);
    }
    for step in &s.next_steps {
        a.add_json(VOLGENDE_STAP, step);
    }
    opt_text(&mut o, &mut a, "application_process", &s.application_process);
    let docs: Vec<Value> = s
        .required_documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = format!("{path}/required_document/{i}");
            let did = ids.of(&p);
            let mut r = Map::new();
            let mut ra = Attrs::new(ids, &p, &did, "required_document");
            r.insert("id".into(), did.clone().into());
            r.insert("service_id".into(), id.clone().into());
            text(&mut r, &mut ra, "document", d);
            ra.put(&mut r);
            Value::Object(r)
        })
        .collect();
    if !docs.is_empty() {
        o.insert("required_documents".into(), docs.into());
    }
    a.add(KOSTEN, s.cost.code());
    if s.cost == Cost::Gratis {
        o.insert(
            "cost_options".into(),
            json!([{
                "id": ids.of(&format!("{path}/cost_option/0")),
                "service_id": id,
                "option": "Gratis",
                "amount": 0,
                "currency": "EUR",
            }]),
        );
    }
    opt_text(&mut o, &mut a, "fees_description", &s.fees_description);
    opt_str(&mut o, "url", &s.url);
    opt_str(&mut o, "email", &s.email);
    if let Some(page) = &s.product_page {
        a.add(PRODUCTPAGINA, page);
    }
    if let Some(uri) = &s.upl {
        a.upl(uri);
    }
    let phones = phones(ids, &path, "service_id", &id, &s.phones);
    if !phones.is_empty() {
        o.insert("phones".into(), phones.into());
    }
    let languages: Vec<Value> = s
        .languages
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let mut l = Map::new();
            l.insert("id".into(), ids.of(&format!("{path}/language/{i}")).into());
            l.insert("service_id".into(), id.clone().into());
            if let Some(name) = language_name(code) {
                l.insert("name".into(), name.into());
            }
            l.insert("code".into(), code.clone().into());
            Value::Object(l)
        })
        .collect();
    if !languages.is_empty() {
        o.insert("languages".into(), languages.into());
    }
    let sals: Vec<Value> = s
        .service_at_locations
        .iter()
        .enumerate()
        .map(|(j, sal)| service_at_location(cat, ids, &format!("{path}/service_at_location/{j}"), &id, sal))
        .collect();
    if !sals.is_empty() {
        o.insert("service_at_locations".into(), sals.into());
    }
    let areas: Vec<Value> = s
        .service_areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let p = format!("{path}/service_area/{i}");
            let aid = ids.of(&p);
            let mut sa = Attrs::new(ids, &p, &aid, "service_area");
            sa.add(KERN, area);
            let mut r = Map::new();
            r.insert("id".into(), aid.clone().into());
            r.insert("service_id".into(), id.clone().into());
            r.insert("name".into(), cat.area_name(area).unwrap_or(area).into());
            sa.put(&mut r);
            Value::Object(r)
        })
        .collect();
    if !areas.is_empty() {
        o.insert("service_areas".into(), areas.into());
    }
    if let Some(d) = s.assured_date {
        o.insert("assured_date".into(), d.to_string().into());
    }
    if let Some(d) = s.review_by {
        a.add(CONTROLEREN_VOOR, d);
    }
    if let Some(d) = s.last_modified {
        // HSDS wants a date-time; Routekaart keeps the day.
        o.insert("last_modified".into(), format!("{d}T00:00:00Z").into());
    }
    if let Some(src) = &s.source {
        a.add_json(BRON, src);
    }
    for w in &s.web_sources {
        a.add_json(WEBBRON, w);
    }
    if s.example_data {
        a.add(VOORBEELD, true);
    }
    if s.priority != 0 {
        a.add(PRIORITEIT, s.priority);
    }
    a.put(&mut o);
    Value::Object(o)
}

fn organization(ids: &Ids, org: &Organization) -> Value {
    let path = format!("organization/{}", org.id);
    let id = ids.of(&path);
    let mut o = Map::new();
    let mut a = Attrs::new(ids, &path, &id, "organization");
    a.add(ID, &org.id);
    o.insert("id".into(), id.clone().into());
    o.insert("name".into(), org.name.clone().into());
    // Required by HSDS; empty when the catalogue has none.
    o.insert("description".into(), "".into());
    opt_text(&mut o, &mut a, "description", &org.description);
    opt_str(&mut o, "website", &org.url);
    opt_str(&mut o, "email", &org.email);
    let phones = phones(ids, &path, "organization_id", &id, &org.phones);
    if !phones.is_empty() {
        o.insert("phones".into(), phones.into());
    }
    if let Some(src) = &org.source {
        a.add_json(BRON, src);
    }
    if let Some(d) = org.assured_date {
        a.add(GECONTROLEERD_OP, d);
    }
    a.put(&mut o);
    Value::Object(o)
}

fn phones(ids: &Ids, owner_path: &str, owner_key: &str, owner: &str, phones: &[Phone]) -> Vec<Value> {
    phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let path = format!("{owner_path}/phone/{i}");
            let id = ids.of(&path);
            let mut o = Map::new();
            let mut a = Attrs::new(ids, &path, &id, "phone");
            o.insert("id".into(), id.clone().into());
            o.insert(owner_key.into(), owner.into());
            o.insert("number".into(), p.number.clone().into());
            opt_text(&mut o, &mut a, "description", &p.description);
            if let Some(h) = p.hours {
                a.add(TELEFOON_BEREIKBAAR, h.code());
            }
            if p.example_data {
                a.add(VOORBEELD, true);
            }
            a.put(&mut o);
            Value::Object(o)
        })
        .collect()
}

fn service_at_location(cat: &Catalogue, ids: &Ids, path: &str, service_id: &str, sal: &ServiceAtLocation) -> Value {
    let id = ids.of(path);
    let location_id = ids.of(&format!("location/{}", sal.location_id));
    let mut o = Map::new();
    let mut a = Attrs::new(ids, path, &id, "service_at_location");
    o.insert("id".into(), id.clone().into());
    o.insert("service_id".into(), service_id.into());
    o.insert("location_id".into(), location_id.clone().into());
    opt_text(&mut o, &mut a, "description", &sal.description);
    let schedules: Vec<Value> = sal
        .schedules
        .iter()
        .enumerate()
        .map(|(k, sch)| {
            let p = format!("{path}/schedule/{k}");
            let sid = ids.of(&p);
            let mut s = Map::new();
            let mut sa = Attrs::new(ids, &p, &sid, "schedule");
            s.insert("id".into(), sid.clone().into());
            s.insert("service_id".into(), service_id.into());
            s.insert("location_id".into(), location_id.clone().into());
            s.insert("service_at_location_id".into(), id.clone().into());
            s.insert("freq".into(), "WEEKLY".into());
            s.insert("wkst".into(), "MO".into());
            let days: Vec<&str> = sch.byday.iter().map(|d| d.code()).collect();
            s.insert("byday".into(), days.join(",").into());
            s.insert("opens_at".into(), hhmm(sch.opens_at).into());
            s.insert("closes_at".into(), hhmm(sch.closes_at).into());
            if let Some(d) = sch.valid_from {
                s.insert("valid_from".into(), d.to_string().into());
            }
            if let Some(d) = sch.valid_to {
                s.insert("valid_to".into(), d.to_string().into());
            }
            opt_text(&mut s, &mut sa, "description", &sch.description);
            sa.put(&mut s);
            Value::Object(s)
        })
        .collect();
    if !schedules.is_empty() {
        o.insert("schedules".into(), schedules.into());
    }
    if let Some(loc) = cat.location(&sal.location_id) {
        o.insert("location".into(), location(ids, loc));
    }
    for cd in &sal.closed_dates {
        a.add_json(GESLOTEN_OP, cd);
    }
    if sal.open_on_public_holidays {
        a.add(OPEN_OP_FEESTDAGEN, true);
    }
    a.put(&mut o);
    Value::Object(o)
}

fn location(ids: &Ids, l: &Location) -> Value {
    let path = format!("location/{}", l.id);
    let id = ids.of(&path);
    let mut o = Map::new();
    let mut a = Attrs::new(ids, &path, &id, "location");
    a.add(ID, &l.id);
    o.insert("id".into(), id.clone().into());
    o.insert("location_type".into(), "physical".into());
    o.insert("name".into(), l.name.clone().into());
    opt_text(&mut o, &mut a, "description", &l.description);
    opt_text(&mut o, &mut a, "transportation", &l.transportation);
    if let Some(v) = l.latitude {
        o.insert("latitude".into(), v.into());
    }
    if let Some(v) = l.longitude {
        o.insert("longitude".into(), v.into());
    }
    let addresses: Vec<Value> = l
        .addresses
        .iter()
        .enumerate()
        .map(|(i, ad)| {
            // HSDS requires state_province and postal_code; Routekaart keeps
            // no province, so it is empty, as is a postal code not known.
            json!({
                "id": ids.of(&format!("{path}/address/{i}")),
                "location_id": id,
                "address_1": ad.address_1,
                "city": ad.city,
                "state_province": "",
                "postal_code": ad.postal_code.clone().unwrap_or_default(),
                "country": "NL",
                "address_type": "physical",
            })
        })
        .collect();
    if !addresses.is_empty() {
        o.insert("addresses".into(), addresses.into());
    }
    if let Some(t) = &l.accessibility {
        let p = format!("{path}/accessibility/0");
        let aid = ids.of(&p);
        let mut acc = Map::new();
        let mut aa = Attrs::new(ids, &p, &aid, "accessibility");
        acc.insert("id".into(), aid.clone().into());
        acc.insert("location_id".into(), id.clone().into());
        text(&mut acc, &mut aa, "description", t);
        aa.put(&mut acc);
        o.insert("accessibility".into(), json!([acc]));
    }
    if let Some(area) = &l.area {
        a.add(KERN, area);
    }
    if l.example_data {
        a.add(VOORBEELD, true);
    }
    for w in &l.web_sources {
        a.add_json(WEBBRON, w);
    }
    a.put(&mut o);
    Value::Object(o)
}

/// `09:00`, as in a catalogue (HSDS asks for HH:MM).
fn hhmm(t: crate::core::calendar::Time) -> String {
    format!("{:0>5}", t.to_string())
}

/// The Dutch name of a language code (HSDS gives a name and a code).
pub(super) fn language_name(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(c, ..)| *c == code).map(|(_, name, _)| *name)
}

/// Two-letter code, Dutch name, three-letter code (ISO 639-3).
pub(super) const LANGUAGES: &[(&str, &str, &str)] = &[
    ("nl", "Nederlands", "nld"),
    ("en", "Engels", "eng"),
    ("de", "Duits", "deu"),
    ("fr", "Frans", "fra"),
    ("es", "Spaans", "spa"),
    ("pl", "Pools", "pol"),
    ("bg", "Bulgaars", "bul"),
    ("ro", "Roemeens", "ron"),
    ("tr", "Turks", "tur"),
    ("ar", "Arabisch", "ara"),
    ("uk", "Oekraïens", "ukr"),
    ("ru", "Russisch", "rus"),
    ("ti", "Tigrinya", "tir"),
    ("so", "Somalisch", "som"),
    ("fa", "Perzisch", "fas"),
    ("pt", "Portugees", "por"),
];
