//! Routekaart: a sociale routekaart for Dutch municipalities.
//!
//! * [`core`] is plain Rust (no web types): catalogue model and validation,
//!   questionnaire, matching, route order, translations. Tested natively.
//! * `ui` (wasm only) renders the core's state with Leptos and forwards events.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The maintainers' `catalogue` command.
#[cfg(feature = "maintainer")]
pub mod cli;

// No allocator of our own: std's (dlmalloc) is in the wasm anyway, because
// std's `thread::current`, which leptos reaches through send_wrapper, uses
// it directly; a second allocator beside it would cost first-visit bytes.
