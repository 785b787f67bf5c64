//! The catalogue format: what municipal staff maintain, one JSON file per
//! gemeente plus one with national entries.
//!
//! Field names follow Open Referral HSDS 3.0 where HSDS has the concept
//! (`service`, `location`, `service_at_location`, `schedule`, `phone`,
//! `required_document`, `eligibility_description`, `minimum_age`, ...).
//! The route needs more than HSDS has; those extensions are marked "extension".

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::core::calendar::{Date, Time, Weekday};
use crate::core::facts::{ChildAge, Household, Situation, Theme};
use crate::core::i18n::Lang;

/// The catalogue format version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

// The browser reads only what the app shows or matches on: fields marked
// `#[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]` are for
// maintainers (dates, sources, coordinates) and are skipped there, and unknown
// fields are ignored there. Each field read costs deserializer code in the wasm;
// `catalogue check` still reads and checks every field natively.
macro_rules! model {
    ($($item:item)+) => {
        $(
            #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
            #[cfg_attr(feature = "maintainer", derive(schemars::JsonSchema))]
            #[cfg_attr(feature = "maintainer", serde(deny_unknown_fields))]
            $item
        )+
    };
}

/// A text in several languages: `nl` is required; `nl-B1` is an easier Dutch
/// variant shown when present; other keys are BCP 47 language codes
/// (extension: HSDS has no model for translations).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "maintainer", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The best text for `lang`: its translation (in the text itself, or
    /// remembered for its Dutch words, see [`remember_translations`]), else
    /// the B1 Dutch, else Dutch. Returns the language actually used, so the
    /// UI can set `lang` on it.
    pub fn get(&self, lang: Lang) -> (&str, Lang) {
        if let Some(s) = self.0.get(lang.code()).filter(|s| !s.trim().is_empty()) {
            if lang != Lang::Nl {
                return (s, lang);
            }
        }
        let nl = self
            .0
            .get("nl-B1")
            .or_else(|| self.0.get("nl"))
            .map(String::as_str)
            .unwrap_or("");
        if lang != Lang::Nl {
            if let Some(s) = remembered(lang, nl) {
                return (s, lang);
            }
        }
        (nl, Lang::Nl)
    }

    pub fn nl(text: &str) -> Text {
        let mut map = BTreeMap::new();
        map.insert("nl".to_string(), text.to_string());
        Text(map)
    }
}

/// Translations of catalogue texts that arrive apart from the catalogue:
/// the build moves every language but Dutch out of the residents'
/// catalogues into one file per language and catalogue
/// (`taal/<code>/<catalogue>.json`, Dutch text → translation), fetched only
/// when a resident chooses that language, so a Dutch first visit downloads
/// no English or Arabic. Each is read once per visit.
type Remembered = (Lang, String, &'static BTreeMap<String, String>);
static REMEMBERED: std::sync::Mutex<Vec<Remembered>> = std::sync::Mutex::new(Vec::new());

/// Reads `source`'s translations into `lang` (a JSON object from Dutch text
/// to translation) for [`Text::get`]; returns how many there are. A file
/// that cannot be read changes nothing.
pub fn remember_translations(lang: Lang, source: &str, json: &str) -> Result<usize, String> {
    let map: &'static BTreeMap<String, String> = Box::leak(Box::new(super::lean::read_strings(json)?));
    if let Ok(mut all) = REMEMBERED.lock() {
        all.retain(|(l, s, _)| !(*l == lang && s == source));
        all.push((lang, source.to_string(), map));
    }
    Ok(map.len())
}

/// Whether `source`'s translations into `lang` are here already.
pub fn has_translations(lang: Lang, source: &str) -> bool {
    REMEMBERED
        .lock()
        .is_ok_and(|all| all.iter().any(|(l, s, _)| *l == lang && s == source))
}

fn remembered(lang: Lang, dutch: &str) -> Option<&'static str> {
    let all = REMEMBERED.lock().ok()?;
    all.iter()
        .filter(|(l, ..)| *l == lang)
        .find_map(|(_, _, map)| map.get(dutch))
        .map(String::as_str)
        .filter(|s| !s.trim().is_empty())
}

