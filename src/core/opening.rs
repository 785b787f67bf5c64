//! "Nu open tot 12:00" and "volgende inloop: dinsdag 9:30": computed from
//! the schedules, closed dates and Dutch public holidays.

use crate::core::calendar::{public_holiday_name, Date, Time, Weekday};
use crate::core::catalogue::{Phone, PhoneHours, ServiceAtLocation};

/// A moment in local time (the device clock).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment {
    pub date: Date,
    pub time: Time,
}

/// Open now, or when next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    OpenNow {
        until: Time,
    },
    Next {
        date: Date,
        weekday: Weekday,
        opens: Time,
        closes: Time,
    },
    /// No opening in the coming weeks (closed, or the schedule has ended).
    NoneSoon,
}

fn is_closed(sal: &ServiceAtLocation, date: Date) -> bool {
    sal.closed_dates.iter().any(|c| c.date == date)
        || (!sal.open_on_public_holidays && public_holiday_name(date).is_some())
}

/// Time blocks that start on `date`, earliest first. A block whose closing
/// time is not after its opening time runs past midnight into the next day;
/// it belongs to the day it starts on (that day's closed dates, holidays and
/// validity count). A block of no length is left out.
fn blocks(sal: &ServiceAtLocation, date: Date) -> Vec<(Time, Time)> {
    if is_closed(sal, date) {
        return Vec::new();
    }
    let day = date.weekday();
    // A day has a handful of blocks: insertion in order is enough, and keeps a
    // general sort out of the wasm.
    let mut out: Vec<(Time, Time)> = Vec::new();
    let todays = sal
        .schedules
        .iter()
        .filter(|s| s.byday.contains(&day) && s.opens_at != s.closes_at)
        .filter(|s| s.valid_from.is_none_or(|f| f <= date) && s.valid_to.is_none_or(|t| date <= t));
    for s in todays {
        let block = (s.opens_at, s.closes_at);
        let at = out.partition_point(|b| *b <= block);
        out.insert(at, block);
    }
    out
}

/// The opening state at `now`, looking ahead up to 8 weeks (and back to
/// yesterday, whose opening may run past midnight).
pub fn opening(sal: &ServiceAtLocation, now: Moment) -> Opening {
    // Minutes from today's midnight; blocks come in order of their start.
    let now_at = i32::from(now.time.minutes);
    for offset in -1..56 {
        let date = now.date.add_days(i64::from(offset));
        for (opens, closes) in blocks(sal, date) {
            let start = offset * 24 * 60 + i32::from(opens.minutes);
            let end = start + i32::from(opens.until(closes));
            if start <= now_at && now_at < end {
                return Opening::OpenNow { until: closes };
            }
            if now_at < start {
                return Opening::Next {
                    date,
                    weekday: date.weekday(),
                    opens,
                    closes,
                };
            }
        }
    }
    Opening::NoneSoon
}

/// Office hours of a phone marked `kantoortijden`: 9:00 to 17:00.
const OFFICE_OPENS: Time = Time { minutes: 9 * 60 };
const OFFICE_CLOSES: Time = Time { minutes: 17 * 60 };

/// Is `now` within office hours: a working day (Monday to Friday, not a
/// Dutch public holiday), 9:00 to 17:00?
pub fn is_office_hours(now: Moment) -> bool {
    let working_day = !matches!(now.date.weekday(), Weekday::Sa | Weekday::Su);
    working_day && public_holiday_name(now.date).is_none() && OFFICE_OPENS <= now.time && now.time < OFFICE_CLOSES
}

/// When office hours next begin at or after `now`: 9:00 on this working
/// day if it is still before 9:00, else on the next working day (Monday to
/// Friday, not a Dutch public holiday). During office hours that is `now`.
pub fn next_office_hours(now: Moment) -> Moment {
    if is_office_hours(now) {
        return now;
    }
    let start = if now.time < OFFICE_OPENS { 0 } else { 1 };
    // Christmas and a weekend together close at most four days in a row.
    (start..start + 8)
        .map(|d| Moment {
            date: now.date.add_days(d),
            time: OFFICE_OPENS,
        })
        .find(|m| is_office_hours(*m))
        .unwrap_or(Moment {
            date: now.date.add_days(start),
            time: OFFICE_OPENS,
        })
}

