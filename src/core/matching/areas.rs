//! Where a service is: the kern/wijk of each location, built once per
//! match, and whether a service is near the resident or elsewhere.

use std::hash::{BuildHasherDefault, Hasher};

use crate::core::answers::Answers;
use crate::core::catalogue::{Catalogue, Service};

/// Location id → the kern/wijk it is in. Built once per match, so matching
/// stays linear in the number of services.
pub type LocationAreas<'a> = std::collections::HashMap<&'a str, &'a str, BuildHasherDefault<Fnv>>;

/// FNV-1a: a catalogue's location ids are short and come from the
/// gemeente, so a keyed hash (std's SipHash, a fifth of a big catalogue's
/// match) buys nothing here. No crate for eight lines.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub fn location_areas(cat: &Catalogue) -> LocationAreas<'_> {
    cat.locations
        .iter()
        .filter_map(|l| Some((l.id.as_str(), l.area.as_deref()?)))
        .collect()
}

/// Is the service (or a place it is offered) in the resident's kern/wijk?
pub(super) fn is_near(s: &Service, a: &Answers, areas: &LocationAreas) -> bool {
    let Some(area) = a.area.known() else { return false };
    s.service_areas.contains(area)
        || s.eligibility.areas.contains(area)
        || s.service_at_locations
            .iter()
            .any(|sal| areas.get(sal.location_id.as_str()) == Some(&area.as_str()))
}

/// Offered only in other kernen/wijken than the resident's (known) one.
pub(super) fn is_elsewhere(s: &Service, a: &Answers, areas: &LocationAreas) -> bool {
    a.area.known().is_some()
        && (!s.service_areas.is_empty()
            || !s.eligibility.areas.is_empty()
            || s.service_at_locations
                .iter()
                .any(|sal| areas.contains_key(sal.location_id.as_str())))
}
