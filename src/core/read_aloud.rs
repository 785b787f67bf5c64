//! "Lees voor": the text a page's read-aloud button speaks, made
//! with the same message functions the page renders with, so what is read
//! is what is shown: a question (title, hint, the answers), direct help
//! (`core::tonight`'s plan) and an entry of "Begin hier" (name, what it is,
//! the first step). The browser's own speech synthesis reads it with a
//! voice on the device only (`ui::components::read_aloud`).

use crate::core::answers::{Answers, Fact};
use crate::core::catalogue::Catalogue;
use crate::core::explain::{first_step, opening_text, summary_line, FirstStep};
use crate::core::i18n::{t, t_about, tf, Lang, Msg};
use crate::core::matching::{Group, Suggestion};
use crate::core::opening::{phones_now, Moment};
use crate::core::promise::{direct_intro, group_title};
use crate::core::questionnaire::choices;
use crate::core::tonight::{closed_note, words_after_lines, words_before_lines, DirectPlan, Entry};

/// Sentences to speak: each part ends in a full stop unless it has its own
/// punctuation, so a voice pauses between a title and each answer.
#[derive(Default)]
struct Speech(String);

impl Speech {
    fn add(&mut self, part: &str) {
        let part = part.trim();
        if part.is_empty() {
            return;
        }
        if !self.0.is_empty() {
            self.0.push(' ');
        }
        self.0.push_str(part);
        if !part.ends_with(['.', '?', '!', ':', '؟']) {
            self.0.push('.');
        }
    }
}

/// Does a voice for `voice_lang` ("nl-NL", "nl_BE", "nl") speak `lang`?
pub fn voice_speaks(voice_lang: &str, lang: Lang) -> bool {
    let code = lang.code();
    voice_lang
        .get(..code.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(code))
        && matches!(voice_lang.as_bytes().get(code.len()), None | Some(b'-' | b'_'))
}

/// A question as its page shows it: the title and hint in the form about
/// the person the resident answers for, then every answer with its hint.
pub fn question_text(lang: Lang, fact: Fact, cat: &Catalogue, answers: &Answers) -> String {
    let about = answers.about();
    let mut s = Speech::default();
    s.add(&t_about(lang, Msg::QuestionTitle(fact), about));
    s.add(&t_about(lang, Msg::QuestionHint(fact), about));
    for c in choices(lang, fact, cat, answers) {
        s.add(&c.label);
        s.add(c.hint.unwrap_or_default());
    }
    s.0
}

/// Direct help as the panel and the results show it: the title, the
/// intro, what can be reached now with its numbers, what to do now, then
/// what is closed.
pub fn direct_text(lang: Lang, sugs: &[Suggestion], plan: &DirectPlan, moment: Moment) -> String {
    let mut s = Speech::default();
    s.add(t(lang, group_title(sugs, Group::DirectHulp)));
    s.add(t(lang, direct_intro(plan)));
    let entry = |s: &mut Speech, e: &Entry| {
        let phones = phones_now(&e.service.phones, moment);
        let mut line = e.service.name.get(lang).0.to_string();
        for p in phones.now {
            line.push(' ');
            line.push_str(&p.number);
        }
        for p in phones.later {
            line.push_str(&format!(" {} ({})", p.number, t(lang, Msg::PhoneOfficeHours)));
        }
        s.add(&line);
        s.add(closed_note(lang, e.reach).unwrap_or_default());
    };
    for e in &plan.now {
        entry(&mut s, e);
    }
    if let Some(w) = &plan.words {
        s.add(t(lang, Msg::NowTitle));
        for p in words_before_lines(lang, w) {
            s.add(&p);
        }
        if !w.lines.is_empty() {
            s.add(t(lang, Msg::NowLines));
            for (svc, p) in &w.lines {
                s.add(&format!("{} {}", svc.name.get(lang).0, p.number));
            }
        }
        for p in words_after_lines(lang, w, moment) {
            s.add(&p);
        }
    }
    for e in &plan.later {
        entry(&mut s, e);
    }
    s.0
}

