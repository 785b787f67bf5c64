//! The journey: which screen comes next. Pages only render a screen and
//! report what the resident did; every "where to now" is decided here, so it
//! is tested natively.

use crate::core::answers::{decode, encode, Answers, DecodeError, Fact};
use crate::core::catalogue::Catalogue;
use crate::core::i18n::Lang;
use crate::core::questionnaire::{next_question, prune_and_judge, questions, Questions};

/// The screens of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    ChooseGemeente,
    Question(Fact),
    Check,
    Results,
    Privacy,
    /// "Alle hulp": search and browse the catalogue without the questions.
    AllHelp,
}

impl Screen {
    /// Screens that show the gemeente's catalogue.
    pub fn needs_catalogue(self) -> bool {
        matches!(
            self,
            Screen::Question(_) | Screen::Check | Screen::Results | Screen::AllHelp
        )
    }

    /// Screens that show the catalogue's texts (the cards: descriptions,
    /// steps, sources), not only its rules: they wait for its texts file
    /// (`catalogue::lean::merge_texts`), which [`texts_wanted`] asks for.
    pub fn needs_texts(self) -> bool {
        matches!(self, Screen::Results | Screen::AllHelp)
    }

    /// The code kept in the browser's history entry (never an answer).
    pub fn code(self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::ChooseGemeente => "gemeente".into(),
            Screen::Question(f) => format!("vraag:{}", f.key()),
            Screen::Check => "controle".into(),
            Screen::Results => "uitkomst".into(),
            Screen::Privacy => "privacy".into(),
            Screen::AllHelp => "alle-hulp".into(),
        }
    }

    pub fn from_code(code: &str) -> Option<Screen> {
        Some(match code {
            "start" => Screen::Start,
            "gemeente" => Screen::ChooseGemeente,
            "controle" => Screen::Check,
            "uitkomst" => Screen::Results,
            "privacy" => Screen::Privacy,
            "alle-hulp" => Screen::AllHelp,
            _ => Screen::Question(Fact::from_key(code.strip_prefix("vraag:")?)?),
        })
    }

    /// The state kept in a history entry: the screen's code, the visit it
    /// belongs to and the entry's place among this tab's entries of the app,
    /// 0 being the first (`vraag:d@17#3`). A visit begins when the page
    /// loads and again at every wipe; the place lets "Snel weg" go back to
    /// the first entry and leave from there ([`history_depth`]).
    pub fn history_state(self, visit: u32, depth: u32) -> String {
        format!("{}@{visit}#{depth}", self.code())
    }

    /// The screen of a history entry (Back and Forward). An entry of another
    /// visit (from before a wipe or a reload, whose answers are gone) and
    /// anything unknown is the start page: Back never shows a later
    /// visitor which questions the one before was asked.
    pub fn from_history(state: Option<&str>, visit: u32) -> Screen {
        state
            .map(|s| s.split_once('#').map_or(s, |(rest, _)| rest))
            .and_then(|s| s.rsplit_once('@'))
            .filter(|(_, v)| v.parse() == Ok(visit))
            .and_then(|(code, _)| Screen::from_code(code))
            .unwrap_or(Screen::Start)
    }
}

/// A history entry's place among the app's entries in this tab (see
/// [`Screen::history_state`]); `None` for an entry the app did not make.
pub fn history_depth(state: Option<&str>) -> Option<u32> {
    state?.rsplit_once('#')?.1.parse().ok()
}

/// The gemeente's catalogue, as far as the journey is concerned.
#[derive(Clone, Copy, Debug)]
pub enum CatalogueStatus<'a> {
    /// No gemeente chosen yet.
    NotChosen,
    /// Chosen, but still loading or failed: its screens show why.
    Pending,
    Ready(&'a Catalogue),
}

/// "Start" was pressed.
pub fn after_start(status: CatalogueStatus, answers: &Answers) -> Screen {
    match status {
        CatalogueStatus::NotChosen => Screen::ChooseGemeente,
        // The first question's screen shows the loading message meanwhile.
        CatalogueStatus::Pending => Screen::Question(Fact::Themes),
        CatalogueStatus::Ready(cat) => next_or_check(cat, answers),
    }
}

/// A gemeente was chosen.
pub fn after_gemeente_chosen() -> Screen {
    Screen::Question(Fact::Themes)
}

