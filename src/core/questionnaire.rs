//! Which questions this resident gets, and the form: choices, what is
//! ticked, storing a form answer, and an answer as text.
//!
//! A question is asked only when an answer to it could change the result:
//! some remaining candidate service depends on its fact. What each question
//! is lives in `questions`; texts live in the translation layer.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::core::answers::{Answers, Fact, NONE};
use crate::core::catalogue::Catalogue;
use crate::core::catalogue::Service;
use crate::core::facts::Theme;
use crate::core::matching::{location_areas, suggest_with, Fit, Group, LocationAreas, Reason, Suggestion};
use crate::core::questions::{Gate, Options};
use crate::core::relevance::begin_here;

mod form;

pub use form::{answer_text, apply_answer, choices, form_state, option_label, press, tick, Choice, FormState, PadKey};

/// Could an answer to `fact` change the result for this resident?
pub fn is_relevant(cat: &Catalogue, answers: &Answers, fact: Fact) -> bool {
    Judging::new(cat, answers).judge(fact).is_some()
}

/// Judging the questions for one set of answers: the catalogue's location
/// index, and the match for the answers as they are (with its first
/// screen), which every unanswered question's judgement shares: clearing
/// an unanswered question changes nothing, so each would match the same.
struct Judging<'a> {
    cat: &'a Catalogue,
    answers: Answers,
    areas: LocationAreas<'a>,
    current: OnceCell<Rc<Vec<Suggestion<'a>>>>,
    current_screen: OnceCell<Rc<FirstScreen>>,
}

/// `fact` unknown: the answers without it, and the suggestions for them
/// once they were needed.
struct Without<'a> {
    answers: Answers,
    /// `fact` was not answered: these are the answers as they are.
    unchanged: bool,
    suggestions: Option<Rc<Vec<Suggestion<'a>>>>,
}

impl<'a> Judging<'a> {
    fn new(cat: &'a Catalogue, answers: &Answers) -> Self {
        Judging {
            cat,
            answers: answers.clone(),
            areas: location_areas(cat),
            current: OnceCell::new(),
            current_screen: OnceCell::new(),
        }
    }

    /// The suggestions for these answers, as they are or without a fact.
    fn suggestions(&self, without: &Answers, unchanged: bool) -> Rc<Vec<Suggestion<'a>>> {
        if unchanged {
            let current = || Rc::new(suggest_with(self.cat, &self.answers, &self.areas));
            self.current.get_or_init(current).clone()
        } else {
            Rc::new(suggest_with(self.cat, without, &self.areas))
        }
    }

    /// Is `fact` relevant ([`is_relevant`])? If so, the answers without it
    /// (and the suggestions for them, if judging needed them), so the
    /// first-screen check does not match them again.
    fn judge(&self, fact: Fact) -> Option<Without<'a>> {
        let (cat, areas) = (self.cat, &self.areas);
        let def = fact.def();
        let gate = (def.gate)(cat, &self.answers);
        // A fact no service depends on changes no suggestion: no need to match.
        if gate == Gate::Skip || (gate == Gate::IfItMatters && !cat.services.iter().any(|s| (def.depends)(s, areas))) {
            return None;
        }
        // Judge with this fact unknown, so answering it never hides its own question.
        let mut without = self.answers.clone();
        without.clear(fact);
        let unchanged = without == self.answers;
        let suggestions = (gate == Gate::IfItMatters).then(|| self.suggestions(&without, unchanged));
        if suggestions
            .as_ref()
            .is_some_and(|sugs| !sugs.iter().any(|s| (def.depends)(s.service, areas)))
        {
            return None;
        }
        Some(Without {
            answers: without,
            unchanged,
            suggestions,
        })
    }

    /// The relevant facts in order, each with its answers without it.
    fn judged(&self) -> Vec<(Fact, Without<'a>)> {
        Fact::ALL
            .into_iter()
            .filter_map(|f| Some((f, self.judge(f)?)))
            .collect()
    }

    /// [`Questions`] from the relevant facts: the first-screen check on each.
    fn questions(&self, judged: Vec<(Fact, Without<'a>)>) -> Questions {
        let mut relevant = Vec::new();
        let mut first = Vec::new();
        for (f, without) in judged {
            relevant.push(f);
            // A question only for after the results (the topics) is never
            // asked first, whatever its answer changes.
            if f == Fact::Themes || (!f.def().after_results && self.changes_first_screen(f, without)) {
                first.push(f);
            }
        }
        Questions {
            relevant: with_what_income_needs(relevant),
            first: with_what_income_needs(first),
        }
    }

    /// Could an answer to `fact` change the first screen: the direct help,
    /// "Begin hier" or whether a regeling on the route fits? Judged with
    /// `fact` unknown, as for [`plan`]; only asked of relevant questions.
    fn changes_first_screen(&self, fact: Fact, without: Without) -> bool {
        let screen = |sugs: &[Suggestion], a: &Answers| Rc::new(screen_of(sugs, a));
        let unknown = if without.unchanged {
            let current = || screen(&self.suggestions(&without.answers, true), &self.answers);
            self.current_screen.get_or_init(current).clone()
        } else {
            let sugs = match without.suggestions {
                Some(sugs) => sugs,
                None => self.suggestions(&without.answers, false),
            };
            screen(&sugs, &without.answers)
        };
        possible_answers(self.cat, fact).iter().any(|form| {
            let mut with = without.answers.clone();
            apply_answer(&mut with, fact, form).is_ok()
                && unknown.changed_by(&first_screen(self.cat, &with, &self.areas))
        })
    }
}

