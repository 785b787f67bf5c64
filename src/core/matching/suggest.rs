//! The suggestions in the route order: which group a service goes in, key
//! help for named groups and urgent needs, and the score.

use std::collections::BTreeSet;

use super::areas::{is_elsewhere, is_near, location_areas, LocationAreas};
use super::rules::{contradicted_in, evaluate, situation_reason, Bits, Outcome};
use super::{Fit, Group, Open, Reason, Suggestion};
use crate::core::answers::Answers;
use crate::core::catalogue::{Access, Catalogue, Eligibility, Kind, Service, Status};
use crate::core::facts::{Situation, Theme};
use crate::core::relevance::Score;

/// The oldest age of help for young people (jongerenwerk is for 12 to 23).
const YOUTH_UP_TO: u8 = 23;

/// Is the service for a condition or group (`Situation::is_group`, young
/// people, parents of children of some ages), and did the resident's
/// answers name every one it is for: one of its group situations, their
/// age in its band, their children's ages? `met`: the rules the answers
/// meet. Such help is only key help ("Begin hier") when named. A service
/// is for a group when its rules are only for groups, or when the first
/// situation it is especially for (its main one, as a catalogue lists
/// them) is a group: a dementia meeting centre also welcomes carers, but a
/// taalcafé for everyone learning Dutch is no help for a group because it
/// also names statushouders.
fn for_group(s: &Service, situations: &Bits<Situation>, met: &[Reason<'_>]) -> (bool, bool) {
    let required = &s.eligibility.situations;
    let by_situation = (!required.is_empty() && required.iter().all(|x| x.is_group()))
        || s.situations.first().is_some_and(|x| x.is_group());
    let situation_named = named_situations(s).any(|x| x.is_group() && situations.contains(&x));
    let youth = s.eligibility.maximum_age.is_some_and(|m| m <= YOUTH_UP_TO);
    let age_named = met.iter().any(|r| matches!(r, Reason::Age { .. }));
    let children = !s.eligibility.child_ages.is_empty();
    let children_named = met.iter().any(|r| matches!(r, Reason::Children(_)));
    let for_group = by_situation || youth || children;
    let named = (!by_situation || situation_named) && (!youth || age_named) && (!children || children_named);
    (for_group, named)
}

/// Meant for every kern/wijk alike: being in one says nothing particular.
fn everywhere(s: &Service, cat: &Catalogue) -> bool {
    !cat.areas.is_empty() && s.service_areas.len() >= cat.areas.len()
}

/// What the resident mainly does: everyone is in one of these, so a match
/// counts as a rule met rather than a situation of need.
fn is_work_situation(s: Situation) -> bool {
    matches!(
        s,
        Situation::Werkend
            | Situation::Werkzoekend
            | Situation::Uitkering
            | Situation::Gepensioneerd
            | Situation::Scholier
    )
}

/// An urgent need for today or tonight (the question `Fact::Urgent`).
pub fn is_urgent(s: Situation) -> bool {
    matches!(
        s,
        Situation::GeenSlaapplek | Situation::GeenEten | Situation::GeenEnergie | Situation::Uitzetting
    )
}

/// The first urgent need of the resident's that the service names (as a
/// rule or as a situation it is especially for): then it is direct help.
fn urgent_need(s: &Service, situations: &Bits<Situation>) -> Option<Situation> {
    named_situations(s).find(|&x| is_urgent(x) && situations.contains(&x))
}

/// The situations a service names, as a rule or as one it is especially for.
fn named_situations(s: &Service) -> impl Iterator<Item = Situation> + '_ {
    s.eligibility.situations.iter().chain(&s.situations).copied()
}

