//! The catalogue: model (HSDS-aligned), loading and validation.

pub mod model;

pub use model::*;
