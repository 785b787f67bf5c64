//! One translation layer for every string the app shows.
//!
//! Keys are the `Msg` enum; texts live in translator files, one per language
//! (`public/taal/<code>.ftl`, a subset of Project Fluent read by `ftl`).
//! Dutch is the source and is compiled in; every other language is fetched
//! when a resident chooses it and handed to [`install`], so a language costs
//! nobody who does not use it. Natively (tests, the `catalogue` command)
//! every file is compiled in. Components only call [`t`] and read [`Lang::dir`].

mod case;
#[cfg(any(test, feature = "maintainer"))]
pub mod check;
pub mod ftl;
mod keys;
pub mod plural;

use std::sync::{Mutex, OnceLock};

use ftl::{FtlError, Message, Messages, Pattern};

use crate::core::answers::{Fact, ForWhom, LanguageNeed, SafetySignal, Topic, UrgentNeed, WorkSituation};
use crate::core::facts::{CaredFor, ChildAge, Household, IncomeBand, Situation, Theme};
use crate::core::matching::Group;

/// A language the interface is available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Dutch at B1 level: the default.
    #[default]
    Nl,
    En,
    Ar,
    Tr,
    Pl,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Nl, Lang::En, Lang::Ar, Lang::Tr, Lang::Pl, Lang::Uk];

    /// BCP 47 code, used for `lang` attributes and catalogue translations.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Pl => "pl",
            Lang::Uk => "uk",
        }
    }

    /// Writing direction, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's own name, shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Pl => "Polski",
            Lang::Uk => "Українська",
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
    TopicLabel(Topic),
    TopicNone,
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
    ReasonYourAge,
    ReasonYouLiveIn,
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
    ReadAloud,
    ReadAloudStop,
    QuestionCounter,
    QuestionCounterFirst,
    TitleSuffix,
    ErrorPrefix,
    ErrorSummaryTitle,
    ErrorChooseOne,
    ErrorAgeInvalid,
    ErrorAgeOrPreferNot,
    ChooseGemeenteTitle,
    ChooseGemeenteHint,
    /// The page's own loading and start-failure messages (`boot.js`),
    /// before the wasm runs: written into the page by `catalogue prerender`.
    BootStarting,
    BootFailed,
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
    MoreNotOnPage,
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
    WebSourceYear,
    Print,
    PrintWithAnswers,
    NotesTitle,
    PrintAll,
    PrintedOn,
    YourAnswers,
    ShareTitle,
    ShareText,
    RefineTitle,
    RefineText,
    RefineButton,
    CopyLink,
    LinkCopied,
    ClearAnswers,
    WipeConfirm,
    WipeConfirmYes,
    WipeConfirmNo,
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
    PrivacyQuickExit,
    PrivacyKiosk,
    PrivacyReadAloud,
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
    FiltersMore,
    SearchFound,
    SearchNothing,
    SearchNothingTeam,
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
    // Languages (see `join`, `Review`)
    ListMiddle,
    ListEnd,
    DateDayMonth,
    ConceptNote,
    InDutch,
    LanguageLoadFailed,
    KioskChooseLanguage,
    // The gemeente's own product page (see `Service::product_page`)
    ProductPage,
    // "Waarom niet?": help one answer left out (see `matching::near_misses`)
    WhyNotTitle,
    WhyNotIntro,
    WhyNotAgeFrom,
    WhyNotAgeUpTo,
    WhyNotAgeBetween,
    WhyNotHousehold,
    WhyNotNoChildren,
    WhyNotChildAges,
    WhyNotIncome,
    WhyNotArea,
    WhyNotSituation(Situation),
    WhyNotAnswer,
    // Direct help at the hour (see `core::tonight`)
    GroupIntroDirectNow,
    NowTitle,
    /// What to do now for an urgent need nothing answers now.
    NowLead(Situation),
    NowDanger,
    NowLines,
    NowReopensCall,
    NowReopensWalkIn,
    NowGemeente,
    NowDayToday,
    NowDayTomorrow,
    NowDayOn,
}

/// The translator file compiled into every build: Dutch is the source and
/// the fallback, so the app always has a text. Without its comments, which
/// are for translators (scripts/build.rs writes this copy).
const DUTCH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/nl.ftl"));

