//! How relevant a suggestion is to this resident, and which few suggestions
//! the results page opens with ("Begin hier").
//!
//! The order of the route's groups is policy; within a group, and in the
//! "Begin hier" list across the groups, the help that fits the resident's own
//! situation comes first. A match on something the resident told about
//! themselves (a situation, a rule they meet, their kern/wijk) weighs much
//! more than a shared life area, and a life area weighs more on a focused
//! service (few themes) than on one that does a bit of everything.
//!
//! The score (one integer, [`Score::value`]):
//!
//! | link | points |
//! | --- | --- |
//! | situations of need the resident is in (mantelzorger, schulden, statushouder, beperking, taalhulp), of all the service names | 70 + 30 × matched / named |
//! | ... and the service is only for people in this one situation (`eligibility.situations` names one) | + 40 |
//! | rules met: household, child ages, income below the limit, area, an age band under 40 years, the resident's work situation | 40 for the first, 10 for each more |
//! | a broad age rule met (18+, 21–66) | 5 |
//! | in the resident's kern/wijk (not for a service meant for every kern, nor one for situations the resident is not in, nor the keukentafelgesprek) | 20, a walk-in 50 |
//! | a walk-in only in other kernen/wijken than the resident's: its own kern's walk-in comes first | −120 |
//! | life areas asked, of those the service covers | 60 × matched / covered |
//! | keukentafelgesprek: lighter help did not work / three or more life areas | 100 / 40 |
//! | it needs a decision of the gemeente (beschikking): lighter help first | −30 |
//! | the catalogue's `priority` (−2..=2) | 25 per step |
//!
//! A suggestion is *specific* when one of the resident's own answers other
//! than the life areas links it (or the maintainer gave it a positive
//! priority); it is *generic* when only a broad life area links it (the
//! areas asked are less than half of what the service covers). A situation is
//! worth more than the best theme match (70 > 60), so a generic suggestion
//! never outranks one for the resident's situation, and within a group the
//! generic ones come after all others (`matching`'s one sort). Work situations
//! (werkend, werkzoekend, ...) are facts everyone has one of: they count as
//! a rule, not as a situation of need.

use crate::core::facts::{Situation, Theme};
use crate::core::matching::{Group, Reason, Suggestion};

/// Points per link; see the module documentation.
const SITUATION: i32 = 70;
const SITUATION_FOCUS: i32 = 30;
const ONLY_FOR: i32 = 40;
const FIRST_RULE: i32 = 40;
const MORE_RULES: i32 = 10;
const BROAD_RULE: i32 = 5;
const NEAR: i32 = 20;
const NEAR_WALK_IN: i32 = 50;
const ELSEWHERE_WALK_IN: i32 = -120;
const THEMES: i32 = 60;
const HELP_TRIED: i32 = 100;
const MANY_LIFE_AREAS: i32 = 40;
const PRIORITY_STEP: i32 = 25;
const BESCHIKKING: i32 = -30;
/// An age rule spanning fewer years than this is narrow (12–23, 65+).
const NARROW_AGE_SPAN: u8 = 40;
/// The age an open-ended minimum age is counted up to.
const OLDEST: u8 = 100;

/// The most suggestions in "Begin hier".
pub const BEGIN_HERE_MAX: usize = 3;

