//! Opening times and dates: impossible and overnight times, long nights,
//! formats, validity periods, review dates.

use super::*;

#[test]
fn impossible_schedule_times() {
    let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"][0]["closes_at"] = json!("09:30"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].closes_at",
        "sluitingstijd 9:30 is gelijk aan de openingstijd",
    );
    let f = broken(|v| {
        let s = &mut v["services"][0]["service_at_locations"][0]["schedules"][0];
        s["opens_at"] = json!("24:00");
        s["closes_at"] = json!("02:00");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].opens_at",
        "24:00 kan alleen een sluitingstijd zijn",
    );
}

/// Opening hours past midnight could not be entered
/// ("De sluitingstijd 2:00 ligt niet na de openingstijd 22:00").
#[test]
fn an_opening_past_midnight_is_accepted() {
    for (opens, closes) in [("22:00", "02:00"), ("22:00", "00:00"), ("17:00", "09:00")] {
        let f = broken(|v| {
            let s = &mut v["services"][0]["service_at_locations"][0]["schedules"][0];
            s["opens_at"] = json!(opens);
            s["closes_at"] = json!(closes);
        });
        assert!(f.is_empty(), "{opens}–{closes}: {f:?}");
    }
    // The time format is still HH:MM up to 24:00.
    for bad in ["9:00", "25:00", "22:00:00"] {
        let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"][0]["closes_at"] = json!(bad));
        assert_finding(
            &f,
            Severity::Error,
            "services[0].service_at_locations[0].schedules[0].closes_at",
            &format!("“{bad}” is geen geldige tijd"),
        );
    }
}

#[test]
fn a_very_long_night_is_questioned_and_overlaps_count_across_midnight() {
    // 9:30 to 9:00 the next day: probably swapped or mistyped.
    let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"][0]["closes_at"] = json!("09:00"));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].service_at_locations[0].schedules[0].closes_at",
        "tot 9:00 de volgende dag (23 uur en 30 minuten)",
    );
    assert!(f.iter().all(|x| x.severity == Severity::Warning), "{f:?}");
    // Tuesday 22:00–02:00 overlaps Wednesday 01:00–03:00; Sunday night runs
    // into Monday.
    let f = broken(|v| {
        v["services"][0]["service_at_locations"][0]["schedules"] = json!([
            {"byday": ["TU"], "opens_at": "22:00", "closes_at": "02:00"},
            {"byday": ["WE"], "opens_at": "01:00", "closes_at": "03:00"},
            {"byday": ["SU"], "opens_at": "23:00", "closes_at": "01:00"},
            {"byday": ["MO"], "opens_at": "00:30", "closes_at": "08:00"},
            {"byday": ["TH"], "opens_at": "22:00", "closes_at": "02:00"},
            {"byday": ["FR"], "opens_at": "02:00", "closes_at": "04:00"}
        ])
    });
    let overlaps: Vec<_> = f
        .iter()
        .filter(|x| x.message.contains("overlapt"))
        .map(|x| x.path.as_str())
        .collect();
    assert_eq!(
        overlaps,
        [
            "services[0].service_at_locations[0].schedules[0]",
            "services[0].service_at_locations[0].schedules[2]"
        ],
        "{f:?}"
    );
}

#[test]
fn invalid_time_and_date_formats() {
    let f = broken(|v| {
        v["services"][0]["service_at_locations"][0]["schedules"][0]["opens_at"] = json!("25:00");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].opens_at",
        "“25:00” is geen geldige tijd",
    );
    let f = broken(|v| v["services"][0]["review_by"] = json!("2027-02-30"));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].review_by",
        "“2027-02-30” is geen geldige datum",
    );
}

#[test]
fn validity_period_backwards() {
    let f = broken(|v| {
        let s = &mut v["services"][0]["service_at_locations"][0]["schedules"][0];
        s["valid_from"] = json!("2027-01-01");
        s["valid_to"] = json!("2026-01-01");
    });
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations[0].schedules[0].valid_to",
        "ligt vóór “valid_from”",
    );
}

#[test]
fn inloop_without_schedule() {
    let f = broken(|v| v["services"][0]["service_at_locations"][0]["schedules"] = json!([]));
    assert_finding(
        &f,
        Severity::Error,
        "services[0].service_at_locations",
        "minstens één locatie met openingstijden",
    );
}

#[test]
fn past_review_date_is_a_warning() {
    let f = broken(|v| v["services"][0]["review_by"] = json!("2025-01-01"));
    assert_finding(
        &f,
        Severity::Warning,
        "services[0].review_by",
        "controledatum 2025-01-01 is voorbij",
    );
    assert!(f.iter().all(|x| x.severity == Severity::Warning));
}
