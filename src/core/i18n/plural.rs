//! CLDR plural rules for whole numbers, per interface language. The app only
//! counts things (seconds, subjects, cards), so the decimal rules are left out.

use super::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The name translator files use: `[one]`, `*[other]`.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The category of `n` in `lang` (CLDR 46, integer rules).
pub fn category(lang: Lang, n: u64) -> Category {
    use Category::*;
    let (n10, n100) = (n % 10, n % 100);
    match lang {
        Lang::Nl | Lang::En | Lang::Tr => {
            if n == 1 {
                One
            } else {
                Other
            }
        }
        Lang::Pl => match n {
            1 => One,
            _ if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Few,
            _ => Many,
        },
        Lang::Uk => match () {
            _ if n10 == 1 && n100 != 11 => One,
            _ if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Few,
            _ => Many,
        },
        Lang::Ar => match n {
            0 => Zero,
            1 => One,
            2 => Two,
            _ if (3..=10).contains(&n100) => Few,
            _ if (11..=99).contains(&n100) => Many,
            _ => Other,
        },
    }
}

/// Every category a whole number can fall in for `lang`: what a plural
/// message in that language must name (the default may be one of them).
pub fn integer_categories(lang: Lang) -> &'static [Category] {
    use Category::*;
    match lang {
        Lang::Nl | Lang::En | Lang::Tr => &[One, Other],
        Lang::Pl | Lang::Uk => &[One, Few, Many],
        Lang::Ar => &[Zero, One, Two, Few, Many, Other],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cldr_examples() {
        let names = |lang, ns: &[u64]| ns.iter().map(|&n| category(lang, n).name()).collect::<Vec<_>>();
        assert_eq!(names(Lang::Nl, &[0, 1, 2]), ["other", "one", "other"]);
        assert_eq!(names(Lang::Tr, &[1, 2]), ["one", "other"]);
        assert_eq!(
            names(Lang::Pl, &[1, 2, 5, 12, 22, 25, 101, 112]),
            ["one", "few", "many", "many", "few", "many", "many", "many"]
        );
        assert_eq!(
            names(Lang::Uk, &[1, 21, 11, 2, 22, 12, 5, 0]),
            ["one", "one", "many", "few", "few", "many", "many", "many"]
        );
        assert_eq!(
            names(Lang::Ar, &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]),
            ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"]
        );
    }

    #[test]
    fn every_number_lands_in_a_listed_category() {
        for lang in Lang::ALL {
            for n in 0..1000 {
                assert!(integer_categories(lang).contains(&category(lang, n)), "{lang:?} {n}");
            }
        }
    }
}
