//! Dates, times and Dutch public holidays: what "open now" and "next walk-in"
//! need, without pulling a date library into the wasm.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD` in catalogues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A time of day, written `HH:MM` in catalogues; `24:00` is allowed as an end.
/// An opening whose end is not after its start runs past midnight into the
/// next day (`22:00` to `02:00`; see [`Time::until`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub minutes: u16,
}

crate::core::facts::vocabulary! {
    /// Day of the week, with iCalendar's two-letter codes as HSDS uses them.
    Weekday {
        Mo = "MO",
        Tu = "TU",
        We = "WE",
        Th = "TH",
        Fr = "FR",
        Sa = "SA",
        Su = "SU",
    }
}

impl Weekday {
    /// 0 = Monday.
    pub fn index(self) -> usize {
        Weekday::ALL.iter().position(|&d| d == self).unwrap_or(0)
    }
    pub fn from_index(i: usize) -> Weekday {
        Weekday::ALL[i % 7]
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
        })
    }

    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days_since_epoch(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index((self.days_since_epoch() + 3).rem_euclid(7) as usize)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Time {
    pub fn hm(hours: u16, minutes: u16) -> Time {
        Time {
            minutes: hours * 60 + minutes,
        }
    }

    /// Minutes from `self` to `end`; an `end` before `self` is on the next
    /// day (22:00 until 2:00 is 240 minutes), an equal one is 0.
    pub fn until(self, end: Time) -> u16 {
        if end.minutes >= self.minutes {
            end.minutes - self.minutes
        } else {
            end.minutes.saturating_add(24 * 60).saturating_sub(self.minutes)
        }
    }

    pub fn parse(s: &str) -> Option<Time> {
        let (h, m) = s.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        ((h < 24 && m < 60) || (h == 24 && m == 0)).then_some(Time::hm(h, m))
    }
}

impl fmt::Display for Time {
    /// Dutch style without a leading zero for the hour: `9:30`, `13:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

macro_rules! string_serde {
    ($ty:ty, $expecting:expr, $write:expr) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&$write(self))
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$ty>::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("“{s}” is {}", $expecting)))
            }
        }
    };
}
/// Why a text is no date or time (after "“x” is "), for both readers.
pub const NOT_A_DATE: &str = "geen geldige datum: schrijf JJJJ-MM-DD, zoals 2027-06-01";
pub const NOT_A_TIME: &str =
    "geen geldige tijd: schrijf UU:MM met twee cijfers voor het uur, van 00:00 tot en met 24:00, zoals 09:30";

string_serde!(Date, NOT_A_DATE, |d: &Date| d.to_string());
// Written as it is read, "09:30" (the display form "9:30" has no leading
// zero; a width on `{}` does not pad a Display that writes directly, which
// once made the studio's downloads unreadable).
string_serde!(Time, NOT_A_TIME, |t: &Time| format!(
    "{:02}:{:02}",
    t.minutes / 60,
    t.minutes % 60
));

#[cfg(feature = "maintainer")]
mod schema {
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    impl JsonSchema for super::Date {
        fn schema_name() -> Cow<'static, str> {
            "Date".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
        }
    }
    impl JsonSchema for super::Time {
        fn schema_name() -> Cow<'static, str> {
            "Time".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$" })
        }
    }
}

/// Easter Sunday (anonymous Gregorian algorithm).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        year,
        month: month as u8,
        day: day as u8,
    }
}