/// Every question whose answer could change anything for this resident,
/// in order: the questions asked first ([`essential`]) and those that only
/// make the outcome more precise ([`refinements`]).
pub fn plan(cat: &Catalogue, answers: &Answers) -> Vec<Fact> {
    let judging = Judging::new(cat, answers);
    // Each judgement dropped at once: only the facts are kept.
    let facts = Fact::ALL.into_iter().filter(|&f| judging.judge(f).is_some()).collect();
    with_what_income_needs(facts)
}

/// The questions for these answers, judged once: every one that could
/// change anything, and those asked before the results. Callers that need
/// several lists (after an answer, "Vraag n van m") take them from one
/// value, so the matching each judgement costs runs once per answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Questions {
    /// Every question that could change anything ([`plan`]).
    pub relevant: Vec<Fact>,
    /// Those asked before the results ([`essential`]).
    pub first: Vec<Fact>,
}

/// Judges every question for these answers (see [`Questions`]).
pub fn questions(cat: &Catalogue, answers: &Answers) -> Questions {
    let judging = Judging::new(cat, answers);
    judging.questions(judging.judged())
}

/// [`prune`], then [`questions`] for what is left: the relevance judged
/// for pruning is used again when pruning changed nothing.
pub fn prune_and_judge(cat: &Catalogue, answers: &mut Answers) -> Questions {
    let judging = Judging::new(cat, answers);
    let judged = judging.judged();
    let keep = with_what_income_needs(judged.iter().map(|&(f, _)| f).collect());
    for fact in Fact::ALL {
        if !keep.contains(&fact) {
            answers.clear(fact);
        }
    }
    if *answers == judging.answers {
        judging.questions(judged)
    } else {
        questions(cat, answers)
    }
}

impl Questions {
    /// The first-screen questions are used up ([`MAX_BEFORE_RESULTS`]).
    fn full(&self, answers: &Answers) -> bool {
        self.first.iter().filter(|&&f| answers.is_answered(f)).count() >= MAX_BEFORE_RESULTS
    }

    /// The next unanswered question before the results, if any.
    pub fn next(&self, answers: &Answers) -> Option<Fact> {
        if self.full(answers) {
            return None;
        }
        self.first.iter().copied().find(|&f| !answers.is_answered(f))
    }