crate::core::facts::vocabulary! {
    /// Where a service sits on the route (extension).
    Kind {
        DirectHulp = "direct_hulp",
        ZelfEnSamen = "zelf_en_samen",
        Voorziening = "voorziening",
        Inloop = "inloop",
        Regeling = "regeling",
        Loket = "loket",
    }

    /// How a resident gets access (extension).
    Access {
        VrijToegankelijk = "vrij_toegankelijk",
        Aanmelden = "aanmelden",
        Verwijzing = "verwijzing",
        Beschikking = "beschikking",
    }

    /// The law a service rests on (extension).
    LegalBasis {
        Wmo = "wmo",
        Jeugdwet = "jeugdwet",
        Participatiewet = "participatiewet",
        WetInburgering = "wet_inburgering",
        Gemeentelijk = "gemeentelijk",
        Geen = "geen",
    }

    /// HSDS service status.
    Status {
        Active = "active",
        Inactive = "inactive",
        Defunct = "defunct",
        Temporarily = "temporarily closed",
    }

    /// What the resident can do next (extension).
    Action {
        Binnenlopen = "binnenlopen",
        Bellen = "bellen",
        OnlineAanvragen = "online_aanvragen",
        Mailen = "mailen",
        Afspraak = "afspraak",
        Meenemen = "meenemen",
        Website = "website",
    }

    /// Cost in broad terms (HSDS cost_option simplified).
    Cost {
        Gratis = "gratis",
        EigenBijdrage = "eigen_bijdrage",
        Betaald = "betaald",
        Onbekend = "onbekend",
    }

    /// When a phone number is answered (extension: HSDS keeps this in a
    /// schedule on the service; a direct-help card needs only these two).
    /// `kantoortijden`: working days (Monday to Friday, not on public
    /// holidays), 9:00 to 17:00; `dag_en_nacht`: day and night, every day.
    PhoneHours {
        Kantoortijden = "kantoortijden",
        DagEnNacht = "dag_en_nacht",
    }

    /// Whether a catalogue covers one gemeente or the whole country.
    Scope {
        Gemeente = "gemeente",
        Landelijk = "landelijk",
    }
}

