//! "Nu open tot 12:00" and "volgende inloop: dinsdag 9:30": computed from
//! the schedules, closed dates and Dutch public holidays.

use crate::core::calendar::{public_holiday_name, Date, Time, Weekday};
use crate::core::catalogue::ServiceAtLocation;

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

/// Time blocks on `date`, earliest first.
fn blocks(sal: &ServiceAtLocation, date: Date) -> Vec<(Time, Time)> {
    if is_closed(sal, date) {
        return Vec::new();
    }
    let day = date.weekday();
    // A day has a handful of blocks: insertion in order is enough, and keeps a
    // general sort (about 4 KB) out of the wasm.
    let mut out: Vec<(Time, Time)> = Vec::new();
    let todays = sal
        .schedules
        .iter()
        .filter(|s| s.byday.contains(&day))
        .filter(|s| s.valid_from.is_none_or(|f| f <= date) && s.valid_to.is_none_or(|t| date <= t));
    for s in todays {
        let block = (s.opens_at, s.closes_at);
        let at = out.partition_point(|b| *b <= block);
        out.insert(at, block);
    }
    out
}

/// The opening state at `now`, looking ahead up to 8 weeks.
pub fn opening(sal: &ServiceAtLocation, now: Moment) -> Opening {
    for offset in 0..56 {
        let date = now.date.add_days(offset);
        for (opens, closes) in blocks(sal, date) {
            if offset == 0 && opens <= now.time && now.time < closes {
                return Opening::OpenNow { until: closes };
            }
            if offset > 0 || now.time < opens {
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

#[cfg(test)]
mod tests {
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

    fn at(d: &str, h: u16, m: u16) -> Moment {
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
}
