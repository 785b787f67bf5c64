//! The catalogue: model (HSDS-aligned), positions in the file, validation.

pub mod model;
mod positions;
pub mod validate;

pub use model::*;
