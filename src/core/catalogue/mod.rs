//! The catalogue: model (HSDS-aligned), reading, and (feature `maintainer`)
//! the full check with positions in the file.

pub mod lean;
pub mod model;
#[cfg(feature = "maintainer")]
pub(crate) mod positions;
pub mod read;
#[cfg(feature = "maintainer")]
pub mod upl;
#[cfg(feature = "maintainer")]
pub mod validate;

pub use model::*;
pub use read::{read_for_residents, read_rules, read_with_findings, read_with_texts, LoadError};
