//! A gemeente's NL Design System theme mapped onto Routekaart's `--rk-*`
//! tokens. Gemeenten publish their design tokens as packages
//! (`@utrecht/design-tokens`, `@gemeente-denhaag/design-tokens-components`,
//! `@rijkshuisstijl-community/design-tokens`, the NL Design System's
//! `voorbeeld` theme, …) with a CSS file of custom properties and a tokens
//! JSON file; either is read here. The theme's own references (`var(--x)`,
//! `{a.b.c}`) are followed inside the theme; a value is kept only when it is
//! plain (`super::is_safe_value`: no `url(`, no escapes, no rules).
//!
//! Explicit `--rk-*` declarations in the theme win over the mapping. Every
//! colour is then checked against the colours it meets on a Routekaart
//! component (`PAIRS`, from `style/main.css`); a pair under WCAG AA, or a
//! colour that cannot be checked, keeps Routekaart's default for the theme's
//! token, and a [`Finding`] says so (the widget as a console warning, the
//! maintainers' `catalogue thema` on screen).

use std::collections::BTreeMap;

use super::contrast::{contrast_ratio, parse_colour};
use super::{is_safe_value, strip_comments, theme_tokens};

/// Each Routekaart token and the NL Design System tokens it is taken from,
/// first found first: the shared `--nl-*` component tokens, the `--basis-*`
/// tokens of the voorbeeld theme and its followers, and the names the
/// Utrecht, Den Haag and Rijkshuisstijl-community packages set for document
/// text, links, the primary button, focus and borders.
///
/// Routekaart's focus ring has two colours (`style/main.css`): the ring,
/// `--rk-color-focus` (also the skip link's background), and its dark edge,
/// `--rk-color-focus-text` (also the skip link's text). NL Design System's
/// focus style is a dark outline on a light focus background: the
/// background becomes the ring and the outline its edge.
pub const MAPPING: &[(&str, &[&str])] = &[
    (
        "--rk-color-text",
        &[
            "--utrecht-document-color",
            "--basis-color-default-color-document",
            "--nl-paragraph-color",
            "--rhc-color-foreground-default",
        ],
    ),
    (
        "--rk-color-background",
        &[
            "--utrecht-document-background-color",
            "--basis-color-default-bg-document",
        ],
    ),
    (
        "--rk-font-family",
        &[
            "--utrecht-document-font-family",
            "--basis-text-font-family-default",
            "--rhc-text-font-family-default",
            "--nl-paragraph-font-family",
        ],
    ),
    (
        "--rk-color-link",
        &[
            "--nl-link-color",
            "--utrecht-link-color",
            "--denhaag-link-color",
            "--basis-color-action-2-color-default",
        ],
    ),
    (
        "--rk-color-link-visited",
        &["--nl-link-visited-color", "--utrecht-link-visited-color"],
    ),
    (
        "--rk-color-primary",
        &[
            "--nl-button-primary-background-color",
            "--utrecht-button-primary-action-background-color",
            "--denhaag-button-primary-action-background-color",
        ],
    ),
    (
        "--rk-color-primary-text",
        &[
            "--nl-button-primary-color",
            "--utrecht-button-primary-action-color",
            "--denhaag-button-primary-action-color",
        ],
    ),
    (
        "--rk-color-primary-hover",
        &[
            "--nl-button-primary-hover-background-color",
            "--utrecht-button-primary-action-hover-background-color",
            "--denhaag-button-primary-action-hover-background-color",
        ],
    ),
    (
        "--rk-color-focus",
        &["--utrecht-focus-background-color", "--basis-focus-background-color"],
    ),
    (
        "--rk-color-focus-text",
        &[
            "--utrecht-focus-outline-color",
            "--basis-focus-outline-color",
            "--rhc-focus-outline-color",
        ],
    ),
    (
        "--rk-color-border",
        &[
            "--utrecht-form-control-border-color",
            "--basis-color-default-border-default",
        ],
    ),
];

/// Routekaart's own colours (`style/tokens.css`; a test holds them equal).
pub const DEFAULT_COLOURS: &[(&str, &str)] = &[
    ("--rk-color-text", "#1a1a1a"),
    ("--rk-color-text-subtle", "#4a4a4a"),
    ("--rk-color-background", "#ffffff"),
    ("--rk-color-surface", "#f3f3f3"),
    ("--rk-color-border", "#6b6b6b"),
    ("--rk-color-primary", "#1f4e8c"),
    ("--rk-color-primary-text", "#ffffff"),
    ("--rk-color-primary-hover", "#163a69"),
    ("--rk-color-link", "#1f4e8c"),
    ("--rk-color-link-visited", "#5a2d82"),
    ("--rk-color-focus", "#ffbf47"),
    ("--rk-color-focus-text", "#0b0c0c"),
    ("--rk-color-danger", "#b00020"),
    ("--rk-color-danger-surface", "#fdecee"),
    ("--rk-color-success", "#1e6b35"),
    ("--rk-color-notice-surface", "#eef4fb"),
];