/// What links one suggestion to the resident's answers, counted while
/// matching; [`Score::value`] weighs it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Situations of need the resident is in that the service is for (as a
    /// rule or as a situation it is especially for) ...
    pub situations: u8,
    /// ... of the distinct situations it names (work situations included).
    pub situations_listed: u8,
    /// The service is only for people in one situation (its
    /// `eligibility.situations` names just one), and the resident is in it.
    pub only_for: bool,
    /// Narrow eligibility rules the resident meets, and work situations the
    /// service names that the resident is in.
    pub rules: u8,
    /// Broad rules the resident meets (an age band of 40 years or more).
    pub broad_rules: u8,
    /// The service, or a place it is offered, is in the resident's kern/wijk
    /// (and it is not meant for every kern alike).
    pub near: bool,
    /// It is a walk-in, where the place matters most.
    pub walk_in: bool,
    /// A walk-in only in other kernen/wijken than the resident's.
    pub elsewhere: bool,
    /// It is for a condition or group (dementia, lhbtiq+, statushouders,
    /// young people, parents of young children; `matching::for_group`) ...
    pub for_group: bool,
    /// ... and the answers named it.
    pub group_named: bool,
    /// Life areas the resident asked help with that the service covers ...
    pub themes: u8,
    /// ... of the life areas it covers.
    pub themes_listed: u8,
    /// Keukentafelgesprek: the resident said lighter help did not work.
    pub help_tried: bool,
    /// Keukentafelgesprek: needs in three or more life areas.
    pub many_life_areas: bool,
    /// Keukentafelgesprek: another suggestion needs a decision of the
    /// gemeente. Adds no points: a service added elsewhere in the
    /// catalogue must not move the keukentafelgesprek up "Begin hier".
    pub decision: bool,
    /// It needs a decision of the gemeente: heavier than help one can
    /// walk into or sign up for.
    pub beschikking: bool,
    /// The catalogue's `priority` for the service.
    pub priority: i8,
}

impl Score {
    /// Counts an age rule the resident meets: narrow or broad.
    pub fn age_rule(&mut self, min: Option<u8>, max: Option<u8>) {
        let span = max.unwrap_or(OLDEST).saturating_sub(min.unwrap_or(0));
        if span < NARROW_AGE_SPAN {
            self.rules = self.rules.saturating_add(1);
        } else {
            self.broad_rules = self.broad_rules.saturating_add(1);
        }
    }

    /// The score: higher is more relevant.
    pub fn value(&self) -> i32 {
        let mut v = 0;
        if self.situations > 0 {
            v += SITUATION + SITUATION_FOCUS * i32::from(self.situations) / i32::from(self.situations_listed.max(1));
        }
        if self.only_for {
            v += ONLY_FOR;
        }
        if self.rules > 0 {
            v += FIRST_RULE + MORE_RULES * (i32::from(self.rules) - 1);
        }
        v += BROAD_RULE * i32::from(self.broad_rules);
        if self.near {
            v += if self.walk_in { NEAR_WALK_IN } else { NEAR };
        }
        if self.elsewhere {
            v += ELSEWHERE_WALK_IN;
        }
        v += THEMES * i32::from(self.themes) / i32::from(self.themes_listed.max(1));
        if self.help_tried {
            v += HELP_TRIED;
        }
        if self.many_life_areas {
            v += MANY_LIFE_AREAS;
        }
        if self.beschikking {
            v += BESCHIKKING;
        }
        v + PRIORITY_STEP * i32::from(self.priority)
    }

    /// Linked by something the resident told about themselves other than a
    /// life area, or marked by the maintainer as key help for its themes.
    pub fn is_specific(&self) -> bool {
        self.situations > 0
            || self.rules > 0
            || self.near
            || self.help_tried
            || self.many_life_areas
            || self.priority > 0
    }

    /// Linked only through a broad life area: a theme match on a service
    /// that does much else (a Repair Café for "contact"). The UI may fold
    /// these away. A theme match on a focused service (the Meldpunt
    /// Discriminatie for "veiligheid") is not generic, nor is a
    /// keukentafelgesprek needed for a decision.
    pub fn is_generic(&self) -> bool {
        !self.is_specific() && !self.decision && !self.is_focused()
    }

    /// The life areas make up at least half of what the service covers
    /// (say "veiligheid" for a meldpunt with two themes).
    pub fn is_focused(&self) -> bool {
        self.themes > 0 && 2 * u16::from(self.themes) >= u16::from(self.themes_listed)
    }
}

