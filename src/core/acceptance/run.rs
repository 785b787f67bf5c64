//! Running a scenarios file against a catalogue: each resident walks the
//! questionnaire (`scenario::walk`), then the general promises and every
//! expectation are checked; a failure is a Dutch sentence that names the
//! field it comes from.

use std::collections::BTreeSet;
use std::fmt;

use super::{fit_name, group_name, RefKind, ScenarioError, Scenarios};
use crate::core::answers::Fact;
use crate::core::catalogue::Catalogue;
use crate::core::matching::{contradicted, Fit, Group, Open, Suggestion};
use crate::core::relevance::begin_here;
use crate::core::scenario::{fact_name, walk};

/// One expectation or promise that did not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// Where it comes from: `max_vragen`, `verwacht.toont`, …, or `route`
    /// for the general promises every resident runs.
    pub field: &'static str,
    /// A Dutch sentence.
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Where a resident's key help (`begin_hier`) ended up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyHelp {
    /// The best-placed of the services named, or all of them joined by `|`
    /// when none is suggested.
    pub id: String,
    /// Its place in the route after direct help (1 = first), 0 = not suggested.
    pub rank: usize,
    /// Its place in "Begin hier" (1 = first), if there.
    pub in_begin_here: Option<usize>,
}

/// What one resident was asked and shown, and what failed.
#[derive(Clone, Debug)]
pub struct ResidentReport {
    pub name: String,
    /// The questions asked, in order.
    pub asked: Vec<Fact>,
    pub max_questions: usize,
    /// The suggestions in route order: group and service id.
    pub route: Vec<(Group, String)>,
    /// The service ids in "Begin hier".
    pub begin_here: Vec<String>,
    pub key_help: Option<KeyHelp>,
    /// Suggestions especially for situations that the
    /// answers all rule out: shown as fitting, they would mislead.
    pub contradicting: Vec<String>,
    /// How many expectations were checked (`max_vragen` included, the
    /// general promises not).
    pub expectations: usize,
    pub failures: Vec<Failure>,
}

/// A scenarios file's outcome.
#[derive(Clone, Debug)]
pub struct Report {
    pub file: String,
    pub catalogue: String,
    pub residents: Vec<ResidentReport>,
}

/// The mistakes of a scenarios file that only its catalogue shows: another
/// catalogue's id, a service or kern the catalogue (national entries
/// included) does not have. `cat` is the merged catalogue.
pub fn check_references(s: &Scenarios, cat: &Catalogue) -> Vec<ScenarioError> {
    let mut errors = Vec::new();
    let error = |at: Option<(u32, u32)>, resident: Option<usize>, field: &str, message: String| ScenarioError {
        file: s.file.clone(),
        line: at.map(|a| a.0),
        column: at.map(|a| a.1),
        resident: resident.map(|i| (i + 1, s.residents.get(i).map(|r| r.name.clone()).unwrap_or_default())),
        field: field.to_string(),
        message,
    };
    if s.catalogue != cat.id {
        errors.push(error(
            s.catalogue_at,
            None,
            "catalogus",
            format!(
                "dit scenariobestand is voor de catalogus “{}”, maar het draait tegen “{}”",
                s.catalogue, cat.id
            ),
        ));
    }
    let services: BTreeSet<&str> = cat.services.iter().map(|x| x.id.as_str()).collect();
    let areas: BTreeSet<&str> = cat.areas.iter().map(|a| a.id.as_str()).collect();
    for r in &s.refs {
        let message = match r.kind {
            RefKind::Service if !services.contains(r.id.as_str()) => {
                let hint = closest(&r.id, &services).map_or(String::new(), |c| format!(" Bedoelt u “{c}”?"));
                format!(
                    "onbekende dienst “{}”: die staat niet in de catalogus “{}” of de landelijke lijst.{hint}",
                    r.id, cat.id
                )
            }
            RefKind::Area if !areas.contains(r.id.as_str()) => {
                let known: Vec<&str> = areas.iter().copied().collect();
                if known.is_empty() {
                    format!(
                        "onbekende kern of wijk “{}”: deze catalogus heeft geen kernen of wijken",
                        r.id
                    )
                } else {
                    format!(
                        "onbekende kern of wijk “{}”; deze catalogus kent: {}",
                        r.id,
                        known.join(", ")
                    )
                }
            }
            _ => continue,
        };
        errors.push(error(r.at, Some(r.resident), &r.field, message));
    }
    errors
}