/// The answer to `fact` was stored: forget answers to questions no longer
/// asked, then the next unanswered question, or the check page. After a
/// refinement ("Maak uw uitkomst preciezer") the next refinement follows.
pub fn after_answer(cat: &Catalogue, answers: &mut Answers, fact: Fact) -> Screen {
    after_answer_judged(cat, answers, fact).0
}

/// [`after_answer`], with the questions judged for the pruned answers,
/// for the next screen ("Vraag n van m": [`progress_in`]).
pub fn after_answer_judged(cat: &Catalogue, answers: &mut Answers, fact: Fact) -> (Screen, Questions) {
    let q = prune_and_judge(cat, answers);
    let screen = next_after(&q, answers, fact);
    (screen, q)
}

fn next_after(q: &Questions, answers: &Answers, fact: Fact) -> Screen {
    if let Some(next) = q.next(answers) {
        return Screen::Question(next);
    }
    if q.refinements(answers).contains(&fact) {
        if let Some(next) = q.next_refinement(answers, Some(fact)) {
            return Screen::Question(next);
        }
    }
    Screen::Check
}

/// "Maak uw uitkomst preciezer" was pressed: the first unanswered
/// refinement, or the check page when there is none.
pub fn refine(cat: &Catalogue, answers: &Answers) -> Screen {
    refine_in(&questions(cat, answers), answers)
}

/// [`refine`] with the questions already judged for these answers.
pub fn refine_in(q: &Questions, answers: &Answers) -> Screen {
    q.next_refinement(answers, None).map_or(Screen::Check, Screen::Question)
}

fn next_or_check(cat: &Catalogue, answers: &Answers) -> Screen {
    next_question(cat, answers).map_or(Screen::Check, Screen::Question)
}

/// Are the catalogue's texts wanted now? The start page needs only the
/// rules, so a first visit downloads no texts; they come as soon as the
/// resident is anywhere else (Start pressed, a share link, "Alle hulp", the
/// privacy page), so the results do not wait for them. A library kiosk
/// loads them at once: it must keep working when its network drops.
pub fn texts_wanted(screen: Screen, kiosk: bool) -> bool {
    kiosk || screen != Screen::Start
}

/// A screen that needs the catalogue while no gemeente is chosen (Back or
/// Forward into the journey after a wipe) shows the chooser instead.
pub fn redirect(screen: Screen, status: CatalogueStatus) -> Option<Screen> {
    (screen.needs_catalogue() && matches!(status, CatalogueStatus::NotChosen)).then_some(Screen::ChooseGemeente)
}

/// The link that opens these results again: `base` (the page's address, or
/// in a widget the standalone app's), then after `#`, which no browser sends
/// to a server, the gemeente, the language it was made in (Dutch needs no
/// key) and the answers.
pub fn share_link(base: &str, gemeente: &str, lang: Lang, answers: &Answers) -> String {
    let taal = if lang == Lang::Nl {
        String::new()
    } else {
        format!("&taal={}", lang.code())
    };
    format!("{base}#gemeente={gemeente}{taal}&antwoorden={}", encode(answers))
}

/// A share link was opened (`#…&antwoorden=…`): its answers and the
/// results, or why it cannot be read.
pub fn open_share_link(encoded: &str) -> Result<(Answers, Screen), DecodeError> {
    decode(encoded).map(|answers| (answers, Screen::Results))
}

/// "Vraag n van m": where `fact` stands among the questions this resident
/// gets. `of` is `None` before the life areas are known, when the number of
/// questions is not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub n: usize,
    pub of: Option<usize>,
}

pub fn progress(cat: &Catalogue, answers: &Answers, fact: Fact) -> Progress {
    progress_in(&questions(cat, answers), answers, fact)
}

/// [`progress`] with the questions already judged for these answers.
pub fn progress_in(q: &Questions, answers: &Answers, fact: Fact) -> Progress {
    // A refinement counts among the refinements.
    let steps = if q.first.contains(&fact) || fact == Fact::Themes {
        q.first.clone()
    } else {
        q.refinements(answers)
    };
    let n = steps.iter().position(|&f| f == fact).map_or(steps.len(), |p| p + 1);
    Progress {
        n,
        of: (!answers.themes.is_empty()).then(|| steps.len().max(n)),
    }
}