/// The urgent needs the resident named that no suggestion meets as direct
/// help: the results say so plainly, rather than leave the need unanswered.
pub fn unmet_urgent_needs(a: &Answers, sugs: &[Suggestion<'_>]) -> Vec<Situation> {
    a.situations()
        .into_iter()
        .filter(|&need| is_urgent(need))
        .filter(|&need| {
            !sugs
                .iter()
                .any(|s| s.group == Group::DirectHulp && named_situations(s.service).any(|x| x == need))
        })
        .collect()
}

/// The route group of a service for a resident in these situations: its
/// kind's group, or direct help when it is for an urgent need the resident
/// names. With no answers (`&BTreeSet::new()`: the "Alle hulp" list,
/// `core::search`) that is always its kind's group.
pub fn group_for(s: &Service, situations: &BTreeSet<Situation>) -> Group {
    group_in(s, &Bits::of(situations))
}

pub(super) fn group_in(s: &Service, situations: &Bits<Situation>) -> Group {
    if urgent_need(s, situations).is_some() {
        Group::DirectHulp
    } else {
        Group::of(s.kind)
    }
}

/// May the app say "Iedereen is welkom" of this service? Only when it is
/// vrij toegankelijk and has no eligibility rules, no situations it is only
/// for, and no conditions in words. (A dementia centre or a service for
/// statushouders is open without application, but not to everyone.)
pub fn is_open_to_everyone(s: &Service) -> bool {
    s.access == Access::VrijToegankelijk && s.eligibility == Eligibility::default() && s.unchecked_conditions.is_empty()
}

/// A count for the score's 8-bit fields: a catalogue may list a code
/// hundreds of times (the browser reads it), so it stops at 255 rather than
/// wrap round.
fn count(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

/// Suggestions for these answers, in route order.
pub fn suggest<'a>(cat: &'a Catalogue, a: &Answers) -> Vec<Suggestion<'a>> {
    suggest_with(cat, a, &location_areas(cat))
}