/// Runs every resident against `own` with the national entries merged in
/// (as the app does), or against `own` alone when `national` is `None` (it
/// is the national file, or is merged already). Mistakes in the file that
/// only the catalogue shows come back as errors, before anything runs.
pub fn run(s: &Scenarios, own: &Catalogue, national: Option<&Catalogue>) -> Result<Report, Vec<ScenarioError>> {
    let cat = match national {
        Some(n) => own.clone().merged_with(n),
        None => own.clone(),
    };
    let errors = check_references(s, &cat);
    if !errors.is_empty() {
        return Err(errors);
    }
    let residents = s
        .residents
        .iter()
        .map(|r| {
            let w = walk(&cat, &r.answers);
            let mut out = ResidentReport {
                name: r.name.clone(),
                asked: w.asked.clone(),
                max_questions: r.max_questions,
                route: w.suggestions.iter().map(|x| (x.group, x.service.id.clone())).collect(),
                begin_here: begin_here(&w.suggestions)
                    .into_iter()
                    .map(|i| w.suggestions[i].service.id.clone())
                    .collect(),
                key_help: None,
                contradicting: {
                    let situations = w.answers.situations();
                    w.suggestions
                        .iter()
                        .filter(|x| contradicted(x.service, &w.answers, &situations).is_some())
                        .map(|x| x.service.id.clone())
                        .collect()
                },
                expectations: r.expectations(),
                failures: Vec::new(),
            };
            promises(&w, r.max_questions, &mut out);
            expectations(&w.suggestions, &r.expect, &mut out);
            out
        })
        .collect();
    Ok(Report {
        file: s.file.clone(),
        catalogue: cat.id.clone(),
        residents,
    })
}

/// The route's general promises, for every resident.
fn promises(w: &crate::core::scenario::Walk<'_>, max: usize, out: &mut ResidentReport) {
    let fail = |out: &mut ResidentReport, field, message: String| out.failures.push(Failure { field, message });
    let asked = w.asked.len();
    if asked > max {
        let questions = names(&w.asked);
        fail(
            out,
            "max_vragen",
            format!("kreeg {asked} vragen, hoogstens {max} verwacht: {questions}"),
        );
    }
    let sugs = &w.suggestions;
    if sugs.windows(2).any(|p| p[0].group > p[1].group) {
        fail(
            out,
            "route",
            "de suggesties staan niet in de volgorde van de route".into(),
        );
    }
    if let Some(s) = sugs.iter().find(|s| s.reasons.is_empty()) {
        fail(out, "route", format!("{} heeft geen reden", s.service.id));
    }
    let direct_first = sugs.first().map(|s| s.group) == Some(Group::DirectHulp);
    if w.answers.signals_danger() && !direct_first {
        fail(
            out,
            "route",
            "gevaar gemeld, maar directe hulp staat niet bovenaan".into(),
        );
    }
    if w.answers.needs_help_today() && !direct_first {
        fail(
            out,
            "route",
            "een dringende nood voor vandaag gemeld, maar directe hulp staat niet bovenaan".into(),
        );
    }
}