/// The colours that meet on Routekaart's components (`style/main.css`) and
/// the contrast WCAG 2.2 AA asks of them: text 4.5:1 (1.4.3), borders and
/// the focus ring's edge 3:1 (1.4.11).
pub const PAIRS: &[(&str, &str, f64)] = &[
    ("--rk-color-text", "--rk-color-background", 4.5),
    ("--rk-color-text", "--rk-color-surface", 4.5),
    ("--rk-color-text", "--rk-color-notice-surface", 4.5),
    ("--rk-color-text-subtle", "--rk-color-background", 4.5),
    ("--rk-color-link", "--rk-color-background", 4.5),
    ("--rk-color-link-visited", "--rk-color-background", 4.5),
    ("--rk-color-primary-text", "--rk-color-primary", 4.5),
    ("--rk-color-primary-text", "--rk-color-primary-hover", 4.5),
    ("--rk-color-focus-text", "--rk-color-focus", 4.5),
    ("--rk-color-focus-text", "--rk-color-background", 3.0),
    ("--rk-color-border", "--rk-color-background", 3.0),
    ("--rk-color-danger", "--rk-color-background", 4.5),
    ("--rk-color-success", "--rk-color-background", 4.5),
];

/// Where a Routekaart token's value came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// The theme set this `--rk-*` token itself.
    Explicit,
    /// Mapped from this token of the theme.
    Theme(String),
}

/// One `--rk-*` token of the mapped theme.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub name: String,
    pub value: String,
    pub from: Source,
}

/// What the mapping could not take over, and why.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A JSON file that is not JSON (byte offset).
    NotJson { at: usize },
    /// Neither a known NL Design System token nor a `--rk-*` token.
    NothingFound,
    /// The theme's token has no plain value (a `url(`, an escape, a reference
    /// that points nowhere in the theme, too long): not taken.
    Unusable { token: &'static str, from: String },
    /// A colour of the theme that cannot be checked (not opaque, a function
    /// or name this check does not read): Routekaart's default is kept.
    Unchecked { token: String, value: String, from: Source },
    /// Too little contrast with `other` on a Routekaart component:
    /// Routekaart's default is kept for `token`.
    Contrast {
        token: String,
        value: String,
        from: Source,
        other: String,
        other_value: String,
        ratio: f64,
        needed: f64,
    },
}

/// A theme mapped onto Routekaart's tokens.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapping {
    pub tokens: Vec<Token>,
    pub findings: Vec<Finding>,
}

impl Mapping {
    /// The value the theme gives `name`, if it kept one.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.tokens.iter().find(|t| t.name == name).map(|t| t.value.as_str())
    }

    /// The tokens as one rule.
    pub fn rule(&self, selector: &str) -> String {
        let body: String = self.tokens.iter().map(|t| format!("{}:{};", t.name, t.value)).collect();
        format!("{selector}{{{body}}}")
    }

    /// The tokens as a stylesheet a gemeente serves as its Routekaart theme.
    pub fn stylesheet(&self) -> String {
        let mut out = String::from(
            "/* Routekaart-thema: de --rk-* design tokens uit een NL Design System-thema,\n   gemaakt met `catalogue thema`. */\n.rk-root {\n",
        );
        for t in &self.tokens {
            out.push_str(&format!("  {}: {};\n", t.name, t.value));
        }
        out.push_str("}\n");
        out
    }
}

/// Reads a theme (CSS custom properties, or a tokens JSON file when it
/// starts with `{`) and maps it onto Routekaart's tokens.
pub fn map_theme(text: &str) -> Mapping {
    let mut findings = Vec::new();
    let (decls, explicit) = if text.trim_start().starts_with('{') {
        match super::super::catalogue::lean::token_leaves(text) {
            Ok(leaves) => {
                let decls: Vec<(String, String)> = leaves
                    .into_iter()
                    .map(|(n, v)| (format!("--{n}"), json_references(&v)))
                    .collect();
                let explicit = decls
                    .iter()
                    .filter(|(n, v)| super::is_token_name(n) && is_safe_value(v))
                    .cloned()
                    .collect();
                (decls, explicit)
            }
            Err(at) => {
                return Mapping {
                    tokens: Vec::new(),
                    findings: vec![Finding::NotJson { at }],
                }
            }
        }
    } else {
        (plain_declarations(text), theme_tokens(text))
    };
    let theme: BTreeMap<&str, &str> = decls.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();

    let mut tokens: Vec<Token> = Vec::new();
    for (rk, names) in MAPPING {
        let mut unusable = None;
        for &name in *names {
            let Some(value) = theme.get(name) else { continue };
            match resolve(value, &theme, 0).filter(|v| is_safe_value(v) && !v.contains("var(")) {
                Some(value) => {
                    tokens.push(Token {
                        name: rk.to_string(),
                        value,
                        from: Source::Theme(name.to_string()),
                    });
                    unusable = None;
                    break;
                }
                None => {
                    unusable.get_or_insert(name);
                }
            }
        }
        if let Some(name) = unusable {
            findings.push(Finding::Unusable {
                token: rk,
                from: name.to_string(),
            });
        }
    }
    for (name, value) in explicit {
        tokens.retain(|t| t.name != name);
        tokens.push(Token {
            name,
            value,
            from: Source::Explicit,
        });
    }
    if tokens.is_empty() && findings.is_empty() {
        findings.push(Finding::NothingFound);
    }
    check_colours(&mut tokens, &mut findings);
    Mapping { tokens, findings }
}

