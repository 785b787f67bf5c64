//! The catalogue: model (HSDS-aligned), positions in the file, validation.

pub mod model;
// Native only: line and column of a JSON path, for the maintainers' command.
#[cfg(not(target_arch = "wasm32"))]
mod positions;
pub mod validate;

pub use model::*;
