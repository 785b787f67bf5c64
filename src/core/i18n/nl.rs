//! Dutch, B1 level: short sentences, "u", everyday words.
use super::Msg::{self, *};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        AppName => "Routekaart",
        SkipToContent => "Ga naar de inhoud",
        LanguageSwitchLabel => "Taal",
        StartTitle => "Vind hulp die bij u past",
        StartIntro => "Heeft u een vraag over geld, werk, wonen, zorg, eenzaamheid of zorgen voor iemand? Beantwoord een paar korte vragen. Dan ziet u welke hulp er is in uw gemeente.",
        StartHowLong => "Het duurt ongeveer 3 minuten. U kunt altijd een stap terug.",
        StartRouteTitle => "Wat u krijgt",
        StartRouteFree => "Eerst hulp die gratis is en dichtbij, zonder aanvraag.",
        StartRouteWalkIn => "Plekken waar u zonder afspraak binnen kunt lopen, met de tijden.",
        StartRouteSchemes => "Regelingen waar u misschien recht op heeft.",
        StartRouteTalk => "Als dat nodig is: de weg naar een gesprek met de gemeente (het keukentafelgesprek).",
        PrivacyPromiseTitle => "Uw antwoorden blijven op dit apparaat",
        PrivacyPromise => "Wij sturen uw antwoorden nergens naartoe. Wij bewaren niets en gebruiken geen cookies.",
        StartButton => "Start",
        EmergencyNote => "Is er nu gevaar? Bel 112.",
        Loading => "Routekaart wordt geladen…",
        StartFailed => "Routekaart kan niet starten. Laad de pagina opnieuw. Lukt het niet? Probeer een andere browser.",
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
        Fact::Themes => "Waar wilt u hulp bij?",
        Fact::Safety => "Is er nu gevaar, of voelt u zich niet veilig?",
        Fact::Area => "In welke kern of wijk woont u?",
        Fact::Age => "Hoe oud bent u?",
        Fact::Household => "Met wie woont u?",
        Fact::ChildAges => "Hoe oud zijn de kinderen die bij u wonen?",
        Fact::Income => "Hoe hoog is het inkomen van uw huishouden?",
        Fact::Work => "Wat doet u op dit moment vooral?",
        Fact::Caring => "Zorgt u voor iemand die ziek is of hulp nodig heeft?",
        Fact::Health => "Heeft u een ziekte, beperking of psychische klachten?",
        Fact::Debts => "Heeft u schulden of betalingsachterstanden?",
        Fact::Language => "Wilt u hulp met de Nederlandse taal?",
        Fact::HelpTried => "Heeft u al hulp gehad die niet genoeg hielp?",
    }
}

pub(super) fn question_hint(f: Fact) -> &'static str {
    match f {
        Fact::Themes => "Kies één of meer onderwerpen.",
        Fact::Safety => "Kies wat past. Bij gevaar ziet u meteen wie u kunt bellen.",
        Fact::Area => "Dan ziet u eerst hulp dicht bij huis.",
        Fact::Age => "Vul uw leeftijd in jaren in, bijvoorbeeld 42.",
        Fact::Household => "Kies wat het beste past.",
        Fact::ChildAges => "Kies alles wat past.",
        Fact::Income => {
            "Het sociaal minimum is ongeveer zo hoog als een bijstandsuitkering. Wij vragen niet naar het bedrag."
        }
        Fact::Work => "Kies wat het beste past.",
        Fact::Caring => "Bijvoorbeeld voor uw partner, een ouder of een kind. Dit heet mantelzorg.",
        Fact::Health => "Lichamelijk of psychisch. U hoeft niet te zeggen wat het is.",
        Fact::Debts => "Bijvoorbeeld rekeningen die u niet kunt betalen, of een achterstand met de huur.",
        Fact::Language => "Kies wat het beste past.",
        Fact::HelpTried => "Bijvoorbeeld hulp van familie, buren of een vrijwilliger.",
    }
}

