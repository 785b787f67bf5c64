//! Maps JSON paths (`services[3].schedules[0].opens_at`) to the line and
//! column where that value starts, so validator findings can point into the
//! file a maintainer edits. A small scanner over already-valid JSON.
//!
//! It walks the text with its own stack, never by recursion, so no nesting
//! depth can overflow the call stack; paths are recorded down to
//! [`MAX_DEPTH`] levels (deeper, serde_json reads nothing anyway), which keeps
//! memory linear in the text. It also finds keys that appear twice in one
//! object, which a JSON reader silently reduces to one.

use std::collections::HashMap;

/// Paths are recorded down to this depth (serde_json reads no deeper).
const MAX_DEPTH: usize = 128;

/// Line and column (both 1-based) of every value in a JSON text, by path.
pub struct Positions {
    by_path: HashMap<String, (u32, u32)>,
    /// Keys that appear twice in one object, in file order.
    pub duplicates: Vec<Duplicate>,
}

/// A key that appears again in the same object.
pub struct Duplicate {
    /// The path of the key's value, such as `services[0].kind`.
    pub path: String,
    /// Where the key appears again, and where it appeared first.
    pub at: (u32, u32),
    pub first: (u32, u32),
}

impl Positions {
    /// Scans `text`; on invalid JSON the map simply stays partial.
    pub fn scan(text: &str) -> Positions {
        let mut scanner = Scanner {
            chars: text.char_indices().peekable(),
            line: 1,
            col: 1,
        };
        let mut by_path = HashMap::new();
        let mut duplicates = Vec::new();
        // The open objects and arrays, innermost last.
        let mut stack: Vec<Frame> = Vec::new();
        // The path of the value to read next, if one is expected.
        let mut next = Some(String::new());
        loop {
            if let Some(path) = next.take() {
                scanner.skip_ws();
                if stack.len() <= MAX_DEPTH {
                    by_path.insert(path.clone(), (scanner.line, scanner.col));
                }
                match scanner.peek() {
                    Some(open @ ('{' | '[')) => {
                        scanner.bump();
                        stack.push(Frame {
                            path,
                            index: (open == '[').then_some(0),
                            after_value: false,
                            keys: HashMap::new(),
                        });
                    }
                    Some('"') => {
                        scanner.string();
                    }
                    _ => scanner.scalar(),
                }
                continue;
            }
            let depth = stack.len();
            let Some(frame) = stack.last_mut() else { break };
            scanner.skip_ws();
            let close = if frame.index.is_some() { ']' } else { '}' };
            let peek = scanner.peek();
            if frame.after_value {
                // After a value: a comma, or the end of this object or array.
                frame.after_value = false;
                if peek == Some(',') {
                    scanner.bump();
                    continue;
                }
                if peek == Some(close) {
                    scanner.bump();
                }
                stack.pop();
                continue;
            }
            let child = match (frame.index, peek) {
                (_, None) => break,
                (_, Some(c)) if c == close => {
                    scanner.bump();
                    stack.pop();
                    continue;
                }
                (Some(i), Some(_)) => {
                    frame.index = Some(i + 1);
                    format!("[{i}]")
                }
                (None, Some('"')) => {
                    let at = (scanner.line, scanner.col);
                    let key = scanner.string();
                    scanner.skip_ws();
                    if scanner.peek() == Some(':') {
                        scanner.bump();
                    }
                    if depth <= MAX_DEPTH {
                        if let Some(&first) = frame.keys.get(&key) {
                            duplicates.push(Duplicate {
                                path: child_path(&frame.path, &key),
                                at,
                                first,
                            });
                        } else {
                            frame.keys.insert(key.clone(), at);
                        }
                    }
                    key
                }
                (None, Some(_)) => {
                    stack.pop();
                    continue;
                }
            };
            frame.after_value = true;
            next = Some(if depth > MAX_DEPTH {
                String::new()
            } else {
                child_path(&frame.path, &child)
            });
        }
        Positions { by_path, duplicates }
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

fn child_path(parent: &str, child: &str) -> String {
    if parent.is_empty() || child.starts_with('[') {
        format!("{parent}{child}")
    } else {
        format!("{parent}.{child}")
    }
}

/// An open object (`index` is `None`) or array (the next element's index).
struct Frame {
    path: String,
    index: Option<usize>,
    /// A value was just read: a comma or the closing bracket comes next.
    after_value: bool,
    /// An object's keys so far, with where each is.
    keys: HashMap<String, (u32, u32)>,
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    line: u32,
    col: u32,
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

    /// A number, `true`, `false` or `null` (or anything up to a separator).
    fn scalar(&mut self) {
        while matches!(self.peek(), Some(c) if !matches!(c, ',' | '}' | ']') && !c.is_whitespace()) {
            self.bump();
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

    /// A scanner that recursed once per nesting level made
    /// `catalogue check` abort with a stack overflow on 20,000-deep nesting.
    /// It must walk any depth without recursion, and values after the deep
    /// part still get their positions.
    #[test]
    fn twenty_thousand_deep_nesting_does_not_overflow_the_stack() {
        let n = 20_000;
        for (open, close) in [("[", "]"), ("{\"a\": ", "}")] {
            let text = format!("{{\"deep\": {}1{},\n\"after\": 2}}", open.repeat(n), close.repeat(n));
            // A test thread has a small stack (2 MiB), like the worst case.
            let pos = std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || Positions::scan(&text))
                .unwrap()
                .join()
                .unwrap();
            assert_eq!(pos.find("deep"), Some((1, 10)));
            assert_eq!(pos.find("after"), Some((2, 10)));
            // Only the first levels are recorded, so memory stays linear.
            assert!(pos.by_path.len() <= MAX_DEPTH + 3, "{}", pos.by_path.len());
        }
    }

    #[test]
    fn broken_json_leaves_a_partial_map_and_ends() {
        for text in [
            "{\"a\": [1 2], \"b\": 3}",
            "[,]",
            "{\"a\" 1}",
            "{{{",
            "[[[",
            "}]",
            "",
            "{\"a\": }",
            "[1,]",
        ] {
            let pos = Positions::scan(text);
            assert!(pos.find("").is_some(), "{text}");
        }
        let pos = Positions::scan("{\"a\": [1, 2], \"b\": 3}");
        assert_eq!(pos.find("a[1]"), Some((1, 11)));
        assert_eq!(pos.find("b"), Some((1, 20)));
    }

    #[test]
    fn finds_keys_that_appear_twice_in_one_object() {
        let text = "{\"a\": 1, \"b\": {\"a\": 2},\n \"a\": 3, \"c\": [{\"d\": 1, \"d\": 2}]}";
        let pos = Positions::scan(text);
        let found: Vec<_> = pos
            .duplicates
            .iter()
            .map(|d| (d.path.as_str(), d.at, d.first))
            .collect();
        assert_eq!(found, [("a", (2, 2), (1, 2)), ("c[0].d", (2, 25), (2, 17))]);
    }
}