    /// The questions that only make the outcome more precise ("Maak uw
    /// uitkomst preciezer", after the results), answered or not. Past the
    /// limit, the first-screen questions not yet asked wait here too.
    pub fn refinements(&self, answers: &Answers) -> Vec<Fact> {
        let full = self.full(answers);
        self.relevant
            .iter()
            .copied()
            .filter(|f| !self.first.contains(f) || (full && !answers.is_answered(*f)))
            .collect()
    }

    /// After answering refinement `after` (or none yet): the next
    /// unanswered refinement.
    pub fn next_refinement(&self, answers: &Answers, after: Option<Fact>) -> Option<Fact> {
        self.refinements(answers)
            .into_iter()
            .find(|&f| !answers.is_answered(f) && after.is_none_or(|a| f > a))
    }

    /// The questions shown on the check page and the printed sheet: those
    /// asked first and the refinements the resident answered.
    pub fn shown(&self, answers: &Answers) -> Vec<Fact> {
        self.relevant
            .iter()
            .copied()
            .filter(|f| self.first.contains(f) || answers.is_answered(*f))
            .collect()
    }
}

/// The income question shows amounts for the resident's household and
/// age (the social minimum is higher from the AOW age), so it brings the
/// household and age questions with it.
fn with_what_income_needs(mut facts: Vec<Fact>) -> Vec<Fact> {
    if facts.contains(&Fact::Income) {
        for needed in [Fact::Age, Fact::Household] {
            if !facts.contains(&needed) {
                let at = facts.iter().position(|&f| f > needed).unwrap_or(facts.len());
                facts.insert(at, needed);
            }
        }
    }
    facts
}

/// What the first screen of the results shows, as far as an answer can
/// change it: the direct help, "Begin hier" and whether each regeling on
/// the route fits.
/// Services are named by their address in the catalogue: cheaper to
/// compare than their ids, and the same for every match against it.
struct FirstScreen {
    direct: Vec<usize>,
    begin_here: Vec<usize>,
    /// In "Begin hier" because it is for a situation the resident is in.
    begin_here_for_need: Vec<usize>,
    keukentafelgesprek: Vec<usize>,
    regelingen: Vec<(usize, Fit)>,
    route: Vec<usize>,
}

impl FirstScreen {
    /// Does an answer that turns `self` (the question unanswered) into
    /// `other` change what the resident should act on first? It does when
    /// it changes the direct help or the way to the keukentafelgesprek,
    /// rules out something "Begin hier" would show, brings help for a need
    /// it reveals into "Begin hier" (debts, a carer), or changes whether a
    /// regeling on the route fits. An answer that only moves help up or
    /// down the list is left for later ("Maak uw uitkomst preciezer").
    fn changed_by(&self, other: &FirstScreen) -> bool {
        self.direct != other.direct
            || self.keukentafelgesprek != other.keukentafelgesprek
            || self.begin_here.iter().any(|id| !other.route.contains(id))
            || other.begin_here_for_need.iter().any(|id| !self.begin_here.contains(id))
            || self
                .regelingen
                .iter()
                .any(|(id, fit)| other.regelingen.iter().find(|(o, _)| o == id).map(|(_, f)| f) != Some(fit))
    }
}

fn first_screen(cat: &Catalogue, a: &Answers, areas: &LocationAreas) -> FirstScreen {
    screen_of(&suggest_with(cat, a, areas), a)
}

/// The first screen of these suggestions for the answers `a`.
fn screen_of(sugs: &[Suggestion], a: &Answers) -> FirstScreen {
    let first = begin_here(sugs);
    let id = |s: &Suggestion| s.service as *const Service as usize;
    let mut screen = FirstScreen {
        direct: Vec::new(),
        begin_here: Vec::new(),
        begin_here_for_need: Vec::new(),
        keukentafelgesprek: Vec::new(),
        regelingen: Vec::new(),
        route: Vec::new(),
    };
    // One pass, pushing: fewer iterator types in the wasm than a filter per list.
    for s in sugs {
        screen.route.push(id(s));
        match s.group {
            Group::DirectHulp => screen.direct.push(id(s)),
            Group::Keukentafelgesprek => screen.keukentafelgesprek.push(id(s)),
            Group::Regelingen => screen.regelingen.push((id(s), s.fit)),
            _ => {}
        }
    }
    for &i in &first {
        screen.begin_here.push(id(&sugs[i]));
        if sugs[i].reasons.iter().any(|r| is_need_in_chosen_area(r, a)) {
            screen.begin_here_for_need.push(id(&sugs[i]));
        }
    }
    screen
}

