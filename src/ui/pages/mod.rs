//! One module per screen. Pages render the core's state and report what the
//! resident did; where to go next is decided by `core::journey`. Pages do
//! not import each other or the app shell.

#[cfg(feature = "search")]
pub mod all_help;
pub mod check;
pub mod choose;
pub mod privacy;
pub mod question;
pub mod results;
pub mod start;
