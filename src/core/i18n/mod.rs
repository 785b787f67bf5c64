//! One translation layer for every string the app shows.
//!
//! Keys are an enum, and each language is an exhaustive `match`, so the
//! compiler refuses a language that misses a string. Adding a language (for
//! example Arabic, right to left) means one new file and one [`Lang`] variant;
//! components never change because they only call [`t`] and read [`Lang::dir`].

mod en;
mod nl;

use crate::core::answers::{Fact, ForWhom, LanguageNeed, SafetySignal, UrgentNeed, WorkSituation};
use crate::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
use crate::core::matching::Group;

/// A language the interface is available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Dutch at B1 level: the default.
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// BCP 47 code, used for `lang` attributes and catalogue translations.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Writing direction, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Nl | Lang::En => "ltr",
        }
    }

    /// The language's own name, shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// Every interface string. Grouped by screen; names say where they are used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    AppName,
    SkipToContent,
    LanguageSwitchLabel,
    StartTitle,
    StartIntro,
    StartHowLong,
    StartRouteTitle,
    StartRouteFree,
    StartRouteWalkIn,
    StartRouteSchemes,
    StartRouteTalk,
    PrivacyPromiseTitle,
    PrivacyPromise,
    StartButton,
    EmergencyNote,
    // Questionnaire
    QuestionTitle(Fact),
    QuestionHint(Fact),
    QuestionWhy(Fact),
    WhyWeAsk,
    ThemeLabel(Theme),
    ThemeHint(Theme),
    SafetyLabel(SafetySignal),
    SafetyNone,
    UrgentLabel(UrgentNeed),
    UrgentNone,
    ForWhomLabel(ForWhom),
    HouseholdLabel(Household),
    ChildAgeLabel(ChildAge),
    IncomeLabel(IncomeBand),
    WorkLabel(WorkSituation),
    CaredForLabel(CaredFor),
    CaresForNobody,
    LanguageLabel(LanguageNeed),
    Yes,
    No,
    DontKnow,
    PreferNotToSay,
    AgeUnit,
    // Results
    GroupTitle(Group),
    GroupIntro(Group),
    ReasonAsksHelpWith,
    ReasonSituation(Situation),
    ReasonCaresFor(CaredFor),
    ReasonAgeFrom,
    ReasonAgeUpTo,
    ReasonAgeBetween,
    ReasonHousehold(Household),
    ReasonChildren,
    ReasonIncomeBelow,
    ReasonInYourArea,
    ReasonOpenToEveryone,
    ReasonManyLifeAreas,
    ReasonLighterHelpDidNotWork,
    ReasonNeedsDecision,
    OpenUnknown(Fact),
    OpenIncomeNearLimit,
    FitEligible,
    FitPossibly,
    // Journey chrome
    Back,
    Next,
    QuestionCounter,
    QuestionCounterFirst,
    TitleSuffix,
    ErrorPrefix,
    ErrorSummaryTitle,
    ErrorChooseOne,
    ErrorAgeInvalid,
    ChooseGemeenteTitle,
    ChooseGemeenteHint,
    CatalogueLoading,
    CatalogueUnreachable,
    CatalogueBroken,
    CatalogueFindings,
    CatalogueStatus,
    CatalogueUnknownGemeente,
    CatalogueWrongVersion,
    ChooseGemeenteButton,
    TryAgain,
    CheckTitle,
    CheckIntro,
    Change,
    ShowResults,
    ResultsTitle,
    ResultsIntro,
    YouSaidTitle,
    BeginHereTitle,
    BeginHereIntro,
    YourRouteTitle,
    ShowMore,
    ShowFolded,
    MoreAboutThis,
    CallNumber,
    WalkInAt,
    NoResultsTitle,
    NoResultsText,
    WhySuggested,
    StillToCheck,
    WhatToDo,
    Documents,
    Phone,
    CostLabel,
    CostFree,
    CostContribution,
    CostPaid,
    OpenNowUntil,
    NextWalkIn,
    NoWalkInSoon,
    ExampleData,
    ExampleNumber,
    ExampleAddress,
    SourceLabel,
    BasedOn,
    CheckedOn,
    Print,
    PrintWithAnswers,
    PrintedOn,
    YourAnswers,
    ShareTitle,
    ShareText,
    CopyLink,
    LinkCopied,
    ClearAnswers,
    AnswersCleared,
    QuickExit,
    NotAnswered,
    Weekday(crate::core::calendar::Weekday),
    SharedLinkDamaged,
    SharedLinkOutdated,
    KioskIdleTitle,
    KioskIdleText,
    KioskSecondsLeft,
    KioskStillHere,
    KioskStop,
    KioskPadLabel,
    KioskPadErase,
    QrShareLabel,
    QrWebsiteLabel,
    PrivacyLink,
    PrivacyTitle,
    PrivacyDevice,
    PrivacyNothingSent,
    PrivacyNoCookies,
    PrivacyNoThirdParty,
    PrivacyMemoryOnly,
    PrivacyShareLink,
    PrivacyWipe,
    PrivacyKiosk,
    PrivacyWidget,
    PrivacyWidgetLink,
    ChooseForPrint,
    PrintChosen,
    ChosenTitle,
    AllHelpLink,
    AllHelpTitle,
    AllHelpIntro,
    SearchLabel,
    SearchHint,
    FilterTheme,
    FilterAny,
    FilterArea,
    FilterGroup,
    FilterOpen,
    FilterOpenNow,
    FilterOpenToday,
    FilterFree,
    SearchFound,
    SearchNothing,
    // Honest promises (added after the rest; see `core::promise`)
    ReasonNoApplication,
    GroupTitleHelpAndAdvice,
    GroupIntroVoorzieningenMixed,
    GroupIntroDirectToday,
    PhoneDayAndNight,
    PhoneOfficeHours,
    PhoneNotAnsweredNow,
    // Answering for someone else (see `t_about`)
    OtherPerson(ForWhom),
    // An urgent need nothing in the catalogue meets
    UnmetUrgentTitle,
    UnmetUrgentText,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::Nl => nl::text(msg),
        Lang::En => en::text(msg),
    }
}

