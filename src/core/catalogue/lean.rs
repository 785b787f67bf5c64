//! The resident's catalogue reader, without serde: a small JSON
//! parser and one plain function per catalogue type, for the fields the
//! app reads. serde's derived deserializers for the whole model would be the largest
//! part of the resident's wasm after Leptos;
//! the maintainers' check (`validate`) keeps serde and its JSON paths.
//!
//! It keeps `read::read_with_findings`'s promises: a broken entry of a list
//! is dropped on its own with a finding (path, byte offset, the same Dutch
//! sentences as the serde path: the errors are phrased as serde phrases them
//! and go through `read::explain_type_error`), anything else is read as
//! serde reads it (defaults, `null` for an absent option, unknown fields
//! ignored, a repeated field refused). `read::tests` and this module's tests
//! compare it with serde on every shipped catalogue and on broken ones.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::model::{
    Access, Address, Area, Catalogue, ClosedDate, Cost, Document, Eligibility, Kind, Location, NextStep, Organization,
    Phone, PhoneHours, Schedule, Scope, Service, ServiceAtLocation, Source, Status, WebSource,
};
use crate::core::calendar::Weekday;
use crate::core::facts::{ChildAge, Household, Situation, Theme};

mod json;
mod small;
#[cfg(test)]
mod tests;

pub use json::Bad;
use json::{bad, parse_span, Fields, Node, Value, R};
pub(crate) use small::token_leaves;
pub use small::{read_index, read_strings};

/// What `read::read_with_findings` gets: the catalogue, the entries left
/// out (path, byte offset, sentence), or why the file is no catalogue.
pub(crate) type Dropped = Vec<(String, usize, String)>;

/// Reads a catalogue file the resident's way: `text`, or, with `texts`,
/// a residents' catalogue from its rules and its texts as one whole
/// catalogue. Then `text` is the rules, a line break and the texts, and
/// `texts` is where the line break is, so every finding's place is in it:
/// the rules on line 1, the texts on line 2, as the build writes them; the
/// texts' format version comes back too. `rules`: `text` may be a
/// residents' catalogue's rules alone, without the texts its entries
/// require (a service's description, a location's or an organisation's
/// name): such an entry is read, not left out.
///
/// The build (`scripts/trim-catalogues.mjs`, by
/// `scripts/catalogue-texts.json`) serves a catalogue as its rules,
/// `catalogus/<file>`: what the start page, the questions and direct help
/// need; and its texts, `catalogus/teksten/<file>`: what only the cards and
/// "Alle hulp" read (descriptions, next steps, documents to bring,
/// conditions in words, sources, web addresses, the names and addresses
/// of places and organisations, search words), as
/// `{"schema_version": 1, "services": {"<id>": {<its text fields>}},
/// "organizations": {…}, "locations": {…}, "documents": […],
/// "zoekwoorden": {…}}`. Unchecked conditions count for matching
/// ("misschien"), so the rules keep an empty text for each, which the texts
/// replace.
///
/// With its texts, each entry of the rules gets the fields of the texts
/// entry with its id (an id the rules do not have is passed over), then the
/// whole is read by the one reader, as a whole catalogue file is: a broken
/// entry is left out by itself, and so is an entry whose texts are missing
/// or broken (a service's description is required, and a place's or an
/// organisation's name), so no card shows without its texts. Merging this
/// way costs the resident's wasm little: no reader of its own (a typed one
/// that merged into the read catalogue cost more).
pub(crate) fn read_catalogue(text: &str, texts: Option<usize>, rules: bool) -> R<(Catalogue, Dropped, Option<u32>)> {
    let mut root = parse_span(text, 0, texts.unwrap_or(text.len()))?;
    let version = match texts {
        Some(at) => Some(add_texts(&mut root, parse_span(text, at + 1, text.len())?)?),
        None => None,
    };
    let mut reader = Reader {
        rules,
        ..Reader::default()
    };
    let catalogue = reader.catalogue(&root)?;
    Ok((catalogue, reader.dropped, version))
}

