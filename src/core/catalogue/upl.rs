//! The Uniforme Productnamenlijst (UPL): the names gemeenten, Samenwerkende
//! Catalogi and the national product pages give their products. A service's
//! `upl` is one of its URIs; `catalogue check` knows the names below and
//! warns on another (it may be right, but a typo breaks the link with every
//! other register).

/// What every UPL URI starts with.
pub const PREFIX: &str = "http://standaarden.overheid.nl/owms/terms/";

/// The UPL names Routekaart knows, with what they are called in Dutch.
pub const KNOWN: &[(&str, &str)] = &[
    ("indInkToesl", "individuele inkomenstoeslag"),
    ("bijzBijstUitk", "bijzondere bijstand"),
    (
        "belastingkwijtschelding",
        "kwijtschelding van gemeentelijke belastingen",
    ),
    ("schuldhulpverlening", "schuldhulpverlening"),
    ("zkKstVerzCol", "collectieve zorgverzekering"),
    ("huishHulp", "hulp bij het huishouden"),
    ("woningaanpassing", "woningaanpassing"),
    ("pgbWmo", "persoonsgebonden budget (pgb) Wmo"),
    ("mantelzorgcompliment", "mantelzorgcompliment"),
    ("mantelzorgondersteuning", "mantelzorgondersteuning"),
    ("jeugdhulp", "jeugdhulp"),
];

/// The name after the prefix, if `uri` is a UPL URI at all.
pub fn name(uri: &str) -> Option<&str> {
    uri.strip_prefix(PREFIX).filter(|n| !n.is_empty() && !n.contains('/'))
}

/// The Dutch label of a known UPL URI.
pub fn label(uri: &str) -> Option<&'static str> {
    let n = name(uri)?;
    KNOWN.iter().find(|(k, _)| *k == n).map(|(_, l)| *l)
}

/// The URI of a UPL name.
pub fn uri(name: &str) -> String {
    format!("{PREFIX}{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_and_uris() {
        assert_eq!(KNOWN.len(), 11);
        assert_eq!(label(&uri("bijzBijstUitk")), Some("bijzondere bijstand"));
        assert_eq!(label(&uri("bijzbijstuitk")), None, "names are case-sensitive");
        assert_eq!(name("https://standaarden.overheid.nl/owms/terms/jeugdhulp"), None);
        assert_eq!(name(PREFIX), None);
    }
}
