//! Issue 30: gemeenten's NL Design System themes mapped onto Routekaart's
//! `--rk-*` tokens (`core::theme::map_theme`), on real packages.
//!
//! `tests/fixtures/themes/` holds excerpts of four published packages (the
//! declarations the mapping reads and what they refer to, written by
//! `node tests/fixtures/themes/excerpt.mjs` from the pinned dev dependencies
//! in package.json); when `npm ci` has installed the packages, the whole
//! files are mapped too and must give the same result.

use std::path::Path;

use routekaart::core::theme::{map_theme, Finding, Mapping, Source};

/// (package@version, file in the package, excerpt in tests/fixtures/themes)
const PACKAGES: &[(&str, &str, &str)] = &[
    ("@utrecht/design-tokens@5.0.1", "dist/index.css", "utrecht.css"),
    (
        "@gemeente-denhaag/design-tokens-components@4.1.0",
        "dist/index.css",
        "denhaag.css",
    ),
    (
        "@nl-design-system-unstable/voorbeeld-design-tokens@7.4.1",
        "dist/theme.css",
        "voorbeeld.css",
    ),
    (
        "@rijkshuisstijl-community/design-tokens@11.1.0",
        "dist/kern-lintblauw/index.css",
        "rijkshuisstijl.css",
    ),
    (
        "@rijkshuisstijl-community/design-tokens@11.1.0",
        "dist/kern-lintblauw/index.tokens.json",
        "rijkshuisstijl.tokens.json",
    ),
    (
        "@gemeente-denhaag/design-tokens-components@4.1.0",
        "dist/index.json",
        "denhaag.tokens.json",
    ),
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new("tests/fixtures/themes").join(name)).expect("fixture")
}

fn installed(package: &str, file: &str) -> Option<String> {
    let name = package.rsplit_once('@').map_or(package, |(n, _)| n);
    std::fs::read_to_string(Path::new("node_modules").join(name).join(file)).ok()
}

fn show(m: &Mapping) -> String {
    let mut s = String::new();
    for t in &m.tokens {
        s.push_str(&format!("{}: {} ({:?})\n", t.name, t.value, t.from));
    }
    for f in &m.findings {
        s.push_str(&format!("! {}\n", f.sentence()));
    }
    s
}

#[test]
fn every_package_maps_as_its_excerpt_does() {
    for (package, file, excerpt) in PACKAGES {
        let small = map_theme(&fixture(excerpt));
        println!("== {package} {file}\n{}", show(&small));
        assert!(!small.tokens.is_empty(), "{package}: nothing mapped");
        if let Some(whole) = installed(package, file) {
            assert_eq!(
                show(&map_theme(&whole)),
                show(&small),
                "{package} {file}: the whole file and its excerpt differ"
            );
        }
    }
}

#[test]
fn each_package_gives_its_own_look() {
    let utrecht = map_theme(&fixture("utrecht.css"));
    assert_eq!(utrecht.get("--rk-color-primary"), Some("hsl(211 60% 35%)"));
    assert_eq!(utrecht.get("--rk-color-primary-text"), Some("hsl(0 0% 100%)"));
    assert_eq!(utrecht.get("--rk-color-link"), Some("hsl(211 60% 35%)"));
    assert_eq!(utrecht.get("--rk-color-text"), Some("hsl(0 0% 0%)"));
    assert_eq!(
        utrecht.get("--rk-font-family"),
        Some("\"Noto Sans Variable\", \"Arial\", sans-serif")
    );
    // The dark colour scheme in @media is another variant, not the theme.
    assert_eq!(utrecht.get("--rk-color-background"), Some("hsl(0 0% 100%)"));
    assert!(utrecht.findings.is_empty(), "{:?}", utrecht.findings);

    let voorbeeld = map_theme(&fixture("voorbeeld.css"));
    assert_eq!(voorbeeld.get("--rk-color-primary"), Some("#5115ef"));
    assert_eq!(voorbeeld.get("--rk-color-link"), Some("#00568b"));
    assert_eq!(voorbeeld.get("--rk-color-focus"), Some("#ffdd00"));

    let rijk = map_theme(&fixture("rijkshuisstijl.css"));
    assert_eq!(rijk.get("--rk-color-primary"), Some("#154273"));
    assert_eq!(
        rijk.get("--rk-font-family"),
        Some("'Fira Sans', Arial, Verdana, sans-serif")
    );
    // The same theme as JSON ({a.b.c} references) and as CSS (var()).
    assert_eq!(show(&map_theme(&fixture("rijkshuisstijl.tokens.json"))), show(&rijk));
    assert_eq!(
        show(&map_theme(&fixture("denhaag.tokens.json"))),
        show(&map_theme(&fixture("denhaag.css")))
    );
}

