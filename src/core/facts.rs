//! The vocabulary shared by the catalogue's eligibility rules and the
//! questionnaire: life areas (themes), situations, household types and income
//! bands. A rule may only talk about facts the questionnaire can ask.

/// Defines closed code lists: enums whose variants are written as the given
/// codes in catalogue files and share links. Several lists per invocation.
macro_rules! vocabulary {
    ($($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? })+) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[cfg_attr(feature = "maintainer", derive(schemars::JsonSchema))]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every code, in the order of `ALL` (a question's options).
            pub const CODES: &'static [&'static str] = &[$($code),+];
            /// The code used in catalogue files and in the share link.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
        impl crate::core::answers::Code for $name {
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn from_code(code: &str) -> Option<Self> {
                $name::from_code(code)
            }
        }
        // Read as a string and looked up with `from_code`: the derived
        // deserializer costs far more wasm per list than this.
        // Same error message as the derive ("unknown variant `x`, expected one of …").
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = <String as serde::Deserialize>::deserialize(d)?;
                $name::from_code(&code).ok_or_else(|| serde::de::Error::unknown_variant(&code, &[$($code),+]))
            }
        }
    )+};
}
pub(crate) use vocabulary;

vocabulary! {
    /// A life area a resident can ask help with (own Dutch taxonomy).
    Theme {
        Geld = "geld",
        Werk = "werk",
        Wonen = "wonen",
        Gezondheid = "gezondheid",
        Contact = "contact",
        Mantelzorg = "mantelzorg",
        Opvoeden = "opvoeden",
        Taal = "taal",
        Veiligheid = "veiligheid",
        Dagelijks = "dagelijks",
    }
}

vocabulary! {
    /// A situation the resident is in; each comes from a question
    /// (`questions::Fact::producing`). The safety ones trigger direct help;
    /// the urgent ones (no bed tonight, no food today, no heating or water,
    /// being evicted) name what is needed today. `statushouder`: a refugee
    /// with a residence permit, with or without the duty to inburgeren;
    /// that duty (`inburgeringsplichtig`) also holds for gezinsmigranten.
    /// The last five are topics a resident may name after the results
    /// ("Gaat het om een van deze onderwerpen?"): help for such a condition
    /// or group is only key help for someone who named it
    /// ([`Situation::is_group`]).
    Situation {
        Mantelzorger = "mantelzorger",
        Statushouder = "statushouder",
        Inburgeringsplichtig = "inburgeringsplichtig",
        Werkzoekend = "werkzoekend",
        Uitkering = "uitkering",
        Werkend = "werkend",
        Gepensioneerd = "gepensioneerd",
        Scholier = "scholier",
        Beperking = "beperking",
        Schulden = "schulden",
        Taalhulp = "taalhulp",
        AcuutGevaar = "acuut_gevaar",
        OnveiligThuis = "onveilig_thuis",
        Suicidegedachten = "suicidegedachten",
        GeenSlaapplek = "geen_slaapplek",
        GeenEten = "geen_eten",
        GeenEnergie = "geen_energie_water",
        Uitzetting = "uitzetting",
        Dementie = "dementie",
        Psychisch = "psychische_klachten",
        Lhbtiq = "lhbtiq",
        Discriminatie = "discriminatie",
        Arbeidsmigrant = "arbeidsmigrant",
    }
}

impl Situation {
    /// A condition or group (dementia, psychische klachten, lhbtiq+,
    /// discrimination, labour migrants, statushouders, inburgering): help
    /// especially for it is only put first ("Begin hier") for a resident who
    /// named it. Everyone else may still find it further down the route.
    pub fn is_group(self) -> bool {
        use Situation as S;
        matches!(
            self,
            S::Dementie
                | S::Psychisch
                | S::Lhbtiq
                | S::Discriminatie
                | S::Arbeidsmigrant
                | S::Statushouder
                | S::Inburgeringsplichtig
        )
    }
}

vocabulary! {
    /// Who the resident lives with.
    Household {
        Alleen = "alleen",
        Samen = "samen",
        AlleenMetKinderen = "alleen_met_kinderen",
        SamenMetKinderen = "samen_met_kinderen",
        Anders = "anders",
    }
}

vocabulary! {
    /// Age groups of children living at home.
    ChildAge {
        Baby = "0-3",
        Basisschool = "4-11",
        Tiener = "12-17",
        Volwassen = "18+",
    }
}

vocabulary! {
    /// The person a mantelzorger cares for (used in reasons: "u zorgt voor uw moeder").
    CaredFor {
        Partner = "partner",
        Ouder = "ouder",
        Kind = "kind",
        Ander = "ander",
    }
}

vocabulary! {
    /// Net household income as a band relative to the social minimum that
    /// applies to the household. The exact amount is never asked.
    IncomeBand {
        Tot110 = "tot_110",
        Tot130 = "110_130",
        Tot150 = "130_150",
        Boven150 = "boven_150",
    }
}

impl IncomeBand {
    /// Bounds in percent of the social minimum: (lower, upper); `None` = no limit.
    pub fn bounds(self) -> (u16, Option<u16>) {
        match self {
            IncomeBand::Tot110 => (0, Some(110)),
            IncomeBand::Tot130 => (110, Some(130)),
            IncomeBand::Tot150 => (130, Some(150)),
            IncomeBand::Boven150 => (150, None),
        }
    }
}

impl Household {
    pub fn has_children(self) -> bool {
        matches!(self, Household::AlleenMetKinderen | Household::SamenMetKinderen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::BTreeSet::new();
            for &v in all {
                assert!(seen.insert(code(v)), "duplicate code {}", code(v));
                assert_eq!(from(code(v)), Some(v));
            }
        }
        check(Theme::ALL, Theme::code, Theme::from_code);
        check(Situation::ALL, Situation::code, Situation::from_code);
        check(Household::ALL, Household::code, Household::from_code);
        check(ChildAge::ALL, ChildAge::code, ChildAge::from_code);
        check(CaredFor::ALL, CaredFor::code, CaredFor::from_code);
        check(IncomeBand::ALL, IncomeBand::code, IncomeBand::from_code);
    }

    #[test]
    fn income_bands_are_contiguous() {
        let mut prev_upper = Some(0);
        for band in IncomeBand::ALL {
            let (lower, upper) = band.bounds();
            assert_eq!(Some(lower), prev_upper);
            prev_upper = upper;
        }
        assert_eq!(prev_upper, None);
    }
}
