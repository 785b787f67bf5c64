//! What the results page may promise, derived from the data: a group's title
//! and intro say "gratis" and "zonder aanvraag", or "dag en nacht", only
//! when every suggestion in it holds that promise. (Per card, "Iedereen is
//! welkom" is `matching::is_open_to_everyone`.) The maintainers' check warns
//! about services whose access or cost contradicts their group.

use crate::core::catalogue::{Access, Cost, PhoneHours, Service};
use crate::core::i18n::Msg;
use crate::core::matching::{Group, Suggestion};
use crate::core::tonight::{DirectPlan, Reach};

/// What a group of suggestions may promise as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupPromise {
    /// Every suggestion in the group is free and needs no application
    /// (vrij toegankelijk and cost gratis).
    FreeNoApplication,
    /// At least one needs signing up, a referral or a decision, or costs
    /// something (or its cost is not known).
    Mixed,
}

/// Free and without application: vrij toegankelijk, and cost gratis.
pub fn is_free_without_application(s: &Service) -> bool {
    s.access == Access::VrijToegankelijk && s.cost == Cost::Gratis
}

/// Is some phone of the service answered day and night?
pub fn answers_day_and_night(s: &Service) -> bool {
    s.phones.iter().any(|p| p.hours == Some(PhoneHours::DagEnNacht))
}

/// Whether every suggestion of `group` in `sugs` is free and without
/// application. A group with no suggestions promises nothing either way
/// (`FreeNoApplication`, as there is nothing to contradict it).
pub fn group_promise(sugs: &[Suggestion<'_>], group: Group) -> GroupPromise {
    let holds = sugs
        .iter()
        .filter(|s| s.group == group)
        .all(|s| is_free_without_application(s.service));
    if holds {
        GroupPromise::FreeNoApplication
    } else {
        GroupPromise::Mixed
    }
}

/// The title of `group` that holds for these suggestions. "Gratis hulp,
/// zonder aanvraag" only when every one in it is; else "Hulp en advies".
pub fn group_title(sugs: &[Suggestion<'_>], group: Group) -> Msg {
    match (group, group_promise(sugs, group)) {
        (Group::Voorzieningen, GroupPromise::Mixed) => Msg::GroupTitleHelpAndAdvice,
        _ => Msg::GroupTitle(group),
    }
}

/// The intro of `group` that holds for these suggestions:
/// * Voorzieningen: "Het is gratis en u hoeft niets aan te vragen" only when
///   every one is; else an intro that says each card tells.
/// * Direct hulp: "Deze hulp is er dag en nacht" only when every one has a
///   number answered day and night (112, 113, Veilig Thuis); help for an
///   urgent need today (a shelter, the voedselbank) often is not.
pub fn group_intro(sugs: &[Suggestion<'_>], group: Group) -> Msg {
    match group {
        Group::Voorzieningen if group_promise(sugs, group) == GroupPromise::Mixed => Msg::GroupIntroVoorzieningenMixed,
        Group::DirectHulp
            if !sugs
                .iter()
                .filter(|s| s.group == group)
                .all(|s| answers_day_and_night(s.service)) =>
        {
            Msg::GroupIntroDirectToday
        }
        _ => Msg::GroupIntro(group),
    }
}

/// The intro of direct help at the hour of `plan`: "Bel nu. Deze hulp is
/// er dag en nacht" only when every entry answers day and night; "Hier kunt
/// u vandaag terecht" only when every need has something reachable now and
/// nothing in the list is closed now; else that what the resident can do
/// now comes first.
pub fn direct_intro(plan: &DirectPlan<'_>) -> Msg {
    let closed = plan.later.iter().any(|e| matches!(e.reach, Reach::Closed { .. }));
    if plan.words.is_some() || closed {
        Msg::GroupIntroDirectNow
    } else if plan.later.is_empty() && plan.now.iter().all(|e| answers_day_and_night(e.service)) {
        Msg::GroupIntro(Group::DirectHulp)
    } else {
        Msg::GroupIntroDirectToday
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::relevance::Score;

    fn service(id: &str, access: &str, cost: &str) -> Service {
        serde_json::from_value(serde_json::json!({
            "id": id, "name": {"nl": id}, "kind": "voorziening", "access": access, "cost": cost,
            "description": {"nl": id}, "themes": ["geld"],
        }))
        .unwrap()
    }

    fn sug(service: &Service, group: Group) -> Suggestion<'_> {
        Suggestion::for_test(service, group, Score::default())
    }

    #[test]
    fn free_without_application_only_when_every_one_is() {
        let free = service("a", "vrij_toegankelijk", "gratis");
        let signup = service("b", "aanmelden", "gratis");
        let paid = service("c", "vrij_toegankelijk", "eigen_bijdrage");
        let unknown = service("d", "vrij_toegankelijk", "onbekend");
        let g = Group::Voorzieningen;
        let all_free = vec![sug(&free, g), sug(&signup, Group::Regelingen)];
        assert_eq!(group_promise(&all_free, g), GroupPromise::FreeNoApplication);
        assert_eq!(group_title(&all_free, g), Msg::GroupTitle(g));
        assert_eq!(group_intro(&all_free, g), Msg::GroupIntro(g));
        for other in [&signup, &paid, &unknown] {
            let mixed = vec![sug(&free, g), sug(other, g)];
            assert_eq!(group_promise(&mixed, g), GroupPromise::Mixed, "{}", other.id);
            assert_eq!(group_title(&mixed, g), Msg::GroupTitleHelpAndAdvice);
            assert_eq!(group_intro(&mixed, g), Msg::GroupIntroVoorzieningenMixed);
        }
    }

    #[test]
    fn day_and_night_only_when_every_direct_help_answers_at_night() {
        let mut line = service("113", "vrij_toegankelijk", "gratis");
        line.phones = serde_json::from_value(serde_json::json!([{"number": "113", "hours": "dag_en_nacht"}])).unwrap();
        let mut shelter = service("opvang", "aanmelden", "gratis");
        shelter.phones =
            serde_json::from_value(serde_json::json!([{"number": "14 036", "hours": "kantoortijden"}])).unwrap();
        let g = Group::DirectHulp;
        assert_eq!(group_intro(&[sug(&line, g)], g), Msg::GroupIntro(g));
        assert_eq!(
            group_intro(&[sug(&line, g), sug(&shelter, g)], g),
            Msg::GroupIntroDirectToday
        );
    }

    #[test]
    fn everyone_is_welcome_only_without_rules_situations_or_conditions() {
        use crate::core::matching::is_open_to_everyone;
        let open = service("inloop", "vrij_toegankelijk", "gratis");
        assert!(is_open_to_everyone(&open));
        let mut dementia = open.clone();
        dementia.eligibility.situations = vec![crate::core::facts::Situation::Beperking];
        let mut older = open.clone();
        older.eligibility.minimum_age = Some(65);
        let mut worded = open.clone();
        worded.unchecked_conditions = vec![crate::core::catalogue::Text::nl("Alleen voor mensen met dementie")];
        let signup = service("b", "aanmelden", "gratis");
        for s in [&dementia, &older, &worded, &signup] {
            assert!(!is_open_to_everyone(s));
        }
    }
}
