//! A heading whose level follows the embedding page: in a widget with
//! `data-kopniveau="2"` the page title is an h2 and everything below shifts.
//! The page title (`page`) can take focus and is focused on every step.

use leptos::prelude::*;

use crate::ui::state::use_ctx;

/// Typed children: `Children` would erase each child type into an `AnyView`,
/// which compiles every render method of it.
#[component]
pub fn Heading<C: IntoView + 'static>(
    level: u8,
    #[prop(into)] class: String,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] page: bool,
    #[prop(default = None)] lang: Option<&'static str>,
    #[prop(default = None)] dir: Option<&'static str>,
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
        .attr("dir", dir)
        .child(children.into_inner()())
}