/// Is a phone with these hours answered at `now`? `None` (hours not known)
/// counts as answered: the app cannot tell, and hiding it would hide help.
pub fn is_answered(hours: Option<PhoneHours>, now: Moment) -> bool {
    match hours {
        Some(PhoneHours::DagEnNacht) | None => true,
        Some(PhoneHours::Kantoortijden) => is_office_hours(now),
    }
}

/// The phone numbers of a direct-help card at `now`.
#[derive(Clone, Debug, PartialEq)]
pub struct PhonesNow<'a> {
    /// Answered now (or hours not known), best first: outside office hours
    /// the day-and-night numbers come first, then those whose hours are not
    /// known; in office hours the file order is kept.
    pub now: Vec<&'a Phone>,
    /// Answered only in office hours, and now closed: show them with their
    /// hours ("op werkdagen van 9 tot 17 uur"), after `now`.
    pub later: Vec<&'a Phone>,
}

/// Which of a service's phone numbers to show on a direct-help card at
/// `now`: a number answered on working days only is never offered as the
/// one to call at night, on a weekend or on a public holiday. Linear, no sort.
pub fn phones_now(phones: &[Phone], now: Moment) -> PhonesNow<'_> {
    let office = is_office_hours(now);
    let mut out = PhonesNow {
        now: Vec::new(),
        later: Vec::new(),
    };
    if office {
        out.now.extend(phones.iter());
        return out;
    }
    out.now
        .extend(phones.iter().filter(|p| p.hours == Some(PhoneHours::DagEnNacht)));
    out.now.extend(phones.iter().filter(|p| p.hours.is_none()));
    out.later
        .extend(phones.iter().filter(|p| p.hours == Some(PhoneHours::Kantoortijden)));
    out
}

