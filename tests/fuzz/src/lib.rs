//! Shared by the fuzz targets: answers and a moment made from fuzz input, and
//! what the resident's page does with a catalogue it has read (matching,
//! "Begin hier", opening hours, phone hours, the sentences on the cards and
//! the questionnaire), with the promises that hold for any catalogue.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use arbitrary::{Result, Unstructured};
use routekaart::core::answers::{
    decode, encode, Answer, Answers, ForWhom, LanguageNeed, SafetySignal, Topic, UrgentNeed, WorkSituation,
};
use routekaart::core::calendar::{Date, Time};
use routekaart::core::catalogue::{read_for_residents, Catalogue};
use routekaart::core::explain::{
    card_reasons, cost_text, first_step, open_text, opening_text, phones, reason_text, summary_line, web_link, you_said,
};
use routekaart::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Theme};
use routekaart::core::i18n::Lang;
use routekaart::core::matching::{suggest, unmet_urgent_needs};
use routekaart::core::opening::{is_office_hours, opening, phones_now, Moment, Opening};
use routekaart::core::promise::{group_intro, group_title};
use routekaart::core::questionnaire::{answer_text, choices, plan};
use routekaart::core::questions::Fact;
use routekaart::core::relevance::begin_here;
use routekaart::core::scenario::walk;

/// The shipped national catalogue, merged into every gemeente's as the
/// resident's page does.
pub fn national() -> &'static Catalogue {
    static NATIONAL: OnceLock<Catalogue> = OnceLock::new();
    NATIONAL.get_or_init(|| {
        read_for_residents(include_str!("../../../public/catalogus/landelijk.json")).expect("landelijk.json")
    })
}

/// 256 bytes that depend on every byte of `data` (FNV-1a, then xorshift), for
/// targets whose input is a whole file: the answers and the moment are made
/// from these, so the same file always gets the same ones.
pub fn derived(data: &[u8]) -> Vec<u8> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut x = h | 1;
    (0..32)
        .flat_map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()
        })
        .collect()
}

fn answer<T>(u: &mut Unstructured, known: impl FnOnce(&mut Unstructured) -> Result<T>) -> Result<Answer<T>> {
    Ok(match u.int_in_range(0u8..=8)? {
        0 | 1 => Answer::Unanswered,
        2 => Answer::DontKnow,
        3 => Answer::PreferNotToSay,
        _ => Answer::Known(known(u)?),
    })
}

fn set_of<T: Copy + Ord>(u: &mut Unstructured, all: &[T]) -> Result<BTreeSet<T>> {
    let mut set = BTreeSet::new();
    for &x in all {
        if u.ratio(1u8, 3)? {
            set.insert(x);
        }
    }
    Ok(set)
}

fn one_of<T: Copy>(u: &mut Unstructured, all: &[T]) -> Result<T> {
    u.choose(all).copied()
}

/// An area id: one of the catalogue's (so area rules get exercised) or any
/// id in the share link's alphabet.
fn area(u: &mut Unstructured, cat: &Catalogue) -> Result<String> {
    if !cat.areas.is_empty() && u.ratio(3u8, 4)? {
        return Ok(u.choose(&cat.areas)?.id.clone());
    }
    let len = u.int_in_range(1..=12)?;
    let id: String = (0..len)
        .map(|_| Ok(*u.choose(b"abcdefghijklmnopqrstuvwxyz0123456789-_")? as char))
        .collect::<Result<_>>()?;
    Ok(if id == "-" { "x".into() } else { id })
}

/// Any answers a resident can give, for this catalogue.
pub fn answers(u: &mut Unstructured, cat: &Catalogue) -> Result<Answers> {
    Ok(Answers {
        themes: set_of(u, Theme::ALL)?,
        safety: answer(u, |u| set_of(u, SafetySignal::ALL))?,
        urgent: answer(u, |u| set_of(u, UrgentNeed::ALL))?,
        for_whom: answer(u, |u| one_of(u, ForWhom::ALL))?,
        area: answer(u, |u| area(u, cat))?,
        age: answer(u, |u| u.int_in_range(0..=120))?,
        household: answer(u, |u| one_of(u, Household::ALL))?,
        child_ages: answer(u, |u| set_of(u, ChildAge::ALL))?,
        income: answer(u, |u| one_of(u, IncomeBand::ALL))?,
        work: answer(u, |u| one_of(u, WorkSituation::ALL))?,
        caring: answer(u, |u| {
            Ok(if u.arbitrary()? {
                Some(one_of(u, CaredFor::ALL)?)
            } else {
                None
            })
        })?,
        health: answer(u, |u| u.arbitrary())?,
        debts: answer(u, |u| u.arbitrary())?,
        language: answer(u, |u| one_of(u, LanguageNeed::ALL))?,
        help_tried: answer(u, |u| u.arbitrary())?,
        topics: answer(u, |u| set_of(u, Topic::ALL))?,
    })
}