pub(super) fn question_why(f: Fact) -> &'static str {
    match f {
        Fact::Themes => "Zo laten wij alleen hulp zien die bij uw vraag past.",
        Fact::Safety => "Bij gevaar is snelle hulp het belangrijkst. Die zetten wij dan bovenaan.",
        Fact::Area => "Sommige hulp is er alleen in uw kern of wijk. Hulp dichtbij zetten wij eerst.",
        Fact::Age => "Sommige hulp is voor een bepaalde leeftijd, bijvoorbeeld voor jongeren of 65-plussers.",
        Fact::Household => "Sommige regelingen hangen af van uw gezin.",
        Fact::ChildAges => "Sommige hulp is voor kinderen van een bepaalde leeftijd.",
        Fact::Income => "Veel regelingen zijn voor mensen met een laag inkomen. Een grens is bijvoorbeeld 120% van het sociaal minimum.",
        Fact::Work => "Er is hulp voor werkzoekenden, mensen met een uitkering en gepensioneerden.",
        Fact::Caring => "Mantelzorgers kunnen steun krijgen, en soms een waardering.",
        Fact::Health => "Dan kan er hulp zijn via de Wmo, de wet voor hulp thuis.",
        Fact::Debts => "Hoe eerder u hulp vraagt bij schulden, hoe makkelijker het op te lossen is.",
        Fact::Language => "Er zijn taalcafés en hulp bij inburgeren.",
        Fact::HelpTried => "Dan is een gesprek met de gemeente (het keukentafelgesprek) misschien de beste stap.",
    }
}

pub(super) fn theme_label(t: T) -> &'static str {
    match t {
        T::Geld => "Geld",
        T::Werk => "Werk en dagbesteding",
        T::Wonen => "Wonen",
        T::Gezondheid => "Gezondheid en zorg",
        T::Contact => "Contact met anderen",
        T::Mantelzorg => "Zorgen voor iemand (mantelzorg)",
        T::Opvoeden => "Opvoeden en jeugd",
        T::Taal => "Taal en inburgering",
        T::Veiligheid => "Veiligheid",
        T::Dagelijks => "Dagelijks leven en huishouden",
    }
}

pub(super) fn theme_hint(t: T) -> &'static str {
    match t {
        T::Geld => "Rondkomen, rekeningen, schulden, toeslagen",
        T::Werk => "Werk zoeken, vrijwilligerswerk, iets zinvols doen",
        T::Wonen => "Huur, een aangepaste woning, thuis blijven wonen",
        T::Gezondheid => "Ziekte, beperking, psychische klachten",
        T::Contact => "Eenzaam, mensen ontmoeten, meedoen",
        T::Mantelzorg => "U zorgt voor een naaste en wilt steun",
        T::Opvoeden => "Kinderen, jongeren, opgroeien",
        T::Taal => "Nederlands leren, inburgeren",
        T::Veiligheid => "Thuis niet veilig, geweld, crisis",
        T::Dagelijks => "Boodschappen, vervoer, formulieren, huishouden",
    }
}

