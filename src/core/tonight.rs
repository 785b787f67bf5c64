//! A way through tonight: direct help at the hour the resident looks. For
//! every urgent need and danger signal the plan lists first what can be
//! reached now (a number answered now, a walk-in open now), then, where
//! nothing for a need is, in plain words what the resident can do now, with
//! the lines that answer day and night, and last the help that is closed,
//! with when it opens again. The pages only render the plan.

use crate::core::answers::Answers;
use crate::core::catalogue::{Catalogue, Phone, PhoneHours, Service, ServiceAtLocation, Status};
use crate::core::explain::phones;
use crate::core::facts::Situation;
use crate::core::i18n::{t, tf, Lang, Msg};
use crate::core::matching::{is_open_to_everyone, is_urgent, unmet_urgent_needs, Group, Suggestion};
use crate::core::opening::{is_office_hours, next_office_hours, opening, Moment, Opening};

/// When a direct-help entry can be reached, at the moment of the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reach<'a> {
    /// Now: a number answered now by its hours, or a walk-in open now.
    Now,
    /// Not known: a number whose hours the catalogue does not give (it is
    /// still offered: hiding it would hide help), or no number and no
    /// walk-in times at all.
    Unknown,
    /// Not now: its numbers are answered in office hours only and its
    /// walk-ins are closed. `phone`: the number to call when it opens;
    /// `opens`: when it opens again (`None`: not in the coming weeks).
    Closed {
        phone: Option<&'a Phone>,
        opens: Option<Moment>,
    },
}

/// One direct-help suggestion in the plan.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Its place in the suggestions the plan was made from.
    pub at: usize,
    pub service: &'a Service,
    pub reach: Reach<'a>,
}

/// A closed entry for a need nothing answers now, and when to call it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reopen<'a> {
    pub service: &'a Service,
    pub phone: Option<&'a Phone>,
    pub opens: Moment,
}

/// What the resident can do now, in plain words, for the needs nothing in
/// the plan is known to answer now.
#[derive(Clone, Debug, PartialEq)]
pub struct NowWords<'a> {
    /// Office hours: the gemeente answers now ("bel de gemeente en zeg dat
    /// het dringend is"). Outside them, what to do until it opens.
    pub office_hours: bool,
    /// The urgent needs nothing in the catalogue meets at all.
    pub unmet: Vec<Situation>,
    /// The needs (urgent or danger) nothing is known to answer now.
    pub needs: Vec<Situation>,
    /// Outside office hours: lines for everyone answered day and night
    /// (`is_open_to_everyone`), each with its day-and-night number.
    pub lines: Vec<(&'a Service, &'a Phone)>,
    /// Outside office hours: the closed help for these needs, with when it
    /// opens again.
    pub reopens: Vec<Reopen<'a>>,
    /// Outside office hours, for a need with no closed help to call later:
    /// when the gemeente answers again.
    pub gemeente_opens: Option<Moment>,
}

/// Direct help in the order to read it at `now`.
#[derive(Clone, Debug)]
pub struct DirectPlan<'a> {
    /// Reachable now, in route order.
    pub now: Vec<Entry<'a>>,
    /// What to do now in plain words; `None` when every need has something
    /// reachable now.
    pub words: Option<NowWords<'a>>,
    /// Hours not known, then closed now, each in route order.
    pub later: Vec<Entry<'a>>,
}

impl DirectPlan<'_> {
    /// Nothing to show: no danger signal, no urgent need.
    pub fn is_empty(&self) -> bool {
        self.now.is_empty() && self.words.is_none() && self.later.is_empty()
    }

    /// What comes first on the page.
    pub fn first(&self) -> Option<First<'_>> {
        if let Some(e) = self.now.first() {
            return Some(First::Entry(e));
        }
        if let Some(w) = &self.words {
            return Some(First::Words(w));
        }
        self.later.first().map(First::Entry)
    }
}

/// The first thing direct help shows.
#[derive(Clone, Copy, Debug)]
pub enum First<'p> {
    Entry(&'p Entry<'p>),
    Words(&'p NowWords<'p>),
}

/// A danger signal: 112, 113 and Veilig Thuis are its direct help.
pub fn is_danger(s: Situation) -> bool {
    matches!(
        s,
        Situation::AcuutGevaar | Situation::OnveiligThuis | Situation::Suicidegedachten
    )
}

/// Does the service name `need`, as a rule or as a situation it is
/// especially for?
fn names(s: &Service, need: Situation) -> bool {
    s.eligibility.situations.contains(&need) || s.situations.contains(&need)
}