/// Puts a texts file's entries into the rules' tree (see
/// [`read_catalogue`]); its format version.
fn add_texts<'a>(rules: &mut Node<'a>, texts: Node<'a>) -> R<u32> {
    let Value::Object(fields) = texts.value else {
        return Err(texts.wrong("struct Texts"));
    };
    let Value::Object(root) = &mut rules.value else {
        // Not a catalogue: reading it says so.
        return Ok(super::model::SCHEMA_VERSION);
    };
    let mut version = Err(bad(texts.end, "missing field `schema_version`"));
    for (at, key, node) in fields {
        let by_id = matches!(&*key, "services" | "organizations" | "locations");
        if key == "schema_version" {
            version = node.integer(0, u32::MAX.into(), "u32");
        } else if !by_id {
            put(root, (at, key, node));
        } else if let Value::Object(entries) = node.value {
            let items = root
                .iter_mut()
                .find(|(_, k, _)| *k == key)
                .map(|(_, _, n)| &mut n.value);
            let Some(Value::Array(items)) = items else {
                continue;
            };
            let mut next = 0;
            for (_, id, entry) in entries {
                if let (Value::Object(own), Some(Value::Object(item))) =
                    (entry.value, find_from(items, &mut next, &id).map(|n| &mut n.value))
                {
                    for field in own {
                        put(item, field);
                    }
                }
            }
        } else {
            return Err(node.wrong("a map"));
        }
    }
    version.map(|v| v as u32)
}

/// Sets an object's field: the one of that name, else a new one.
fn put<'a>(fields: &mut Vec<(usize, Cow<'a, str>, Node<'a>)>, field: (usize, Cow<'a, str>, Node<'a>)) {
    match fields.iter_mut().find(|(_, k, _)| *k == field.1) {
        Some(old) => *old = field,
        None => fields.push(field),
    }
}

/// The entry with this `id`, looked for from `next` on (then from the
/// start); `next` goes past it. The build writes a texts file in its
/// catalogue's order, so merging it is one pass (no map of ids, whose
/// collecting would add a sort to the wasm); any order is still found.
fn find_from<'n, 'a>(items: &'n mut [Node<'a>], next: &mut usize, id: &str) -> Option<&'n mut Node<'a>> {
    let start = (*next).min(items.len());
    let i = (start..items.len()).chain(0..start).find(|&i| match &items[i].value {
        Value::Object(f) => f
            .iter()
            .any(|(_, k, v)| k == "id" && matches!(&v.value, Value::String(s) if s == id)),
        _ => false,
    })?;
    *next = i + 1;
    Some(&mut items[i])
}

#[derive(Default)]
struct Reader {
    path: Vec<String>,
    dropped: Dropped,
    /// Reading a residents' catalogue's rules alone (see [`read_catalogue`]).
    rules: bool,
}

impl Reader {
    /// A list whose entries are read one by one; a broken one is dropped
    /// with a finding that starts with `what` ("Deze dienst").
    fn entries<'n, 'a, T>(
        &mut self,
        fields: &Fields<'n, 'a>,
        list: &'static str,
        what: &str,
        read: impl Fn(&mut Self, &'n Node<'a>) -> R<T>,
    ) -> R<Vec<T>> {
        let Some(node) = fields.get(list)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (i, item) in node.array()?.iter().enumerate() {
            self.path.push(format!("{list}[{i}]"));
            match read(self, item) {
                Ok(value) => out.push(value),
                Err(e) => self.drop_entry(e, what),
            }
            self.path.pop();
        }
        Ok(out)
    }

    /// A required field that a residents' catalogue keeps in its texts
    /// (a service's description, a location's or organisation's name): in
    /// its rules alone it is absent (see [`read_catalogue`]).
    fn text_field<'n, 'a, T: Default>(
        &self,
        f: &Fields<'n, 'a>,
        key: &str,
        read: impl Fn(&'n Node<'a>) -> R<T>,
    ) -> R<T> {
        if self.rules {
            f.or(key, T::default, read)
        } else {
            read(f.req(key)?)
        }
    }

    fn drop_entry(&mut self, e: Bad, what: &str) {
        let path = self.path.join(".");
        let message = format!(
            "{what} is weggelaten. {}",
            super::read::explain_raw(e.syntax, &e.raw, &path)
        );
        self.dropped.push((path, e.at, message));
    }