pub(super) fn other(msg: Msg) -> &'static str {
    match msg {
        SafetyLabel(S::AcuutGevaar) => "Ja, er is nu gevaar voor iemand",
        SafetyLabel(S::OnveiligThuis) => "Ik voel me thuis niet veilig, of er is geweld",
        SafetyLabel(S::Suicidegedachten) => "Ik denk aan zelfdoding",
        SafetyNone => "Nee, niets hiervan",
        HouseholdLabel(H::Alleen) => "Alleen",
        HouseholdLabel(H::Samen) => "Met mijn partner",
        HouseholdLabel(H::AlleenMetKinderen) => "Alleen met mijn kinderen",
        HouseholdLabel(H::SamenMetKinderen) => "Met mijn partner en kinderen",
        HouseholdLabel(H::Anders) => "Anders, bijvoorbeeld bij mijn ouders",
        ChildAgeLabel(K::Baby) => "0 tot 4 jaar",
        ChildAgeLabel(K::Basisschool) => "4 tot 12 jaar",
        ChildAgeLabel(K::Tiener) => "12 tot 18 jaar",
        ChildAgeLabel(K::Volwassen) => "18 jaar of ouder",
        IncomeLabel(I::Tot110) => "Ongeveer bijstand of minder (tot 110% van het sociaal minimum)",
        IncomeLabel(I::Tot130) => "Iets meer (110% tot 130%)",
        IncomeLabel(I::Tot150) => "Meer (130% tot 150%)",
        IncomeLabel(I::Boven150) => "Veel meer (meer dan 150%)",
        WorkLabel(W::Werkend) => "Ik werk",
        WorkLabel(W::Werkzoekend) => "Ik zoek werk",
        WorkLabel(W::Uitkering) => "Ik heb een uitkering",
        WorkLabel(W::Gepensioneerd) => "Ik ben met pensioen (AOW)",
        WorkLabel(W::Scholier) => "Ik ga naar school of studeer",
        WorkLabel(W::Anders) => "Iets anders",
        CaredForLabel(C::Partner) => "Ja, voor mijn partner",
        CaredForLabel(C::Ouder) => "Ja, voor mijn vader of moeder",
        CaredForLabel(C::Kind) => "Ja, voor mijn kind",
        CaredForLabel(C::Ander) => "Ja, voor iemand anders",
        CaresForNobody => "Nee",
        LanguageLabel(L::Geen) => "Nee, dat is niet nodig",
        LanguageLabel(L::Taalhulp) => "Ja, ik wil beter Nederlands leren",
        LanguageLabel(L::Inburgering) => "Ja, ik moet inburgeren (ik ben statushouder)",
        Yes => "Ja",
        No => "Nee",
        DontKnow => "Weet ik niet",
        PreferNotToSay => "Zeg ik liever niet",
        AgeUnit => "jaar",
        WhyWeAsk => "Waarom vragen wij dit?",
        GroupTitle(G::DirectHulp) => "Direct hulp",
        GroupTitle(G::ZelfEnSamen) => "Zelf en samen",
        GroupTitle(G::Voorzieningen) => "Gratis hulp, zonder aanvraag",
        GroupTitle(G::Inloop) => "Binnenlopen zonder afspraak",
        GroupTitle(G::Regelingen) => "Regelingen",
        GroupTitle(G::Keukentafelgesprek) => "Een gesprek met de gemeente",
        GroupIntro(G::DirectHulp) => "Bel nu. Deze hulp is er dag en nacht.",
        GroupIntro(G::ZelfEnSamen) => "Dingen die u zelf kunt doen, of samen met mensen in de buurt.",
        GroupIntro(G::Voorzieningen) => "Hier kunt u zo terecht. Het is gratis en u hoeft niets aan te vragen.",
        GroupIntro(G::Inloop) => "Hier kunt u binnenlopen op de tijden die erbij staan.",
        GroupIntro(G::Regelingen) => "Hier kunt u misschien recht op hebben. U moet ze wel aanvragen.",
        GroupIntro(G::Keukentafelgesprek) => {
            "Als er meer nodig is, praat u met de gemeente over wat u nodig heeft. Dit heet het keukentafelgesprek."
        }
        ReasonAsksHelpWith => "U zoekt hulp bij: {themes}.",
        ReasonSituation(Si::Mantelzorger) => "U zorgt voor iemand.",
        ReasonSituation(Si::Statushouder) => "U moet inburgeren.",
        ReasonSituation(Si::Werkzoekend) => "U zoekt werk.",
        ReasonSituation(Si::Uitkering) => "U heeft een uitkering.",
        ReasonSituation(Si::Werkend) => "U werkt.",
        ReasonSituation(Si::Gepensioneerd) => "U bent met pensioen.",
        ReasonSituation(Si::Scholier) => "U gaat naar school of studeert.",
        ReasonSituation(Si::Beperking) => "U heeft een ziekte, beperking of psychische klachten.",
        ReasonSituation(Si::Schulden) => "U heeft schulden of betalingsachterstanden.",
        ReasonSituation(Si::Taalhulp) => "U wilt beter Nederlands leren.",
        ReasonSituation(Si::AcuutGevaar) => "U zei dat er nu gevaar is.",
        ReasonSituation(Si::OnveiligThuis) => "U zei dat u zich thuis niet veilig voelt.",
        ReasonSituation(Si::Suicidegedachten) => "U zei dat u aan zelfdoding denkt.",
        ReasonCaresFor(C::Partner) => "U zorgt voor uw partner.",
        ReasonCaresFor(C::Ouder) => "U zorgt voor uw vader of moeder.",
        ReasonCaresFor(C::Kind) => "U zorgt voor uw kind.",
        ReasonCaresFor(C::Ander) => "U zorgt voor iemand.",
        ReasonAgeFrom => "U bent {age} jaar. Dit is voor mensen vanaf {min} jaar.",
        ReasonAgeUpTo => "U bent {age} jaar. Dit is voor mensen tot en met {max} jaar.",
        ReasonAgeBetween => "U bent {age} jaar. Dit is voor mensen van {min} tot en met {max} jaar.",
        ReasonHousehold(H::Alleen) => "U woont alleen.",
        ReasonHousehold(H::Samen) => "U woont samen met uw partner.",
        ReasonHousehold(H::AlleenMetKinderen) => "U woont alleen met uw kinderen.",
        ReasonHousehold(H::SamenMetKinderen) => "U woont met uw partner en kinderen.",
        ReasonHousehold(H::Anders) => "U woont samen met anderen.",
        ReasonChildren => "Er wonen kinderen van {ages} bij u.",
        ReasonIncomeBelow => "Uw inkomen is lager dan {limit}% van het sociaal minimum. Dat is de grens.",
        ReasonInYourArea => "Dit is in uw kern of wijk: {area}.",
        ReasonOpenToEveryone => "Iedereen is welkom. U hoeft niets aan te vragen.",
        ReasonManyLifeAreas => {
            "U zoekt hulp bij {n} onderwerpen. In één gesprek kijkt de gemeente met u naar alles samen."
        }
        ReasonLighterHelpDidNotWork => "U zei dat de hulp die u had niet genoeg hielp.",
        ReasonNeedsDecision => "Voor “{name}” moet de gemeente een besluit nemen. Dat begint met dit gesprek.",
        OpenUnknown(Fact::Area) => "Wij weten niet in welke kern of wijk u woont.",
        OpenUnknown(Fact::Age) => "Wij weten uw leeftijd niet.",
        OpenUnknown(Fact::Household) => "Wij weten niet met wie u woont.",
        OpenUnknown(Fact::ChildAges) => "Wij weten niet hoe oud uw kinderen zijn.",
        OpenUnknown(Fact::Income) => "Wij weten uw inkomen niet.",
        OpenUnknown(Fact::Work) => "Wij weten niet of u werkt.",
        OpenUnknown(Fact::Caring) => "Wij weten niet of u voor iemand zorgt.",
        OpenUnknown(Fact::Health) => "Wij weten niet of u een ziekte of beperking heeft.",
        OpenUnknown(Fact::Debts) => "Wij weten niet of u schulden heeft.",
        OpenUnknown(Fact::Language) => "Wij weten niet of u moet inburgeren.",
        OpenUnknown(Fact::Safety | Fact::Themes | Fact::HelpTried) => "Wij weten dit niet precies.",
        OpenIncomeNearLimit => "Uw inkomen ligt misschien boven de grens van {limit}% van het sociaal minimum.",
        FitEligible => "Past bij uw antwoorden",
        FitPossibly => "Past misschien: vraag het na",
        _ => "",
    }
}
