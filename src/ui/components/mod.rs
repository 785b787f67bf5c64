//! Shared pieces of the pages, one file per component. They render state
//! and forward events; decisions live in `core`.

mod all_help_link;
mod back_link;
mod catalogue_gate;
mod direct_help;
mod error_summary;
mod fresh;
mod heading;
mod jump_link;
mod phone_number;
mod qr_code;
mod quick_exit;
mod read_aloud;
mod service_card;
mod tr;
mod wipe_button;

pub use all_help_link::AllHelpLink;
pub use back_link::BackLink;
pub use catalogue_gate::{catalogue_key, gated};
pub use direct_help::{now_words, DirectHelpPanel};
pub use error_summary::ErrorSummary;
pub use fresh::fresh;
pub use heading::Heading;
pub use jump_link::{focus_in_own_root, own_shadow_root, JumpLink};
pub use phone_number::phone_number;
pub use qr_code::QrCode;
pub use quick_exit::{leaving, Leaving, QuickExit};
pub use read_aloud::{stop as stop_reading, voices_signal, ReadAloud};
pub use service_card::{card, card_id, card_noted, first_step_line, open_all_details, text_dir, text_lang, Render};
pub use tr::Tr;
#[cfg(feature = "kiosk")]
pub use wipe_button::ConfirmWipe;
pub use wipe_button::WipeButton;