/// `msg` as it reads when the resident answers `about` someone else (a
/// naaste, or a person they help as a volunteer or in their work): "Hoe oud
/// is uw naaste?" instead of "Hoe oud bent u?". Messages about the resident
/// themselves ("U zoekt hulp bij…", "U zorgt voor…") have no such form and
/// read as they always do. `{wie}` and `{Wie}` name the other person.
pub fn tf_about(lang: Lang, msg: Msg, about: Option<ForWhom>, args: &[(&str, &str)]) -> String {
    match other_form(lang, msg, about) {
        Some((who, template)) => fill_about(lang, template, who, args),
        None => fill(t(lang, msg), args),
    }
}

/// [`tf_about`] without placeholders of its own: the static text itself
/// unless there is another form (every `Tr` goes through here).
pub fn t_about(lang: Lang, msg: Msg, about: Option<ForWhom>) -> std::borrow::Cow<'static, str> {
    match other_form(lang, msg, about) {
        Some((who, template)) => fill_about(lang, template, who, &[]).into(),
        None => t(lang, msg).into(),
    }
}

/// The person and the form of `msg` about them, when there is one.
fn other_form(lang: Lang, msg: Msg, about: Option<ForWhom>) -> Option<(ForWhom, &'static str)> {
    about
        .filter(|&who| who != ForWhom::Zelf)
        .and_then(|who| Some((who, about_other(lang, msg, who)?)))
}

fn fill_about(lang: Lang, template: &str, who: ForWhom, args: &[(&str, &str)]) -> String {
    let wie = t(lang, Msg::OtherPerson(who));
    let cap = capitalised(wie);
    let mut all = args.to_vec();
    all.extend([("wie", wie), ("Wie", cap.as_str())]);
    fill(template, &all)
}

/// The form of `msg` about someone else, when it has one.
fn about_other(lang: Lang, msg: Msg, who: ForWhom) -> Option<&'static str> {
    match lang {
        Lang::Nl => nl::about_other(msg, who),
        Lang::En => en::about_other(msg, who),
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `t` with `{name}` placeholders filled in.
pub fn tf(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    fill(t(lang, msg), args)
}

/// Replaces `{name}` placeholders; unknown placeholders are left visible so a
/// missing argument shows up in review instead of silently disappearing.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod completeness;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(fill("Vraag {n} van {m}", &[("n", "2"), ("m", "6")]), "Vraag 2 van 6");
        assert_eq!(fill("{x} blijft", &[]), "{x} blijft");
    }

    #[test]
    fn dutch_is_the_default() {
        assert_eq!(Lang::default(), Lang::Nl);
        assert_eq!(t(Lang::default(), Msg::StartButton), "Start");
    }
}
