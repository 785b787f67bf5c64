//! A phone number: a `tel:` link, or plain text on a kiosk (nothing may leave
//! the app on a public terminal, not even to a dialer). An invented number
//! (example data) is never a link, so nobody dials a stranger by mistake,
//! and it says that it is made up.

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::i18n::{t, Lang, Msg};

pub fn phone_number(number: &str, invented: bool, lang: Lang, kiosk: bool) -> impl IntoView {
    if invented {
        let label = format!("{number} ({})", t(lang, Msg::ExampleNumber));
        return Either::Left(view! { <span class="rk-example">{label}</span> });
    }
    if kiosk {
        return Either::Right(Either::Left(number.to_string()));
    }
    let href = format!("tel:{}", number.replace(' ', ""));
    Either::Right(Either::Right(view! { <a href=href>{number.to_string()}</a> }))
}