impl Suggestion<'_> {
    /// See [`Score::is_generic`].
    pub fn is_generic(&self) -> bool {
        self.score.is_generic()
    }
}

/// "Begin hier": the indices (into `sugs`) of the 1–3 suggestions to begin
/// with, across the route, best first. Direct help has its own panel; a
/// thank-you (a negative `priority`: the mantelzorgwaardering) is never
/// where to begin; help for a condition or group only when the resident
/// named it (`Score::for_group`). When any suggestion is specific, only
/// specific ones are picked; when none is, only theme matches on focused
/// services are (so the list may be empty: then there is no clear place to
/// begin). Each life area the resident chose gets its best card before any
/// area gets a second one (which areas a card is for: `areas_of`).
/// Ties keep route order, so the lighter help wins. A carer always finds
/// support for carers there: when their best matches are all for the
/// person they care for, the last place goes to the best match for the
/// carer. Linear: no sort.
pub fn begin_here(sugs: &[Suggestion<'_>]) -> Vec<usize> {
    let may_begin = |s: &Suggestion| {
        s.group != Group::DirectHulp && s.score.priority >= 0 && (!s.score.for_group || s.score.group_named)
    };
    let any_specific = sugs.iter().any(|s| may_begin(s) && s.score.is_specific());
    let candidate = |s: &Suggestion| {
        may_begin(s)
            && if any_specific {
                s.score.is_specific()
            } else {
                s.score.is_focused()
            }
    };
    let mut best: Vec<usize> = Vec::with_capacity(BEGIN_HERE_MAX);
    let mut covered: Vec<Theme> = Vec::new();
    // First, one card per life area: the best card that is for a life area
    // no card so far is for; then the best of the rest. A few passes over
    // the suggestions: linear, no sort.
    for areas_first in [true, false] {
        while best.len() < BEGIN_HERE_MAX {
            let next = (0..sugs.len())
                .filter(|&i| candidate(&sugs[i]) && !best.contains(&i))
                .filter(|&i| !areas_first || areas_of(&sugs[i]).any(|t| !covered.contains(&t)))
                .reduce(|j, i| if sugs[i].relevance > sugs[j].relevance { i } else { j });
            let Some(i) = next else { break };
            covered.extend(areas_of(&sugs[i]));
            insert_ranked(sugs, &mut best, i);
        }
    }
    let for_the_carer = |s: &Suggestion| {
        may_begin(s)
            && s.score.is_specific()
            && s.reasons
                .iter()
                .any(|r| matches!(r, Reason::CaresFor(_) | Reason::InSituation(Situation::Mantelzorger)))
    };
    if !best.iter().any(|&i| for_the_carer(&sugs[i])) {
        // The first in route order among the best scored: ties keep the lighter help.
        let carer = (0..sugs.len()).filter(|&i| for_the_carer(&sugs[i])).reduce(|j, i| {
            if sugs[i].relevance > sugs[j].relevance {
                i
            } else {
                j
            }
        });
        if let Some(i) = carer {
            best.truncate(BEGIN_HERE_MAX - 1);
            best.push(i);
        }
    }
    best
}

/// Puts `i` into `list` (best first, at most [`BEGIN_HERE_MAX`]) after
/// every equal or better one: ties keep route order.
fn insert_ranked(sugs: &[Suggestion<'_>], list: &mut Vec<usize>, i: usize) {
    let at = list
        .iter()
        .position(|&j| sugs[j].relevance < sugs[i].relevance)
        .unwrap_or(list.len());
    if at < BEGIN_HERE_MAX {
        list.insert(at, i);
        list.truncate(BEGIN_HERE_MAX);
    }
}

/// The life areas a card is for, of those the resident chose: all it
/// lists when it is for the resident's situation (vluchtelingenwerk for a
/// statushouder asking about language, work and housing), else its first
/// (a catalogue lists a service's main life area first: the kindpakket is
/// money, though it names parenting too). None for the keukentafelgesprek,
/// which is about all of them.
fn areas_of<'s>(s: &'s Suggestion<'_>) -> impl Iterator<Item = Theme> + 's {
    let chosen = s.reasons.iter().find_map(|r| match r {
        Reason::AsksHelpWith(themes) if s.group != Group::Keukentafelgesprek => Some(themes.as_slice()),
        _ => None,
    });
    let all = s.score.situations > 0;
    chosen
        .unwrap_or_default()
        .iter()
        .take(if all { usize::MAX } else { 1 })
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::Service;

    fn service(id: &str) -> Service {
        serde_json::from_value(serde_json::json!({
            "id": id, "name": {"nl": id}, "kind": "voorziening", "access": "vrij_toegankelijk",
            "description": {"nl": id}, "themes": ["contact"],
        }))
        .unwrap()
    }

    fn sug(service: &Service, group: Group, score: Score) -> Suggestion<'_> {
        Suggestion::for_test(service, group, score)
    }

    /// Found by fuzzing: `2 * themes` overflowed from 128 life areas on.
    #[test]
    fn a_service_with_many_life_areas_is_still_focused() {
        assert!(themes(129, 130).is_focused());
        assert!(themes(u8::MAX, u8::MAX).is_focused());
        assert!(!themes(127, u8::MAX).is_focused());
    }

    #[test]
    fn begin_here_takes_the_best_three_specific_ones_across_the_groups() {
        let ids = ["a", "b", "c", "d", "e", "f"];
        let s: Vec<Service> = ids.iter().map(|id| service(id)).collect();
        let situation = |listed| Score {
            situations: 1,
            situations_listed: listed,
            ..themes(1, 3)
        };
        let rule = Score {
            rules: 1,
            ..themes(1, 3)
        };
        let sugs = vec![
            sug(&s[0], Group::DirectHulp, situation(1)),
            sug(&s[1], Group::ZelfEnSamen, themes(2, 2)), // focused, theme only
            sug(&s[2], Group::Voorzieningen, rule),
            sug(&s[3], Group::Inloop, situation(2)),
            sug(&s[4], Group::Regelingen, situation(1)),
            sug(&s[5], Group::Keukentafelgesprek, themes(1, 10)),
        ];
        // Direct help has its own panel; the theme-only one waits while
        // there are specific ones; best first.
        assert_eq!(begin_here(&sugs), vec![4, 3, 2]);
        // Ties keep route order.
        let tied = vec![sug(&s[1], Group::Inloop, rule), sug(&s[2], Group::Inloop, rule)];
        assert_eq!(begin_here(&tied), vec![0, 1]);
        // Nothing specific: only theme matches on focused services.
        let vague = vec![
            sug(&s[1], Group::ZelfEnSamen, themes(1, 3)),
            sug(&s[2], Group::Voorzieningen, themes(1, 2)),
        ];
        assert_eq!(begin_here(&vague), vec![1]);
        assert!(sugs[5].is_generic() && !vague[1].is_generic());
    }

    #[test]
    fn a_carer_always_finds_support_for_carers_in_begin_here() {
        // A daughter answering for her mother: the three best matches are
        // for the mother; the best one for the daughter takes the last place.
        let s: Vec<Service> = ["a", "b", "c", "d", "e"].iter().map(|id| service(id)).collect();
        let strong = Score {
            situations: 2,
            situations_listed: 2,
            rules: 1,
            ..themes(1, 1)
        };
        let carer = Score {
            situations: 1,
            situations_listed: 1,
            ..themes(1, 2)
        };
        let mut sugs = vec![
            sug(&s[0], Group::ZelfEnSamen, strong),
            sug(&s[1], Group::Voorzieningen, strong),
            sug(&s[2], Group::Inloop, strong),
            sug(&s[3], Group::Voorzieningen, carer),
            sug(&s[4], Group::Regelingen, carer),
        ];
        assert_eq!(begin_here(&sugs), vec![0, 1, 2], "nobody cares for anyone yet");
        for i in [3, 4] {
            sugs[i]
                .reasons
                .push(Reason::CaresFor(crate::core::facts::CaredFor::Ouder));
        }
        assert!(sugs[3].relevance < sugs[2].relevance);
        assert_eq!(
            begin_here(&sugs),
            vec![0, 1, 3],
            "the first carer match, in route order"
        );
        // Already there on its own merit: nothing changes.
        sugs[0].reasons.push(Reason::InSituation(Situation::Mantelzorger));
        assert_eq!(begin_here(&sugs), vec![0, 1, 2]);
    }

    fn themes(matched: u8, listed: u8) -> Score {
        Score {
            themes: matched,
            themes_listed: listed,
            ..Score::default()
        }
    }

    #[test]
    fn a_focused_theme_match_beats_one_on_a_service_doing_everything() {
        assert!(themes(1, 2).value() > themes(1, 3).value());
        assert!(themes(1, 3).value() > themes(1, 10).value());
        assert!(themes(2, 2).value() > themes(1, 2).value());
        assert!(themes(1, 2).is_focused() && !themes(1, 3).is_focused());
        assert!(!themes(1, 1).is_generic() && !themes(1, 1).is_specific());
        assert!(themes(1, 3).is_generic());
    }

    #[test]
    fn a_situation_beats_the_best_theme_match() {
        let situation = Score {
            situations: 1,
            situations_listed: 5,
            themes: 1,
            themes_listed: 10,
            ..Score::default()
        };
        assert!(situation.value() > themes(3, 3).value());
        assert!(situation.is_specific() && !situation.is_generic());
        // A service for exactly this situation beats one for many.
        let only = Score {
            situations_listed: 1,
            ..situation
        };
        assert!(only.value() > situation.value());
    }

    #[test]
    fn narrow_rules_count_broad_ones_barely() {
        let mut narrow = Score::default();
        narrow.age_rule(Some(12), Some(23));
        narrow.age_rule(Some(65), None);
        assert_eq!((narrow.rules, narrow.broad_rules), (2, 0));
        assert_eq!(narrow.value(), FIRST_RULE + MORE_RULES);
        let mut broad = Score::default();
        broad.age_rule(Some(18), None);
        broad.age_rule(Some(21), Some(66));
        assert_eq!((broad.rules, broad.broad_rules), (0, 2));
        assert!(
            !broad.is_specific(),
            "an 18+ rule says nothing particular about the resident"
        );
        assert!(broad.value() < themes(1, 10).value() + NEAR);
    }

    #[test]
    fn near_and_priority_are_specific_and_shift_the_score() {
        let near = Score {
            near: true,
            ..themes(1, 6)
        };
        assert!(near.is_specific());
        assert!(near.value() > themes(1, 6).value());
        let walk_in = Score { walk_in: true, ..near };
        assert!(
            walk_in.value() > themes(1, 2).value(),
            "a walk-in in the resident's own kern"
        );
        let key = Score {
            priority: 2,
            ..themes(1, 2)
        };
        assert!(key.is_specific() && key.value() == themes(1, 2).value() + 2 * PRIORITY_STEP);
        let low = Score {
            priority: -2,
            ..themes(1, 3)
        };
        assert!(low.is_generic() && low.value() < themes(1, 3).value());
    }

    #[test]
    fn the_keukentafelgesprek_for_a_decision_only_is_not_generic() {
        let decision = Score {
            decision: true,
            ..Score::default()
        };
        assert!(!decision.is_specific() && !decision.is_generic());
        assert_eq!(decision.value(), 0);
        let tried = Score {
            help_tried: true,
            ..Score::default()
        };
        assert!(tried.is_specific() && tried.value() > decision.value());
    }
}
