//! Reasons, open points, opening times and costs as sentences, through the
//! translation layer.

use crate::core::answers::{Answers, ForWhom};
use crate::core::catalogue::{Action, Catalogue, Cost, Location, Phone, Service, WebSource};
use crate::core::i18n::{lowercase, t, t_about, tf, tf_about, Lang, Msg};
use crate::core::matching::{NearMiss, Open, Reason, RuledOut, Suggestion};
use crate::core::opening::{opening, Moment, Opening};

fn join(lang: Lang, items: Vec<&str>) -> String {
    crate::core::i18n::join(lang, &items)
}

/// A reason as a sentence in `lang`.
pub fn reason_text(lang: Lang, r: &Reason, about: Option<ForWhom>) -> String {
    match r {
        Reason::AsksHelpWith(themes) => {
            let labels = themes
                .iter()
                .map(|&th| lowercase(lang, t(lang, Msg::ThemeLabel(th))))
                .collect::<Vec<_>>();
            tf(
                lang,
                Msg::ReasonAsksHelpWith,
                &[("themes", &join(lang, labels.iter().map(String::as_str).collect()))],
            )
        }
        Reason::InSituation(s) | Reason::Danger(s) => t_about(lang, Msg::ReasonSituation(*s), about).into_owned(),
        Reason::CaresFor(who) => t(lang, Msg::ReasonCaresFor(*who)).to_string(),
        Reason::Age { age, min, max } => age_sentence(
            lang,
            about,
            (*age, *min, *max),
            [Msg::ReasonAgeBetween, Msg::ReasonAgeFrom, Msg::ReasonAgeUpTo],
        ),
        Reason::Household(h) => t_about(lang, Msg::ReasonHousehold(*h), about).into_owned(),
        Reason::Children(ages) => {
            let labels = ages.iter().map(|&a| t(lang, Msg::ChildAgeLabel(a))).collect();
            tf_about(lang, Msg::ReasonChildren, about, &[("ages", &join(lang, labels))])
        }
        Reason::IncomeBelow { limit, .. } => {
            tf_about(lang, Msg::ReasonIncomeBelow, about, &[("limit", &limit.to_string())])
        }
        Reason::InYourArea(area) => tf_about(lang, Msg::ReasonInYourArea, about, &[("area", area)]),
        Reason::YourAge(age) => tf_about(lang, Msg::ReasonYourAge, about, &[("age", &age.to_string())]),
        Reason::YouLiveIn(area) => tf_about(lang, Msg::ReasonYouLiveIn, about, &[("area", area)]),
        Reason::OpenToEveryone => t(lang, Msg::ReasonOpenToEveryone).to_string(),
        Reason::NoApplication => t(lang, Msg::ReasonNoApplication).to_string(),
        Reason::ManyLifeAreas(n) => tf(lang, Msg::ReasonManyLifeAreas, &[("n", &n.to_string())]),
        Reason::LighterHelpDidNotWork => t_about(lang, Msg::ReasonLighterHelpDidNotWork, about).into_owned(),
        Reason::NeedsDecision(name) => tf(lang, Msg::ReasonNeedsDecision, &[("name", name.get(lang).0)]),
    }
}

/// An age rule as a sentence with the resident's age: `msgs` are the
/// messages for a range, a lower and an upper limit (a reason, or why
/// help was left out).
fn age_sentence(
    lang: Lang,
    about: Option<ForWhom>,
    (age, min, max): (u8, Option<u8>, Option<u8>),
    [between, from, up_to]: [Msg; 3],
) -> String {
    let (age, lo, hi) = (age.to_string(), min.map(|m| m.to_string()), max.map(|m| m.to_string()));
    match (lo, hi) {
        (Some(lo), Some(hi)) => tf_about(lang, between, about, &[("age", &age), ("min", &lo), ("max", &hi)]),
        (Some(lo), None) => tf_about(lang, from, about, &[("age", &age), ("min", &lo)]),
        (None, Some(hi)) => tf_about(lang, up_to, about, &[("age", &age), ("max", &hi)]),
        (None, None) => String::new(),
    }
}

