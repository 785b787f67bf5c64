//! The app shell: language, skip link, header and the current page.

use leptos::prelude::*;

use super::pages::start::StartPage;
use crate::core::i18n::{t, Lang, Msg};

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Lang::default());
    provide_context(lang);

    // Keep the document's language in step with the interface (WCAG 3.1.1).
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });

    view! {
        <div class="rk-shell" lang=move || lang.get().code() dir=move || lang.get().dir()>
            <a class="rk-skip-link" href="#rk-main">{move || t(lang.get(), Msg::SkipToContent)}</a>
            <header class="rk-header">
                <span class="rk-header__name">{move || t(lang.get(), Msg::AppName)}</span>
                <LanguageSwitch/>
            </header>
            <main id="rk-main" class="rk-main" tabindex="-1">
                <StartPage/>
            </main>
        </div>
    }
}

/// Buttons for each language, named in that language (with its own `lang`).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let lang = expect_context::<RwSignal<Lang>>();
    view! {
        <nav class="rk-lang" aria-label=move || t(lang.get(), Msg::LanguageSwitchLabel)>
            <ul class="rk-lang__list">
                {Lang::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="rk-button rk-button--subtle"
                                    lang=option.code()
                                    aria-pressed=move || (lang.get() == option).to_string()
                                    on:click=move |_| lang.set(option)
                                >
                                    {option.endonym()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
