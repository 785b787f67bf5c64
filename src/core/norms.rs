//! The social minimum (bijstandsnorm) per household: the amounts the income
//! question shows, so a resident answers in euros per month instead of a
//! percentage nobody knows. One data place, with its date and source; a test
//! fails when the amounts are due for renewal.

use crate::core::calendar::Date;
use crate::core::facts::{Household, IncomeBand};

/// Net amounts per month in euros, holiday pay included, without
/// co-residents who share costs (Participatiewet articles 21 and 22).
pub struct Norms {
    /// The day these amounts apply from.
    pub valid_from: Date,
    /// New amounts apply twice a year (1 January, 1 July).
    pub review_by: Date,
    pub source_url: &'static str,
    pub source_title: &'static str,
    pub single: u32,
    pub couple: u32,
    pub single_pension_age: u32,
    pub couple_pension_age: u32,
    /// The AOW age in the year these amounts apply.
    pub pension_age: u8,
}

/// Read from the Participatiewet as it applies from 1 July 2026
/// (wetten.overheid.nl, articles 21 a/b and 22 a/b), on 2026-12-07.
pub const NORMS: Norms = Norms {
    valid_from: Date {
        year: 2026,
        month: 7,
        day: 1,
    },
    review_by: Date {
        year: 2027,
        month: 1,
        day: 31,
    },
    source_url: "https://wetten.overheid.nl/BWBR0015703/2026-07-01",
    source_title: "Participatiewet, artikel 21 en 22 (geldend vanaf 1 juli 2026)",
    single: 1419,
    couple: 2028,
    single_pension_age: 1587,
    couple_pension_age: 2176,
    pension_age: 67,
};

/// The social minimum of this household in euros per month: for a single
/// person or single parent, or a couple; the AOW-age amounts from the
/// pension age. "Anders" (living with parents, friends) and an unknown
/// household count as single, the lowest limit.
pub fn social_minimum(household: Option<Household>, age: Option<u8>) -> u32 {
    let pension = age.is_some_and(|a| a >= NORMS.pension_age);
    let couple = matches!(household, Some(Household::Samen | Household::SamenMetKinderen));
    match (couple, pension) {
        (false, false) => NORMS.single,
        (true, false) => NORMS.couple,
        (false, true) => NORMS.single_pension_age,
        (true, true) => NORMS.couple_pension_age,
    }
}

/// An income band's bounds in euros per month for this household, rounded
/// to tens: (lower, upper).
pub fn band_in_euros(band: IncomeBand, minimum: u32) -> (u32, Option<u32>) {
    let euros = |percent: u16| (minimum * u32::from(percent) / 100 + 5) / 10 * 10;
    let (lower, upper) = band.bounds();
    (euros(lower), upper.map(euros))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_for_a_household_follow_the_law() {
        assert_eq!(social_minimum(Some(Household::Alleen), Some(40)), 1419);
        assert_eq!(social_minimum(Some(Household::AlleenMetKinderen), None), 1419);
        assert_eq!(social_minimum(Some(Household::SamenMetKinderen), Some(35)), 2028);
        assert_eq!(social_minimum(Some(Household::Samen), Some(70)), 2176);
        assert_eq!(social_minimum(None, Some(80)), 1587);
        // 110% of 1,419 is 1,560.9: rounded to 1,560.
        assert_eq!(band_in_euros(IncomeBand::Tot110, 1419), (0, Some(1560)));
        assert_eq!(band_in_euros(IncomeBand::Boven150, 2028), (3040, None));
    }

    /// The amounts change every 1 January and 1 July: once `review_by` has
    /// passed, this test asks for the new ones (wetten.overheid.nl).
    #[test]
    fn the_amounts_are_not_due_for_renewal() {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let today = Date::from_days_since_epoch((secs / 86_400) as i64);
        assert!(
            today <= NORMS.review_by,
            "the social minimum amounts from {} are old: take the new ones from wetten.overheid.nl (Participatiewet art. 21, 22) and set review_by",
            NORMS.valid_from
        );
    }
}
