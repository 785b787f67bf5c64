//! The filters of "Alle hulp": life area, kern/wijk, route group, free,
//! open now or today; they combine with the words.

use crate::core::calendar::Time;
use crate::core::catalogue::{PhoneHours, Service};
use crate::core::facts::Theme;
use crate::core::matching::Group;
use crate::core::opening::{is_answered, is_office_hours, opening, Moment, Opening};

/// Open now or today, at the device's moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenFilter {
    /// [`open_now`].
    Now(Moment),
    /// [`open_today`].
    Today(Moment),
}

/// The filters of "Alle hulp"; every one that is set must hold. The default
/// filters nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Helps with this life area.
    pub theme: Option<Theme>,
    /// For residents of this kern/wijk (an `areas` id): a service with an
    /// eligibility rule on areas only when this is one of them; one with
    /// `service_areas` only when it is meant for this one or offered here;
    /// a service with neither is for the whole gemeente (or country) and
    /// counts as everywhere ([`Hit::near`] tells the two apart).
    pub area: Option<String>,
    /// In this route group, as the route would show it without answers
    /// (`matching::group_for` with no situations: the kind's group).
    pub group: Option<Group>,
    /// Free and without application (`promise::is_free_without_application`).
    pub free_without_application: bool,
    pub open: Option<OpenFilter>,
}

impl Filters {
    /// Whether `service` passes the "nu open" / "vandaag open" filter.
    pub fn open_admits(&self, service: &Service) -> bool {
        match self.open {
            Some(OpenFilter::Now(now)) => open_now(service, now),
            Some(OpenFilter::Today(now)) => open_today(service, now),
            None => true,
        }
    }
}

/// Open at `now`: a place of the service is open (`opening::opening`), or a
/// phone of it is answered now. A phone whose hours the catalogue does not
/// give does not count here: the app cannot tell.
pub fn open_now(s: &Service, now: Moment) -> bool {
    s.service_at_locations
        .iter()
        .any(|sal| matches!(opening(sal, now), Opening::OpenNow { .. }))
        || s.phones.iter().any(|p| p.hours.is_some() && is_answered(p.hours, now))
}

/// Still open today, from `now` on: a place is open now or opens later
/// today, or a phone is answered now or later today (day and night; office
/// hours on a working day before 17:00). Opening hours that ended earlier
/// today do not count.
pub fn open_today(s: &Service, now: Moment) -> bool {
    let places = s.service_at_locations.iter().any(|sal| match opening(sal, now) {
        Opening::OpenNow { .. } => true,
        Opening::Next { date, .. } => date == now.date,
        Opening::NoneSoon => false,
    });
    let office_later = Moment {
        date: now.date,
        time: now.time.max(Time::hm(9, 0)),
    };
    places
        || s.phones.iter().any(|p| match p.hours {
            Some(PhoneHours::DagEnNacht) => true,
            Some(PhoneHours::Kantoortijden) => is_office_hours(office_later),
            None => false,
        })
}
