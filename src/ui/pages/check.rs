//! "Kloppen uw antwoorden?": every asked question with its answer and "Wijzig".

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::catalogue::Catalogue;
use crate::core::i18n::{t, t_about, Msg};
use crate::core::journey::Screen;
use crate::core::questionnaire::answer_text;
use crate::ui::components::{BackLink, Heading, WipeButton};
use crate::ui::state::use_ctx;
use crate::ui::title::set_title;

/// Built afresh for every language (see `app::screen_key`), and the answers
/// cannot change while it shows: plain values.
#[component]
pub fn CheckPage(cat: Arc<Catalogue>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let answers = ctx.answers.get_untracked();
    let about = answers.about();
    Effect::new(move |_| set_title(ctx, t(lang, Msg::CheckTitle), false));
    let rows = ctx
        .questions(&cat, &answers)
        .shown(&answers)
        .into_iter()
        .map(|fact| {
            let text = answer_text(lang, fact, &cat, &answers);
            view! {
                <div class="rk-summary__row">
                    <dt class="rk-summary__key">{t_about(lang, Msg::QuestionTitle(fact), about)}</dt>
                    <dd class="rk-summary__value">{text}</dd>
                    <dd class="rk-summary__action">
                        <button type="button" class="rk-button rk-button--subtle" on:click=move |_| {
                            ctx.go(Screen::Question(fact));
                        }>
                            {t(lang, Msg::Change)}
                            <span class="rk-visually-hidden">{format!(": {}", t_about(lang, Msg::QuestionTitle(fact), about))}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="rk-page">
            <BackLink/>
            <Heading level=1 class="rk-heading-1" page=true>{t(lang, Msg::CheckTitle)}</Heading>
            <p>{t(lang, Msg::CheckIntro)}</p>
            <dl class="rk-summary">{rows}</dl>
            <button type="button" class="rk-button rk-button--primary" on:click=move |_| ctx.go(Screen::Results)>
                {t(lang, Msg::ShowResults)}
            </button>
            <WipeButton/>
        </div>
    }
}
