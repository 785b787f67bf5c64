//! Renders `view(state)` afresh whenever `key(&state())` changes: the old
//! tree is dropped and a new one built, never diffed. Diffing a big tree needs
//! a `rebuild` for every element type in it (much wasm for a results page);
//! a page that changes as a whole (language, answers) gains nothing from it.
//! A `For` over one keyed item does exactly this.

use leptos::prelude::*;

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
