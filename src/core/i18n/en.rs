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
    }
}