static DUTCH: OnceLock<Messages> = OnceLock::new();
/// Languages read at run time (fetched when chosen), never unloaded: each
/// is read once per visit, a few kilobytes.
static LOADED: Mutex<Vec<(Lang, &'static Messages)>> = Mutex::new(Vec::new());

fn dutch() -> &'static Messages {
    DUTCH.get_or_init(|| ftl::parse(DUTCH_SOURCE).unwrap_or_default())
}

/// Reads a translator file and makes its language available to [`t`].
/// A file that cannot be read changes nothing.
pub fn install(lang: Lang, source: &str) -> Result<(), FtlError> {
    let messages: &'static Messages = Box::leak(Box::new(ftl::parse(source)?));
    if let Ok(mut loaded) = LOADED.lock() {
        loaded.retain(|(l, _)| *l != lang);
        loaded.push((lang, messages));
    }
    Ok(())
}

/// Whether `lang`'s texts are here (Dutch always is).
pub fn is_loaded(lang: Lang) -> bool {
    lang == Lang::Nl || table(lang).is_some()
}

fn table(lang: Lang) -> Option<&'static Messages> {
    if lang == Lang::Nl {
        return Some(dutch());
    }
    let found = LOADED.lock().ok()?.iter().find(|(l, _)| *l == lang).map(|(_, m)| *m);
    #[cfg(any(test, feature = "maintainer"))]
    if found.is_none() {
        // Natively (tests, the `catalogue` command) every file is compiled in.
        install(lang, built_in::source(lang)).ok()?;
        return table(lang);
    }
    found
}

/// Every translator file, for native builds only (the browser fetches them).
#[cfg(any(test, feature = "maintainer"))]
pub mod built_in {
    use super::Lang;

    pub fn source(lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => super::DUTCH_SOURCE,
            Lang::En => include_str!("../../../public/taal/en.ftl"),
            Lang::Ar => include_str!("../../../public/taal/ar.ftl"),
            Lang::Tr => include_str!("../../../public/taal/tr.ftl"),
            Lang::Pl => include_str!("../../../public/taal/pl.ftl"),
            Lang::Uk => include_str!("../../../public/taal/uk.ftl"),
        }
    }
}

/// How far a translation can be trusted (`meta-status` in its file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// Dutch: what every other language translates.
    Source,
    /// Checked by someone who speaks the language natively.
    Reviewed,
    /// Drafted by the team; the app says so next to the language switch.
    Draft,
}

/// The review state of `lang`'s file; a file that does not say is a draft.
pub fn review(lang: Lang) -> Review {
    match table(lang)
        .and_then(|m| m.get("meta-status"))
        .map(|m| m.value.default_text())
    {
        Some("bron") => Review::Source,
        Some("nagekeken") => Review::Reviewed,
        _ => Review::Draft,
    }
}

/// The message `msg` in `lang`, else in Dutch.
fn message(lang: Lang, msg: Msg) -> Option<&'static Message> {
    let id = keys::id(msg);
    table(lang).and_then(|m| m.get(&id)).or_else(|| dutch().get(&id))
}

/// The text of `msg` in `lang` (for a plural message: its general form).
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    message(lang, msg).map_or("", |m| m.value.default_text())
}

/// `msg` as it reads when the resident answers `about` someone else (a
/// naaste, or a person they help as a volunteer or in their work): "Hoe oud
/// is uw naaste?" instead of "Hoe oud bent u?". Messages about the resident
/// themselves ("U zoekt hulp bij…", "U zorgt voor…") have no such form and
/// read as they always do. `{wie}` and `{Wie}` name the other person.
pub fn tf_about(lang: Lang, msg: Msg, about: Option<ForWhom>, args: &[(&str, &str)]) -> String {
    match other_form(lang, msg, about) {
        Some((who, pattern)) => fill_about(lang, pattern.select(lang, args), who, args),
        None => tf(lang, msg, args),
    }
}

/// [`tf_about`] without placeholders of its own: the static text itself
/// unless there is another form (every `Tr` goes through here).
pub fn t_about(lang: Lang, msg: Msg, about: Option<ForWhom>) -> std::borrow::Cow<'static, str> {
    match other_form(lang, msg, about) {
        Some((who, pattern)) => fill_about(lang, pattern.default_text(), who, &[]).into(),
        None => t(lang, msg).into(),
    }
}

/// The person and the form of `msg` about them, when there is one: the
/// attribute for that person (`.naaste`, `.helper`), else `.other`.
fn other_form(lang: Lang, msg: Msg, about: Option<ForWhom>) -> Option<(ForWhom, &'static Pattern)> {
    let who = about.filter(|&who| who != ForWhom::Zelf)?;
    let m = message(lang, msg)?;
    let form = m.attribute(who.code()).or_else(|| m.attribute("other"))?;
    Some((who, form))
}