/// A device clock reading: mostly near the catalogue's own dates and times
/// (closed dates, the ends of validity, the minutes around opening and
/// closing, so the edges of "open now" get hit), sometimes any day a
/// browser's clock can show (years -271821 to 275760).
pub fn moment(u: &mut Unstructured, cat: &Catalogue) -> Result<Moment> {
    let mut dates: Vec<Date> = Vec::new();
    let mut times: Vec<Time> = Vec::new();
    for sal in cat.services.iter().flat_map(|s| &s.service_at_locations) {
        dates.extend(sal.closed_dates.iter().map(|c| c.date));
        for s in &sal.schedules {
            dates.extend(s.valid_from.iter().chain(&s.valid_to));
            times.extend([s.opens_at, s.closes_at]);
        }
    }
    let date = match u.int_in_range(0u8..=9)? {
        0..=4 if !dates.is_empty() => u.choose(&dates)?.add_days(i64::from(u.int_in_range(-2i8..=2)?)),
        9 => {
            let days = u.int_in_range(-100_000_000i64..=100_000_000)?;
            Date::from_days_since_epoch(days)
        }
        _ => Date::from_days_since_epoch(i64::from(u.int_in_range(18_000u32..=25_000)?)),
    };
    let minutes = if !times.is_empty() && u.ratio(2u8, 3)? {
        let t = u.choose(&times)?.minutes;
        i32::from(t) + i32::from(u.int_in_range(-1i8..=1)?)
    } else {
        i32::from(u.int_in_range(0u16..=24 * 60 - 1)?)
    };
    Ok(Moment {
        date,
        // The device clock gives 0:00 to 23:59.
        time: Time {
            minutes: minutes.clamp(0, 24 * 60 - 1) as u16,
        },
    })
}

/// What the results page and the questionnaire do with `cat` for these
/// answers at `now`, with the promises that hold for any catalogue a
/// resident's page has read. Panics when one is broken.
pub fn resident_page(cat: &Catalogue, a: &Answers, now: Moment) {
    let about = a.about();
    let sugs = suggest(cat, a);
    for (i, s) in sugs.iter().enumerate() {
        // Every card says why it is there.
        assert!(!s.reasons.is_empty(), "{} has no reason", s.service.id);
        // Never the same service twice.
        assert!(
            !sugs[..i].iter().any(|x| std::ptr::eq(x.service, s.service)),
            "{} suggested twice",
            s.service.id
        );
    }
    // Route order.
    for pair in sugs.windows(2) {
        assert!(
            pair[0].group <= pair[1].group,
            "route order: {:?} before {:?}",
            pair[0].group,
            pair[1].group
        );
    }
    let begin = begin_here(&sugs);
    assert!(begin.len() <= 3, "begin here: {begin:?}");
    let unique: BTreeSet<usize> = begin.iter().copied().collect();
    assert_eq!(unique.len(), begin.len(), "begin here twice: {begin:?}");
    assert!(begin.iter().all(|&i| i < sugs.len()));
    let _ = unmet_urgent_needs(a, &sugs);
    let _ = you_said(a, cat);

    let lang = Lang::ALL[usize::from(now.time.minutes % 2)];
    for s in &sugs {
        let _ = group_title(&sugs, s.group);
        let _ = group_intro(&sugs, s.group);
        for r in card_reasons(s) {
            let _ = reason_text(lang, r, about);
        }
        for o in &s.open {
            let _ = open_text(lang, o, about);
        }
        let _ = cost_text(lang, s.service);
        let _ = summary_line(s.service.description.get(lang).0);
        let _ = s.service.url.as_deref().map(web_link);
        let _ = phones(s.service, cat).count();
        let _ = first_step(s.service, cat, now, a.area.known().map(String::as_str));
        let shown = phones_now(&s.service.phones, now);
        assert_eq!(
            shown.now.len() + shown.later.len(),
            s.service.phones.len(),
            "phones lost"
        );
        if is_office_hours(now) {
            assert!(shown.later.is_empty());
        }
        for sal in &s.service.service_at_locations {
            let when = opening(sal, now);
            check_opening(when, now);
            let _ = opening_text(lang, when);
        }
    }

    // The questionnaire on this catalogue.
    let steps = plan(cat, a);
    let unique: BTreeSet<Fact> = steps.iter().copied().collect();
    assert_eq!(unique.len(), steps.len(), "a question planned twice: {steps:?}");
    for fact in steps {
        let _ = choices(lang, fact, cat, a);
        let _ = answer_text(lang, fact, cat, a);
    }
    let w = walk(cat, a);
    assert!(w.asked.len() <= Fact::ALL.len(), "asked {:?}", w.asked);
}

/// The promises of an opening: a next opening is later than now, on the
/// weekday it names, within the eight weeks looked at.
pub fn check_opening(when: Opening, now: Moment) {
    match when {
        Opening::OpenNow { .. } | Opening::NoneSoon => {}
        Opening::Next {
            date, weekday, opens, ..
        } => {
            assert_eq!(weekday, date.weekday(), "{date} is not a {weekday:?}");
            assert!(
                Moment { date, time: opens } > now,
                "next opening {date} {opens} is not after {now:?}"
            );
            assert!(
                date <= now.date.add_days(56),
                "next opening {date} is more than 8 weeks after {now:?}"
            );
        }
    }
}

/// The share link keeps what it carries: what one link reads is written back
/// and read again the same.
pub fn share_link_round_trips(text: &str) {
    let Ok(a) = decode(text) else { return };
    let t = text.trim().trim_start_matches('#');
    assert!(t == "1" || t.starts_with("1~"), "{text:?} was read");
    let link = encode(&a);
    assert_eq!(decode(&link).as_ref(), Ok(&a), "{text:?} → {link:?}");
}