model! {
    /// One catalogue file.
    pub struct Catalogue {
        /// Must equal [`SCHEMA_VERSION`].
        pub schema_version: u32,
        /// Short id, also the file name: `heusden`, `landelijk`.
        pub id: String,
        pub name: String,
        pub scope: Scope,
        /// The gemeente's code at the CBS (Statistics Netherlands): `GM` and
        /// four digits, such as `GM0797` for Heusden. Other registers know a
        /// gemeente by it (extension; maintainers only, a national file has none).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub cbs_code: Option<String>,
        /// The region for maatschappelijke opvang (shelter for the homeless)
        /// the gemeente belongs to, named by its centrumgemeente, as CBS
        /// "Gebieden in Nederland" lists it (extension; maintainers only: the
        /// night route of the region is entered as services).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub opvangregio: Option<Opvangregio>,
        /// Kernen (villages) or wijken (districts) a resident can choose.
        #[serde(default)]
        pub areas: Vec<Area>,
        #[serde(default)]
        pub organizations: Vec<Organization>,
        #[serde(default)]
        pub locations: Vec<Location>,
        #[serde(default)]
        pub services: Vec<Service>,
        /// The documents entries cite in `source` (extension).
        #[serde(default)]
        pub documents: Vec<Document>,
        /// Search words (extension, for "Alle hulp"): a word in the texts of
        /// services (name, description, organisation, location, kern or life
        /// area) → words residents may type to find those services, e.g.
        /// `"voedselbank": ["eten", "boodschappen"]`. Case, accents and plural
        /// endings do not matter (`core::search`). A gemeente's file and the
        /// national file each have their own; they are merged.
        /// Only builds that search read it (the resident's page does not).
        #[serde(default)]
        #[cfg_attr(not(any(feature = "maintainer", feature = "search")), serde(skip_deserializing))]
        pub zoekwoorden: BTreeMap<String, Vec<String>>,
        /// Who maintains this file; shown to maintainers.
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub maintainer: Option<String>,
        /// Date the whole file was last checked.
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub last_modified: Option<Date>,
    }

    /// A document content rests on (extension): a policy text, a provider's
    /// website. Residents see its title after "Bron".
    pub struct Document {
        pub id: String,
        pub title: String,
        /// A plain-text copy, relative to the catalogue file: `catalogue
        /// check` requires every quote from this document to occur in it.
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub file: Option<String>,
        #[serde(default)]
        pub url: Option<String>,
    }

    /// Where an entry's content comes from (extension): a document and the
    /// passage it rests on, quoted word for word.
    pub struct Source {
        /// An id from the catalogue's `documents`.
        pub document: String,
        /// At least five words, verbatim; required when the document has a
        /// `file`, so the check can find it.
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub quote: Option<String>,
    }

    /// A web page an entry's facts come from (extension), next to a policy
    /// quote: its address, title, the date the page shows and the day it was
    /// read. Residents see "Bron: <title>, <year>". `catalogue check` wants
    /// an `https` address, a title and both dates.
    pub struct WebSource {
        pub url: String,
        pub title: String,
        /// The date the page shows, as precise as the page: `2024`,
        /// `2024-01` or `2024-01-09`. Residents see its year.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<String>,
        /// The day someone read the page for this entry (maintainers only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub accessed: Option<Date>,
    }

    /// A region for maatschappelijke opvang (extension): the centrumgemeente
    /// that receives the rijksuitkering for opvang and beschermd wonen and
    /// runs the regional central intake, e.g. Breda for Alphen-Chaam.
    pub struct Opvangregio {
        /// The centrumgemeente's name: `Breda`, `Tilburg`.
        pub centrumgemeente: String,
        /// The centrumgemeente's CBS code: `GM` and four digits (`GM0758`).
        pub cbs_code: String,
    }

    /// A kern or wijk.
    pub struct Area {
        pub id: String,
        pub name: String,
    }

    /// HSDS organization.
    pub struct Organization {
        pub id: String,
        pub name: String,
        #[serde(default)]
        pub description: Option<Text>,
        #[serde(default)]
        pub url: Option<String>,
        #[serde(default)]
        pub email: Option<String>,
        #[serde(default)]
        pub phones: Vec<Phone>,
        /// Where its details come from (extension, as on a service).
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub source: Option<Source>,
        /// HSDS: when a person last checked its details with it.
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub assured_date: Option<Date>,
    }

    /// HSDS phone.
    pub struct Phone {
        pub number: String,
        #[serde(default)]
        pub description: Option<Text>,
        /// When it is answered (extension); absent: not known. A direct-help
        /// card shows the numbers answered now first (`opening::phones_now`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub hours: Option<PhoneHours>,
        /// An invented or unchecked number (extension): shown as
        /// "voorbeeldnummer". Every number of an example service is one.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub example_data: bool,
    }

    /// HSDS address (the physical one).
    pub struct Address {
        pub address_1: String,
        #[serde(default)]
        pub postal_code: Option<String>,
        pub city: String,
    }

    /// HSDS location.
    pub struct Location {
        pub id: String,
        pub name: String,
        #[serde(default)]
        pub description: Option<Text>,
        #[serde(default)]
        pub addresses: Vec<Address>,
        /// The kern or wijk (an `areas` id) it is in (extension).
        #[serde(default)]
        pub area: Option<String>,
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub latitude: Option<f64>,
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub longitude: Option<f64>,
        #[serde(default)]
        pub accessibility: Option<Text>,
        #[serde(default)]
        pub transportation: Option<Text>,
        #[serde(default)]
        pub example_data: bool,
        /// The web pages its name and address come from (maintainers only;
        /// `catalogue check` wants them on every location that is not an
        /// example, as on services).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub web_sources: Vec<WebSource>,
    }

    /// HSDS service, with the route's extensions.
    pub struct Service {
        pub id: String,
        #[serde(default)]
        pub organization_id: Option<String>,
        pub name: Text,
        #[serde(default = "default_status")]
        pub status: Status,
        pub kind: Kind,
        pub access: Access,
        #[serde(default = "default_legal_basis")]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub legal_basis: LegalBasis,
        pub description: Text,
        /// Life areas this service helps with.
        pub themes: Vec<Theme>,
        /// Situations it is especially for; matching ones add relevance and a reason.
        #[serde(default)]
        pub situations: Vec<Situation>,
        #[serde(default)]
        pub eligibility: Eligibility,
        /// HSDS: eligibility in words, shown to the resident.
        #[serde(default)]
        pub eligibility_description: Option<Text>,
        /// Conditions the app cannot check, each in words (extension).
        #[serde(default)]
        pub unchecked_conditions: Vec<Text>,
        /// What to do next, in order (extension).
        #[serde(default)]
        pub next_steps: Vec<NextStep>,
        /// HSDS application_process in words.
        #[serde(default)]
        pub application_process: Option<Text>,
        #[serde(default)]
        pub required_documents: Vec<Text>,
        #[serde(default = "default_cost")]
        pub cost: Cost,
        #[serde(default)]
        pub fees_description: Option<Text>,
        #[serde(default)]
        pub url: Option<String>,
        /// The gemeente's own page about this product (extension): the card
        /// links to it ("Lees meer op de website van de gemeente").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub product_page: Option<String>,
        /// Its URI in the Uniforme Productnamenlijst, the identity
        /// Samenwerkende Catalogi and gemeenten's product pages share:
        /// `http://standaarden.overheid.nl/owms/terms/` and a name such as
        /// `bijzBijstUitk` (extension; see `catalogue::upl`). Maintainers only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub upl: Option<String>,
        #[serde(default)]
        pub email: Option<String>,
        #[serde(default)]
        pub phones: Vec<Phone>,
        /// Languages help is offered in (BCP 47).
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub languages: Vec<String>,
        /// Where and when (HSDS service_at_location with schedules).
        #[serde(default)]
        pub service_at_locations: Vec<ServiceAtLocation>,
        /// Areas the service is meant for, used to rank it as near; empty = the
        /// whole gemeente (or country). It does not exclude anyone: a service
        /// that only some areas may use says so in `eligibility.areas`.
        #[serde(default)]
        pub service_areas: Vec<String>,
        /// HSDS: when a person last checked the content with the provider;
        /// never on example data. Residents see it as "Gecontroleerd op".
        #[serde(default)]
        pub assured_date: Option<Date>,
        /// When it must be checked again; past dates give a warning (extension).
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub review_by: Option<Date>,
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub last_modified: Option<Date>,
        /// Where the content comes from (extension); residents see "Bron" or,
        /// on example data, "Gebaseerd op".
        #[serde(default)]
        pub source: Option<Source>,
        /// Web pages its facts come from (extension): a provider's or the
        /// government's page for names, numbers, hours and amounts; shown
        /// after "Bron" with the page's year.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub web_sources: Vec<WebSource>,
        /// True when name, address, times and phone number are invented
        /// (extension); it may still rest on a `source` (what the policy
        /// text describes). Residents see it on the card.
        #[serde(default)]
        pub example_data: bool,
        /// Routekaart extension: shifts the service's relevance, from −2
        /// (show it after other matches) to 2 (the key help for its life
        /// areas here, e.g. the shelter for "wonen"); default 0. Matching
        /// already puts services for the resident's own situation first and
        /// focused services before broad ones: use this only where that is
        /// not enough, and say why in `source` or the commit. A positive
        /// priority makes a match on its life areas count as specific.
        #[serde(default)]
        #[cfg_attr(feature = "maintainer", schemars(range(min = -2, max = 2)))]
        pub priority: i8,
    }

    /// Typed eligibility rules over the questionnaire's facts (extension).
    /// Every rule that is set must hold; an unanswered fact makes the result
    /// "possibly eligible", never "eligible".
    #[derive(Default)]
    pub struct Eligibility {
        #[serde(default)]
        pub minimum_age: Option<u8>,
        #[serde(default)]
        pub maximum_age: Option<u8>,
        /// The household must be one of these.
        #[serde(default)]
        pub households: Vec<Household>,
        /// A child in one of these age groups must live at home.
        #[serde(default)]
        pub child_ages: Vec<ChildAge>,
        /// Net income at most this percentage of the social minimum.
        #[serde(default)]
        pub income_max_percent: Option<u16>,
        /// The resident must live in one of these areas (kern/wijk ids).
        #[serde(default)]
        pub areas: Vec<String>,
        /// The resident must be in at least one of these situations.
        #[serde(default)]
        pub situations: Vec<Situation>,
    }

    /// One next step (extension).
    pub struct NextStep {
        pub action: Action,
        pub text: Text,
    }

    /// HSDS service_at_location: the service offered at a location, with times.
    pub struct ServiceAtLocation {
        pub location_id: String,
        #[serde(default)]
        pub description: Option<Text>,
        #[serde(default)]
        pub schedules: Vec<Schedule>,
        /// Dates on which it is closed although a schedule says open.
        #[serde(default)]
        pub closed_dates: Vec<ClosedDate>,
        /// Open on Dutch public holidays? Default: closed.
        #[serde(default)]
        pub open_on_public_holidays: bool,
    }

    /// HSDS schedule, weekly: one time block on the given days. Several blocks
    /// a day are several schedules. A block past midnight has a `closes_at`
    /// before its `opens_at` (22:00 to 02:00): it starts on the given days and
    /// ends the next day; closed dates, holidays and `valid_from`/`valid_to`
    /// count for the day it starts on.
    pub struct Schedule {
        pub byday: Vec<Weekday>,
        /// `HH:MM`, 00:00 to 23:59.
        pub opens_at: Time,
        /// `HH:MM`, 00:00 to 24:00; before `opens_at`: the next day.
        pub closes_at: Time,
        #[serde(default)]
        pub valid_from: Option<Date>,
        #[serde(default)]
        pub valid_to: Option<Date>,
        #[serde(default)]
        pub description: Option<Text>,
    }

    /// A date on which a location is closed (extension).
    pub struct ClosedDate {
        pub date: Date,
        #[serde(default)]
        #[cfg_attr(not(feature = "maintainer"), serde(skip_deserializing))]
        pub reason: Option<Text>,
    }
}

