//! Completeness of the translations: every message has a text in every
//! language, and the same `{placeholders}`.

use std::collections::BTreeSet;

use super::*;
use crate::core::calendar::Weekday as Day;

/// Every message. `_covered` makes the compiler point here when a variant is
/// added, so the list cannot silently fall behind.
fn all_messages() -> Vec<Msg> {
    use Msg::*;
    fn _covered(m: Msg) {
        match m {
            AppName
            | SkipToContent
            | LanguageSwitchLabel
            | StartTitle
            | StartIntro
            | StartHowLong
            | StartRouteTitle
            | StartRouteFree
            | StartRouteWalkIn
            | StartRouteSchemes
            | StartRouteTalk
            | PrivacyPromiseTitle
            | PrivacyPromise
            | StartButton
            | EmergencyNote
            | WhyWeAsk
            | SafetyNone
            | UrgentNone
            | CaresForNobody
            | TopicNone
            | Yes
            | No
            | DontKnow
            | PreferNotToSay
            | AgeUnit
            | ReasonAsksHelpWith
            | ReasonAgeFrom
            | ReasonAgeUpTo
            | ReasonAgeBetween
            | ReasonChildren
            | ReasonIncomeBelow
            | ReasonInYourArea
            | ReasonYourAge
            | ReasonYouLiveIn
            | ReasonOpenToEveryone
            | ReasonManyLifeAreas
            | ReasonLighterHelpDidNotWork
            | ReasonNeedsDecision
            | OpenIncomeNearLimit
            | FitEligible
            | FitPossibly
            | Back
            | Next
            | ReadAloud
            | ReadAloudStop
            | QuestionCounter
            | QuestionCounterFirst
            | TitleSuffix
            | ErrorPrefix
            | ErrorSummaryTitle
            | ErrorChooseOne
            | ErrorAgeInvalid
            | ErrorAgeOrPreferNot
            | ChooseGemeenteTitle
            | ChooseGemeenteHint
            | BootStarting
            | BootFailed
            | CatalogueLoading
            | CatalogueUnreachable
            | CatalogueBroken
            | CatalogueFindings
            | CatalogueStatus
            | CatalogueUnknownGemeente
            | CatalogueWrongVersion
            | ChooseGemeenteButton
            | TryAgain
            | CheckTitle
            | CheckIntro
            | Change
            | ShowResults
            | ResultsTitle
            | ResultsIntro
            | YouSaidTitle
            | BeginHereTitle
            | BeginHereIntro
            | YourRouteTitle
            | ShowMore
            | MoreNotOnPage
            | ShowFolded
            | MoreAboutThis
            | CallNumber
            | WalkInAt
            | NoResultsTitle
            | NoResultsText
            | WhySuggested
            | StillToCheck
            | WhatToDo
            | Documents
            | Phone
            | CostLabel
            | CostFree
            | CostContribution
            | CostPaid
            | OpenNowUntil
            | NextWalkIn
            | NoWalkInSoon
            | ExampleData
            | ExampleNumber
            | ExampleAddress
            | SourceLabel
            | BasedOn
            | CheckedOn
            | WebSourceYear
            | Print
            | PrintWithAnswers
            | NotesTitle
            | PrintAll
            | PrintedOn
            | YourAnswers
            | ShareTitle
            | ShareText
            | RefineTitle
            | RefineText
            | RefineButton
            | CopyLink
            | LinkCopied
            | ClearAnswers
            | WipeConfirm
            | WipeConfirmYes
            | WipeConfirmNo
            | AnswersCleared
            | QuickExit
            | NotAnswered
            | SharedLinkDamaged
            | SharedLinkOutdated
            | KioskIdleTitle
            | KioskIdleText
            | KioskSecondsLeft
            | KioskStillHere
            | KioskStop
            | KioskPadLabel
            | KioskPadErase
            | QrShareLabel
            | QrWebsiteLabel
            | PrivacyLink
            | PrivacyTitle
            | PrivacyDevice
            | PrivacyNothingSent
            | PrivacyNoCookies
            | PrivacyNoThirdParty
            | PrivacyMemoryOnly
            | PrivacyShareLink
            | PrivacyWipe
            | PrivacyQuickExit
            | PrivacyKiosk
            | PrivacyReadAloud
            | PrivacyWidget
            | PrivacyWidgetLink
            | ChooseForPrint
            | PrintChosen
            | ChosenTitle
            | AllHelpLink
            | AllHelpTitle
            | AllHelpIntro
            | SearchLabel
            | SearchHint
            | FilterTheme
            | FilterAny
            | FilterArea
            | FilterGroup
            | FilterOpen
            | FilterOpenNow
            | FilterOpenToday
            | FilterFree
            | FiltersMore
            | SearchFound
            | SearchNothing
            | SearchNothingTeam
            | ReasonNoApplication
            | GroupTitleHelpAndAdvice
            | GroupIntroVoorzieningenMixed
            | GroupIntroDirectToday
            | PhoneDayAndNight
            | PhoneOfficeHours
            | PhoneNotAnsweredNow
            | UnmetUrgentTitle
            | UnmetUrgentText
            | ListMiddle
            | ListEnd
            | DateDayMonth
            | ConceptNote
            | InDutch
            | LanguageLoadFailed
            | KioskChooseLanguage
            | ProductPage
            | WhyNotTitle
            | WhyNotIntro
            | WhyNotAgeFrom
            | WhyNotAgeUpTo
            | WhyNotAgeBetween
            | WhyNotHousehold
            | WhyNotNoChildren
            | WhyNotChildAges
            | WhyNotIncome
            | WhyNotArea
            | WhyNotAnswer
            | GroupIntroDirectNow
            | NowTitle
            | NowDanger
            | NowLines
            | NowReopensCall
            | NowReopensWalkIn
            | NowGemeente
            | NowDayToday
            | NowDayTomorrow
            | NowDayOn => {}
            QuestionTitle(_) | QuestionHint(_) | QuestionWhy(_) | OpenUnknown(_) => {}
            ThemeLabel(_) | ThemeHint(_) | SafetyLabel(_) | HouseholdLabel(_) | ReasonHousehold(_) => {}
            ChildAgeLabel(_) | IncomeLabel(_) | WorkLabel(_) | CaredForLabel(_) | ReasonCaresFor(_) => {}
            UrgentLabel(_) | ForWhomLabel(_) | LanguageLabel(_) | TopicLabel(_) | GroupTitle(_) | GroupIntro(_)
            | ReasonSituation(_) | WhyNotSituation(_) | Weekday(_) | OtherPerson(_) | NowLead(_) => {}
        }
    }
    let mut out = vec![
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
        WhyWeAsk,
        SafetyNone,
        UrgentNone,
        CaresForNobody,
        TopicNone,
        Yes,
        No,
        DontKnow,
        PreferNotToSay,
        AgeUnit,
        ReasonAsksHelpWith,
        ReasonAgeFrom,
        ReasonAgeUpTo,
        ReasonAgeBetween,
        ReasonChildren,
        ReasonIncomeBelow,
        ReasonInYourArea,
        ReasonYourAge,
        ReasonYouLiveIn,
        ReasonOpenToEveryone,
        ReasonManyLifeAreas,
        ReasonLighterHelpDidNotWork,
        ReasonNeedsDecision,
        OpenIncomeNearLimit,
        FitEligible,
        FitPossibly,
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
        ReasonNoApplication,
        GroupTitleHelpAndAdvice,
        GroupIntroVoorzieningenMixed,
        GroupIntroDirectToday,
        PhoneDayAndNight,
        PhoneOfficeHours,
        PhoneNotAnsweredNow,
        UnmetUrgentTitle,
        UnmetUrgentText,
        ListMiddle,
        ListEnd,
        DateDayMonth,
        ConceptNote,
        InDutch,
        LanguageLoadFailed,
        KioskChooseLanguage,
        ProductPage,
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
        WhyNotAnswer,
        GroupIntroDirectNow,
        NowTitle,
        NowDanger,
        NowLines,
        NowReopensCall,
        NowReopensWalkIn,
        NowGemeente,
        NowDayToday,
        NowDayTomorrow,
        NowDayOn,
    ];
    for &f in &Fact::ALL {
        out.extend([QuestionTitle(f), QuestionHint(f), QuestionWhy(f)]);
        out.push(OpenUnknown(f));
    }
    out.extend(Theme::ALL.iter().flat_map(|&t| [ThemeLabel(t), ThemeHint(t)]));
    out.extend(SafetySignal::ALL.iter().map(|&s| SafetyLabel(s)));
    out.extend(UrgentNeed::ALL.iter().map(|&u| UrgentLabel(u)));
    out.extend(ForWhom::ALL.iter().flat_map(|&v| [ForWhomLabel(v), OtherPerson(v)]));
    out.extend(
        Household::ALL
            .iter()
            .flat_map(|&h| [HouseholdLabel(h), ReasonHousehold(h)]),
    );
    out.extend(ChildAge::ALL.iter().map(|&c| ChildAgeLabel(c)));
    out.extend(IncomeBand::ALL.iter().map(|&i| IncomeLabel(i)));
    out.extend(WorkSituation::ALL.iter().map(|&w| WorkLabel(w)));
    out.extend(
        CaredFor::ALL
            .iter()
            .flat_map(|&c| [CaredForLabel(c), ReasonCaresFor(c)]),
    );
    out.extend(LanguageNeed::ALL.iter().map(|&l| LanguageLabel(l)));
    out.extend(Topic::ALL.iter().map(|&t| TopicLabel(t)));
    out.extend(Group::ALL.iter().flat_map(|&g| [GroupTitle(g), GroupIntro(g)]));
    out.extend(
        Situation::ALL
            .iter()
            .flat_map(|&s| [ReasonSituation(s), WhyNotSituation(s)]),
    );
    out.extend(Day::ALL.iter().map(|&d| Weekday(d)));
    out.extend(
        Situation::ALL
            .iter()
            .filter(|&&s| crate::core::matching::is_urgent(s))
            .map(|&s| NowLead(s)),
    );
    out
}