/// Keeps Routekaart's default for every colour of the theme that cannot be
/// checked or fails a pair of `PAIRS`, until every pair passes.
fn check_colours(tokens: &mut Vec<Token>, findings: &mut Vec<Finding>) {
    let default = |name: &str| DEFAULT_COLOURS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    // A colour token's value with references to other `--rk-*` tokens followed.
    let effective = |tokens: &[Token], name: &str| -> Option<String> {
        let lookup: BTreeMap<&str, &str> = DEFAULT_COLOURS
            .iter()
            .copied()
            .chain(tokens.iter().map(|t| (t.name.as_str(), t.value.as_str())))
            .collect();
        resolve(lookup.get(name)?, &lookup, 0)
    };
    let colour_names: Vec<String> = tokens
        .iter()
        .filter(|t| default(&t.name).is_some())
        .map(|t| t.name.clone())
        .collect();
    for name in colour_names {
        let value = effective(tokens, &name).unwrap_or_default();
        if parse_colour(&value).is_none() {
            if let Some(i) = tokens.iter().position(|t| t.name == name) {
                let t = tokens.remove(i);
                findings.push(Finding::Unchecked {
                    token: t.name,
                    value: t.value,
                    from: t.from,
                });
            }
        }
    }
    // Each round drops at least one token of the theme, so this ends; with
    // none left every pair is Routekaart's own, which passes.
    loop {
        let mut dropped = false;
        for &(fg, bg, needed) in PAIRS {
            let (Some(f), Some(b)) = (effective(tokens, fg), effective(tokens, bg)) else {
                continue;
            };
            let (Some(fc), Some(bc)) = (parse_colour(&f), parse_colour(&b)) else {
                continue;
            };
            let ratio = contrast_ratio(fc, bc);
            if ratio >= needed {
                continue;
            }
            // The theme's foreground first; else its background.
            let (culprit, other, other_value) = if tokens.iter().any(|t| t.name == fg) {
                (fg, bg, b)
            } else if tokens.iter().any(|t| t.name == bg) {
                (bg, fg, f)
            } else {
                continue;
            };
            if let Some(i) = tokens.iter().position(|t| t.name == culprit) {
                let t = tokens.remove(i);
                findings.push(Finding::Contrast {
                    token: t.name,
                    value: t.value,
                    from: t.from,
                    other: other.to_string(),
                    other_value,
                    ratio,
                    needed,
                });
                dropped = true;
            }
        }
        if !dropped {
            break;
        }
    }
}

