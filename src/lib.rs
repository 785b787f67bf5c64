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

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