/// An entry of "Begin hier": its name, what it is, the first step.
pub fn begin_text(lang: Lang, cat: &Catalogue, sug: &Suggestion, moment: Moment, area: Option<&str>) -> String {
    let svc = sug.service;
    let mut s = Speech::default();
    s.add(svc.name.get(lang).0);
    s.add(summary_line(svc.description.get(lang).0).0);
    s.add(&match first_step(svc, cat, moment, area) {
        FirstStep::Call(p) => format!("{} {}", t(lang, Msg::Phone), p.number),
        FirstStep::WalkIn(loc, when) => format!(
            "{} {}",
            tf(lang, Msg::WalkInAt, &[("place", &loc.name)]),
            opening_text(lang, when)
        ),
        FirstStep::Text(text) => text.get(lang).0.to_string(),
        FirstStep::None => String::new(),
    });
    s.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{Answer, ForWhom};
    use crate::core::matching::suggest;
    use crate::core::opening::tests::at;
    use crate::core::questions::UrgentNeed;
    use crate::core::relevance::begin_here;
    use crate::core::shipped::heusden;
    use crate::core::tonight::direct_plan;

    #[test]
    fn a_voice_speaks_its_language_only() {
        assert!(voice_speaks("nl-NL", Lang::Nl));
        assert!(voice_speaks("NL_be", Lang::Nl));
        assert!(voice_speaks("uk", Lang::Uk));
        assert!(!voice_speaks("nl-NL", Lang::En));
        assert!(!voice_speaks("nds-NL", Lang::Nl));
        assert!(!voice_speaks("", Lang::Nl));
    }

    #[test]
    fn a_question_is_read_as_shown_in_every_language() {
        let cat = heusden();
        let mut a = Answers::default();
        for lang in Lang::ALL {
            for fact in Fact::ALL {
                let text = question_text(lang, fact, &cat, &a);
                assert!(
                    text.starts_with(&*t_about(lang, Msg::QuestionTitle(fact), None)),
                    "{text}"
                );
                for c in choices(lang, fact, &cat, &a) {
                    assert!(text.contains(&c.label), "{lang:?} {fact:?}: {text}");
                }
            }
        }
        // The form about someone else, as the page shows it.
        a.for_whom = Answer::Known(ForWhom::Naaste);
        let text = question_text(Lang::Nl, Fact::Age, &cat, &a);
        let title = t_about(Lang::Nl, Msg::QuestionTitle(Fact::Age), a.about());
        assert_ne!(title, t(Lang::Nl, Msg::QuestionTitle(Fact::Age)));
        assert!(text.starts_with(&*title), "{text}");
        assert!(text.contains(t(Lang::Nl, Msg::PreferNotToSay)));
        // Sentences: a pause after the title and after each answer.
        assert!(!text.contains(".."));
    }

    #[test]
    fn direct_help_and_begin_here_are_read_as_shown() {
        let cat = heusden();
        let mut a = Answers {
            urgent: Answer::Known([UrgentNeed::GeenSlaapplek].into_iter().collect()),
            ..Default::default()
        };
        let night = at("2026-11-24", 23, 0);
        let sugs = suggest(&cat, &a);
        let plan = direct_plan(&cat, &sugs, &a, night);
        assert!(!plan.is_empty());
        for lang in [Lang::Nl, Lang::Ar] {
            let text = direct_text(lang, &sugs, &plan, night);
            assert!(
                text.starts_with(t(lang, group_title(&sugs, Group::DirectHulp))),
                "{text}"
            );
            assert!(text.contains(t(lang, direct_intro(&plan))));
            for e in plan.now.iter().chain(&plan.later) {
                assert!(text.contains(e.service.name.get(lang).0), "{text}");
            }
        }
        a.themes.insert(crate::core::facts::Theme::Geld);
        let sugs = suggest(&cat, &a);
        let begin = begin_here(&sugs);
        assert!(!begin.is_empty());
        for i in begin {
            let s = &sugs[i];
            let text = begin_text(Lang::En, &cat, s, night, None);
            assert!(text.starts_with(s.service.name.get(Lang::En).0), "{text}");
            assert!(text.contains(summary_line(s.service.description.get(Lang::En).0).0.trim()));
        }
    }
}