/// The resident's own expectations (`verwacht`).
fn expectations(sugs: &[Suggestion<'_>], e: &super::Expect, out: &mut ResidentReport) {
    let find = |id: &str| sugs.iter().enumerate().find(|(_, s)| s.service.id == id);
    let shown = || {
        sugs.iter()
            .map(|s| s.service.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut failures = Vec::new();
    let mut fail = |field, message: String| failures.push(Failure { field, message });

    for id in &e.shows {
        if find(id).is_none() {
            fail("verwacht.toont", format!("{id} ontbreekt; getoond: {}", shown()));
        }
    }
    for id in &e.hides {
        if find(id).is_some() {
            fail("verwacht.toont_niet", format!("{id} wordt getoond, maar mag niet"));
        }
    }
    for row in &e.order {
        for pair in row.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            match (find(a), find(b)) {
                (Some((i, _)), Some((j, _))) if i < j => {}
                (Some(_), Some(_)) => fail(
                    "verwacht.volgorde",
                    format!("{a} moet vóór {b} staan; getoond: {}", shown()),
                ),
                _ => fail(
                    "verwacht.volgorde",
                    format!("{a} en {b} moeten allebei getoond worden; getoond: {}", shown()),
                ),
            }
        }
    }
    if let Some(ids) = &e.begin_here {
        let in_begin_here = out.begin_here.iter().position(|b| ids.contains(b)).map(|p| p + 1);
        if in_begin_here.is_none() {
            fail(
                "verwacht.begin_hier",
                format!(
                    "“Begin hier” moet een van deze bevatten: {}; daar staat: {}",
                    ids.join(", "),
                    out.begin_here.join(", ")
                ),
            );
        }
        let after_direct = sugs.iter().filter(|s| s.group != Group::DirectHulp);
        let found = after_direct.enumerate().find(|(_, s)| ids.contains(&s.service.id));
        out.key_help = Some(match found {
            Some((i, s)) => KeyHelp {
                id: s.service.id.clone(),
                rank: i + 1,
                in_begin_here,
            },
            None => KeyHelp {
                id: ids.join("|"),
                rank: 0,
                in_begin_here,
            },
        });
    }
    for id in &e.not_begin_here {
        if out.begin_here.contains(id) {
            fail(
                "verwacht.niet_in_begin_hier",
                format!("{id} staat in “Begin hier”, maar mag daar niet staan"),
            );
        }
    }
    if let Some(id) = &e.first {
        if sugs.first().map(|s| s.service.id.as_str()) != Some(id.as_str()) {
            fail(
                "verwacht.eerste",
                format!("{id} moet bovenaan staan; getoond: {}", shown()),
            );
        }
    }
    for id in &e.direct {
        let count = sugs.iter().filter(|s| &s.service.id == id).count();
        match find(id).map(|(_, s)| s.group) {
            Some(Group::DirectHulp) if count == 1 => {}
            Some(group) => fail(
                "verwacht.directe_hulp",
                format!(
                    "{id} moet één keer als directe hulp staan; nu in de groep {}, {count} keer",
                    group_name(group)
                ),
            ),
            None => fail(
                "verwacht.directe_hulp",
                format!("{id} ontbreekt (verwacht als directe hulp)"),
            ),
        }
    }
    for &group in &e.no_group {
        if let Some(s) = sugs.iter().find(|s| s.group == group) {
            fail(
                "verwacht.geen_groep",
                format!(
                    "geen suggestie in de groep {} verwacht, maar {} staat er",
                    group_name(group),
                    s.service.id
                ),
            );
        }
    }
    for (id, fit) in &e.fit {
        match find(id).map(|(_, s)| s.fit) {
            Some(f) if f == *fit => {}
            Some(f) => fail(
                "verwacht.past",
                format!("{id} past {}, verwacht: {}", fit_name(f), fit_name(*fit)),
            ),
            None => fail(
                "verwacht.past",
                format!("{id} ontbreekt (verwacht: past {})", fit_name(*fit)),
            ),
        }
    }
    for (id, fact) in &e.open_on {
        let q = fact_name(*fact);
        match find(id) {
            Some((_, s)) if s.fit == Fit::Possibly && unknown(s).contains(fact) => {}
            Some((_, s)) => {
                let open = names(&unknown(s));
                let open = if open.is_empty() { "geen".to_string() } else { open };
                fail(
                    "verwacht.open_op",
                    format!(
                        "{id} moet “misschien” zijn omdat de vraag {q} open is; nu: past {}, open vragen: {open}",
                        fit_name(s.fit)
                    ),
                );
            }
            None => fail(
                "verwacht.open_op",
                format!("{id} ontbreekt (verwacht: misschien, omdat de vraag {q} open is)"),
            ),
        }
    }
    for &fact in &e.asked {
        if !out.asked.contains(&fact) {
            fail(
                "verwacht.gevraagd",
                format!(
                    "de vraag {} moet gesteld worden; gesteld: {}",
                    fact_name(fact),
                    names(&out.asked)
                ),
            );
        }
    }
    for &fact in &e.not_asked {
        if out.asked.contains(&fact) {
            fail(
                "verwacht.niet_gevraagd",
                format!(
                    "de vraag {} mag niet gesteld worden; gesteld: {}",
                    fact_name(fact),
                    names(&out.asked)
                ),
            );
        }
    }
    for (id, most) in &e.at_most {
        let after_direct = sugs.iter().filter(|s| s.group != Group::DirectHulp);
        let place = after_direct
            .enumerate()
            .find(|(_, s)| &s.service.id == id)
            .map(|(i, _)| i + 1);
        let direct = find(id).is_some_and(|(_, s)| s.group == Group::DirectHulp);
        match place {
            Some(p) if p <= *most => {}
            _ if direct => {} // above the whole route
            Some(p) => fail(
                "verwacht.uiterlijk_op_plaats",
                format!("{id} staat na de directe hulp op plaats {p}, verwacht uiterlijk op plaats {most}"),
            ),
            None => fail(
                "verwacht.uiterlijk_op_plaats",
                format!("{id} ontbreekt (verwacht uiterlijk op plaats {most})"),
            ),
        }
    }
    out.failures.extend(failures);
}

/// The questions whose open answer makes a suggestion "misschien".
fn unknown(s: &Suggestion<'_>) -> Vec<Fact> {
    s.open
        .iter()
        .filter_map(|o| match o {
            Open::Unknown(f) => Some(*f),
            _ => None,
        })
        .collect()
}

fn names(facts: &[Fact]) -> String {
    facts.iter().map(|&f| fact_name(f)).collect::<Vec<_>>().join(" ")
}

/// The known id nearest to a mistyped one (at most two edits away).
fn closest<'a>(id: &str, known: &BTreeSet<&'a str>) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (edits(id, k), *k))
        .filter(|&(d, _)| d <= 2)
        .min()
        .map(|(_, k)| k)
}