/// A reason that names a situation of need in a life area the resident
/// chose: debts when they asked about money, caring when they asked about
/// mantelzorg. Such a need is worth a question before the results.
fn is_need_in_chosen_area(r: &Reason<'_>, a: &Answers) -> bool {
    use crate::core::facts::Situation as S;
    let theme = match r {
        Reason::CaresFor(_) | Reason::InSituation(S::Mantelzorger) => Theme::Mantelzorg,
        Reason::InSituation(S::Schulden) => Theme::Geld,
        Reason::InSituation(S::Taalhulp | S::Inburgeringsplichtig | S::Statushouder) => Theme::Taal,
        Reason::InSituation(S::Beperking) => Theme::Gezondheid,
        Reason::InSituation(S::Werkzoekend | S::Uitkering) => Theme::Werk,
        _ => return false,
    };
    a.themes.contains(&theme)
}

/// Every answer `fact` can get that could matter to matching: each option
/// on its own (and "none"), and for the age one age per stretch between the
/// catalogue's age limits.
fn possible_answers(cat: &Catalogue, fact: Fact) -> Vec<FormState> {
    let def = fact.def();
    let one = |code: &str| FormState {
        ticked: vec![code.to_string()],
        number: String::new(),
    };
    let mut out: Vec<FormState> = match def.options {
        Options::Codes(codes) => codes.iter().map(|c| one(c)).collect(),
        Options::YesNo => vec![one("1"), one("0")],
        Options::Areas => cat.areas.iter().map(|a| one(&a.id)).collect(),
        Options::Typed => {
            // One age per stretch between the limits: each limit's first
            // age, and one below them all (no sort: the order is irrelevant).
            let mut ages = vec![0u8];
            for s in &cat.services {
                let limits = [
                    s.eligibility.minimum_age,
                    s.eligibility.maximum_age.map(|m| m.saturating_add(1)),
                ];
                for age in limits.into_iter().flatten() {
                    if !ages.contains(&age) {
                        ages.push(age);
                    }
                }
            }
            ages.into_iter()
                .map(|age| FormState {
                    ticked: Vec::new(),
                    number: age.to_string(),
                })
                .collect()
        }
    };
    if def.none {
        out.push(one(NONE));
    }
    out
}

/// The questions asked before the results: those whose answer can change
/// the first screen. The income question brings the household and age
/// questions with it, since the amounts it shows depend on them.
pub fn essential(cat: &Catalogue, answers: &Answers) -> Vec<Fact> {
    questions(cat, answers).first
}

/// [`Questions::refinements`] for these answers.
pub fn refinements(cat: &Catalogue, answers: &Answers) -> Vec<Fact> {
    questions(cat, answers).refinements(answers)
}

/// [`Questions::shown`] for these answers.
pub fn shown_answers(cat: &Catalogue, answers: &Answers) -> Vec<Fact> {
    questions(cat, answers).shown(answers)
}

/// At most this many questions before the results: a resident with many
/// life areas is sent to the keukentafelgesprek anyway, and the rest can
/// make the outcome more precise afterwards.
pub const MAX_BEFORE_RESULTS: usize = 10;

/// The next unanswered question, or `None` when it is time for the check page.
pub fn next_question(cat: &Catalogue, answers: &Answers) -> Option<Fact> {
    questions(cat, answers).next(answers)
}

/// [`Questions::next_refinement`] for these answers.
pub fn next_refinement(cat: &Catalogue, answers: &Answers, after: Option<Fact>) -> Option<Fact> {
    questions(cat, answers).next_refinement(answers, after)
}