/// `{a.b.c}` references of a tokens JSON file as `var(--a-b-c)`.
fn json_references(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 1..close];
        out.push_str(&rest[..open]);
        if !inner.is_empty()
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        {
            out.push_str("var(--");
            out.push_str(&inner.replace('.', "-"));
            out.push(')');
        } else {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// `value` with every `var(--x)` replaced by the theme's `--x` (its
/// fallback when the theme has none); `None` when a reference cannot be
/// followed (absent without a fallback, a cycle, deeper than 16 steps) or
/// the value grows longer than a token may be.
fn resolve(value: &str, theme: &BTreeMap<&str, &str>, depth: u8) -> Option<String> {
    if depth > 16 {
        return None;
    }
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find("var(") {
        let inner_start = at + 4;
        let mut open = 1;
        let mut end = None;
        for (i, c) in rest[inner_start..].char_indices() {
            match c {
                '(' => open += 1,
                ')' => {
                    open -= 1;
                    if open == 0 {
                        end = Some(inner_start + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let end = end?;
        let inner = &rest[inner_start..end];
        let (name, fallback) = match inner.split_once(',') {
            Some((n, f)) => (n.trim(), Some(f.trim())),
            None => (inner.trim(), None),
        };
        out.push_str(&rest[..at]);
        let replacement = match theme.get(name) {
            Some(v) => resolve(v, theme, depth + 1)?,
            None => resolve(fallback?, theme, depth + 1)?,
        };
        out.push_str(&replacement);
        if out.len() > super::MAX_VALUE {
            return None;
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out.trim().to_string())
}

/// The custom properties of a theme's top-level rules whose selector is a
/// theme's own (`:root`, `:host`, `html` or one class, as the packages
/// write them): not those in `@media` or other at-rules (a dark or a
/// narrow variant) nor those of one component (`.theme .footer`). Later
/// declarations win, as in CSS.
fn plain_declarations(css: &str) -> Vec<(String, String)> {
    let css = strip_comments(css);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut depth = 0usize;
    let mut collecting = false;
    let mut start = 0;
    let take = |decl: &str, out: &mut Vec<(String, String)>| {
        let Some((name, value)) = decl.split_once(':') else {
            return;
        };
        let name = name.trim();
        let value = value.trim().trim_end_matches("!important").trim();
        if name.len() > 2
            && name.starts_with("--")
            && name[2..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            out.retain(|(n, _)| n != name);
            out.push((name.to_string(), value.to_string()));
        }
    };
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                collecting = depth == 0 && is_theme_selector(css[start..i].trim());
                depth += 1;
                start = i + 1;
            }
            '}' => {
                if depth == 1 && collecting {
                    take(&css[start..i], &mut out);
                }
                depth = depth.saturating_sub(1);
                collecting = false;
                start = i + 1;
            }
            ';' => {
                if depth == 1 && collecting {
                    take(&css[start..i], &mut out);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

fn is_theme_selector(prelude: &str) -> bool {
    !prelude.is_empty()
        && prelude.split(',').all(|s| {
            let s = s.trim();
            matches!(s, ":root" | ":host" | "html")
                || s.strip_prefix('.').is_some_and(|class| {
                    !class.is_empty() && class.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                })
        })
}

impl Finding {
    /// The finding in Dutch, for the widget's console and `catalogue thema`.
    pub fn sentence(&self) -> String {
        let from = |s: &Source| match s {
            Source::Explicit => String::new(),
            Source::Theme(name) => format!(", uit {name}"),
        };
        let ratio = |r: f64| format!("{:.2}", r).replace('.', ",");
        match self {
            Finding::NotJson { at } => format!("het thema is geen geldige JSON (bij teken {at}); niets overgenomen."),
            Finding::NothingFound => {
                "het thema heeft geen bekende NL Design System-tokens en geen --rk-tokens; niets overgenomen.".to_string()
            }
            Finding::Unusable { token, from } => format!(
                "{from} heeft geen eenvoudige waarde (een url(, een verwijzing die niet in het thema staat, of te lang); \
                 {token} houdt de kleur of waarde van Routekaart."
            ),
            Finding::Unchecked { token, value, from: src } => format!(
                "{} ({token}: {value}{}) kan niet gecontroleerd worden op contrast (niet ondoorzichtig of een onbekende \
                 vorm); Routekaart houdt zijn eigen kleur.",
                describe(token),
                from(src)
            ),
            Finding::Contrast {
                token,
                value,
                from: src,
                other,
                other_value,
                ratio: r,
                needed,
            } => format!(
                "{} ({token}: {value}{}) heeft te weinig contrast met {} ({other_value}): {}:1, nodig is {}:1 \
                 (WCAG {}); Routekaart houdt zijn eigen kleur.",
                describe(token),
                from(src),
                describe(other),
                ratio(*r),
                ratio(*needed).trim_end_matches('0').trim_end_matches(','),
                if *needed >= 4.5 { "1.4.3" } else { "1.4.11" },
            ),
        }
    }
}

/// A token in words.
fn describe(token: &str) -> &'static str {
    match token {
        "--rk-color-text" => "de tekstkleur",
        "--rk-color-text-subtle" => "de kleur van toelichtingen",
        "--rk-color-background" => "de achtergrond",
        "--rk-color-surface" => "de kleur van vlakken",
        "--rk-color-notice-surface" => "de kleur van meldingen",
        "--rk-color-border" => "de kleur van randen en lijnen",
        "--rk-color-primary" => "de kleur van de hoofdknop",
        "--rk-color-primary-text" => "de tekst op de hoofdknop",
        "--rk-color-primary-hover" => "de hoofdknop onder de muis",
        "--rk-color-link" => "de kleur van links",
        "--rk-color-link-visited" => "de kleur van bezochte links",
        "--rk-color-focus" => "de focusring",
        "--rk-color-focus-text" => "de rand van de focusring",
        "--rk-color-danger" => "de kleur van waarschuwingen",
        "--rk-color-success" => "de kleur van 'gelukt'",
        _ => "een kleur",
    }
}
