//! English.
use super::Msg::{self, *};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        AppName => "Routekaart",
        SkipToContent => "Skip to content",
        LanguageSwitchLabel => "Language",
        StartTitle => "Find help that suits you",
        StartIntro => "Do you have a question about money, work, housing, care, loneliness or caring for someone? Answer a few short questions. Then you will see what help there is in your municipality.",
        StartHowLong => "It takes about 3 minutes. You can always go back a step.",
        StartRouteTitle => "What you get",
        StartRouteFree => "First, help that is free and close by, without applying.",
        StartRouteWalkIn => "Places you can walk into without an appointment, with their times.",
        StartRouteSchemes => "Schemes you may be entitled to.",
        StartRouteTalk => "If needed: the way to a conversation with the municipality (the ‘keukentafelgesprek’).",
        PrivacyPromiseTitle => "Your answers stay on this device",
        PrivacyPromise => "We do not send your answers anywhere. We store nothing and use no cookies.",
        StartButton => "Start",
        EmergencyNote => "Is there danger right now? Call 112.",
        Loading => "Routekaart is loading…",
        StartFailed => "Routekaart cannot start. Please reload the page. If that does not help, try another browser.",
        QuestionTitle(f) => question_title(f),
        QuestionHint(f) => question_hint(f),
        QuestionWhy(f) => question_why(f),
        ThemeLabel(t) => theme_label(t),
        ThemeHint(t) => theme_hint(t),
        other_msg => other(other_msg),
    }
}

use crate::core::answers::{Fact, LanguageNeed as L, SafetySignal as S, WorkSituation as W};
use crate::core::facts::{CaredFor as C, ChildAge as K, Household as H, IncomeBand as I, Situation as Si, Theme as T};
use crate::core::matching::Group as G;

pub(super) fn question_title(f: Fact) -> &'static str {
    match f {
        Fact::Themes => "What would you like help with?",
        Fact::Safety => "Is there danger right now, or do you feel unsafe?",
        Fact::Area => "Which village or district do you live in?",
        Fact::Age => "How old are you?",
        Fact::Household => "Who do you live with?",
        Fact::ChildAges => "How old are the children who live with you?",
        Fact::Income => "How high is your household's income?",
        Fact::Work => "What do you mainly do at the moment?",
        Fact::Caring => "Do you look after someone who is ill or needs help?",
        Fact::Health => "Do you have an illness, disability or mental health problems?",
        Fact::Debts => "Do you have debts or payment arrears?",
        Fact::Language => "Would you like help with the Dutch language?",
        Fact::HelpTried => "Have you already had help that did not help enough?",
    }
}

pub(super) fn question_hint(f: Fact) -> &'static str {
    match f {
        Fact::Themes => "Choose one or more topics.",
        Fact::Safety => "Choose what applies. If there is danger, you will see straight away who to call.",
        Fact::Area => "Then you will see help close to home first.",
        Fact::Age => "Enter your age in years, for example 42.",
        Fact::Household => "Choose what fits best.",
        Fact::ChildAges => "Choose all that apply.",
        Fact::Income => {
            "The social minimum is about as high as social assistance (bijstand). We do not ask for the amount."
        }
        Fact::Work => "Choose what fits best.",
        Fact::Caring => "For example your partner, a parent or a child. This is called informal care (mantelzorg).",
        Fact::Health => "Physical or mental. You do not have to say what it is.",
        Fact::Debts => "For example bills you cannot pay, or rent arrears.",
        Fact::Language => "Choose what fits best.",
        Fact::HelpTried => "For example help from family, neighbours or a volunteer.",
    }
}

pub(super) fn question_why(f: Fact) -> &'static str {
    match f {
        Fact::Themes => "So we only show help that fits your question.",
        Fact::Safety => "When there is danger, quick help matters most. We then put it at the top.",
        Fact::Area => "Some help is only available in your village or district. We show help nearby first.",
        Fact::Age => "Some help is for a certain age, for example young people or people over 65.",
        Fact::Household => "Some schemes depend on your family.",
        Fact::ChildAges => "Some help is for children of a certain age.",
        Fact::Income => {
            "Many schemes are for people with a low income. A limit is for example 120% of the social minimum."
        }
        Fact::Work => "There is help for jobseekers, people on benefits and retired people.",
        Fact::Caring => "Informal carers can get support, and sometimes an appreciation payment.",
        Fact::Health => "Then there may be help through the Wmo, the law for support at home.",
        Fact::Debts => "The sooner you ask for help with debts, the easier they are to solve.",
        Fact::Language => "There are language cafés and help with civic integration.",
        Fact::HelpTried => "Then a conversation with the municipality (the ‘keukentafelgesprek’) may be the best step.",
    }
}

