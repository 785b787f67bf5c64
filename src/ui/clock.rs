//! The device clock as a local date and time (opening times, phone hours,
//! the print date).

use crate::core::calendar::{Date, Time};
use crate::core::opening::Moment;

pub fn now() -> Moment {
    let d = js_sys::Date::new_0();
    let date = Date::new(d.get_full_year() as i32, d.get_month() as u8 + 1, d.get_date() as u8).unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    });
    Moment {
        date,
        time: Time::hm(d.get_hours() as u16, d.get_minutes() as u16),
    }
}
