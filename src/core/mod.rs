//! The pure core: no web types, no I/O beyond what callers hand in.

#[cfg(feature = "maintainer")]
pub mod acceptance;
pub mod answers;
pub mod calendar;
pub mod catalogue;
pub mod explain;
pub mod facts;
pub mod i18n;
#[cfg(feature = "maintainer")]
pub mod interchange;
pub mod journey;
pub mod matching;
pub mod norms;
pub mod opening;
#[cfg(feature = "maintainer")]
pub mod plain_language;
pub mod promise;
pub mod questionnaire;
pub mod questions;
pub mod read_aloud;
pub mod relevance;
pub mod route;
pub mod scenario;
pub mod search;
#[cfg(test)]
pub(crate) mod shipped;
#[cfg(feature = "maintainer")]
pub mod studio;
pub mod theme;
pub mod tonight;