fn fill_about(lang: Lang, template: &str, who: ForWhom, args: &[(&str, &str)]) -> String {
    let wie = t(lang, Msg::OtherPerson(who));
    let cap = capitalised(lang, wie);
    let mut all = args.to_vec();
    all.extend([("wie", wie), ("Wie", cap.as_str())]);
    fill_in(lang, template, &all)
}

/// `s` with a capital first letter, by the language's rules: Turkish
/// "i" becomes "İ", "ı" becomes "I".
fn capitalised(lang: Lang, s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len() + 1);
    match (lang, chars.next()) {
        (Lang::Tr, Some('i')) => out.push('İ'),
        (_, Some(first)) => case::push_upper(&mut out, first),
        (_, None) => {}
    }
    out.extend(chars);
    out
}

/// An amount in whole euros as this language writes it: "€ 1.560" in
/// Dutch, "€1,560" in English, "1 560 €" in Polish and Ukrainian.
pub fn money(lang: Lang, euros: u32) -> String {
    let digits = euros.to_string();
    let sep = match lang {
        Lang::En => ',',
        Lang::Pl | Lang::Uk => '\u{a0}',
        _ => '.',
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    match lang {
        Lang::En => format!("€{grouped}"),
        Lang::Pl | Lang::Uk => format!("{grouped}\u{a0}€"),
        _ => format!("€\u{a0}{grouped}"),
    }
}

/// `t` with `{name}` placeholders filled in, in the plural form the
/// numbers among them ask for.
pub fn tf(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    let template = message(lang, msg).map_or("", |m| m.value.select(lang, args));
    fill_in(lang, template, args)
}

/// [`fill`], with each inserted value isolated in a right-to-left language
/// (FSI … PDI), so a Dutch name or a number keeps its own direction inside
/// an Arabic sentence.
fn fill_in(lang: Lang, template: &str, args: &[(&str, &str)]) -> String {
    if lang.dir() == "rtl" {
        let isolated: Vec<(&str, String)> = args.iter().map(|(k, v)| (*k, format!("\u{2068}{v}\u{2069}"))).collect();
        let refs: Vec<(&str, &str)> = isolated.iter().map(|(k, v)| (*k, v.as_str())).collect();
        return fill(template, &refs);
    }
    fill(template, args)
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

/// "a, b en c" in `lang` (CLDR list patterns, as `list-middle`/`list-end`).
pub fn join(lang: Lang, items: &[&str]) -> String {
    let Some((last, rest)) = items.split_last() else {
        return String::new();
    };
    let Some((first, middle)) = rest.split_first() else {
        return last.to_string();
    };
    let mut out = first.to_string();
    for item in middle {
        out = fill(t(lang, Msg::ListMiddle), &[("a", &out), ("b", item)]);
    }
    fill(t(lang, Msg::ListEnd), &[("a", &out), ("b", last)])
}

/// Lower case for a word inside a sentence, by the language's rules:
/// Turkish has a dotted and a dotless i ("İ" → "i", "I" → "ı").
pub fn lowercase(lang: Lang, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match (lang, c) {
            (Lang::Tr, 'I') => out.push('ı'),
            (Lang::Tr, 'İ') => out.push('i'),
            _ => case::push_lower(&mut out, c),
        }
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
    fn case_follows_the_language() {
        assert_eq!(lowercase(Lang::Tr, "Iğdır İzmir"), "ığdır izmir");
        assert_eq!(lowercase(Lang::Nl, "Inkomen ÉN Ĳssel"), "inkomen én ĳssel");
        assert_eq!(lowercase(Lang::Uk, "Житло Їжа"), "житло їжа");
        assert_eq!(lowercase(Lang::Pl, "ŁÓDŹ"), "łódź");
        assert_eq!(capitalised(Lang::Tr, "ilçe"), "İlçe");
        assert_eq!(capitalised(Lang::Tr, "ışık"), "Işık");
        assert_eq!(capitalised(Lang::En, "ilse"), "Ilse");
        assert_eq!(capitalised(Lang::Uk, "ваш"), "Ваш");
        assert_eq!(capitalised(Lang::Nl, "ĳs"), "Ĳs");
        assert_eq!(capitalised(Lang::Nl, ""), "");
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
