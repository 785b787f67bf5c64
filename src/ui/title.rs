//! The document title: "Vraag 2 van 6: Wonen – Routekaart Heusden", with
//! "Fout: " in front while an error shows. A widget leaves the host's title alone.

use leptos::prelude::*;

use crate::core::i18n::{t, tf, Msg};
use crate::ui::state::Ctx;

pub fn set_title(ctx: Ctx, page: &str, error: bool) {
    if ctx.widget {
        return; // the host page's title is not ours
    }
    let lang = ctx.lang.get_untracked();
    let gemeente = ctx.gemeente.get_untracked().map(|g| g.name).unwrap_or_default();
    let suffix = tf(lang, Msg::TitleSuffix, &[("gemeente", &gemeente)]);
    // Translator files trim a text's end: the space is added here.
    let prefix = if error {
        format!("{} ", t(lang, Msg::ErrorPrefix))
    } else {
        String::new()
    };
    document().set_title(&format!("{prefix}{page} – {}", suffix.trim()));
}
