//! Rows to catalogue: the header, each row's cells into a service, its
//! places, organisation and documents.

use std::collections::{BTreeMap, BTreeSet};

use super::cells::*;
use super::export::nl;
use super::format::{decode, records, restore, separator};
use super::{error, CsvError, COLUMNS};
use crate::core::catalogue::model::*;
use crate::core::facts::{ChildAge, Household, Situation, Theme};
use crate::core::interchange::defaults::{self, slug, unique, Gaps};
use crate::core::interchange::{ImportOptions, Imported};

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

const STATUS_HINT: &str = "laat het leeg of kies inactive, defunct of temporarily closed.";

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