/// Whether a question page shows the direct-help panel in full: on the
/// question right after the answer that brought it (danger or an urgent
/// need), so it is seen at once; on later questions it is folded under its
/// heading, so the question and "Volgende" fit a phone's first screen.
pub fn direct_help_in_full(answers: &Answers, fact: Fact) -> bool {
    // Questions are asked in the order of `Fact` (answers no longer
    // relevant are pruned), so the one before is the last answered before.
    let before = Fact::ALL.into_iter().rfind(|&f| f < fact && answers.is_answered(f));
    matches!(before, None | Some(Fact::Safety | Fact::Urgent))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Answer;
    use crate::core::facts::Theme;
    use crate::core::shipped::heusden;

    #[test]
    fn start_goes_to_the_chooser_the_first_question_or_the_check_page() {
        let cat = heusden();
        let none = Answers::default();
        assert_eq!(after_start(CatalogueStatus::NotChosen, &none), Screen::ChooseGemeente);
        assert_eq!(
            after_start(CatalogueStatus::Pending, &none),
            Screen::Question(Fact::Themes)
        );
        assert_eq!(
            after_start(CatalogueStatus::Ready(&cat), &none),
            Screen::Question(Fact::Themes)
        );
        // Back at the start with every question answered: straight to the check page.
        let mut all = Answers::default();
        all.themes.insert(Theme::Geld);
        while let Screen::Question(f) = after_start(CatalogueStatus::Ready(&cat), &all) {
            all.slot_mut(f).set_vague(f.def().dont_know);
        }
        assert_eq!(after_start(CatalogueStatus::Ready(&cat), &all), Screen::Check);
        assert_eq!(after_gemeente_chosen(), Screen::Question(Fact::Themes));
    }

    #[test]
    fn the_texts_are_wanted_off_the_start_page_and_on_a_kiosk() {
        assert!(!texts_wanted(Screen::Start, false));
        for screen in [
            Screen::ChooseGemeente,
            Screen::Question(Fact::Themes),
            Screen::Check,
            Screen::Results,
            Screen::Privacy,
            Screen::AllHelp,
        ] {
            assert!(texts_wanted(screen, false), "{screen:?}");
            // Only the screens that need them wait for them.
            assert_eq!(
                screen.needs_texts(),
                matches!(screen, Screen::Results | Screen::AllHelp),
                "{screen:?}"
            );
            assert!(!screen.needs_texts() || screen.needs_catalogue(), "{screen:?}");
        }
        assert!(texts_wanted(Screen::Start, true), "a kiosk loads them at once");
    }

    #[test]
    fn after_an_answer_comes_the_next_question_and_stale_answers_go() {
        let cat = heusden();
        let mut a = Answers::default();
        a.themes.insert(Theme::Opvoeden);
        a.household = Answer::Known(crate::core::facts::Household::AlleenMetKinderen);
        a.child_ages = Answer::Known([crate::core::facts::ChildAge::Tiener].into_iter().collect());
        let next = after_answer(&cat, &mut a, Fact::ChildAges);
        assert!(matches!(next, Screen::Question(f) if !a.is_answered(f)), "{next:?}");
        // No children any more: the children's ages are forgotten.
        a.household = Answer::Known(crate::core::facts::Household::Alleen);
        after_answer(&cat, &mut a, Fact::Household);
        assert_eq!(a.child_ages, Answer::Unanswered);
        // The judgement an answer hands on is the one for what is left, so
        // the next page's counter and the results take it as it is.
        let (next, q) = after_answer_judged(&cat, &mut a, Fact::Household);
        assert_eq!(q, questions(&cat, &a));
        if let Screen::Question(f) = next {
            assert_eq!(progress_in(&q, &a, f), progress(&cat, &a, f));
        }
        assert_eq!(refine_in(&q, &a), refine(&cat, &a));
    }

    #[test]
    fn screens_that_need_a_catalogue_go_to_the_chooser_without_one() {
        let cat = heusden();
        for screen in [
            Screen::Question(Fact::Age),
            Screen::Check,
            Screen::Results,
            Screen::AllHelp,
        ] {
            assert_eq!(
                redirect(screen, CatalogueStatus::NotChosen),
                Some(Screen::ChooseGemeente)
            );
            assert_eq!(redirect(screen, CatalogueStatus::Ready(&cat)), None);
            assert_eq!(redirect(screen, CatalogueStatus::Pending), None);
        }
        for screen in [Screen::Start, Screen::Privacy, Screen::ChooseGemeente] {
            assert_eq!(redirect(screen, CatalogueStatus::NotChosen), None);
        }
    }

    #[test]
    fn history_codes_round_trip_and_unknown_entries_start_afresh() {
        let mut screens = vec![
            Screen::Start,
            Screen::ChooseGemeente,
            Screen::Check,
            Screen::Results,
            Screen::Privacy,
            Screen::AllHelp,
        ];
        screens.extend(Fact::ALL.map(Screen::Question));
        for s in screens {
            assert_eq!(Screen::from_history(Some(&s.history_state(7, 3)), 7), s);
            assert_eq!(history_depth(Some(&s.history_state(7, 3))), Some(3));
            assert!(!s.code().contains(':') || s.code().starts_with("vraag:"));
            assert!(!s.code().contains('#') && !s.code().contains('@'));
            // An entry of an earlier visit (before a wipe or a reload)
            // shows nothing of it.
            assert_eq!(Screen::from_history(Some(&s.history_state(6, 3)), 7), Screen::Start);
        }
        // Entries of an older build (no place) still read; a foreign one has no place.
        assert_eq!(Screen::from_history(Some("controle@7"), 7), Screen::Check);
        assert_eq!(history_depth(Some("controle@7")), None);
        assert_eq!(history_depth(None), None);
        assert_eq!(history_depth(Some("controle@7#x")), None);
        assert_eq!(Screen::from_history(None, 7), Screen::Start);
        assert_eq!(Screen::from_history(Some("vraag:zz@7"), 7), Screen::Start);
        assert_eq!(Screen::from_history(Some("controle"), 7), Screen::Start);
        assert_eq!(Screen::from_history(Some("controle@x"), 7), Screen::Start);
    }

    #[test]
    fn a_share_link_carries_gemeente_language_and_answers_after_the_hash() {
        let mut a = Answers::default();
        a.themes.insert(Theme::Geld);
        a.debts = Answer::Known(true);
        let nl = share_link("https://example.nl/routekaart/", "heusden", Lang::Nl, &a);
        assert_eq!(
            nl,
            "https://example.nl/routekaart/#gemeente=heusden&antwoorden=1~t:geld~d:1"
        );
        let ar = share_link("https://example.nl/", "almere", Lang::Ar, &a);
        assert_eq!(
            ar,
            "https://example.nl/#gemeente=almere&taal=ar&antwoorden=1~t:geld~d:1"
        );
        // What the link carries opens the same answers again.
        let (back, screen) = open_share_link(ar.split("antwoorden=").nth(1).unwrap()).unwrap();
        assert_eq!((back, screen), (a, Screen::Results));
    }

    #[test]
    fn a_share_link_opens_the_results_or_says_why_not() {
        let (a, screen) = open_share_link("1~t:geld~d:1").unwrap();
        assert_eq!(screen, Screen::Results);
        assert!(a.themes.contains(&Theme::Geld));
        assert!(matches!(open_share_link("7~t:geld"), Err(DecodeError::Outdated { .. })));
        assert!(matches!(open_share_link("1~t:"), Err(DecodeError::Damaged { .. })));
    }

    #[test]
    fn progress_counts_the_questions_this_resident_gets() {
        let cat = heusden();
        let none = Answers::default();
        assert_eq!(progress(&cat, &none, Fact::Themes), Progress { n: 1, of: None });
        let mut a = Answers::default();
        a.themes.insert(Theme::Geld);
        let p = progress(&cat, &a, Fact::Themes);
        assert_eq!(p.n, 1);
        assert_eq!(p.of, Some(crate::core::questionnaire::essential(&cat, &a).len()));
    }

    #[test]
    fn direct_help_is_in_full_right_after_the_answer_that_brings_it_then_folded() {
        let cat = heusden();
        let mut a = decode("1~t:wonen+geld~s:-~u:slaapplek").unwrap();
        let q = questions(&cat, &a);
        let next = q.next(&a).expect("a question after the urgent one");
        assert!(
            direct_help_in_full(&a, next),
            "{next:?} comes right after the urgent answer"
        );
        // One answer later the panel is folded.
        a.for_whom = Answer::Known(crate::core::answers::ForWhom::Zelf);
        let q = questions(&cat, &a);
        let later = q.next(&a).expect("a later question");
        assert!(later > Fact::ForWhom);
        assert!(
            !direct_help_in_full(&a, later),
            "{later:?} is past the first page with the panel"
        );
        // Back on the first page after the urgent answer: in full again.
        assert!(direct_help_in_full(&a, Fact::ForWhom));
        // A danger signal brings it too.
        let a = decode("1~t:veiligheid~s:onveilig_thuis").unwrap();
        let q = questions(&cat, &a);
        assert!(direct_help_in_full(&a, q.next(&a).unwrap()));
    }
}
