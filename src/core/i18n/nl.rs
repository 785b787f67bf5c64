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
    }
}
