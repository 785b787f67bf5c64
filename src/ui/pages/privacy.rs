//! The privacy page in B1 language: what happens to the answers.

use leptos::prelude::*;

use crate::core::i18n::{t, Msg};
use crate::ui::components::{BackLink, Heading};
use crate::ui::state::use_ctx;
use crate::ui::title::set_title;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let ctx = use_ctx();
    // Built afresh for every language (see `app::screen_key`): plain text.
    let lang = ctx.lang.get_untracked();
    Effect::new(move |_| set_title(ctx, t(lang, Msg::PrivacyTitle), false));
    let points = [
        Msg::PrivacyDevice,
        Msg::PrivacyNothingSent,
        Msg::PrivacyNoCookies,
        Msg::PrivacyNoThirdParty,
        Msg::PrivacyMemoryOnly,
        Msg::PrivacyShareLink,
        Msg::PrivacyWipe,
        Msg::PrivacyQuickExit,
        Msg::PrivacyKiosk,
        Msg::PrivacyReadAloud,
    ];
    // Inside a gemeente's website the promise has a limit Routekaart cannot
    // close: that website's own scripts run on the same page.
    let widget = ctx.widget.then(|| {
        let href = format!("{}index.html", ctx.base.get_value());
        view! {
            <p class="rk-notice">
                {t(lang, Msg::PrivacyWidget)} " "
                <a href=href target="_blank" rel="noopener noreferrer">{t(lang, Msg::PrivacyWidgetLink)}</a>
            </p>
        }
    });
    view! {
        <div class="rk-page rk-privacy-page">
            <BackLink/>
            <Heading level=1 class="rk-heading-1" page=true>{t(lang, Msg::PrivacyTitle)}</Heading>
            {widget}
            <ul class="rk-card__list">
                // A kiosk's "Snel weg" restarts it for the next visitor; the
                // kiosk's own point says so.
                {points
                    .into_iter()
                    .filter(|m| !(ctx.is_kiosk() && *m == Msg::PrivacyQuickExit))
                    .map(|m| view! { <li>{t(lang, m)}</li> })
                    .collect_view()}
            </ul>
        </div>
    }
}