/// A night shelter's walk-in for tests: on Fridays from 22:00 to 2:00 the
/// next night, no closed dates.
#[cfg(test)]
pub(crate) fn night_walk_in() -> ServiceAtLocation {
    ServiceAtLocation {
        location_id: "opvang".into(),
        description: None,
        schedules: vec![crate::core::catalogue::Schedule {
            byday: vec![Weekday::Fr],
            opens_at: Time::hm(22, 0),
            closes_at: Time::hm(2, 0),
            valid_from: None,
            valid_to: None,
            description: None,
        }],
        closed_dates: Vec::new(),
        open_on_public_holidays: false,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::catalogue::{ClosedDate, Schedule};

    fn sal() -> ServiceAtLocation {
        let block = |days: Vec<Weekday>, o: (u16, u16), c: (u16, u16)| Schedule {
            byday: days,
            opens_at: Time::hm(o.0, o.1),
            closes_at: Time::hm(c.0, c.1),
            valid_from: None,
            valid_to: None,
            description: None,
        };
        ServiceAtLocation {
            location_id: "x".into(),
            description: None,
            schedules: vec![
                block(vec![Weekday::Tu, Weekday::Th], (9, 30), (12, 0)),
                block(vec![Weekday::Th], (13, 30), (16, 0)),
            ],
            closed_dates: vec![ClosedDate {
                date: Date::parse("2026-12-29").unwrap(),
                reason: None,
            }],
            open_on_public_holidays: false,
        }
    }

    /// A clock reading for tests: `at("2026-11-24", 10, 0)`.
    pub(crate) fn at(d: &str, h: u16, m: u16) -> Moment {
        Moment {
            date: Date::parse(d).unwrap(),
            time: Time::hm(h, m),
        }
    }

    #[test]
    fn open_now_and_next() {
        // Tuesday 24 November 2026, 10:00.
        assert_eq!(
            opening(&sal(), at("2026-11-24", 10, 0)),
            Opening::OpenNow { until: Time::hm(12, 0) }
        );
        // Tuesday at 12:00 exactly: closed; next is Thursday morning.
        let next = opening(&sal(), at("2026-11-24", 12, 0));
        assert_eq!(
            next,
            Opening::Next {
                date: Date::parse("2026-11-26").unwrap(),
                weekday: Weekday::Th,
                opens: Time::hm(9, 30),
                closes: Time::hm(12, 0)
            }
        );
        // Thursday between the blocks: the afternoon block is next.
        assert!(
            matches!(opening(&sal(), at("2026-11-26", 12, 30)), Opening::Next { opens, .. } if opens == Time::hm(13, 30))
        );
    }

    #[test]
    fn blocks_come_in_time_order_whatever_the_file_order() {
        let mut s = sal();
        s.schedules.reverse();
        let thursday = Date::parse("2026-11-26").unwrap();
        assert_eq!(
            blocks(&s, thursday),
            vec![(Time::hm(9, 30), Time::hm(12, 0)), (Time::hm(13, 30), Time::hm(16, 0))]
        );
        // Thursday at 8:00, file order reversed: the morning block is next.
        assert!(matches!(opening(&s, at("2026-11-26", 8, 0)), Opening::Next { opens, .. } if opens == Time::hm(9, 30)));
    }

    #[test]
    fn skips_closed_dates_and_holidays() {
        // Thursday 24 Dec 2026 at 17:00 → next would be Sat? No: Tue 29 Dec is closed,
        // Thu 31 Dec is open. (25 and 26 Dec are holidays but not schedule days.)
        let next = opening(&sal(), at("2026-12-24", 17, 0));
        assert!(
            matches!(next, Opening::Next { date, .. } if date == Date::parse("2026-12-31").unwrap()),
            "{next:?}"
        );
        // Tuesday 5 May 2026 is Bevrijdingsdag: closed, next is Thursday 7 May.
        let next = opening(&sal(), at("2026-05-05", 8, 0));
        assert!(
            matches!(next, Opening::Next { date, .. } if date == Date::parse("2026-05-07").unwrap()),
            "{next:?}"
        );
    }

    #[test]
    fn ended_schedule_gives_none_soon() {
        let mut s = sal();
        for b in &mut s.schedules {
            b.valid_to = Date::parse("2026-01-01");
        }
        assert_eq!(opening(&s, at("2026-11-24", 10, 0)), Opening::NoneSoon);
    }

    /// A schedule past midnight (22:00–02:00) was never
    /// "open now" and its next opening was a week late during the night.
    #[test]
    fn an_opening_past_midnight_runs_into_the_next_day() {
        let next_friday = |d: &str| Opening::Next {
            date: Date::parse(d).unwrap(),
            weekday: Weekday::Fr,
            opens: Time::hm(22, 0),
            closes: Time::hm(2, 0),
        };
        let open = Opening::OpenNow { until: Time::hm(2, 0) };
        // Friday 27 November 2026.
        assert_eq!(
            opening(&night_walk_in(), at("2026-11-27", 21, 0)),
            next_friday("2026-11-27")
        );
        assert_eq!(opening(&night_walk_in(), at("2026-11-27", 22, 0)), open);
        assert_eq!(opening(&night_walk_in(), at("2026-11-27", 23, 59)), open);
        // Saturday after midnight: still Friday's opening.
        assert_eq!(opening(&night_walk_in(), at("2026-11-28", 0, 0)), open);
        assert_eq!(opening(&night_walk_in(), at("2026-11-28", 1, 0)), open);
        assert_eq!(opening(&night_walk_in(), at("2026-11-28", 1, 59)), open);
        assert_eq!(
            opening(&night_walk_in(), at("2026-11-28", 2, 0)),
            next_friday("2026-12-04")
        );
        // Thursday night: tomorrow's.
        assert_eq!(
            opening(&night_walk_in(), at("2026-11-26", 23, 0)),
            next_friday("2026-11-27")
        );
        // Ending at midnight ("00:00") is the same as ending at 24:00.
        let mut midnight = night_walk_in();
        midnight.schedules[0].closes_at = Time::hm(0, 0);
        assert_eq!(
            opening(&midnight, at("2026-11-27", 23, 0)),
            Opening::OpenNow { until: Time::hm(0, 0) }
        );
        assert!(matches!(
            opening(&midnight, at("2026-11-28", 0, 0)),
            Opening::Next { .. }
        ));
    }

    #[test]
    fn a_night_belongs_to_the_day_it_starts_on() {
        // Friday 25 December 2026 is Eerste Kerstdag: no night opening then,
        // so also not at 1:00 on Saturday 26 December.
        assert_eq!(
            opening(&night_walk_in(), at("2026-12-26", 1, 0)),
            opening(&night_walk_in(), at("2026-12-26", 3, 0))
        );
        let mut open_on_holidays = night_walk_in();
        open_on_holidays.open_on_public_holidays = true;
        assert_eq!(
            opening(&open_on_holidays, at("2026-12-26", 1, 0)),
            Opening::OpenNow { until: Time::hm(2, 0) }
        );
        // A closed Friday closes its night.
        let mut closed = night_walk_in();
        closed.closed_dates.push(ClosedDate {
            date: Date::parse("2026-11-27").unwrap(),
            reason: None,
        });
        assert!(matches!(opening(&closed, at("2026-11-28", 1, 0)), Opening::Next { .. }));
        // A schedule valid until that Friday still runs into Saturday night.
        let mut ending = night_walk_in();
        ending.schedules[0].valid_to = Date::parse("2026-11-27");
        assert_eq!(
            opening(&ending, at("2026-11-28", 1, 0)),
            Opening::OpenNow { until: Time::hm(2, 0) }
        );
        assert_eq!(opening(&ending, at("2026-11-28", 2, 0)), Opening::NoneSoon);
    }

    fn phone(number: &str, hours: Option<PhoneHours>) -> Phone {
        Phone {
            number: number.into(),
            description: None,
            hours,
            example_data: false,
        }
    }

    fn numbers(list: &[&Phone]) -> Vec<String> {
        list.iter().map(|p| p.number.clone()).collect()
    }

    #[test]
    fn a_daytime_number_is_not_offered_at_night_and_the_night_number_comes_first() {
        let phones = vec![
            phone("14 036", Some(PhoneHours::Kantoortijden)),
            phone("036 000 0199", Some(PhoneHours::DagEnNacht)),
            phone("036 000 0001", None),
        ];
        // Tuesday 24 November 2026, 10:00: every number, in file order.
        let day = phones_now(&phones, at("2026-11-24", 10, 0));
        assert_eq!(numbers(&day.now), ["14 036", "036 000 0199", "036 000 0001"]);
        assert!(day.later.is_empty());
        // The same Tuesday at 23:00, at 17:00 sharp, Saturday noon, and
        // Christmas Day (a Friday) at 10:00: the night number first, the
        // office number apart.
        for (d, h) in [
            ("2026-11-24", 23),
            ("2026-11-24", 17),
            ("2026-11-28", 12),
            ("2026-12-25", 10),
        ] {
            let night = phones_now(&phones, at(d, h, 0));
            assert_eq!(numbers(&night.now), ["036 000 0199", "036 000 0001"], "{d} {h}:00");
            assert_eq!(numbers(&night.later), ["14 036"], "{d} {h}:00");
        }
        // Early on a working day: not yet open.
        assert!(!is_office_hours(at("2026-11-24", 8, 59)));
        assert!(is_office_hours(at("2026-11-24", 9, 0)));
    }

    #[test]
    fn office_hours_begin_again_on_the_next_working_day_at_nine() {
        let next = |d: &str, h: u16| next_office_hours(at(d, h, 0));
        // Tuesday 24 November 2026: early, in hours, at night.
        assert_eq!(next("2026-11-24", 7), at("2026-11-24", 9, 0));
        assert_eq!(next("2026-11-24", 10), at("2026-11-24", 10, 0));
        assert_eq!(next("2026-11-24", 23), at("2026-11-25", 9, 0));
        // Friday evening and Sunday afternoon: Monday.
        assert_eq!(next("2026-11-27", 17), at("2026-11-30", 9, 0));
        assert_eq!(next("2026-11-29", 14), at("2026-11-30", 9, 0));
        // Christmas Eve (a Thursday) at night: Christmas and Boxing Day,
        // then the weekend, so Monday 28 December.
        assert_eq!(next("2026-12-24", 20), at("2026-12-28", 9, 0));
    }

    #[test]
    fn only_office_numbers_at_night_leaves_nothing_to_call_now() {
        let phones = vec![phone("14 036", Some(PhoneHours::Kantoortijden))];
        let night = phones_now(&phones, at("2026-11-24", 2, 0));
        assert!(night.now.is_empty());
        assert_eq!(numbers(&night.later), ["14 036"]);
        assert!(is_answered(Some(PhoneHours::DagEnNacht), at("2026-11-24", 2, 0)));
        assert!(is_answered(None, at("2026-11-24", 2, 0)));
    }
}