#[test]
fn a_package_colour_with_too_little_contrast_keeps_the_default_and_says_so() {
    // Den Haag's focus outline (ochre, hsl(47 100% 25%)) on Routekaart's
    // yellow focus ring: 3.43:1, under the 4.5:1 of the skip link's text.
    let denhaag = map_theme(&fixture("denhaag.css"));
    assert_eq!(denhaag.get("--rk-color-focus-text"), None);
    assert_eq!(denhaag.get("--rk-color-primary"), Some("hsl(138 58% 33%)"));
    let [Finding::Contrast {
        token,
        from,
        other,
        ratio,
        needed,
        ..
    }] = denhaag.findings.as_slice()
    else {
        panic!("{:?}", denhaag.findings)
    };
    assert_eq!(token, "--rk-color-focus-text");
    assert_eq!(from, &Source::Theme("--utrecht-focus-outline-color".into()));
    assert_eq!(other, "--rk-color-focus");
    assert!((ratio - 3.43).abs() < 0.01 && *needed == 4.5);
    assert!(denhaag.findings[0].sentence().contains("te weinig contrast"));
}

#[test]
fn contrast_failures_fall_back_until_every_pair_passes() {
    // A light link on white; a button whose text and background are both the theme's.
    let m = map_theme(
        ":root{--nl-link-color:#8fb5e0;--nl-button-primary-background-color:#ffdd00;\
         --nl-button-primary-color:#ffffff;--utrecht-document-color:#333}",
    );
    assert_eq!(m.get("--rk-color-link"), None);
    assert_eq!(m.get("--rk-color-text"), Some("#333"));
    // White on yellow fails: the text goes first; Routekaart's white on the
    // yellow still fails, so the background goes too.
    assert_eq!(m.get("--rk-color-primary-text"), None);
    assert_eq!(m.get("--rk-color-primary"), None);
    assert_eq!(m.findings.len(), 3, "{:#?}", m.findings);
    // A dark background with light text: Routekaart's light surfaces and
    // subtle text do not fit it, so both go back to Routekaart's.
    let dark = map_theme(":root{--utrecht-document-color:#fff;--utrecht-document-background-color:#111}");
    assert_eq!(dark.get("--rk-color-text"), None);
    assert_eq!(dark.get("--rk-color-background"), None);
}

#[test]
fn a_colour_that_cannot_be_checked_keeps_the_default() {
    let m = map_theme(
        ".x{--utrecht-link-color: #1f4e8c80; --utrecht-document-color: rgba(0,0,0,.6);\
         --utrecht-document-font-family: Georgia, serif}",
    );
    assert_eq!(m.get("--rk-color-link"), None);
    assert_eq!(m.get("--rk-color-text"), None);
    assert_eq!(m.get("--rk-font-family"), Some("Georgia, serif"));
    assert!(m.findings.iter().all(|f| matches!(f, Finding::Unchecked { .. })) && m.findings.len() == 2);
    // A link colour that only refers to the host page's tokens cannot be followed.
    let m = map_theme(".x{--utrecht-link-color: var(--elders)}");
    assert!(matches!(
        m.findings.as_slice(),
        [Finding::Unusable {
            token: "--rk-color-link",
            ..
        }]
    ));
}