pub(super) fn theme_label(t: T) -> &'static str {
    match t {
        T::Geld => "Money",
        T::Werk => "Work and daytime activities",
        T::Wonen => "Housing",
        T::Gezondheid => "Health and care",
        T::Contact => "Contact with others",
        T::Mantelzorg => "Caring for someone (informal care)",
        T::Opvoeden => "Parenting and youth",
        T::Taal => "Language and civic integration",
        T::Veiligheid => "Safety",
        T::Dagelijks => "Daily life and household",
    }
}

pub(super) fn theme_hint(t: T) -> &'static str {
    match t {
        T::Geld => "Making ends meet, bills, debts, allowances",
        T::Werk => "Finding work, volunteering, doing something meaningful",
        T::Wonen => "Rent, an adapted home, staying in your own home",
        T::Gezondheid => "Illness, disability, mental health problems",
        T::Contact => "Lonely, meeting people, taking part",
        T::Mantelzorg => "You care for someone close and want support",
        T::Opvoeden => "Children, young people, growing up",
        T::Taal => "Learning Dutch, civic integration",
        T::Veiligheid => "Unsafe at home, violence, crisis",
        T::Dagelijks => "Shopping, transport, forms, housework",
    }
}

pub(super) fn other(msg: Msg) -> &'static str {
    match msg {
        SafetyLabel(S::AcuutGevaar) => "Yes, someone is in danger right now",
        SafetyLabel(S::OnveiligThuis) => "I do not feel safe at home, or there is violence",
        SafetyLabel(S::Suicidegedachten) => "I am thinking about suicide",
        SafetyNone => "No, none of these",
        HouseholdLabel(H::Alleen) => "Alone",
        HouseholdLabel(H::Samen) => "With my partner",
        HouseholdLabel(H::AlleenMetKinderen) => "Alone with my children",
        HouseholdLabel(H::SamenMetKinderen) => "With my partner and children",
        HouseholdLabel(H::Anders) => "Other, for example with my parents",
        ChildAgeLabel(K::Baby) => "0 to 4 years",
        ChildAgeLabel(K::Basisschool) => "4 to 12 years",
        ChildAgeLabel(K::Tiener) => "12 to 18 years",
        ChildAgeLabel(K::Volwassen) => "18 years or older",
        IncomeLabel(I::Tot110) => "About social assistance or less (up to 110% of the social minimum)",
        IncomeLabel(I::Tot130) => "A little more (110% to 130%)",
        IncomeLabel(I::Tot150) => "More (130% to 150%)",
        IncomeLabel(I::Boven150) => "Much more (over 150%)",
        WorkLabel(W::Werkend) => "I work",
        WorkLabel(W::Werkzoekend) => "I am looking for work",
        WorkLabel(W::Uitkering) => "I receive benefits",
        WorkLabel(W::Gepensioneerd) => "I am retired (state pension)",
        WorkLabel(W::Scholier) => "I go to school or study",
        WorkLabel(W::Anders) => "Something else",
        CaredForLabel(C::Partner) => "Yes, my partner",
        CaredForLabel(C::Ouder) => "Yes, my father or mother",
        CaredForLabel(C::Kind) => "Yes, my child",
        CaredForLabel(C::Ander) => "Yes, someone else",
        CaresForNobody => "No",
        LanguageLabel(L::Geen) => "No, that is not needed",
        LanguageLabel(L::Taalhulp) => "Yes, I want to improve my Dutch",
        LanguageLabel(L::Inburgering) => "Yes, I have to complete civic integration (I am a status holder)",
        Yes => "Yes",
        No => "No",
        DontKnow => "I don't know",
        PreferNotToSay => "I'd rather not say",
        AgeUnit => "years",
        WhyWeAsk => "Why do we ask this?",
        GroupTitle(G::DirectHulp) => "Help right now",
        GroupTitle(G::ZelfEnSamen) => "Yourself and together",
        GroupTitle(G::Voorzieningen) => "Free help, no application",
        GroupTitle(G::Inloop) => "Walk in without an appointment",
        GroupTitle(G::Regelingen) => "Schemes",
        GroupTitle(G::Keukentafelgesprek) => "A conversation with the municipality",
        GroupIntro(G::DirectHulp) => "Call now. This help is there day and night.",
        GroupIntro(G::ZelfEnSamen) => "Things you can do yourself, or together with people nearby.",
        GroupIntro(G::Voorzieningen) => "You can go here directly. It is free and you do not need to apply.",
        GroupIntro(G::Inloop) => "You can walk in here at the times shown.",
        GroupIntro(G::Regelingen) => "You may be entitled to these. You do have to apply.",
        GroupIntro(G::Keukentafelgesprek) => "If more is needed, you talk with the municipality about what you need. This is called the ‘keukentafelgesprek’ (kitchen table conversation).",
        ReasonAsksHelpWith => "You are looking for help with: {themes}.",
        ReasonSituation(Si::Mantelzorger) => "You care for someone.",
        ReasonSituation(Si::Statushouder) => "You have to complete civic integration.",
        ReasonSituation(Si::Werkzoekend) => "You are looking for work.",
        ReasonSituation(Si::Uitkering) => "You receive benefits.",
        ReasonSituation(Si::Werkend) => "You work.",
        ReasonSituation(Si::Gepensioneerd) => "You are retired.",
        ReasonSituation(Si::Scholier) => "You go to school or study.",
        ReasonSituation(Si::Beperking) => "You have an illness, disability or mental health problems.",
        ReasonSituation(Si::Schulden) => "You have debts or payment arrears.",
        ReasonSituation(Si::Taalhulp) => "You want to improve your Dutch.",
        ReasonSituation(Si::AcuutGevaar) => "You said there is danger right now.",
        ReasonSituation(Si::OnveiligThuis) => "You said you do not feel safe at home.",
        ReasonSituation(Si::Suicidegedachten) => "You said you are thinking about suicide.",
        ReasonCaresFor(C::Partner) => "You care for your partner.",
        ReasonCaresFor(C::Ouder) => "You care for your father or mother.",
        ReasonCaresFor(C::Kind) => "You care for your child.",
        ReasonCaresFor(C::Ander) => "You care for someone.",
        ReasonAgeFrom => "You are {age}. This is for people aged {min} and over.",
        ReasonAgeUpTo => "You are {age}. This is for people up to {max}.",
        ReasonAgeBetween => "You are {age}. This is for people aged {min} to {max}.",
        ReasonHousehold(H::Alleen) => "You live alone.",
        ReasonHousehold(H::Samen) => "You live with your partner.",
        ReasonHousehold(H::AlleenMetKinderen) => "You live alone with your children.",
        ReasonHousehold(H::SamenMetKinderen) => "You live with your partner and children.",
        ReasonHousehold(H::Anders) => "You live with other people.",
        ReasonChildren => "Children aged {ages} live with you.",
        ReasonIncomeBelow => "Your income is below {limit}% of the social minimum. That is the limit.",
        ReasonInYourArea => "This is in your village or district: {area}.",
        ReasonOpenToEveryone => "Everyone is welcome. You do not need to apply.",
        ReasonManyLifeAreas => "You are looking for help with {n} topics. In one conversation the municipality looks at everything with you.",
        ReasonLighterHelpDidNotWork => "You said the help you had did not help enough.",
        ReasonNeedsDecision => "For “{name}” the municipality has to make a decision. That starts with this conversation.",
        OpenUnknown(Fact::Area) => "We do not know where you live.",
        OpenUnknown(Fact::Age) => "We do not know your age.",
        OpenUnknown(Fact::Household) => "We do not know who you live with.",
        OpenUnknown(Fact::ChildAges) => "We do not know how old your children are.",
        OpenUnknown(Fact::Income) => "We do not know your income.",
        OpenUnknown(Fact::Work) => "We do not know whether you work.",
        OpenUnknown(Fact::Caring) => "We do not know whether you care for someone.",
        OpenUnknown(Fact::Health) => "We do not know whether you have an illness or disability.",
        OpenUnknown(Fact::Debts) => "We do not know whether you have debts.",
        OpenUnknown(Fact::Language) => "We do not know whether you have to complete civic integration.",
        OpenUnknown(Fact::Safety | Fact::Themes | Fact::HelpTried) => "We do not know this exactly.",
        OpenIncomeNearLimit => "Your income may be above the limit of {limit}% of the social minimum.",
        FitEligible => "Fits your answers",
        FitPossibly => "May fit: please check",
        _ => "",
    }
}
