//! WCAG 2.x contrast between two opaque colours, for `core::theme`'s check of
//! a gemeente's theme. Only the colour syntaxes themes use are read: `#rgb`,
//! `#rrggbb` (and with an opaque alpha), `rgb()`/`rgba()` and `hsl()`/`hsla()`
//! in the comma and the space syntax, `black` and `white`. A colour that is
//! not opaque cannot be checked without knowing what is behind it: `None`.

/// A colour as sRGB channels from 0 to 255.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb {
    pub r: f64,
    pub g: f64,
    pub b: f64,
}

/// Reads a CSS colour value, `None` when it is none of the forms above or
/// not opaque.
pub fn parse_colour(value: &str) -> Option<Rgb> {
    let v = value.trim().to_ascii_lowercase();
    match v.as_str() {
        "black" => return Some(Rgb { r: 0.0, g: 0.0, b: 0.0 }),
        "white" => {
            return Some(Rgb {
                r: 255.0,
                g: 255.0,
                b: 255.0,
            })
        }
        _ => {}
    }
    if let Some(hex) = v.strip_prefix('#') {
        return parse_hex(hex);
    }
    let (name, rest) = v.split_once('(')?;
    let args = rest.strip_suffix(')')?;
    let parts: Vec<&str> = args.split([',', '/', ' ']).filter(|p| !p.is_empty()).collect();
    let (channels, alpha) = match parts.len() {
        3 => (&parts[..3], None),
        4 => (&parts[..3], Some(parts[3])),
        _ => return None,
    };
    if let Some(a) = alpha {
        let opaque = match a.strip_suffix('%') {
            Some(p) => p.parse::<f64>().ok()? >= 100.0,
            None => a.parse::<f64>().ok()? >= 1.0,
        };
        if !opaque {
            return None;
        }
    }
    match name.trim() {
        "rgb" | "rgba" => {
            let channel = |p: &str| -> Option<f64> {
                let n = match p.strip_suffix('%') {
                    Some(pc) => pc.parse::<f64>().ok()? * 255.0 / 100.0,
                    None => p.parse::<f64>().ok()?,
                };
                Some(n.clamp(0.0, 255.0))
            };
            Some(Rgb {
                r: channel(channels[0])?,
                g: channel(channels[1])?,
                b: channel(channels[2])?,
            })
        }
        "hsl" | "hsla" => {
            let h = channels[0]
                .strip_suffix("deg")
                .unwrap_or(channels[0])
                .parse::<f64>()
                .ok()?;
            let pc = |p: &str| -> Option<f64> {
                Some((p.strip_suffix('%').unwrap_or(p).parse::<f64>().ok()? / 100.0).clamp(0.0, 1.0))
            };
            Some(from_hsl(h, pc(channels[1])?, pc(channels[2])?))
        }
        _ => None,
    }
}

fn parse_hex(hex: &str) -> Option<Rgb> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok().map(f64::from);
    let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok().map(f64::from);
    match hex.len() {
        3 | 4 => {
            if hex.len() == 4 && digit(3)? < 15.0 {
                return None;
            }
            Some(Rgb {
                r: digit(0)? * 17.0,
                g: digit(1)? * 17.0,
                b: digit(2)? * 17.0,
            })
        }
        6 | 8 => {
            if hex.len() == 8 && pair(6)? < 255.0 {
                return None;
            }
            Some(Rgb {
                r: pair(0)?,
                g: pair(2)?,
                b: pair(4)?,
            })
        }
        _ => None,
    }
}

/// CSS Color 4's hsl-to-rgb.
fn from_hsl(h: f64, s: f64, l: f64) -> Rgb {
    let h = h.rem_euclid(360.0);
    let f = |n: f64| {
        let k = (n + h / 30.0) % 12.0;
        let a = s * l.min(1.0 - l);
        (l - a * (k - 3.0).min(9.0 - k).clamp(-1.0, 1.0)) * 255.0
    };
    Rgb {
        r: f(0.0),
        g: f(8.0),
        b: f(4.0),
    }
}

/// WCAG 2.x relative luminance (0 black to 1 white).
pub fn relative_luminance(c: Rgb) -> f64 {
    let lin = |v: f64| {
        let s = v / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
}

/// WCAG 2.x contrast ratio, from 1 to 21.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(a: &str, b: &str) -> f64 {
        contrast_ratio(parse_colour(a).unwrap(), parse_colour(b).unwrap())
    }

    #[test]
    fn known_wcag_ratios() {
        // The extremes, by the definition in WCAG 2.2 ("contrast ratio").
        assert!((ratio("#000", "#fff") - 21.0).abs() < 1e-9);
        assert!((ratio("white", "#ffffff") - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54:1),
        // #777777 the first that fails (4.48:1).
        assert!((ratio("#767676", "#fff") - 4.54).abs() < 0.01);
        assert!(ratio("#777777", "#fff") < 4.5);
        // Pure red, green and blue on white: 4.00, 1.37 and 8.59.
        assert!((ratio("#ff0000", "#fff") - 4.00).abs() < 0.01);
        assert!((ratio("#00ff00", "#fff") - 1.37).abs() < 0.01);
        assert!((ratio("#0000ff", "#fff") - 8.59).abs() < 0.01);
        // The order does not matter.
        assert_eq!(ratio("#1f4e8c", "#fff"), ratio("#fff", "#1f4e8c"));
    }

    #[test]
    fn reads_the_syntaxes_themes_use() {
        let white = Some(Rgb {
            r: 255.0,
            g: 255.0,
            b: 255.0,
        });
        for v in [
            "#fff",
            "#FFFFFF",
            "#ffff",
            "#ffffffff",
            "rgb(255, 255, 255)",
            "rgb(255 255 255)",
            "rgba(255,255,255,1)",
            "rgb(100% 100% 100% / 100%)",
            "hsl(0 0% 100%)",
            "hsla(0, 0%, 100%, 1)",
            "hsl(120deg 50% 100%)",
        ] {
            assert_eq!(parse_colour(v), white, "{v}");
        }
        // Den Haag's green, hsl(138 58% 33%), is #238541 in sRGB.
        let g = parse_colour("hsl(138 58% 33%)").unwrap();
        assert_eq!((g.r.round(), g.g.round(), g.b.round()), (35.0, 133.0, 65.0));
        for v in [
            "#ffffff80",
            "rgba(0,0,0,0.5)",
            "hsl(0 0% 0% / 50%)",
            "transparent",
            "var(--x)",
            "color-mix(in srgb, red, blue)",
            "#ggg",
            "#12345",
            "red",
        ] {
            assert_eq!(parse_colour(v), None, "{v}");
        }
    }
}
