//! A phone number: a `tel:` link, or plain text on a kiosk (nothing may leave
//! the app on a public terminal, not even to a dialer).

use leptos::either::Either;
use leptos::prelude::*;

pub fn phone_number(number: &str, kiosk: bool) -> impl IntoView {
    if kiosk {
        return Either::Left(number.to_string());
    }
    let href = format!("tel:{}", number.replace(' ', ""));
    Either::Right(view! { <a href=href>{number.to_string()}</a> })
}