/// [`suggest`] with the location index already built, for callers that match
/// many times against one catalogue (the questionnaire's plan).
pub fn suggest_with<'a>(cat: &'a Catalogue, a: &Answers, areas: &LocationAreas) -> Vec<Suggestion<'a>> {
    let in_situations = a.situations();
    // Most residents name no urgent need: then no service needs looking at for one.
    let any_urgent = in_situations.iter().any(|&x| is_urgent(x));
    let situations = Bits::of(&in_situations);
    let themes_asked = Bits::of(&a.themes);
    let mut out: Vec<Suggestion<'a>> = Vec::new();
    let mut loket: Vec<&'a Service> = Vec::new();

    for s in cat.services.iter().filter(|s| s.status == Status::Active) {
        // A service for an urgent need the resident names (no place to sleep
        // tonight, no food today) is direct help, whatever its kind, and comes
        // whatever life areas were chosen. It is still one suggestion: only
        // its group changes (as `group_for` says).
        let urgent = if any_urgent { urgent_need(s, &situations) } else { None };
        let group = if urgent.is_some() {
            Group::DirectHulp
        } else {
            Group::of(s.kind)
        };
        if group == Group::Keukentafelgesprek {
            loket.push(s);
            continue;
        }
        // Direct help comes from a danger signal or an urgent need, never from
        // a theme alone. (Checked before collecting: most services of a big
        // catalogue stop here.)
        if group != Group::DirectHulp && !s.themes.iter().any(|t| themes_asked.contains(t)) {
            continue;
        }
        if s.kind == Kind::DirectHulp && !s.eligibility.situations.iter().any(|x| situations.contains(x)) {
            continue;
        }
        let Outcome { met, mut open, failed } = evaluate(&s.eligibility, a, &situations, cat);
        if !failed.is_empty() {
            continue;
        }
        if contradicted_in(s, a, &situations).is_some() {
            continue;
        }
        open.extend(s.unchecked_conditions.iter().map(Open::Unchecked));

        let themes: Vec<Theme> = s.themes.iter().copied().filter(|t| themes_asked.contains(t)).collect();
        let mut score = Score {
            themes: count(themes.len()),
            themes_listed: count(s.themes.len()),
            beschikking: s.access == Access::Beschikking,
            priority: s.priority,
            ..Score::default()
        };
        let mut reasons = Vec::new();
        if !themes.is_empty() && group != Group::DirectHulp {
            reasons.push(Reason::AsksHelpWith(themes));
        }
        let boosters = s
            .situations
            .iter()
            .copied()
            .filter(|x| situations.contains(x) && !s.eligibility.situations.contains(x));
        reasons.extend(boosters.map(|x| situation_reason(x, a)));
        let required = &s.eligibility.situations;
        let named = required
            .iter()
            .chain(s.situations.iter().filter(|x| !required.contains(x)));
        let mut in_named = false;
        for &x in named {
            score.situations_listed = score.situations_listed.saturating_add(1);
            if situations.contains(&x) {
                in_named = true;
                if is_work_situation(x) {
                    score.rules = score.rules.saturating_add(1);
                } else {
                    score.situations = score.situations.saturating_add(1);
                }
            }
        }
        score.only_for = required.len() == 1 && situations.contains(&required[0]);
        (score.for_group, score.group_named) = for_group(s, &situations, &met);
        for r in &met {
            match r {
                Reason::Age { min, max, .. } => score.age_rule(*min, *max),
                Reason::Household(_) | Reason::Children(_) | Reason::IncomeBelow { .. } | Reason::InYourArea(_) => {
                    score.rules = score.rules.saturating_add(1)
                }
                _ => {} // the required situation, counted above
            }
        }
        reasons.extend(met);
        // The urgent need is the first thing the card says.
        if let Some(need) = urgent {
            match reasons.iter().position(|r| *r == Reason::InSituation(need)) {
                Some(at) => reasons[..=at].rotate_right(1),
                None => reasons.insert(0, Reason::InSituation(need)),
            }
        }
        let near = is_near(s, a, areas);
        // A place in the resident's kern that is meant for people in other
        // situations (a taalcafé for someone who speaks Dutch) is no match.
        score.near = near && !everywhere(s, cat) && (score.situations_listed == 0 || in_named);
        score.walk_in = group == Group::Inloop;
        score.elsewhere = score.walk_in && !near && is_elsewhere(s, a, areas);
        if near && !reasons.iter().any(|r| matches!(r, Reason::InYourArea(_))) {
            if let Some(area) = a.area.known() {
                reasons.push(Reason::InYourArea(cat.area_name(area).unwrap_or(area).to_string()));
            }
        }
        if s.access == Access::VrijToegankelijk && group != Group::DirectHulp {
            // "Iedereen is welkom" only where it holds: no rules, no
            // situations it is only for, no conditions in words.
            reasons.push(if is_open_to_everyone(s) {
                Reason::OpenToEveryone
            } else {
                Reason::NoApplication
            });
        }
        let fit = if open.is_empty() { Fit::Eligible } else { Fit::Possibly };
        out.push(Suggestion {
            service: s,
            group,
            fit,
            reasons,
            open,
            score,
            relevance: score.value(),
            near,
        });
    }

    // The keukentafelgesprek: when needs span several life areas, when
    // lighter help did not work, or when a suggestion needs a decision.
    let mut loket_reasons = Vec::new();
    let mut loket_score = Score::default();
    if a.themes.len() >= 3 {
        loket_reasons.push(Reason::ManyLifeAreas(a.themes.len()));
        loket_score.many_life_areas = true;
    }
    if a.help_tried.known() == Some(&true) {
        loket_reasons.push(Reason::LighterHelpDidNotWork);
        loket_score.help_tried = true;
    }
    for sug in &out {
        if sug.service.access == Access::Beschikking {
            loket_reasons.push(Reason::NeedsDecision(&sug.service.name));
            loket_score.decision = true;
        }
    }
    if !loket_reasons.is_empty() {
        for s in loket {
            let themes: Vec<Theme> = s.themes.iter().copied().filter(|t| themes_asked.contains(t)).collect();
            // A loket for other life areas (say, complex youth problems) is not this resident's way in.
            if (themes.is_empty() && !s.themes.is_empty()) || contradicted_in(s, a, &situations).is_some() {
                continue;
            }
            let score = Score {
                themes: count(themes.len()),
                themes_listed: count(s.themes.len()),
                // The keukentafelgesprek is one conversation wherever it is
                // held: its place does not make it a match.
                priority: s.priority,
                ..loket_score
            };
            // Built in order, not cloned then shifted: a big catalogue has
            // many lokets, each with every decision.
            let mut reasons = Vec::with_capacity(loket_reasons.len() + 1);
            if !themes.is_empty() {
                reasons.push(Reason::AsksHelpWith(themes));
            }
            reasons.extend_from_slice(&loket_reasons);
            let near = is_near(s, a, areas);
            let open = s.unchecked_conditions.iter().map(Open::Unchecked).collect::<Vec<_>>();
            let fit = if open.is_empty() { Fit::Eligible } else { Fit::Possibly };
            out.push(Suggestion {
                service: s,
                group: Group::Keukentafelgesprek,
                fit,
                reasons,
                open,
                score,
                relevance: score.value(),
                near,
            });
        }
    }

    // The one sort in the resident's wasm: route group, then generic
    // (theme-only, broad) last, then relevance (see `core::relevance`).
    // Stable; each key is computed once and the suggestions are moved once.
    #[allow(clippy::disallowed_methods)]
    out.sort_by_cached_key(|x| {
        (
            x.group,
            x.score.is_generic(),
            std::cmp::Reverse(x.relevance),
            std::cmp::Reverse(x.near),
            x.fit,
            x.service.id.as_str(),
        )
    });
    out
}
