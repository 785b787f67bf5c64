//! A catalogue's translations, remembered and found by the Dutch words.

use crate::core::catalogue::{has_translations, remember_translations, Text};
use crate::core::i18n::Lang;

#[test]
fn a_text_finds_its_translation_by_its_dutch_words() {
    let mut text = Text::nl("Bel de proefregel voor het onthouden van vertalingen.");
    assert_eq!(
        text.get(Lang::Tr),
        ("Bel de proefregel voor het onthouden van vertalingen.", Lang::Nl)
    );
    assert!(!has_translations(Lang::Tr, "proef"));
    let n = remember_translations(
        Lang::Tr,
        "proef",
        r#"{"Bel de proefregel voor het onthouden van vertalingen.": "Deneme hattını arayın."}"#,
    )
    .unwrap();
    assert_eq!(n, 1);
    assert!(has_translations(Lang::Tr, "proef"));
    assert_eq!(text.get(Lang::Tr), ("Deneme hattını arayın.", Lang::Tr));
    assert_eq!(
        text.get(Lang::Pl).1,
        Lang::Nl,
        "another language still falls back to Dutch"
    );
    // The catalogue's own translation wins; the B1 Dutch is the key when there is one.
    text.0.insert("tr".into(), "Kendi çevirisi".into());
    assert_eq!(text.get(Lang::Tr).0, "Kendi çevirisi");
    assert!(
        remember_translations(Lang::Tr, "proef", "[1, 2]").is_err(),
        "not a map: refused, nothing changes"
    );
    assert_eq!(
        Text::nl("Bel de proefregel voor het onthouden van vertalingen.")
            .get(Lang::Tr)
            .0,
        "Deneme hattını arayın."
    );
}