/// Walk-ins with times.
fn walk_ins(s: &Service) -> impl Iterator<Item = &ServiceAtLocation> {
    s.service_at_locations.iter().filter(|sal| !sal.schedules.is_empty())
}

/// When `s` can be reached at `now`: its own numbers and its organisation's
/// (as its card shows them), and its walk-ins.
pub fn reach<'a>(s: &'a Service, cat: &'a Catalogue, now: Moment) -> Reach<'a> {
    let office = is_office_hours(now);
    let mut unknown = false;
    let mut office_phone = None;
    for p in phones(s, cat) {
        match p.hours {
            Some(PhoneHours::DagEnNacht) => return Reach::Now,
            Some(PhoneHours::Kantoortijden) if office => return Reach::Now,
            Some(PhoneHours::Kantoortijden) => office_phone = office_phone.or(Some(p)),
            None => unknown = true,
        }
    }
    let mut opens = office_phone.map(|_| next_office_hours(now));
    let mut any_walk_in = false;
    for sal in walk_ins(s) {
        any_walk_in = true;
        match opening(sal, now) {
            Opening::OpenNow { .. } => return Reach::Now,
            Opening::Next { date, opens: time, .. } => {
                let m = Moment { date, time };
                opens = Some(opens.map_or(m, |o| o.min(m)));
            }
            Opening::NoneSoon => {}
        }
    }
    if unknown || (office_phone.is_none() && !any_walk_in) {
        return Reach::Unknown;
    }
    Reach::Closed {
        phone: office_phone,
        opens,
    }
}

/// The plan for direct help at `now`, from the resident's suggestions
/// (`matching::suggest`, in route order) and answers. Linear, no sort: the
/// suggestions are in route order already.
pub fn direct_plan<'a>(cat: &'a Catalogue, sugs: &[Suggestion<'a>], a: &Answers, now: Moment) -> DirectPlan<'a> {
    let mut plan = DirectPlan {
        now: Vec::new(),
        words: None,
        later: Vec::new(),
    };
    let mut closed = Vec::new();
    for (at, s) in sugs.iter().enumerate().filter(|(_, s)| s.group == Group::DirectHulp) {
        let e = Entry {
            at,
            service: s.service,
            reach: reach(s.service, cat, now),
        };
        match e.reach {
            Reach::Now => plan.now.push(e),
            Reach::Unknown => plan.later.push(e),
            Reach::Closed { .. } => closed.push(e),
        }
    }
    plan.later.extend(closed);
    let needs: Vec<Situation> = a
        .situations()
        .into_iter()
        .filter(|&n| is_urgent(n) || is_danger(n))
        .filter(|&n| !plan.now.iter().any(|e| names(e.service, n)))
        .collect();
    if needs.is_empty() {
        return plan;
    }
    let unmet = unmet_urgent_needs(a, sugs);
    if is_office_hours(now) {
        plan.words = Some(NowWords {
            office_hours: true,
            unmet,
            needs,
            lines: Vec::new(),
            reopens: Vec::new(),
            gemeente_opens: None,
        });
        return plan;
    }
    let mut reopens: Vec<Reopen<'a>> = Vec::new();
    for e in &plan.later {
        if let Reach::Closed {
            phone,
            opens: Some(opens),
        } = e.reach
        {
            if needs.iter().any(|&n| names(e.service, n)) {
                reopens.push(Reopen {
                    service: e.service,
                    phone,
                    opens,
                });
            }
        }
    }
    let reopened = |n: Situation| reopens.iter().any(|r| names(r.service, n));
    let gemeente_opens = needs
        .iter()
        .any(|&n| !is_danger(n) && !reopened(n))
        .then(|| next_office_hours(now));
    plan.words = Some(NowWords {
        office_hours: false,
        unmet,
        lines: day_and_night_lines(cat, &plan),
        needs,
        reopens,
        gemeente_opens,
    });
    plan
}

/// Lines for everyone that answer day and night (De Luisterlijn), not
/// already in the plan, in catalogue order.
fn day_and_night_lines<'a>(cat: &'a Catalogue, plan: &DirectPlan<'a>) -> Vec<(&'a Service, &'a Phone)> {
    let in_plan = |s: &Service| plan.now.iter().chain(&plan.later).any(|e| e.service.id == s.id);
    cat.services
        .iter()
        .filter(|s| s.status == Status::Active && is_open_to_everyone(s) && !in_plan(s))
        .filter_map(|s| {
            let p = s.phones.iter().find(|p| p.hours == Some(PhoneHours::DagEnNacht))?;
            Some((s, p))
        })
        .collect()
}