fn default_status() -> Status {
    Status::Active
}
fn default_legal_basis() -> LegalBasis {
    LegalBasis::Geen
}
fn default_cost() -> Cost {
    Cost::Onbekend
}

/// The list of gemeenten the app offers (`public/catalogus/index.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "maintainer", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogueIndex {
    pub schema_version: u32,
    pub gemeenten: Vec<IndexEntry>,
    /// File with national entries merged into every gemeente.
    pub national: String,
    /// The sites allowed to show the app in a frame (`data-insluiten=
    /// "iframe"`), as origins: `https://www.heusden.nl`. Only to these (and
    /// the app's own origin) does the framed page tell its height; hosts
    /// should send the same list in `Content-Security-Policy:
    /// frame-ancestors` (README, hosting).
    #[serde(default, rename = "insluiters", skip_serializing_if = "Vec::is_empty")]
    pub embedders: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "maintainer", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    pub id: String,
    pub name: String,
    pub file: String,
}

impl CatalogueIndex {
    /// The gemeente with this id, if the list has it.
    pub fn entry(&self, id: &str) -> Option<&IndexEntry> {
        self.gemeenten.iter().find(|g| g.id == id)
    }
}

impl Catalogue {
    pub fn location(&self, id: &str) -> Option<&Location> {
        self.locations.iter().find(|l| l.id == id)
    }
    pub fn area_name(&self, id: &str) -> Option<&str> {
        self.areas.iter().find(|a| a.id == id).map(|a| a.name.as_str())
    }