#[test]
fn hostile_values_are_dropped_and_explicit_tokens_win() {
    for bad in [
        ".t{--utrecht-document-font-family: url(https://evil.example/f)}",
        ".t{--utrecht-document-font-family: var(--f)} .t{--f: u\\72l(https://evil.example/f)}",
        ".t{--utrecht-document-font-family: image-set(\"https://evil.example/a\" 1x)}",
        ".t{--utrecht-document-font-family: var(--a, url(https://evil.example/a))}",
    ] {
        let m = map_theme(bad);
        assert_eq!(m.get("--rk-font-family"), None, "{bad}");
        assert!(!m.rule(".rk-root").contains("evil"), "{bad}");
    }
    // A JSON value cannot add declarations or leave a string open.
    let m = map_theme(
        r##"{"utrecht":{"document":{"font-family":{"value":"x; --rk-color-primary: #ff0"},"color":{"value":"\"#000"}}}}"##,
    );
    assert_eq!(m.get("--rk-font-family"), None);
    assert_eq!(m.get("--rk-color-text"), None);
    assert!(!m.rule(".rk-root").contains("#ff0"));
    // References that loop or blow up are no value.
    let m = map_theme(".t{--utrecht-link-color: var(--a)} .t{--a: var(--b)} .t{--b: var(--a)}");
    assert_eq!(m.get("--rk-color-link"), None);
    let m = map_theme(".t{--utrecht-document-font-family: var(--a) var(--a)} .t{--a: var(--b) var(--b)} .t{--b: var(--c) var(--c)} .t{--c: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}");
    assert_eq!(m.get("--rk-font-family"), None);
    // Rules other than the theme's own, and JSON that is not JSON.
    let m = map_theme(
        "input:checked + label { --utrecht-link-color: #000 } @media print { :root { --utrecht-link-color: #000 } }",
    );
    assert_eq!(m.get("--rk-color-link"), None);
    assert!(matches!(
        map_theme("{\"a\": ").findings.as_slice(),
        [Finding::NotJson { .. }]
    ));
    // An explicit --rk-* token wins over the mapping, in CSS and in JSON.
    let m = map_theme(":root{--utrecht-link-color:#01689b} .rk-root{--rk-color-link:#0b5d44;--rk-space-m:1.25rem}");
    assert_eq!(m.get("--rk-color-link"), Some("#0b5d44"));
    assert_eq!(
        m.tokens.iter().find(|t| t.name == "--rk-color-link").map(|t| &t.from),
        Some(&Source::Explicit)
    );
    assert_eq!(m.get("--rk-space-m"), Some("1.25rem"));
    let m = map_theme(
        r##"{"utrecht":{"link":{"color":{"value":"#01689b"}}},"rk":{"color":{"link":{"value":"#0b5d44"}}}}"##,
    );
    assert_eq!(m.get("--rk-color-link"), Some("#0b5d44"));
    // An explicit colour is checked too.
    let m = map_theme(".rk-root{--rk-color-link:#aaaaaa}");
    assert_eq!(m.get("--rk-color-link"), None);
    // Nothing to map at all.
    assert!(matches!(
        map_theme(".x{color:red}").findings.as_slice(),
        [Finding::NothingFound]
    ));
}

#[test]
fn the_converted_stylesheet_reads_back_as_the_same_tokens() {
    for (_, _, excerpt) in PACKAGES {
        let m = map_theme(&fixture(excerpt));
        let again = map_theme(&m.stylesheet());
        let pairs = |m: &Mapping| {
            m.tokens
                .iter()
                .map(|t| (t.name.clone(), t.value.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(pairs(&again), pairs(&m), "{excerpt}");
        assert!(again.findings.is_empty());
    }
}

#[test]
fn the_default_colours_are_those_of_the_stylesheet() {
    let tokens = std::fs::read_to_string("style/tokens.css").unwrap();
    for (name, value) in routekaart::core::theme::DEFAULT_COLOURS {
        assert!(
            tokens.contains(&format!("{name}: {value};")),
            "{name}: {value} is not in style/tokens.css"
        );
    }
    let colours = tokens.matches("--rk-color-").count();
    assert_eq!(colours, routekaart::core::theme::DEFAULT_COLOURS.len());
}