/// Why help that nearly fitted is not on the route ("Waarom niet?"): what
/// the rule asks, then the resident's own answer that breaks it. The
/// income sentence names no limit: the resident answered in a band, and
/// the limit is a percentage no one can check at home.
pub fn ruled_out_text(lang: Lang, m: &NearMiss, cat: &Catalogue, a: &Answers) -> String {
    let about = a.about();
    let e = &m.service.eligibility;
    let ages = || {
        let labels = e.child_ages.iter().map(|&c| t(lang, Msg::ChildAgeLabel(c))).collect();
        join(lang, labels)
    };
    match m.ruled_out {
        RuledOut::Age { age, min, max } => age_sentence(
            lang,
            about,
            (age, min, max),
            [Msg::WhyNotAgeBetween, Msg::WhyNotAgeFrom, Msg::WhyNotAgeUpTo],
        ),
        RuledOut::Household(h) => format!(
            "{} {}",
            t(lang, Msg::WhyNotHousehold),
            t_about(lang, Msg::ReasonHousehold(h), about)
        ),
        RuledOut::NoChildren(h) => format!(
            "{} {}",
            tf(lang, Msg::WhyNotNoChildren, &[("ages", &ages())]),
            t_about(lang, Msg::ReasonHousehold(h), about)
        ),
        RuledOut::ChildAges => tf_about(lang, Msg::WhyNotChildAges, about, &[("ages", &ages())]),
        RuledOut::Income { .. } => t_about(lang, Msg::WhyNotIncome, about).into_owned(),
        RuledOut::Area => {
            let name = |code: &str| cat.area_name(code).unwrap_or(code).to_string();
            let areas: Vec<String> = e.areas.iter().map(|c| name(c)).collect();
            let areas = join(lang, areas.iter().map(String::as_str).collect());
            let area = a.area.known().map(|c| name(c)).unwrap_or_default();
            tf_about(lang, Msg::WhyNotArea, about, &[("areas", &areas), ("area", &area)])
        }
        RuledOut::Situation(s) => {
            let answer = crate::core::questionnaire::answer_text(lang, m.ruled_out.fact(), cat, a);
            format!(
                "{} {}",
                t(lang, Msg::WhyNotSituation(s)),
                tf(lang, Msg::WhyNotAnswer, &[("answer", &answer)])
            )
        }
    }
}

/// An open point as a sentence in `lang`.
pub fn open_text(lang: Lang, o: &Open, about: Option<ForWhom>) -> String {
    match o {
        Open::Unknown(f) => t_about(lang, Msg::OpenUnknown(*f), about).into_owned(),
        Open::IncomeNearLimit { limit } => {
            tf_about(lang, Msg::OpenIncomeNearLimit, about, &[("limit", &limit.to_string())])
        }
        Open::Unchecked(text) => text.get(lang).0.to_string(),
    }
}

/// "Nu open tot 16:00" or "Volgende inloop: dinsdag 3 februari van 09:00 tot 12:00".
pub fn opening_text(lang: Lang, o: Opening) -> String {
    match o {
        Opening::OpenNow { until } => tf(lang, Msg::OpenNowUntil, &[("time", &until.to_string())]),
        Opening::Next {
            date,
            weekday,
            opens,
            closes,
        } => tf(
            lang,
            Msg::NextWalkIn,
            &[
                ("day", t(lang, Msg::Weekday(weekday))),
                ("date", &date_day_month(lang, date)),
                ("opens", &opens.to_string()),
                ("closes", &closes.to_string()),
            ],
        ),
        Opening::NoneSoon => t(lang, Msg::NoWalkInSoon).to_string(),
    }
}

/// A date as day and month, the month by name ("24 november"): "24-11"
/// reads as a range.
pub fn date_day_month(lang: Lang, date: crate::core::calendar::Date) -> String {
    tf(
        lang,
        Msg::DateDayMonth,
        &[("day", &date.day.to_string()), ("month", &date.month.to_string())],
    )
}

/// What the service costs: the catalogue's own words, else the kind of cost;
/// `None` when unknown.
pub fn cost_text(lang: Lang, s: &Service) -> Option<String> {
    if let Some(f) = &s.fees_description {
        return Some(f.get(lang).0.to_string());
    }
    match s.cost {
        Cost::Gratis => Some(t(lang, Msg::CostFree).to_string()),
        Cost::EigenBijdrage => Some(t(lang, Msg::CostContribution).to_string()),
        Cost::Betaald => Some(t(lang, Msg::CostPaid).to_string()),
        Cost::Onbekend => None,
    }
}