    /// A gemeente's catalogue with the national entries added (national ids
    /// are kept apart by the validator's rule that they start with `nl-`).
    pub fn merged_with(mut self, national: &Catalogue) -> Catalogue {
        self.organizations.extend(national.organizations.iter().cloned());
        self.locations.extend(national.locations.iter().cloned());
        self.services.extend(national.services.iter().cloned());
        self.documents.extend(national.documents.iter().cloned());
        for (word, words) in &national.zoekwoorden {
            let list = self.zoekwoorden.entry(word.clone()).or_default();
            for w in words {
                if !list.contains(w) {
                    list.push(w.clone());
                }
            }
        }
        self
    }

    /// Are the texts of its help here (every service has its description)?
    /// A residents' catalogue as served (`catalogus/<file>`) has only the
    /// rules, which the start page and the questions need; its texts come
    /// apart (`read::read_with_texts`). A whole catalogue has them.
    pub fn has_texts(&self) -> bool {
        self.services.iter().all(|s| !s.description.0.is_empty())
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The document a service rests on, if the catalogue lists it.
    pub fn source_document(&self, s: &Service) -> Option<&Document> {
        s.source.as_ref().and_then(|src| self.document(&src.document))
    }

    /// The document to name on the card's source line: none when a web
    /// source is the same page, which the line names once, with its date.
    pub fn source_document_to_name(&self, s: &Service) -> Option<&Document> {
        let same_page = |a: &str, b: &str| a.trim_end_matches('/') == b.trim_end_matches('/');
        self.source_document(s).filter(|d| {
            !d.url
                .as_deref()
                .is_some_and(|url| s.web_sources.iter().any(|w| same_page(&w.url, url)))
        })
    }
}

impl Service {
    /// Is this number invented? Every number on an example card is, and a
    /// number flagged as an example anywhere.
    pub fn invented_number(&self, p: &Phone) -> bool {
        self.example_data || p.example_data
    }

    /// Is this address invented (an example card, or an example location)?
    pub fn invented_address(&self, l: &Location) -> bool {
        self.example_data || l.example_data
    }
}