    fn catalogue(&mut self, node: &Node) -> R<Catalogue> {
        let f = node.object("Catalogue")?;
        Ok(Catalogue {
            schema_version: f.req("schema_version")?.integer(0, u32::MAX.into(), "u32")? as u32,
            id: f.req("id")?.string()?,
            name: f.req("name")?.string()?,
            scope: f.req("scope")?.code(Scope::from_code, Scope::CODES)?,
            #[cfg(feature = "maintainer")]
            cbs_code: f.opt("cbs_code", Node::string)?,
            #[cfg(not(feature = "maintainer"))]
            cbs_code: None,
            #[cfg(feature = "maintainer")]
            opvangregio: f.opt("opvangregio", |n| {
                let f = n.object("Opvangregio")?;
                Ok(super::Opvangregio {
                    centrumgemeente: f.req("centrumgemeente")?.string()?,
                    cbs_code: f.req("cbs_code")?.string()?,
                })
            })?,
            #[cfg(not(feature = "maintainer"))]
            opvangregio: None,
            areas: self.entries(&f, "areas", "Deze kern of wijk", |_, n| {
                let f = n.object("Area")?;
                Ok(Area {
                    id: f.req("id")?.string()?,
                    name: f.req("name")?.string()?,
                })
            })?,
            organizations: self.entries(&f, "organizations", "Deze organisatie", Self::organization)?,
            locations: self.entries(&f, "locations", "Deze locatie", Self::location)?,
            services: self.entries(&f, "services", "Deze dienst", Self::service)?,
            documents: self.entries(&f, "documents", "Dit document", |_, n| document(n))?,
            #[cfg(any(feature = "maintainer", feature = "search"))]
            zoekwoorden: self.zoekwoorden(&f)?,
            #[cfg(not(any(feature = "maintainer", feature = "search")))]
            zoekwoorden: BTreeMap::new(),
            #[cfg(feature = "maintainer")]
            maintainer: f.opt("maintainer", Node::string)?,
            #[cfg(not(feature = "maintainer"))]
            maintainer: None,
            #[cfg(feature = "maintainer")]
            last_modified: f.opt("last_modified", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            last_modified: None,
        })
    }

    /// Search words: a word whose list cannot be read is left out on its
    /// own, and the whole map when it is not an object.
    #[cfg(any(feature = "maintainer", feature = "search"))]
    fn zoekwoorden(&mut self, f: &Fields) -> R<BTreeMap<String, Vec<String>>> {
        let mut out = BTreeMap::new();
        let Some(node) = f.get("zoekwoorden")? else {
            return Ok(out);
        };
        let Value::Object(words) = &node.value else {
            self.path.push("zoekwoorden".into());
            self.drop_entry(node.wrong("a map"), "De lijst zoekwoorden");
            self.path.pop();
            return Ok(out);
        };
        for (_, word, list) in words {
            match list.list(Node::string) {
                Ok(list) => {
                    out.insert(word.to_string(), list);
                }
                Err(e) => {
                    self.path.push(format!("zoekwoorden.{word}"));
                    self.drop_entry(e, "Dit zoekwoord");
                    self.path.pop();
                }
            }
        }
        Ok(out)
    }

    fn phones(&mut self, f: &Fields) -> R<Vec<Phone>> {
        self.entries(f, "phones", "Dit telefoonnummer", |_, n| {
            let f = n.object("Phone")?;
            Ok(Phone {
                number: f.req("number")?.string()?,
                description: f.opt("description", Node::text)?,
                hours: f.opt("hours", |n| n.code(PhoneHours::from_code, PhoneHours::CODES))?,
                example_data: f.or("example_data", || false, Node::bool)?,
            })
        })
    }

    fn organization(&mut self, n: &Node) -> R<Organization> {
        let f = n.object("Organization")?;
        Ok(Organization {
            id: f.req("id")?.string()?,
            name: self.text_field(&f, "name", Node::string)?,
            description: f.opt("description", Node::text)?,
            url: f.opt("url", Node::string)?,
            email: f.opt("email", Node::string)?,
            phones: self.phones(&f)?,
            #[cfg(feature = "maintainer")]
            source: f.opt("source", source)?,
            #[cfg(not(feature = "maintainer"))]
            source: None,
            #[cfg(feature = "maintainer")]
            assured_date: f.opt("assured_date", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            assured_date: None,
        })
    }

    fn location(&mut self, n: &Node) -> R<Location> {
        let f = n.object("Location")?;
        Ok(Location {
            id: f.req("id")?.string()?,
            name: self.text_field(&f, "name", Node::string)?,
            description: f.opt("description", Node::text)?,
            addresses: self.entries(&f, "addresses", "Dit adres", |_, n| {
                let f = n.object("Address")?;
                Ok(Address {
                    address_1: f.req("address_1")?.string()?,
                    postal_code: f.opt("postal_code", Node::string)?,
                    city: f.req("city")?.string()?,
                })
            })?,
            area: f.opt("area", Node::string)?,
            #[cfg(feature = "maintainer")]
            latitude: f.opt("latitude", float)?,
            #[cfg(not(feature = "maintainer"))]
            latitude: None,
            #[cfg(feature = "maintainer")]
            longitude: f.opt("longitude", float)?,
            #[cfg(not(feature = "maintainer"))]
            longitude: None,
            accessibility: f.opt("accessibility", Node::text)?,
            transportation: f.opt("transportation", Node::text)?,
            example_data: f.or("example_data", || false, Node::bool)?,
            #[cfg(feature = "maintainer")]
            web_sources: self.entries(&f, "web_sources", "Deze webbron", |_, n| web_source(n))?,
            #[cfg(not(feature = "maintainer"))]
            web_sources: Vec::new(),
        })
    }

    fn service(&mut self, n: &Node) -> R<Service> {
        let f = n.object("Service")?;
        Ok(Service {
            id: f.req("id")?.string()?,
            organization_id: f.opt("organization_id", Node::string)?,
            name: f.req("name")?.text()?,
            status: f.or(
                "status",
                || Status::Active,
                |n| n.code(Status::from_code, Status::CODES),
            )?,
            kind: f.req("kind")?.code(Kind::from_code, Kind::CODES)?,
            access: f.req("access")?.code(Access::from_code, Access::CODES)?,
            #[cfg(feature = "maintainer")]
            legal_basis: f.or(
                "legal_basis",
                || super::model::LegalBasis::Geen,
                |n| n.code(super::model::LegalBasis::from_code, super::model::LegalBasis::CODES),
            )?,
            #[cfg(not(feature = "maintainer"))]
            legal_basis: super::model::LegalBasis::Geen,
            description: self.text_field(&f, "description", Node::text)?,
            themes: {
                // Required, unlike the other lists.
                f.req("themes")?;
                self.entries(&f, "themes", "Dit thema", |_, n| n.code(Theme::from_code, Theme::CODES))?
            },
            situations: self.entries(&f, "situations", "Deze situatie", |_, n| {
                n.code(Situation::from_code, Situation::CODES)
            })?,
            eligibility: f.or("eligibility", Eligibility::default, eligibility)?,
            eligibility_description: f.opt("eligibility_description", Node::text)?,
            unchecked_conditions: f.or("unchecked_conditions", Vec::new, |n| n.list(Node::text))?,
            next_steps: self.entries(&f, "next_steps", "Deze stap", |_, n| {
                let f = n.object("NextStep")?;
                Ok(NextStep {
                    action: f
                        .req("action")?
                        .code(super::model::Action::from_code, super::model::Action::CODES)?,
                    text: f.req("text")?.text()?,
                })
            })?,
            application_process: f.opt("application_process", Node::text)?,
            required_documents: f.or("required_documents", Vec::new, |n| n.list(Node::text))?,
            cost: f.or("cost", || Cost::Onbekend, |n| n.code(Cost::from_code, Cost::CODES))?,
            fees_description: f.opt("fees_description", Node::text)?,
            url: f.opt("url", Node::string)?,
            product_page: f.opt("product_page", Node::string)?,
            #[cfg(feature = "maintainer")]
            upl: f.opt("upl", Node::string)?,
            #[cfg(not(feature = "maintainer"))]
            upl: None,
            email: f.opt("email", Node::string)?,
            phones: self.phones(&f)?,
            #[cfg(feature = "maintainer")]
            languages: f.or("languages", Vec::new, |n| n.list(Node::string))?,
            #[cfg(not(feature = "maintainer"))]
            languages: Vec::new(),
            service_at_locations: self.entries(
                &f,
                "service_at_locations",
                "Deze locatie van de dienst",
                Self::service_at_location,
            )?,
            service_areas: f.or("service_areas", Vec::new, |n| n.list(Node::string))?,
            assured_date: f.opt("assured_date", Node::date)?,
            #[cfg(feature = "maintainer")]
            review_by: f.opt("review_by", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            review_by: None,
            #[cfg(feature = "maintainer")]
            last_modified: f.opt("last_modified", Node::date)?,
            #[cfg(not(feature = "maintainer"))]
            last_modified: None,
            source: f.opt("source", source)?,
            web_sources: self.entries(&f, "web_sources", "Deze webbron", |_, n| web_source(n))?,
            example_data: f.or("example_data", || false, Node::bool)?,
            priority: f.or("priority", || 0, |n| n.integer(i8::MIN.into(), i8::MAX.into(), "i8"))? as i8,
        })
    }

    fn service_at_location(&mut self, n: &Node) -> R<ServiceAtLocation> {
        let f = n.object("ServiceAtLocation")?;
        Ok(ServiceAtLocation {
            location_id: f.req("location_id")?.string()?,
            description: f.opt("description", Node::text)?,
            schedules: self.entries(&f, "schedules", "Deze openingstijd", |_, n| {
                let f = n.object("Schedule")?;
                Ok(Schedule {
                    byday: f.req("byday")?.list(|n| n.code(Weekday::from_code, Weekday::CODES))?,
                    opens_at: f.req("opens_at")?.time()?,
                    closes_at: f.req("closes_at")?.time()?,
                    valid_from: f.opt("valid_from", Node::date)?,
                    valid_to: f.opt("valid_to", Node::date)?,
                    description: f.opt("description", Node::text)?,
                })
            })?,
            closed_dates: f.or("closed_dates", Vec::new, |n| {
                n.list(|n| {
                    let f = n.object("ClosedDate")?;
                    Ok(ClosedDate {
                        date: f.req("date")?.date()?,
                        #[cfg(feature = "maintainer")]
                        reason: f.opt("reason", Node::text)?,
                        #[cfg(not(feature = "maintainer"))]
                        reason: None,
                    })
                })
            })?,
            open_on_public_holidays: f.or("open_on_public_holidays", || false, Node::bool)?,
        })
    }
}

fn document(n: &Node) -> R<Document> {
    let f = n.object("Document")?;
    Ok(Document {
        id: f.req("id")?.string()?,
        title: f.req("title")?.string()?,
        #[cfg(feature = "maintainer")]
        file: f.opt("file", Node::string)?,
        #[cfg(not(feature = "maintainer"))]
        file: None,
        url: f.opt("url", Node::string)?,
    })
}

fn source(n: &Node) -> R<Source> {
    let f = n.object("Source")?;
    Ok(Source {
        document: f.req("document")?.string()?,
        #[cfg(feature = "maintainer")]
        quote: f.opt("quote", Node::string)?,
        #[cfg(not(feature = "maintainer"))]
        quote: None,
    })
}

fn web_source(n: &Node) -> R<WebSource> {
    let f = n.object("WebSource")?;
    Ok(WebSource {
        url: f.req("url")?.string()?,
        title: f.req("title")?.string()?,
        date: f.opt("date", Node::string)?,
        #[cfg(feature = "maintainer")]
        accessed: f.opt("accessed", Node::date)?,
        #[cfg(not(feature = "maintainer"))]
        accessed: None,
    })
}

fn eligibility(n: &Node) -> R<Eligibility> {
    let f = n.object("Eligibility")?;
    let byte = |n: &Node| n.integer(0, u8::MAX.into(), "u8").map(|v| v as u8);
    Ok(Eligibility {
        minimum_age: f.opt("minimum_age", byte)?,
        maximum_age: f.opt("maximum_age", byte)?,
        households: f.or("households", Vec::new, |n| {
            n.list(|n| n.code(Household::from_code, Household::CODES))
        })?,
        child_ages: f.or("child_ages", Vec::new, |n| {
            n.list(|n| n.code(ChildAge::from_code, ChildAge::CODES))
        })?,
        income_max_percent: f.opt("income_max_percent", |n| {
            n.integer(0, u16::MAX.into(), "u16").map(|v| v as u16)
        })?,
        areas: f.or("areas", Vec::new, |n| n.list(Node::string))?,
        situations: f.or("situations", Vec::new, |n| {
            n.list(|n| n.code(Situation::from_code, Situation::CODES))
        })?,
    })
}

/// Coordinates (maintainers only: the resident's page has no map).
#[cfg(feature = "maintainer")]
fn float(n: &Node) -> R<f64> {
    match n.value {
        Value::Number(s) => s.parse().map_err(|_| n.wrong("f64")),
        _ => Err(n.wrong("f64")),
    }
}
