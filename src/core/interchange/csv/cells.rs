//! Reading one cell as people type it: codes, lists, numbers, dates,
//! web sources, yes/no, opening hours; apart from building the catalogue.

use super::DAYS;
use crate::core::calendar::{Date, Time, Weekday};
use crate::core::catalogue::model::*;

/// A code from a closed list, as people type it ("Zelf en samen").
pub(super) fn code_of<T>(value: &str, from: fn(&str) -> Option<T>) -> Option<T> {
    let v = value.trim().to_lowercase();
    from(&v).or_else(|| from(&v.replace(' ', "_")))
}

pub(super) fn list_of(value: &str) -> impl Iterator<Item = &str> {
    value.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty())
}

pub(super) fn lines_of(value: &str) -> Vec<&str> {
    let mut out: Vec<&str> = value.split('\n').map(str::trim).collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.into_iter().map(|l| if l == "-" { "" } else { l }).collect()
}

pub(super) fn codes_in<T>(
    column: &str,
    value: &str,
    from: fn(&str) -> Option<T>,
    all: &[&str],
) -> Result<Vec<T>, String> {
    list_of(value)
        .map(|v| {
            code_of(v, from)
                .ok_or_else(|| format!("in kolom “{column}” is “{v}” onbekend; kies uit {}.", all.join(", ")))
        })
        .collect()
}

pub(super) fn one_code<T>(
    column: &str,
    value: &str,
    from: fn(&str) -> Option<T>,
    all: &[&str],
) -> Result<Option<T>, String> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    code_of(value, from).map(Some).ok_or_else(|| {
        format!(
            "in kolom “{column}” is “{}” onbekend; kies uit {}.",
            value.trim(),
            all.join(", ")
        )
    })
}

pub(super) fn number<T: std::str::FromStr>(column: &str, value: &str) -> Result<Option<T>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse()
        .map(Some)
        .map_err(|_| format!("in kolom “{column}” is “{v}” geen geldig getal."))
}

/// `2027-06-01`, or as Dutch spreadsheets show a date: `1-6-2027`, `01/06/2027`.
pub(super) fn date(column: &str, value: &str) -> Result<Option<Date>, String> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let dutch = || {
        let parts: Vec<&str> = v.split(['-', '/']).collect();
        match parts[..] {
            [d, m, y] if y.len() == 4 => Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?),
            _ => None,
        }
    };
    Date::parse(v)
        .or_else(dutch)
        .map(Some)
        .ok_or_else(|| format!("in kolom “{column}” is “{v}” geen datum; schrijf 2027-06-01 of 1-6-2027."))
}

/// One line of `webbronnen`: address | title | date on the page | read on
/// (the last two may be empty; `catalogue check` asks for them).
pub(super) fn web_source(line: &str) -> Result<WebSource, String> {
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    let [url, title, rest @ ..] = &parts[..] else {
        return Err(format!(
            "in kolom “webbronnen” mist bij “{line}” de titel; schrijf adres | titel | datum | gelezen op."
        ));
    };
    let (date, accessed) = match rest {
        [] => ("", ""),
        [d] => (*d, ""),
        [d, a] => (*d, *a),
        _ => {
            return Err(format!(
                "in kolom “webbronnen” heeft “{line}” te veel delen; schrijf adres | titel | datum | gelezen op."
            ))
        }
    };
    Ok(WebSource {
        url: url.to_string(),
        title: title.to_string(),
        date: opt_string(date),
        accessed: date_accessed(accessed)?,
    })
}

pub(super) fn date_accessed(value: &str) -> Result<Option<Date>, String> {
    date("webbronnen", value)
}

pub(super) fn yes(column: &str, value: &str) -> Result<bool, String> {
    match value.trim().to_lowercase().as_str() {
        "" | "nee" | "n" | "no" | "false" | "0" => Ok(false),
        "ja" | "j" | "x" | "yes" | "true" | "1" => Ok(true),
        v => Err(format!("in kolom “{column}” is “{v}” geen ja of nee.")),
    }
}

pub(super) fn day(token: &str) -> Option<Weekday> {
    const LONG: [&str; 7] = [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ];
    let t = token.trim().trim_end_matches('.').to_lowercase();
    DAYS.iter()
        .position(|d| *d == t)
        .or_else(|| LONG.iter().position(|d| *d == t))
        .map(Weekday::from_index)
        .or_else(|| Weekday::from_code(&t.to_uppercase()))
}

/// `9:00`, `09.00`, `9`.
pub(super) fn clock(token: &str) -> Option<Time> {
    let t = token.trim().replace('.', ":");
    let (h, m) = t.split_once(':').unwrap_or((&t, "00"));
    Time::parse(&format!("{h:0>2}:{m}"))
}

/// `ma, do 09:00-11:00; vr 13:00-15:00`; also `ma t/m vr 9-17`.
pub(super) fn schedules(value: &str) -> Result<Vec<Schedule>, String> {
    let mut out = Vec::new();
    for block in value.split(';').map(str::trim).filter(|b| !b.is_empty()) {
        let bad = || {
            format!("de openingstijd “{block}” kan Routekaart niet lezen; schrijf bijvoorbeeld “ma, do 09:00-11:00”.")
        };
        let at = block.find(|c: char| c.is_ascii_digit()).ok_or_else(bad)?;
        let (days_part, time_part) = block.split_at(at);
        let days_part = days_part
            .to_lowercase()
            .replace(" tot en met ", "-")
            .replace(" t/m ", "-")
            .replace(['–', '—'], "-");
        let mut byday = Vec::new();
        for token in days_part
            .split([',', ' ', '/', '&'])
            .filter(|t| !t.is_empty() && *t != "en")
        {
            match token.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (day(a).ok_or_else(bad)?, day(b).ok_or_else(bad)?);
                    let mut i = a.index();
                    loop {
                        let d = Weekday::from_index(i);
                        if !byday.contains(&d) {
                            byday.push(d);
                        }
                        if i % 7 == b.index() {
                            break;
                        }
                        i += 1;
                    }
                }
                None => {
                    let d = day(token).ok_or_else(bad)?;
                    if !byday.contains(&d) {
                        byday.push(d);
                    }
                }
            }
        }
        let time_part = time_part.replace(['–', '—'], "-").replace(" tot ", "-");
        let (opens, closes) = time_part.split_once('-').ok_or_else(bad)?;
        let (opens_at, closes_at) = (clock(opens).ok_or_else(bad)?, clock(closes).ok_or_else(bad)?);
        if byday.is_empty() {
            return Err(bad());
        }
        out.push(Schedule {
            byday,
            opens_at,
            closes_at,
            valid_from: None,
            valid_to: None,
            description: None,
        });
    }
    Ok(out)
}

pub(super) fn opt_text(value: &str) -> Option<Text> {
    let v = value.trim();
    (!v.is_empty()).then(|| Text::nl(v))
}

pub(super) fn opt_string(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_string())
}
