//! Maps JSON paths (`services[3].schedules[0].opens_at`) to the line and
//! column where that value starts, so validator findings can point into the
//! file a maintainer edits. A small scanner over already-valid JSON.

use std::collections::HashMap;

/// Line and column (both 1-based) of every value in a JSON text, by path.
pub struct Positions {
    by_path: HashMap<String, (u32, u32)>,
}

impl Positions {
    /// Scans `text`; on invalid JSON the map simply stays partial.
    pub fn scan(text: &str) -> Positions {
        let mut scanner = Scanner {
            chars: text.char_indices().peekable(),
            line: 1,
            col: 1,
            out: HashMap::new(),
        };
        scanner.value(String::new());
        Positions { by_path: scanner.out }
    }

    /// The position of `path`, or of its nearest ancestor that has one.
    pub fn find(&self, path: &str) -> Option<(u32, u32)> {
        let mut p = path;
        loop {
            if let Some(&pos) = self.by_path.get(p) {
                return Some(pos);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    line: u32,
    col: u32,
    out: HashMap<String, (u32, u32)>,
}

impl Scanner<'_> {
    fn bump(&mut self) -> Option<char> {
        let (_, c) = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|&(_, c)| c)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(c) if c.is_whitespace()) {
            self.bump();
        }
    }

    fn string(&mut self) -> String {
        let mut s = String::new();
        self.bump(); // opening quote
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => {
                    if let Some(e) = self.bump() {
                        s.push(e);
                    }
                }
                c => s.push(c),
            }
        }
        s
    }

    fn value(&mut self, path: String) {
        self.skip_ws();
        self.out.insert(path.clone(), (self.line, self.col));
        match self.peek() {
            Some('{') => {
                self.bump();
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some('"') => {
                            let key = self.string();
                            self.skip_ws();
                            if self.peek() == Some(':') {
                                self.bump();
                            }
                            let child = if path.is_empty() { key } else { format!("{path}.{key}") };
                            self.value(child);
                            self.skip_ws();
                            if self.peek() == Some(',') {
                                self.bump();
                            }
                        }
                        Some('}') => {
                            self.bump();
                            return;
                        }
                        _ => return,
                    }
                }
            }
            Some('[') => {
                self.bump();
                let mut index = 0;
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(']') => {
                            self.bump();
                            return;
                        }
                        None => return,
                        _ => {
                            self.value(format!("{path}[{index}]"));
                            index += 1;
                            self.skip_ws();
                            if self.peek() == Some(',') {
                                self.bump();
                            } else if self.peek() != Some(']') {
                                return;
                            }
                        }
                    }
                }
            }
            Some('"') => {
                self.string();
            }
            _ => {
                while matches!(self.peek(), Some(c) if !matches!(c, ',' | '}' | ']') && !c.is_whitespace()) {
                    self.bump();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\\\"y\"}],\n  \"c\": {\"d\": true}\n}";
        let pos = Positions::scan(text);
        assert_eq!(pos.find("a"), Some((2, 8)));
        assert_eq!(pos.find("a[1].b"), Some((2, 18)));
        assert_eq!(pos.find("c.d"), Some((3, 14)));
        // Unknown leaf: falls back to the nearest ancestor.
        assert_eq!(pos.find("c.zz"), Some((3, 8)));
        assert_eq!(pos.find("a[1].b.q[2]"), Some((2, 18)));
    }
}
