//! Small shared pieces: back link, error summary, wipe button.

use leptos::prelude::*;

use crate::core::i18n::{t, Msg};
use crate::ui::state::use_ctx;

/// A back link that behaves like the browser's Back (answers are kept).
#[component]
pub fn BackLink() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <a
            class="rk-back-link"
            href="#"
            on:click=move |ev| {
                ev.prevent_default();
                ctx.back();
            }
        >
            <Tr msg=Msg::Back/>
        </a>
    }
}

/// GOV.UK-style error summary: gets focus, links to the field.
#[component]
pub fn ErrorSummary(error: RwSignal<Option<Msg>>, field_id: String) -> impl IntoView {
    let ctx = use_ctx();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if error.get().is_some() {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        let field_id = field_id.clone();
        error.get().map(|msg| {
            view! {
                <div class="rk-error-summary" role="alert" tabindex="-1" node_ref=node aria-labelledby="rk-error-summary-title">
                    <Heading level=2 class="rk-heading-2" id="rk-error-summary-title">{t(ctx.lang.get(), Msg::ErrorSummaryTitle)}</Heading>
                    <ul class="rk-error-summary__list">
                        <li>
                            <a href=format!("#{field_id}") on:click=move |ev| {
                                ev.prevent_default();
                                use wasm_bindgen::JsCast;
                                // Look up the field in this app's own root (a shadow root in a widget).
                                let root = ev
                                    .target()
                                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                                    .map(|n| n.get_root_node());
                                let field = root.and_then(|r| {
                                    r.dyn_ref::<web_sys::ShadowRoot>()
                                        .and_then(|sr| sr.get_element_by_id(&field_id))
                                        .or_else(|| document().get_element_by_id(&field_id))
                                });
                                if let Some(el) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                                    let _ = el.focus();
                                }
                            }>{t(ctx.lang.get(), msg)}</a>
                        </li>
                    </ul>
                </div>
            }
        })
    }
}

/// "Wis mijn antwoorden": on every page of the journey.
#[component]
pub fn WipeButton() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <p class="rk-wipe">
            <button
                type="button"
                class="rk-button rk-button--subtle"
                on:click=move |_| {
                    ctx.wipe();
                    ctx.notice.set(Some(Msg::AnswersCleared));
                }
            >
                <Tr msg=Msg::ClearAnswers/>
            </button>
        </p>
    }
}

/// "Snel weg": wipes everything and replaces this page in the history with a
/// neutral one, so Back does not return here. A kiosk must not be left on a
/// blank page for the next visitor: there it wipes and restarts at once.
#[component]
pub fn QuickExit() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button
            type="button"
            class="rk-button rk-quick-exit"
            on:click=move |_| {
                if ctx.is_kiosk() {
                    crate::ui::kiosk::reset_kiosk();
                    return;
                }
                ctx.wipe();
                let _ = window().location().replace("about:blank");
            }
        >
            <Tr msg=Msg::QuickExit/>
        </button>
    }
}

/// Direct help stays at the top of every following page once an answer
/// signals danger: never hidden behind the remaining questions.
#[component]
pub fn DirectHelpPanel(cat: std::sync::Arc<crate::core::catalogue::Catalogue>) -> impl IntoView {
    use crate::core::matching::{suggest, Group};
    let ctx = use_ctx();
    let kiosk = ctx.is_kiosk();
    move || {
        let answers = ctx.answers.get();
        if !answers.signals_danger() {
            return None;
        }
        let lang = ctx.lang.get();
        let items = suggest(&cat, &answers)
            .into_iter()
            .filter(|s| s.group == Group::DirectHulp)
            .map(|s| {
                let phones = s
                    .service
                    .phones
                    .iter()
                    .enumerate()
                    // Commas keep two numbers apart, also as plain text on a kiosk.
                    .map(|(i, p)| view! { {if i == 0 { " " } else { ", " }} {phone_number(&p.number, kiosk)} })
                    .collect_view();
                view! { <li><strong>{s.service.name.get(lang).0.to_string()}</strong>{phones}</li> }
            })
            .collect_view();
        Some(view! {
            <section class="rk-group rk-group--directhulp rk-direct">
                <Heading level=2 class="rk-heading-2" id="rk-direct-title">{t(lang, Msg::GroupTitle(Group::DirectHulp))}</Heading>
                <p>{t(lang, Msg::GroupIntro(Group::DirectHulp))}</p>
                <ul class="rk-card__list">{items}</ul>
            </section>
        })
    }
}

/// A phone number: a `tel:` link, or plain text on a kiosk (nothing may leave
/// the app on a public terminal, not even to a dialer).
pub fn phone_number(number: &str, kiosk: bool) -> impl IntoView {
    use leptos::either::Either;
    if kiosk {
        return Either::Left(number.to_string());
    }
    let href = format!("tel:{}", number.replace(' ', ""));
    Either::Right(view! { <a href=href>{number.to_string()}</a> })
}

/// A heading whose level follows the embedding page: in a widget with
/// `data-kopniveau="2"` the page title is an h2 and everything below shifts.
/// The page title (`page`) can take focus and is focused on every step.
/// Typed children: `Children` would erase each child type into an `AnyView`,
/// which compiles every render method of it.
#[component]
pub fn Heading<C: IntoView + 'static>(
    level: u8,
    #[prop(into)] class: String,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] page: bool,
    #[prop(default = None)] lang: Option<&'static str>,
    children: TypedChildren<C>,
) -> impl IntoView {
    let ctx = use_ctx();
    let level = (level + ctx.heading_offset).clamp(1, 6);
    // One element type whatever the level: six typed variants would each
    // bring their own rendering code into the wasm.
    let tag = ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level) - 1];
    leptos::html::custom(tag)
        .attr("class", class)
        .attr("id", id)
        .attr("tabindex", page.then_some("-1"))
        .attr("data-rk-page-heading", page.then_some(""))
        .attr("lang", lang)
        .child(children.into_inner()())
}

/// A translated text that follows the language switch. One component for
/// every call site: each distinct closure would get its own rendering code
/// in the wasm.
#[component]
pub fn Tr(msg: Msg) -> impl IntoView {
    let lang = use_ctx().lang;
    move || t(lang.get(), msg)
}

/// Renders `view(state)` afresh whenever `key(&state())` changes: the old
/// tree is dropped and a new one built, never diffed. Diffing a big tree needs
/// a `rebuild` for every element type in it (many KB of wasm for a results
/// page); a page that changes as a whole (language, answers) gains nothing
/// from it. A `For` over one keyed item does exactly this.
pub fn fresh<T, K, V>(
    state: impl Fn() -> T + Send + 'static,
    key: fn(&T) -> K,
    view: impl Fn(T) -> V + Send + Clone + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    K: Eq + std::hash::Hash + 'static,
    V: IntoView + 'static,
{
    view! { <For each=move || Some(state()) key=key children=view/> }
}
