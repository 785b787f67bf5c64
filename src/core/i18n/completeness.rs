//! Completeness of the translations: every message has a text in every
//! language, and the same `{placeholders}`.

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
            | ReasonOpenToEveryone
            | ReasonManyLifeAreas
            | ReasonLighterHelpDidNotWork
            | ReasonNeedsDecision
            | OpenIncomeNearLimit
            | FitEligible
            | FitPossibly
            | Back
            | Next
            | QuestionCounter
            | QuestionCounterFirst
            | TitleSuffix
            | ErrorPrefix
            | ErrorSummaryTitle
            | ErrorChooseOne
            | ErrorAgeInvalid
            | ChooseGemeenteTitle
            | ChooseGemeenteHint
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
            | Print
            | PrintWithAnswers
            | PrintedOn
            | YourAnswers
            | ShareTitle
            | ShareText
            | CopyLink
            | LinkCopied
            | ClearAnswers
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
            | PrivacyKiosk
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
            | SearchFound
            | SearchNothing
            | ReasonNoApplication
            | GroupTitleHelpAndAdvice
            | GroupIntroVoorzieningenMixed
            | GroupIntroDirectToday
            | PhoneDayAndNight
            | PhoneOfficeHours
            | PhoneNotAnsweredNow
            | UnmetUrgentTitle
            | UnmetUrgentText => {}
            QuestionTitle(_) | QuestionHint(_) | QuestionWhy(_) | OpenUnknown(_) => {}
            ThemeLabel(_) | ThemeHint(_) | SafetyLabel(_) | HouseholdLabel(_) | ReasonHousehold(_) => {}
            ChildAgeLabel(_) | IncomeLabel(_) | WorkLabel(_) | CaredForLabel(_) | ReasonCaresFor(_) => {}
            UrgentLabel(_) | ForWhomLabel(_) | LanguageLabel(_) | GroupTitle(_) | GroupIntro(_)
            | ReasonSituation(_) | Weekday(_) | OtherPerson(_) => {}
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
        ReasonOpenToEveryone,
        ReasonManyLifeAreas,
        ReasonLighterHelpDidNotWork,
        ReasonNeedsDecision,
        OpenIncomeNearLimit,
        FitEligible,
        FitPossibly,
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
        ReasonNoApplication,
        GroupTitleHelpAndAdvice,
        GroupIntroVoorzieningenMixed,
        GroupIntroDirectToday,
        PhoneDayAndNight,
        PhoneOfficeHours,
        PhoneNotAnsweredNow,
        UnmetUrgentTitle,
        UnmetUrgentText,
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
    out.extend(Group::ALL.iter().flat_map(|&g| [GroupTitle(g), GroupIntro(g)]));
    out.extend(Situation::ALL.iter().map(|&s| ReasonSituation(s)));
    out.extend(Day::ALL.iter().map(|&d| Weekday(d)));
    out
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name))
        .collect();
    #[allow(clippy::disallowed_methods)] // a test
    out.sort_unstable();
    out
}

#[test]
fn every_message_has_a_text_in_every_language_with_the_same_placeholders() {
    let all = all_messages();
    assert!(all.len() > 200, "{}", all.len());
    let mut missing = Vec::new();
    for &m in &all {
        for lang in Lang::ALL {
            if t(lang, m).trim().is_empty() {
                missing.push(format!("{m:?} in {}", lang.code()));
            }
        }
        assert_eq!(placeholders(t(Lang::Nl, m)), placeholders(t(Lang::En, m)), "{m:?}");
    }
    assert!(missing.is_empty(), "missing translations: {missing:#?}");
}

#[test]
fn english_texts_differ_from_dutch_except_names() {
    // A copied Dutch text in the English table is a missed translation.
    let same: Vec<String> = all_messages()
        .into_iter()
        .filter(|&m| t(Lang::Nl, m) == t(Lang::En, m))
        .map(|m| format!("{m:?}: {}", t(Lang::Nl, m)))
        .collect();
    let allowed = ["AppName", "StartButton", "TitleSuffix", "Print"];
    let unexpected: Vec<&String> = same
        .iter()
        .filter(|s| !allowed.iter().any(|a| s.starts_with(a)))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}

#[test]
fn texts_about_someone_else_exist_in_every_language_with_the_same_placeholders() {
    // Answering for a naaste or a client: wherever Dutch speaks of "{wie}",
    // English does too, and the other placeholders stay those of the
    // resident's own form (the same arguments fill both).
    let mut with_form = 0;
    for m in all_messages() {
        for who in [ForWhom::Naaste, ForWhom::Helper] {
            let nl = about_other(Lang::Nl, m, who);
            let en = about_other(Lang::En, m, who);
            assert_eq!(nl.is_some(), en.is_some(), "{m:?} for {who:?}: nl {nl:?}, en {en:?}");
            let (Some(nl), Some(en)) = (nl, en) else { continue };
            with_form += 1;
            assert_eq!(placeholders(nl), placeholders(en), "{m:?}");
            let own: Vec<&str> = placeholders(t(Lang::Nl, m));
            let other: Vec<&str> = placeholders(nl)
                .into_iter()
                .filter(|p| *p != "wie" && *p != "Wie")
                .collect();
            assert_eq!(own, other, "{m:?}: the other-person form takes the same arguments");
        }
    }
    assert!(with_form > 100, "{with_form}");
}

#[test]
fn every_dutch_interface_text_passes_the_b1_check() {
    // The same check `catalogue check` runs on catalogue texts: short
    // sentences, active voice, official words explained. Also the forms
    // about a naaste, which residents read as often.
    let mut problems = Vec::new();
    for m in all_messages() {
        let mut texts = vec![t(Lang::Nl, m)];
        texts.extend(
            [ForWhom::Naaste, ForWhom::Helper]
                .iter()
                .filter_map(|&w| about_other(Lang::Nl, m, w)),
        );
        for text in texts {
            for p in crate::core::plain_language::problems(text) {
                problems.push(format!("{m:?}: {}", p.message()));
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