/// The words before the day-and-night lines: the urgent needs nothing in
/// the catalogue meets ("Hiervoor vonden wij geen hulp voor vandaag:" and
/// each need); then in office hours, call the gemeente; else per urgent
/// need what the resident can do tonight, and 112 for danger.
pub fn words_before_lines(lang: Lang, w: &NowWords) -> Vec<String> {
    // First the needs nothing in the catalogue meets, named.
    let mut out: Vec<String> = Vec::new();
    if !w.unmet.is_empty() {
        out.push(format!("{}:", t(lang, Msg::UnmetUrgentTitle)));
        out.extend(w.unmet.iter().map(|&n| t(lang, Msg::ReasonSituation(n)).to_string()));
    }
    if w.office_hours {
        out.push(t(lang, Msg::UnmetUrgentText).to_string());
        return out;
    }
    out.extend(
        w.needs
            .iter()
            .filter(|&&n| is_urgent(n))
            .map(|&n| t(lang, Msg::NowLead(n)).to_string()),
    );
    out.push(t(lang, Msg::NowDanger).to_string());
    out
}

/// The words after the day-and-night lines: when the closed help opens
/// again, with its number, and when the gemeente answers again.
pub fn words_after_lines(lang: Lang, w: &NowWords, now: Moment) -> Vec<String> {
    let mut out: Vec<String> = w
        .reopens
        .iter()
        .map(|r| {
            let name = r.service.name.get(lang).0;
            let (day, time) = (day_text(lang, now, r.opens), r.opens.time.to_string());
            match r.phone {
                Some(p) => tf(
                    lang,
                    Msg::NowReopensCall,
                    &[("name", name), ("day", &day), ("time", &time), ("number", &p.number)],
                ),
                None => tf(
                    lang,
                    Msg::NowReopensWalkIn,
                    &[("name", name), ("day", &day), ("time", &time)],
                ),
            }
        })
        .collect();
    if let Some(opens) = w.gemeente_opens {
        let day = day_text(lang, now, opens);
        out.push(tf(
            lang,
            Msg::NowGemeente,
            &[("day", &day), ("time", &opens.time.to_string())],
        ));
    }
    out
}

/// Does `sal` open outside office hours: at the weekend, before 9:00,
/// after 17:00 or through the night?
fn walk_in_after_hours(sal: &ServiceAtLocation) -> bool {
    use crate::core::calendar::{Time, Weekday};
    sal.schedules.iter().any(|b| {
        b.opens_at != b.closes_at
            && (b.byday.iter().any(|d| matches!(d, Weekday::Sa | Weekday::Su))
                || b.opens_at < Time::hm(9, 0)
                || b.closes_at > Time::hm(17, 0)
                || b.closes_at < b.opens_at)
    })
}

/// The urgent needs nothing in `cat` meets outside office hours: no
/// service for the need with a number answered day and night or a walk-in
/// outside office hours. At those hours a resident with such a need reads
/// only what they can do themselves (`catalogue check` warns; `cat` is a
/// gemeente merged with the national file).
pub fn urgent_needs_without_after_hours(cat: &Catalogue) -> Vec<Situation> {
    Situation::ALL
        .iter()
        .copied()
        .filter(|&n| is_urgent(n))
        .filter(|&n| {
            !cat.services.iter().any(|s| {
                s.status == Status::Active
                    && names(s, n)
                    && (phones(s, cat).any(|p| p.hours == Some(PhoneHours::DagEnNacht))
                        || s.service_at_locations.iter().any(walk_in_after_hours))
            })
        })
        .collect()
}

/// What a closed entry's card says under its first step: a number
/// answered on working days only is "nu niet bereikbaar" (a closed walk-in
/// already shows its next opening).
pub fn closed_note(lang: Lang, reach: Reach) -> Option<&'static str> {
    match reach {
        Reach::Closed { phone: Some(_), .. } => Some(t(lang, Msg::PhoneNotAnsweredNow)),
        _ => None,
    }
}