/// A web source after "Bron:": its title and the year the page shows
/// ("Juridisch Loket: werkwijze, 2024"), as the text before the title, the
/// title and the text after it, so the page can make the title a link.
/// Without a readable year: the title alone.
pub fn web_source_text(lang: Lang, w: &WebSource) -> (String, &str, String) {
    let year = w
        .date
        .as_deref()
        .and_then(|d| d.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    let Some(year) = year else {
        return (String::new(), &w.title, String::new());
    };
    const TITLE: char = '\u{1}';
    let text = tf(lang, Msg::WebSourceYear, &[("title", "\u{1}"), ("year", year)]);
    match text.split_once(TITLE) {
        Some((before, after)) => (before.to_string(), &w.title, after.to_string()),
        None => (String::new(), &w.title, format!(", {year}")),
    }
}

/// The resident's own answers as reasons, said once at the top of the
/// results ("U zei: …") instead of on every card.
/// Age, kern and household too: the printed sheet goes to the
/// keukentafelgesprek, where they are asked first.
pub fn you_said(a: &Answers, cat: &Catalogue) -> Vec<Reason<'static>> {
    let mut out = Vec::new();
    if !a.themes.is_empty() {
        let mut themes = Vec::new();
        themes.extend(a.themes.iter().copied());
        out.push(Reason::AsksHelpWith(themes));
    }
    if let Some(&age) = a.age.known() {
        out.push(Reason::YourAge(age));
    }
    if let Some(area) = a.area.known() {
        out.push(Reason::YouLiveIn(cat.area_name(area).unwrap_or(area).to_string()));
    }
    if let Some(&household) = a.household.known() {
        out.push(Reason::Household(household));
    }
    if let Some(ages) = a.child_ages.known().filter(|ages| !ages.is_empty()) {
        out.push(Reason::Children(ages.iter().copied().collect()));
    }
    // "U zorgt voor uw partner", not only "U zorgt voor iemand".
    out.extend(
        a.situations()
            .into_iter()
            .map(|s| crate::core::matching::situation_reason(s, a)),
    );
    out
}

/// The reasons particular to this card: the life areas the resident named
/// are said once at the top ([`you_said`]), not on every card.
pub fn card_reasons<'s, 'a>(s: &'s Suggestion<'a>) -> impl Iterator<Item = &'s Reason<'a>> {
    s.reasons.iter().filter(|r| !matches!(r, Reason::AsksHelpWith(_)))
}

/// One line of what a service is: the description when short, else its
/// first sentence. `true` when the line is shorter than the description.
pub fn summary_line(text: &str) -> (&str, bool) {
    const SHORT: usize = 140;
    if text.len() <= SHORT {
        return (text, false);
    }
    match text.find(". ") {
        Some(end) => (&text[..=end], true),
        None => (text, false),
    }
}

/// A catalogue's web address as a link target, only when it is one: `http`
/// or `https`, no spaces or quotes. Anything else (`javascript:`, `data:`, a
/// typo) is shown as text, never as a live link: the browser reads
/// catalogues leniently (only the maintainers' check refuses such an
/// address), and inside a widget a script link would run on the municipal
/// site's origin.
/// Nor an address that reads as another: a right-to-left override or an
/// invisible character (`…/\u{202e}gpj.exe` shows as `…/exe.jpg`), or a user
/// name before the host (`https://www.almere.nl@evil.example`).
pub fn web_link(url: &str) -> Option<&str> {
    let u = url.trim();
    let scheme = u.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    let web = scheme.starts_with("https://") || scheme.starts_with("http://");
    let clean = !u
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c) || matches!(c, '"' | '\'' | '<' | '>' | '`'));
    let authority = u
        .split_once("//")
        .map_or("", |(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""));
    (web && clean && !authority.contains('@') && u.len() > "https://".len()).then_some(u)
}

/// Bidirectional controls and zero-width characters: they change how a
/// text reads without being seen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// A phone number as a `tel:` link target, only when it is one: digits,
/// with a leading `+`, spaces, dashes and brackets (spaces dropped).
/// Anything else is shown as text: the browser reads catalogues leniently.
pub fn phone_link(number: &str) -> Option<String> {
    let n = number.trim();
    let digits = n.chars().filter(char::is_ascii_digit).count();
    let plain = n
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0));
    (plain && digits >= 3).then(|| format!("tel:{}", n.replace(' ', "")))
}