/// Is `date` a Dutch public holiday on which offices and walk-ins usually
/// close? Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag, Bevrijdingsdag
/// (every year here: most municipal services close), Hemelvaart, Pinksteren,
/// Kerstmis.
pub fn public_holiday_name(date: Date) -> Option<&'static str> {
    let easter = easter_sunday(date.year);
    let offset = date.days_since_epoch() - easter.days_since_epoch();
    let kings_day = {
        let d = Date {
            year: date.year,
            month: 4,
            day: 27,
        };
        if d.weekday() == Weekday::Su {
            Date { day: 26, ..d }
        } else {
            d
        }
    };
    match (date.month, date.day, offset) {
        (1, 1, _) => Some("Nieuwjaarsdag"),
        (_, _, -2) => Some("Goede Vrijdag"),
        (_, _, 0) => Some("Eerste Paasdag"),
        (_, _, 1) => Some("Tweede Paasdag"),
        (_, _, 39) => Some("Hemelvaartsdag"),
        (_, _, 49) => Some("Eerste Pinksterdag"),
        (_, _, 50) => Some("Tweede Pinksterdag"),
        (5, 5, _) => Some("Bevrijdingsdag"),
        (12, 25, _) => Some("Eerste Kerstdag"),
        (12, 26, _) => Some("Tweede Kerstdag"),
        _ if date == kings_day => Some("Koningsdag"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_dates_serialize_as_catalogues_write_them() {
        // Display writes 9:00 for people; a file needs 09:00, which is what it reads.
        let t = Time::hm(9, 0);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"09:00\"");
        assert_eq!(serde_json::from_str::<Time>(&json).unwrap(), t);
        assert_eq!(serde_json::to_string(&Time::hm(24, 0)).unwrap(), "\"24:00\"");
        let d = Date::new(2027, 6, 1).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2027-06-01\"");
    }

    #[test]
    fn parses_and_rejects_dates() {
        assert_eq!(
            Date::parse("2026-11-22"),
            Some(Date {
                year: 2026,
                month: 11,
                day: 22
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2026-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("22-11-2026"), None);
        assert_eq!(Date::parse("2026-1-1"), None);
    }

    #[test]
    fn parses_and_rejects_times() {
        assert_eq!(Time::parse("09:30"), Some(Time::hm(9, 30)));
        assert_eq!(Time::parse("24:00"), Some(Time::hm(24, 0)));
        assert_eq!(Time::parse("24:30"), None);
        assert_eq!(Time::parse("9:30"), None);
        assert_eq!(Time::parse("12:60"), None);
        assert_eq!(Time::hm(9, 5).to_string(), "9:05");
    }

    #[test]
    fn an_end_before_the_start_is_the_next_day() {
        assert_eq!(Time::hm(9, 30).until(Time::hm(12, 0)), 150);
        assert_eq!(Time::hm(22, 0).until(Time::hm(2, 0)), 240);
        assert_eq!(Time::hm(22, 0).until(Time::hm(0, 0)), 120);
        assert_eq!(Time::hm(22, 0).until(Time::hm(24, 0)), 120);
        assert_eq!(Time::hm(9, 30).until(Time::hm(9, 0)), 23 * 60 + 30);
        assert_eq!(Time::hm(9, 0).until(Time::hm(9, 0)), 0);
        assert_eq!(Time::hm(24, 0).until(Time::hm(0, 0)), 0);
    }

    #[test]
    fn epoch_days_round_trip_and_weekdays() {
        for z in -800_000..800_000i64 {
            if z % 997 == 0 {
                assert_eq!(Date::from_days_since_epoch(z).days_since_epoch(), z);
            }
        }
        assert_eq!(Date::parse("2026-11-22").unwrap().weekday(), Weekday::Su);
        assert_eq!(Date::parse("2000-01-01").unwrap().weekday(), Weekday::Sa);
        assert_eq!(
            Date::parse("2026-12-31").unwrap().add_days(1),
            Date::parse("2027-01-01").unwrap()
        );
    }

    #[test]
    fn dutch_holidays() {
        assert_eq!(easter_sunday(2026), Date::parse("2026-04-05").unwrap());
        assert_eq!(easter_sunday(2027), Date::parse("2027-03-28").unwrap());
        let name = |s| public_holiday_name(Date::parse(s).unwrap());
        assert_eq!(name("2026-04-06"), Some("Tweede Paasdag"));
        assert_eq!(name("2026-05-14"), Some("Hemelvaartsdag"));
        assert_eq!(name("2026-05-25"), Some("Tweede Pinksterdag"));
        assert_eq!(name("2026-04-27"), Some("Koningsdag"));
        // 27 April 2025 was a Sunday, so Koningsdag moved to Saturday 26 April.
        assert_eq!(name("2025-04-26"), Some("Koningsdag"));
        assert_eq!(name("2025-04-27"), None);
        assert_eq!(name("2026-12-26"), Some("Tweede Kerstdag"));
        assert_eq!(name("2026-11-23"), None);
    }
}
