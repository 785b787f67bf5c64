//! A QR code (made in the app, no network) for `text`, with the text beside
//! it: on a kiosk, links become QR codes to take home on a phone.

use leptos::prelude::*;

/// In the resident's build (no feature `kiosk`) only the text: the QR
/// encoder is not in its wasm, and no kiosk page reaches this there.
#[cfg(not(feature = "kiosk"))]
#[component]
pub fn QrCode(text: String, #[prop(into)] label: String) -> impl IntoView {
    let _ = label;
    view! { <code class="rk-code">{text}</code> }
}

#[cfg(feature = "kiosk")]
#[component]
pub fn QrCode(text: String, #[prop(into)] label: String) -> impl IntoView {
    let svg = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L)
        .map(|code| qr_svg(code.width(), &code.to_colors()))
        .unwrap_or_default();
    view! {
        <figure class="rk-qr">
            <div class="rk-qr__code" role="img" aria-label=label inner_html=svg></div>
            <figcaption class="rk-qr__text"><code class="rk-code">{text}</code></figcaption>
        </figure>
    }
}

#[cfg(feature = "kiosk")]
/// The QR matrix as one SVG path: one `h1v1h-1z` square per dark module,
/// with a 4-module quiet zone. Written here because the crate's renderer
/// costs more wasm than the whole path.
fn qr_svg(width: usize, colors: &[qrcode::Color]) -> String {
    let size = width + 8;
    let mut path = String::with_capacity(colors.len() * 6);
    for (i, c) in colors.iter().enumerate() {
        if *c == qrcode::Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    )
}