/// "vandaag", "morgen" or "op woensdag".
fn day_text(lang: Lang, now: Moment, then: Moment) -> String {
    if then.date == now.date {
        t(lang, Msg::NowDayToday).to_string()
    } else if then.date == now.date.add_days(1) {
        t(lang, Msg::NowDayTomorrow).to_string()
    } else {
        tf(
            lang,
            Msg::NowDayOn,
            &[("day", t(lang, Msg::Weekday(then.date.weekday())))],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::opening::tests::at;

    fn catalogue(services: serde_json::Value) -> Catalogue {
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "id": "t", "name": "T", "scope": "gemeente",
            "locations": [{"id": "opvang", "name": "Opvang"}],
            "services": services,
        }))
        .unwrap()
    }

    fn shelter(extra: serde_json::Value) -> serde_json::Value {
        let mut s = serde_json::json!({
            "id": "opvang", "name": {"nl": "Opvang"}, "kind": "voorziening", "access": "aanmelden",
            "description": {"nl": "Opvang"}, "themes": ["wonen"], "situations": ["geen_slaapplek"],
        });
        for (k, v) in extra.as_object().unwrap() {
            s[k] = v.clone();
        }
        s
    }

    #[test]
    fn reach_by_number_hours_and_walk_in() {
        let office = serde_json::json!({"phones": [{"number": "14 036", "hours": "kantoortijden"}]});
        let night = serde_json::json!({"phones": [{"number": "088", "hours": "dag_en_nacht"}]});
        let unknown = serde_json::json!({"phones": [{"number": "0800"}]});
        let walk_in = serde_json::json!({"service_at_locations": [{"location_id": "opvang",
            "schedules": [{"byday": ["FR"], "opens_at": "22:00", "closes_at": "02:00"}]}]});
        let cat = catalogue(serde_json::json!([
            shelter(office),
            shelter(night).tap("id", "nacht"),
            shelter(unknown).tap("id", "onbekend"),
            shelter(walk_in).tap("id", "inloop"),
            shelter(serde_json::json!({})).tap("id", "niets"),
        ]));
        let r = |id: &str, m: Moment| reach(cat.services.iter().find(|s| s.id == id).unwrap(), &cat, m);
        let (tuesday_day, tuesday_night) = (at("2026-11-24", 10, 0), at("2026-11-24", 23, 0));
        assert_eq!(r("opvang", tuesday_day), Reach::Now);
        assert!(matches!(
            r("opvang", tuesday_night),
            Reach::Closed { phone: Some(p), opens: Some(o) } if p.number == "14 036" && o == at("2026-11-25", 9, 0)
        ));
        assert_eq!(r("nacht", tuesday_night), Reach::Now);
        assert_eq!(r("onbekend", tuesday_night), Reach::Unknown);
        assert_eq!(r("niets", tuesday_day), Reach::Unknown);
        // Friday 27 November at 23:00 the night walk-in is open; on the
        // Tuesday before it opens on Friday at 22:00.
        assert_eq!(r("inloop", at("2026-11-27", 23, 0)), Reach::Now);
        assert_eq!(
            r("inloop", tuesday_night),
            Reach::Closed {
                phone: None,
                opens: Some(at("2026-11-27", 22, 0))
            }
        );
    }

    #[test]
    fn an_urgent_need_met_only_in_office_hours_is_named_for_the_check() {
        let office = serde_json::json!({"phones": [{"number": "14 036", "hours": "kantoortijden"}]});
        let only_office = catalogue(serde_json::json!([shelter(office.clone())]));
        let gaps = urgent_needs_without_after_hours(&only_office);
        assert!(gaps.contains(&Situation::GeenSlaapplek), "{gaps:?}");
        assert_eq!(gaps.len(), 4);
        let with_night = catalogue(serde_json::json!([
            shelter(office),
            shelter(serde_json::json!({"phones": [{"number": "088", "hours": "dag_en_nacht"}]})).tap("id", "nacht"),
        ]));
        assert!(!urgent_needs_without_after_hours(&with_night).contains(&Situation::GeenSlaapplek));
        let saturday = catalogue(serde_json::json!([shelter(
            serde_json::json!({"service_at_locations": [
                {"location_id": "opvang", "schedules": [{"byday": ["SA"], "opens_at": "10:00", "closes_at": "12:00"}]}
            ]})
        )]));
        assert!(!urgent_needs_without_after_hours(&saturday).contains(&Situation::GeenSlaapplek));
        let weekdays = catalogue(serde_json::json!([shelter(
            serde_json::json!({"service_at_locations": [
                {"location_id": "opvang", "schedules": [{"byday": ["MO", "TU"], "opens_at": "09:00", "closes_at": "17:00"}]}
            ]})
        )]));
        assert!(urgent_needs_without_after_hours(&weekdays).contains(&Situation::GeenSlaapplek));
    }

    /// Sets one field of a JSON object, for building test services.
    trait Tap {
        fn tap(self, key: &str, value: &str) -> Self;
    }

    impl Tap for serde_json::Value {
        fn tap(mut self, key: &str, value: &str) -> Self {
            self[key] = serde_json::Value::from(value);
            self
        }
    }
}
