//! The route on the results page as steps: which groups show, in which
//! order, which cards of a group are on the page and which fold away. The
//! page only renders these steps; the choice is here, with its tests.

use crate::core::matching::{Group, Suggestion};

/// How many cards of a group show before "Toon nog N".
pub const SHOWN_PER_GROUP: usize = 2;
/// A group holds at most this many cards: a catalogue of thousands must not
/// put thousands on one page (they took most of a phone's memory); the
/// rest are one search away in Alle hulp. Real groups hold far fewer.
pub const MAX_CARDS_PER_GROUP: usize = 40;

/// One step of the route: a group with its suggestions on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteStep {
    pub group: Group,
    /// Positions in the suggestions, in route order, at most
    /// [`MAX_CARDS_PER_GROUP`]: the first `shown` are open, the rest fold.
    pub cards: Vec<usize>,
    /// The first few specific matches; a generic (theme-only) match never
    /// shows before the fold, so it never buries a specific one.
    pub shown: usize,
    /// How many of the group's suggestions are not on the page at all.
    pub beyond: usize,
    /// How many suggestions the group holds.
    pub count: usize,
}

/// The steps of the route in route order (`Group::ALL`), direct help left
/// out (it has its own place at the top), empty groups left out.
pub fn route_steps(sugs: &[Suggestion]) -> Vec<RouteStep> {
    Group::ALL
        .into_iter()
        .filter(|&g| g != Group::DirectHulp)
        .filter_map(|group| {
            let in_group = (0..sugs.len()).filter(|&i| sugs[i].group == group);
            let count = in_group.clone().count();
            if count == 0 {
                return None;
            }
            let cards: Vec<usize> = in_group.take(MAX_CARDS_PER_GROUP).collect();
            let shown = cards
                .iter()
                .take(SHOWN_PER_GROUP)
                .take_while(|&&i| !sugs[i].score.is_generic())
                .count();
            Some(RouteStep {
                group,
                cards,
                shown,
                beyond: count.saturating_sub(MAX_CARDS_PER_GROUP),
                count,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{Answer, Answers};
    use crate::core::catalogue::Catalogue;
    use crate::core::facts::Theme;
    use crate::core::matching::suggest;

    fn resident(themes: &[Theme]) -> Answers {
        let mut a = Answers::default();
        a.themes.extend(themes.iter().copied());
        a.age = Answer::Known(45);
        a
    }

    #[test]
    fn steps_follow_the_route_order_without_direct_help_or_empty_groups() {
        let cat = crate::core::shipped::heusden_with_national();
        let a = resident(&[Theme::Geld, Theme::Wonen, Theme::Contact]);
        let sugs = suggest(&cat, &a);
        let steps = route_steps(&sugs);
        assert!(!steps.is_empty());
        let order: Vec<usize> = steps
            .iter()
            .map(|s| Group::ALL.iter().position(|&g| g == s.group).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "route order, each group once");
        assert!(steps.iter().all(|s| s.group != Group::DirectHulp && s.count > 0));
        // Every suggestion outside direct help is on the page exactly once.
        let mut times_on_page = vec![0; sugs.len()];
        for &i in steps.iter().flat_map(|s| &s.cards) {
            times_on_page[i] += 1;
        }
        for (i, s) in sugs.iter().enumerate() {
            assert_eq!(
                times_on_page[i],
                usize::from(s.group != Group::DirectHulp),
                "{}",
                s.service.id
            );
        }
        for s in &steps {
            assert!(s.cards.iter().all(|&i| sugs[i].group == s.group));
            assert!(s.shown <= SHOWN_PER_GROUP.min(s.cards.len()));
            assert_eq!(s.beyond, 0);
        }
    }

    #[test]
    fn a_generic_match_never_shows_before_the_fold() {
        let cat = crate::core::shipped::heusden_with_national();
        let mut folded_generic = 0;
        for themes in [
            vec![Theme::Geld],
            vec![Theme::Contact, Theme::Gezondheid, Theme::Mantelzorg],
            vec![Theme::Werk, Theme::Wonen],
        ] {
            let sugs = suggest(&cat, &resident(&themes));
            for s in route_steps(&sugs) {
                let open = &s.cards[..s.shown];
                assert!(open.iter().all(|&i| !sugs[i].score.is_generic()), "{:?}", s.group);
                // The fold starts at the first generic match or after SHOWN_PER_GROUP.
                if let Some(&next) = s.cards.get(s.shown) {
                    assert!(s.shown == SHOWN_PER_GROUP || sugs[next].score.is_generic());
                }
                folded_generic += s.cards[s.shown..]
                    .iter()
                    .filter(|&&i| sugs[i].score.is_generic())
                    .count();
            }
        }
        assert!(folded_generic > 0, "these residents get generic matches, folded");
    }

    /// A catalogue of thousands of matching services puts at most
    /// MAX_CARDS_PER_GROUP cards of a group on the page and counts the rest.
    #[test]
    fn a_huge_group_keeps_forty_cards_and_counts_the_rest() {
        let mut cat: Catalogue = crate::core::shipped::heusden();
        let template = cat
            .services
            .iter()
            .find(|s| s.kind == crate::core::catalogue::Kind::ZelfEnSamen && s.themes.contains(&Theme::Contact))
            .expect("a contact service in Heusden")
            .clone();
        for n in 0..500 {
            let mut copy = template.clone();
            copy.id = format!("kopie-{n}");
            cat.services.push(copy);
        }
        let sugs = suggest(&cat, &resident(&[Theme::Contact]));
        let steps = route_steps(&sugs);
        let big = steps.iter().find(|s| s.group == Group::of(template.kind)).unwrap();
        assert_eq!(big.cards.len(), MAX_CARDS_PER_GROUP);
        assert!(big.count > 500);
        assert_eq!(big.beyond, big.count - MAX_CARDS_PER_GROUP);
    }
}
