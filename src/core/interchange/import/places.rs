//! Reading what services point to: organisations, phones, languages,
//! locations with their addresses and accessibility, opening times.

use serde_json::Value;

use super::values::*;
use super::Reader;
use crate::core::calendar::{Date, Time, Weekday};
use crate::core::catalogue::model::*;
use crate::core::interchange::defaults::{slug, unique};
use crate::core::interchange::taxonomy::*;

impl Reader {
    pub(super) fn organization(&mut self, ov: &Value) -> Option<String> {
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

    pub(super) fn phone(&mut self, pv: &Value, label: &str) -> Option<Phone> {
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

    pub(super) fn language(&mut self, lv: &Value, label: &str) -> Option<String> {
        use super::super::export::LANGUAGES;
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

    pub(super) fn service_at_location(
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
}