#[test]
fn the_dutch_file_holds_every_message_and_nothing_else() {
    let dutch = ftl::parse(built_in::source(Lang::Nl)).expect("nl.ftl reads");
    let mut ids: BTreeSet<String> = all_messages().into_iter().map(|m| keys::id(m).into_owned()).collect();
    assert_eq!(ids.len(), all_messages().len(), "two messages share an id");
    ids.insert("meta-status".into());
    let in_file: BTreeSet<String> = dutch.map.keys().cloned().collect();
    let missing: Vec<_> = ids.difference(&in_file).collect();
    let unused: Vec<_> = in_file.difference(&ids).collect();
    assert!(
        missing.is_empty() && unused.is_empty(),
        "missing in nl.ftl: {missing:?}; not used by the app: {unused:?}"
    );
    for m in all_messages() {
        assert!(!t(Lang::Nl, m).trim().is_empty(), "{m:?}");
    }
}

fn check_language(lang: Lang) {
    let problems = super::check::check_file(lang, built_in::source(lang));
    assert!(
        problems.is_empty(),
        "{}.ftl: {} problem(s):\n{}",
        lang.code(),
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn english_is_complete() {
    check_language(Lang::En);
}
#[test]
fn arabic_is_complete() {
    check_language(Lang::Ar);
}
#[test]
fn turkish_is_complete() {
    check_language(Lang::Tr);
}
#[test]
fn polish_is_complete() {
    check_language(Lang::Pl);
}
#[test]
fn ukrainian_is_complete() {
    check_language(Lang::Uk);
}

#[test]
fn english_texts_differ_from_dutch_except_names() {
    // A copied Dutch text in the English table is a missed translation.
    let same: Vec<String> = all_messages()
        .into_iter()
        .filter(|&m| t(Lang::Nl, m) == t(Lang::En, m))
        .map(|m| format!("{m:?}: {}", t(Lang::Nl, m)))
        .collect();
    let allowed = [
        "AppName",
        "StartButton",
        "TitleSuffix",
        "Print",
        "ListMiddle",
        "WebSourceYear",
    ];
    let unexpected: Vec<&String> = same
        .iter()
        .filter(|s| !allowed.iter().any(|a| s.starts_with(a)))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}

#[test]
fn every_dutch_interface_text_passes_the_b1_check() {
    // The same check `catalogue check` runs on catalogue texts: short
    // sentences, active voice, official words explained. Also the forms
    // about a naaste, which residents read as often.
    let dutch = ftl::parse(built_in::source(Lang::Nl)).expect("nl.ftl reads");
    let mut problems = Vec::new();
    for (id, m) in &dutch.map {
        let mut texts = m.value.texts();
        texts.extend(m.attributes.iter().flat_map(|(_, p)| p.texts()));
        for text in texts {
            for p in crate::core::plain_language::problems(text) {
                problems.push(format!("{id}: {}", p.message()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} B1 problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