/// Removes answers to questions that are no longer asked (for example after
/// the resident changed the life areas), so no stale answer affects results
/// or is shown on the check page.
pub fn prune(cat: &Catalogue, answers: &mut Answers) {
    // Relevance alone: the first-screen check is not needed here.
    let keep = plan(cat, answers);
    for fact in Fact::ALL {
        if !keep.contains(&fact) {
            answers.clear(fact);
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_number_pad_types_at_most_three_digits_and_erases() {
        let mut f = FormState {
            ticked: vec![PREFER_NOT.to_string()],
            number: String::new(),
        };
        for key in [PadKey::Digit(4), PadKey::Digit(2)] {
            press(&mut f, key);
        }
        assert_eq!(f.number, "42");
        assert!(f.ticked.is_empty(), "a digit clears 'zeg ik liever niet'");
        for key in [PadKey::Digit(1), PadKey::Digit(0), PadKey::Digit(12)] {
            press(&mut f, key);
        }
        assert_eq!(f.number, "421");
        press(&mut f, PadKey::Erase);
        press(&mut f, PadKey::Erase);
        assert_eq!(f.number, "4");
    }
    use super::*;
    use crate::core::answers::{AnswerError, PREFER_NOT};
    use crate::core::facts::Theme;
    use crate::core::i18n::{Lang, Msg};
    use crate::core::questions::Input;

    fn form(ticked: &[&str], number: &str) -> FormState {
        FormState {
            ticked: ticked.iter().map(|x| x.to_string()).collect(),
            number: number.into(),
        }
    }

    #[test]
    fn form_answers_round_trip_through_the_form_codes() {
        let mut a = Answers::default();
        apply_answer(&mut a, Fact::Themes, &form(&["geld", "wonen"], "")).unwrap();
        apply_answer(&mut a, Fact::Age, &form(&[], " 72 ")).unwrap();
        apply_answer(&mut a, Fact::Income, &form(&[PREFER_NOT], "")).unwrap();
        apply_answer(&mut a, Fact::Caring, &form(&["ouder"], "")).unwrap();
        apply_answer(&mut a, Fact::Safety, &form(&[NONE], "")).unwrap();
        apply_answer(&mut a, Fact::Urgent, &form(&["slaapplek", "eten"], "")).unwrap();
        apply_answer(&mut a, Fact::ForWhom, &form(&["naaste"], "")).unwrap();
        for f in Fact::ALL.into_iter().filter(|&f| a.is_answered(f)) {
            let state = form_state(&a, f);
            let mut b = a.clone();
            b.clear(f);
            apply_answer(&mut b, f, &state).unwrap();
            assert_eq!(a, b, "{f:?}");
        }
        assert!(a.situations().contains(&crate::core::facts::Situation::Mantelzorger));
        assert!(!a.signals_danger());
    }

    #[test]
    fn questions_and_answers_speak_of_the_naaste_once_the_resident_answers_for_them() {
        let cat = crate::core::shipped::heusden();
        let mut a = Answers::default();
        apply_answer(&mut a, Fact::Work, &form(&["gepensioneerd"], "")).unwrap();
        assert_eq!(answer_text(Lang::Nl, Fact::Work, &cat, &a), "Ik ben met pensioen (AOW)");
        apply_answer(&mut a, Fact::ForWhom, &form(&["naaste"], "")).unwrap();
        assert_eq!(
            answer_text(Lang::Nl, Fact::Work, &cat, &a),
            "Uw naaste is met pensioen (AOW)"
        );
        let labels: Vec<String> = choices(Lang::Nl, Fact::Caring, &cat, &a)
            .into_iter()
            .map(|c| c.label)
            .collect();
        assert_eq!(labels[0], "Voor mijn partner");
        assert_eq!(
            crate::core::i18n::t_about(Lang::Nl, Msg::QuestionTitle(Fact::Age), a.about()),
            "Hoe oud is uw naaste?"
        );
        apply_answer(&mut a, Fact::ForWhom, &form(&["helper"], "")).unwrap();
        assert_eq!(
            crate::core::i18n::t_about(Lang::En, Msg::QuestionTitle(Fact::Debts), a.about()),
            "Does the person you help have debts or payment arrears?"
        );
        // A professional is not asked "who do you care for" as a mantelzorger.
        assert_eq!(
            crate::core::i18n::t_about(Lang::Nl, Msg::QuestionTitle(Fact::Caring), a.about()),
            "Zorgt u voor iemand die ziek is of hulp nodig heeft?"
        );
    }

    #[test]
    fn empty_or_invalid_form_answers_are_refused_and_lose_nothing() {
        let mut a = Answers::default();
        a.themes.insert(Theme::Geld);
        let before = a.clone();
        assert_eq!(
            apply_answer(&mut a, Fact::Household, &form(&[], "")),
            Err(AnswerError::NothingChosen)
        );
        for bad in ["zeventig", "130", "", "-1", "+5"] {
            assert_eq!(
                apply_answer(&mut a, Fact::Age, &form(&[], bad)),
                Err(AnswerError::InvalidNumber),
                "{bad}"
            );
        }
        assert_eq!(
            apply_answer(&mut a, Fact::Themes, &form(&[], "")),
            Err(AnswerError::NothingChosen)
        );
        assert_eq!(a, before);
    }

    #[test]
    fn ticking_an_exclusive_option_clears_the_others_and_back() {
        let mut f = form(&["acuut_gevaar"], "");
        tick(&mut f, Fact::Safety, "onveilig_thuis", true);
        assert_eq!(f.ticked, ["acuut_gevaar", "onveilig_thuis"]);
        tick(&mut f, Fact::Safety, NONE, true);
        assert_eq!(f.ticked, [NONE]);
        tick(&mut f, Fact::Safety, "acuut_gevaar", true);
        assert_eq!(f.ticked, ["acuut_gevaar"]);
        tick(&mut f, Fact::Safety, "acuut_gevaar", false);
        assert!(f.ticked.is_empty());
        // One choice: the new one replaces the old.
        let mut f = form(&["alleen"], "");
        tick(&mut f, Fact::Household, "samen", true);
        assert_eq!(f.ticked, ["samen"]);
        // Age: ticking "zeg ik liever niet" keeps the typed number, so it
        // does not vanish unseen; storing both is refused with a message
        // that asks the resident to choose, and loses nothing.
        let mut f = form(&[], "42");
        tick(&mut f, Fact::Age, PREFER_NOT, true);
        assert_eq!(
            (f.ticked.as_slice(), f.number.as_str()),
            (&[PREFER_NOT.to_string()][..], "42")
        );
        let mut a = Answers::default();
        assert_eq!(
            apply_answer(&mut a, Fact::Age, &f),
            Err(AnswerError::NumberAndPreferNot)
        );
        assert!(!a.is_answered(Fact::Age));
        f.number.clear();
        assert_eq!(apply_answer(&mut a, Fact::Age, &f), Ok(()));
        assert!(a.slot(Fact::Age).is_vague());
    }

    #[test]
    fn every_question_has_choices_with_labels_and_its_answer_reads_as_text() {
        let cat = crate::core::shipped::heusden();
        for fact in Fact::ALL {
            let list = choices(Lang::Nl, fact, &cat, &Answers::default());
            assert!(!list.is_empty() || fact.def().input == Input::Number, "{fact:?}");
            for c in &list {
                assert!(!c.label.is_empty() && c.label != c.code, "{fact:?} {}", c.code);
            }
            // Choosing the first option is a valid answer that reads back as its label.
            if let Some(first) = list.first() {
                let mut a = Answers::default();
                apply_answer(&mut a, fact, &form(&[&first.code], "")).unwrap();
                assert_eq!(answer_text(Lang::Nl, fact, &cat, &a), first.label, "{fact:?}");
            }
        }
    }
}
