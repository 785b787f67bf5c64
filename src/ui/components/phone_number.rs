//! A phone number: a `tel:` link, or plain text on a kiosk (nothing may leave
//! the app on a public terminal, not even to a dialer). An invented number
//! (example data) is never a link, so nobody dials a stranger by mistake,
//! and it says that it is made up.

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::i18n::{t, Lang, Msg};

pub fn phone_number(number: &str, invented: bool, lang: Lang, kiosk: bool) -> impl IntoView {
    if invented {
        let label = format!(" ({})", t(lang, Msg::ExampleNumber));
        return Either::Left(
            view! { <span class="rk-example"><bdi dir="ltr">{number.to_string()}</bdi>{label}</span> },
        );
    }
    // On a kiosk, and for anything that is not a plain number, text only.
    let href = match crate::core::explain::phone_link(number) {
        Some(href) if !kiosk => href,
        _ => return Either::Right(Either::Left(view! { <bdi dir="ltr">{number.to_string()}</bdi> })),
    };
    // Groups of digits would swap places in a right-to-left sentence
    // ("0800 0113" read as "0113 0800"): a number always runs left to right.
    Either::Right(Either::Right(view! { <a href=href dir="ltr">{number.to_string()}</a> }))
}