/// The first thing a resident can do, shown on the card without opening it.
#[derive(Clone, Debug, PartialEq)]
pub enum FirstStep<'a> {
    /// Call this number.
    Call(&'a Phone),
    /// Walk in here; when it is open (now or next).
    WalkIn(&'a Location, Opening),
    /// The catalogue's own words for the first step.
    Text(&'a crate::core::catalogue::Text),
    None,
}

/// The phones of a service: its own, then its organisation's (at most two).
pub fn phones<'a>(s: &'a Service, cat: &'a Catalogue) -> impl Iterator<Item = &'a Phone> {
    let org = s
        .organization_id
        .as_ref()
        .and_then(|o| cat.organizations.iter().find(|x| &x.id == o));
    // The organisation's number is often the service's own: once is enough.
    s.phones
        .iter()
        .chain(
            org.into_iter()
                .flat_map(|o| o.phones.iter())
                .filter(|p| !s.phones.iter().any(|q| q.number == p.number)),
        )
        .take(2)
}

/// The card's first step: a call when the first step is calling and there is
/// a number; a walk-in with its next opening when it is walking in at a
/// place with times (the place open now, else the one in the resident's
/// kern/wijk `area`, else the first); else the step's words.
pub fn first_step<'a>(s: &'a Service, cat: &'a Catalogue, now: Moment, area: Option<&str>) -> FirstStep<'a> {
    let Some(step) = s.next_steps.first() else {
        return FirstStep::None;
    };
    match step.action {
        Action::Bellen => {
            // A number answered on working days only is not the one to call
            // at night: then the step's own words say when to call.
            if let Some(p) = phones(s, cat).find(|p| crate::core::opening::is_answered(p.hours, now)) {
                return FirstStep::Call(p);
            }
        }
        Action::Binnenlopen => {
            let mut places = s
                .service_at_locations
                .iter()
                .filter(|sal| !sal.schedules.is_empty())
                .filter_map(|sal| Some((cat.location(&sal.location_id)?, opening(sal, now))));
            let first = places.clone().next();
            let open_now = places.clone().find(|(_, when)| matches!(when, Opening::OpenNow { .. }));
            let near = || places.find(|(loc, _)| area.is_some() && loc.area.as_deref() == area);
            if let Some((loc, when)) = open_now.or_else(near).or(first) {
                return FirstStep::WalkIn(loc, when);
            }
        }
        _ => {}
    }
    FirstStep::Text(&step.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::Text;

    #[test]
    fn a_web_source_reads_as_its_title_and_the_pages_year() {
        let mut w = WebSource {
            url: "https://www.juridischloket.nl/werkwijze".into(),
            title: "Het Juridisch Loket: werkwijze".into(),
            date: Some("2024-05".into()),
            accessed: None,
        };
        let (before, title, after) = web_source_text(Lang::Nl, &w);
        assert_eq!(
            format!("{before}{title}{after}"),
            "Het Juridisch Loket: werkwijze, 2024"
        );
        assert_eq!(title, w.title);
        // Arabic isolates the Dutch title and the year, and uses its own comma.
        let (before, _, after) = web_source_text(Lang::Ar, &w);
        assert_eq!(
            (before.as_str(), after.as_str()),
            ("\u{2068}", "\u{2069}، \u{2068}2024\u{2069}")
        );
        // No readable year: the title alone.
        for date in [None, Some("mei".to_string())] {
            w.date = date;
            let (before, title, after) = web_source_text(Lang::En, &w);
            assert_eq!((before.as_str(), title, after.as_str()), ("", w.title.as_str(), ""));
        }
    }

    #[test]
    fn a_service_that_needs_a_decision_is_named_in_the_residents_language() {
        let mut name = Text::nl("Huishoudelijke hulp");
        name.0.insert("en".into(), "Help in the home".into());
        let reason = Reason::NeedsDecision(&name);
        let en = reason_text(Lang::En, &reason, None);
        assert!(en.contains("“Help in the home”"), "{en}");
        let nl = reason_text(Lang::Nl, &reason, None);
        assert!(nl.contains("“Huishoudelijke hulp”"), "{nl}");
    }

    #[test]
    fn reasons_and_open_points_speak_of_the_person_the_resident_answers_for() {
        use crate::core::answers::Fact;
        let age = Reason::Age {
            age: 81,
            min: Some(65),
            max: None,
        };
        assert_eq!(
            reason_text(Lang::Nl, &age, None),
            "U bent 81 jaar. Dit is voor mensen vanaf 65 jaar."
        );
        assert_eq!(
            reason_text(Lang::Nl, &age, Some(ForWhom::Naaste)),
            "Uw naaste is 81 jaar. Dit is voor mensen vanaf 65 jaar."
        );
        assert_eq!(
            reason_text(Lang::En, &age, Some(ForWhom::Helper)),
            "The person you help is 81. This is for people aged 65 and over."
        );
        // What is about the resident stays about the resident: a
        // mantelzorger cares for someone, whoever the questions are about.
        let carer = Reason::InSituation(crate::core::facts::Situation::Mantelzorger);
        assert_eq!(
            reason_text(Lang::Nl, &carer, Some(ForWhom::Naaste)),
            "U zorgt voor iemand."
        );
        let open = Open::Unknown(Fact::Income);
        assert_eq!(
            open_text(Lang::Nl, &open, Some(ForWhom::Helper)),
            "Wij weten het inkomen van de persoon die u helpt niet."
        );
        // "Voor mijzelf" reads as before.
        assert_eq!(
            open_text(Lang::Nl, &open, Some(ForWhom::Zelf)),
            "Wij weten uw inkomen niet."
        );
    }

    #[test]
    fn waarom_niet_says_the_rule_and_the_answer_that_breaks_it() {
        use crate::core::answers::Answer;
        use crate::core::facts::{ChildAge, Household, IncomeBand, Theme};
        use crate::core::matching::near_misses;
        let cat: Catalogue = serde_json::from_value(serde_json::json!({
            "schema_version": 1, "id": "t", "name": "T", "scope": "gemeente",
            "areas": [{"id": "vlijmen", "name": "Vlijmen"}, {"id": "drunen", "name": "Drunen"}],
            "services": [
                {"id": "jong", "name": {"nl": "Jong"}, "kind": "voorziening", "access": "vrij_toegankelijk",
                 "description": {"nl": "x"}, "themes": ["geld"], "eligibility": {"minimum_age": 18, "maximum_age": 66}},
                {"id": "minima", "name": {"nl": "Minima"}, "kind": "regeling", "access": "aanmelden",
                 "description": {"nl": "x"}, "themes": ["geld"], "eligibility": {"income_max_percent": 120}},
                {"id": "schuldhulp", "name": {"nl": "Schuldhulp"}, "kind": "voorziening", "access": "aanmelden",
                 "description": {"nl": "x"}, "themes": ["geld"], "situations": ["schulden"]},
                {"id": "kind", "name": {"nl": "Kind"}, "kind": "regeling", "access": "aanmelden",
                 "description": {"nl": "x"}, "themes": ["geld"], "eligibility": {"child_ages": ["0-3", "4-11"]}},
                {"id": "dorp", "name": {"nl": "Dorp"}, "kind": "inloop", "access": "vrij_toegankelijk",
                 "description": {"nl": "x"}, "themes": ["geld"], "eligibility": {"areas": ["vlijmen"]}},
            ],
        }))
        .unwrap();
        let mut a = Answers {
            themes: std::collections::BTreeSet::from([Theme::Geld]),
            area: Answer::Known("drunen".into()),
            age: Answer::Known(70),
            household: Answer::Known(Household::Alleen),
            income: Answer::Known(IncomeBand::Tot150),
            debts: Answer::Known(false),
            ..Answers::default()
        };
        let say = |lang, a: &Answers| -> Vec<String> {
            near_misses(&cat, a)
                .iter()
                .map(|m| format!("{}: {}", m.service.id, ruled_out_text(lang, m, &cat, a)))
                .collect()
        };
        assert_eq!(
            say(Lang::Nl, &a),
            [
                "jong: Dit is voor mensen van 18 tot en met 66 jaar. U bent 70.",
                "schuldhulp: Dit is vooral voor mensen met schulden. U antwoordde: “Nee”.",
                "dorp: Dit is alleen voor mensen in Vlijmen. U woont in Drunen.",
                "minima: Uw inkomen is hoger dan de grens voor deze hulp.",
                "kind: Dit is voor gezinnen met kinderen van 0 tot 4 jaar en 4 tot 12 jaar. U woont alleen.",
            ]
        );
        assert_eq!(
            say(Lang::En, &a)[..2],
            [
                "jong: This is for people aged 18 to 66. You are 70.",
                "schuldhulp: This is mainly for people with debts. You answered: “No”.",
            ]
        );
        // About a naaste: the rule stays, the answer is theirs.
        a.for_whom = Answer::Known(crate::core::answers::ForWhom::Naaste);
        a.household = Answer::Known(Household::SamenMetKinderen);
        a.child_ages = Answer::Known(std::collections::BTreeSet::from([ChildAge::Tiener]));
        let nl = say(Lang::Nl, &a);
        assert_eq!(
            nl[0],
            "jong: Dit is voor mensen van 18 tot en met 66 jaar. Uw naaste is 70."
        );
        assert_eq!(
            nl[3],
            "minima: Het inkomen van uw naaste is hoger dan de grens voor deze hulp."
        );
        assert_eq!(
            nl[4],
            "kind: Dit is voor kinderen van 0 tot 4 jaar en 4 tot 12 jaar. De kinderen van uw naaste hebben een andere leeftijd."
        );
        // No sentence shows a percentage: the income question is asked in
        // amounts of money, not as a share of the social minimum.
        for lang in Lang::ALL {
            for line in say(lang, &a) {
                assert!(!line.contains('%'), "{line}");
                assert!(!line.contains('{'), "{line}");
            }
        }
    }

    #[test]
    fn a_long_description_is_cut_at_its_first_sentence() {
        assert_eq!(summary_line("Kort."), ("Kort.", false));
        let long = format!("Eerste zin. {}", "Meer tekst ".repeat(20));
        assert_eq!(summary_line(&long), ("Eerste zin.", true));
        let one = "x".repeat(200);
        assert_eq!(summary_line(&one), (one.as_str(), false));
    }

    #[test]
    fn the_residents_own_answers_are_said_once_and_not_on_the_card() {
        use crate::core::answers::Answer;
        use crate::core::facts::{Situation, Theme};
        let mut a = Answers::default();
        a.themes.insert(Theme::Geld);
        a.debts = Answer::Known(true);
        let cat = crate::core::shipped::heusden();
        let said = you_said(&a, &cat);
        assert_eq!(said[0], Reason::AsksHelpWith(vec![Theme::Geld]));
        assert!(said.contains(&Reason::InSituation(Situation::Schulden)));
        a.caring = Answer::Known(Some(crate::core::facts::CaredFor::Partner));
        assert!(you_said(&a, &cat).contains(&Reason::CaresFor(crate::core::facts::CaredFor::Partner)));
        // Age, kern and household are said too (the printed sheet).
        a.age = Answer::Known(82);
        a.area = Answer::Known("drunen".into());
        a.household = Answer::Known(crate::core::facts::Household::Alleen);
        let said = you_said(&a, &cat);
        assert!(said.contains(&Reason::YourAge(82)));
        assert!(said.contains(&Reason::YouLiveIn("Drunen".into())));
        assert!(said.contains(&Reason::Household(crate::core::facts::Household::Alleen)));
        assert_eq!(
            reason_text(Lang::Nl, &Reason::YouLiveIn("Drunen".into()), None),
            "U woont in Drunen."
        );
        for s in crate::core::matching::suggest(&cat, &a) {
            assert!(card_reasons(&s).all(|r| !matches!(r, Reason::AsksHelpWith(_))));
        }
    }

    #[test]
    fn the_first_step_is_a_call_or_a_walk_in_when_the_catalogue_says_so() {
        use crate::core::calendar::{Date, Time};
        let cat = crate::core::shipped::heusden();
        let now = Moment {
            date: Date::new(2026, 11, 24).unwrap(),
            time: Time::hm(10, 0),
        };
        let (mut calls, mut walk_ins) = (0, 0);
        for s in &cat.services {
            match first_step(s, &cat, now, None) {
                FirstStep::Call(p) => {
                    calls += 1;
                    assert_eq!(s.next_steps[0].action, Action::Bellen);
                    assert!(phones(s, &cat).any(|q| q.number == p.number));
                }
                FirstStep::WalkIn(..) => {
                    walk_ins += 1;
                    assert_eq!(s.next_steps[0].action, Action::Binnenlopen);
                }
                FirstStep::Text(_) | FirstStep::None => {}
            }
        }
        assert!(calls > 0 && walk_ins > 0, "{calls} calls, {walk_ins} walk-ins");
    }

    /// A walk-in card names the place open now, else the one in
    /// the resident's kern/wijk, not simply the first in its list.
    #[test]
    fn a_walk_in_card_names_the_place_open_now_else_the_residents_own() {
        use crate::core::calendar::{Date, Time};
        let cat = crate::core::shipped::catalogue("almere");
        let s = cat.services.iter().find(|s| s.id == "wijkteam-inloop").unwrap();
        let at = |d: u8, h: u16, m: u16| Moment {
            date: Date::new(2026, 12, d).unwrap(),
            time: Time::hm(h, m),
        };
        let place = |now: Moment, area: Option<&str>| match first_step(s, &cat, now, area) {
            FirstStep::WalkIn(loc, when) => (loc.id.clone(), matches!(when, Opening::OpenNow { .. })),
            _ => panic!("a walk-in"),
        };
        // Tuesday 8 December, 10:00: only the walk-in in Almere Stad is open.
        assert_eq!(
            place(at(8, 10, 0), Some("almere-buiten")),
            ("wijkteam-stad".into(), true)
        );
        // Wednesday 9 December, 8:00: nothing is open; the resident's own wijk.
        assert_eq!(
            place(at(9, 8, 0), Some("almere-buiten")),
            ("wijkteam-buiten".into(), false)
        );
        assert_eq!(place(at(9, 8, 0), Some("almere-hout")), ("wijkteam-hout".into(), false));
        // No wijk known: the first in the list.
        assert_eq!(place(at(9, 8, 0), None), ("wijkteam-stad".into(), false));
    }

    /// The texts for an opening past midnight.
    #[test]
    fn an_opening_past_midnight_is_said_as_it_is() {
        use crate::core::calendar::{Date, Time};
        let sal = crate::core::opening::night_walk_in();
        let at = |d: &str, h| Moment {
            date: Date::parse(d).unwrap(),
            time: Time::hm(h, 0),
        };
        let say = |d, h| opening_text(Lang::Nl, crate::core::opening::opening(&sal, at(d, h)));
        assert_eq!(say("2026-11-28", 1), "Nu open tot 2:00");
        assert_eq!(say("2026-11-27", 23), "Nu open tot 2:00");
        assert_eq!(
            say("2026-11-28", 3),
            "Volgende inloop: vrijdag 4 december van 22:00 tot 2:00"
        );
        assert_eq!(
            say("2026-11-27", 20),
            "Volgende inloop: vrijdag 27 november van 22:00 tot 2:00"
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            web_link("https://www.almere.nl/hulp"),
            Some("https://www.almere.nl/hulp")
        );
        assert_eq!(web_link(" http://example.nl "), Some("http://example.nl"));
        assert_eq!(web_link("HTTPS://EXAMPLE.NL"), Some("HTTPS://EXAMPLE.NL"));
        for bad in [
            "javascript:alert(document.domain)",
            " javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "https://",
            "https://x.nl\" onmouseover=\"alert(1)",
            "//evil.example",
            "www.almere.nl",
            // A right-to-left override shows
            // "…/gpj.exe" as "…/exe.jpg"; user:password@ hides the real host.
            "https://www.almere.nl/\u{202e}gpj.exe",
            "https://www.almere.nl\u{2066}/hulp",
            "https://www.almere.nl@evil.example/hulp",
            "https://user:pw@evil.example",
            "https://zero\u{200b}width.nl",
        ] {
            assert_eq!(web_link(bad), None, "{bad}");
        }
        // An @ after the host is part of the path, not a user name.
        assert!(web_link("https://www.almere.nl/mail@hulp").is_some());
    }

    /// Only a phone number becomes a `tel:` link.
    #[test]
    fn only_phone_numbers_become_tel_links() {
        assert_eq!(phone_link("0800 0113").as_deref(), Some("tel:08000113"));
        assert_eq!(
            phone_link("+31 (0)20-123 4567").as_deref(),
            Some("tel:+31(0)20-1234567")
        );
        assert_eq!(phone_link("14 036").as_deref(), Some("tel:14036"));
        for bad in [
            "javascript:alert(1)",
            "0800 0113\u{202e}",
            "112;phone-context=x",
            "",
            "++",
            "bel ons",
        ] {
            assert_eq!(phone_link(bad), None, "{bad:?}");
        }
    }
}