/// Levenshtein distance, by characters.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (prev + usize::from(ca != cb)).min(row[j] + 1).min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

impl ResidentReport {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

impl Report {
    /// Did every resident pass?
    pub fn passed(&self) -> bool {
        self.residents.iter().all(ResidentReport::passed)
    }

    /// Every failure, as `[resident] field: sentence`.
    pub fn failures(&self) -> Vec<String> {
        self.residents
            .iter()
            .flat_map(|r| r.failures.iter().map(move |f| format!("[{}] {f}", r.name)))
            .collect()
    }

    /// Each resident "in orde" or its failures, and a last line with the verdict.
    pub fn text(&self) -> String {
        let expectations: usize = self.residents.iter().map(|r| r.expectations).sum();
        let mut out = format!(
            "{}: {} inwoners, {expectations} verwachtingen, tegen de catalogus {}\n",
            self.file,
            self.residents.len(),
            self.catalogue
        );
        for r in &self.residents {
            if r.passed() {
                out += &format!("  in orde  {}\n", r.name);
            } else {
                out += &format!("  FOUT     {}\n", r.name);
                for f in &r.failures {
                    out += &format!("             {f}\n");
                }
            }
        }
        let (all, failed) = (
            self.residents.len(),
            self.residents.iter().filter(|r| !r.passed()).count(),
        );
        out += &if failed == 0 {
            format!("{}: in orde (alle {all} inwoners)\n", self.file)
        } else {
            format!(
                "{}: NIET in orde ({failed} van de {all} inwoners met fouten)\n",
                self.file
            )
        };
        out
    }

    /// The questions each resident was asked, the number of suggestions, and
    /// the place of each key help in the route and in "Begin hier".
    pub fn table(&self) -> String {
        let id = &self.catalogue;
        let width = self.residents.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
        let mut out = format!("{id}: vragen per inwoner\n");
        for r in &self.residents {
            let (name, asked, max) = (&r.name, r.asked.len(), r.max_questions);
            out += &format!("  {name:<width$}  {asked:>2} (max {max:>2})  {}\n", names(&r.asked));
        }
        let mut asked: Vec<usize> = self.residents.iter().map(|r| r.asked.len()).collect();
        #[allow(clippy::disallowed_methods)] // maintainer tools only, never in the resident's wasm
        asked.sort_unstable();
        let contradicting: usize = self.residents.iter().map(|r| r.contradicting.len()).sum();
        let shown: usize = self.residents.iter().map(|r| r.route.len()).sum();
        out += &format!(
            "{id}: vragen: mediaan {}, hoogste {}; suggesties die de antwoorden tegenspreken: {contradicting} van {shown}\n",
            asked.get(asked.len() / 2).copied().unwrap_or(0),
            asked.last().copied().unwrap_or(0)
        );
        for r in self.residents.iter().filter(|r| !r.contradicting.is_empty()) {
            out += &format!("  {:<width$}  tegengesproken: {}\n", r.name, r.contradicting.join(", "));
        }
        let mut counts: Vec<usize> = self.residents.iter().map(|r| r.route.len()).collect();
        #[allow(clippy::disallowed_methods)] // maintainer tools only, never in the resident's wasm
        counts.sort_unstable();
        out += &format!(
            "{id}: suggesties per inwoner: mediaan {}, hoogste {}; plaats van de belangrijkste hulp na directe hulp:\n",
            counts.get(counts.len() / 2).copied().unwrap_or(0),
            counts.last().copied().unwrap_or(0)
        );
        for r in &self.residents {
            if let Some(k) = &r.key_help {
                let (name, rank, key) = (&r.name, k.rank, &k.id);
                let at = k.in_begin_here.map_or("-".into(), |p| p.to_string());
                out += &format!(
                    "  {name:<width$}  {rank:>2} van {:>2}, begin hier {at}  {key:<28} begin hier: {}\n",
                    r.route.len(),
                    r.begin_here.join(", ")
                );
            }
        }
        out
    }
}
