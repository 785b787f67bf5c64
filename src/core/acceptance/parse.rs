//! Reading a scenarios file: every mistake at once, each with its line, the
//! resident and the field. Unknown fields are mistakes too: a typo such as
//! `toont_nit` must not become an expectation that is never checked.

use serde_json::{Map, Value};

use super::{Expect, Ref, RefKind, Resident, ScenarioError, Scenarios};
use crate::core::answers::Fact;
use crate::core::catalogue::positions::Positions;
use crate::core::catalogue::read::finding_at;
use crate::core::matching::{Fit, Group};
use crate::core::scenario::{answers_from_json, AnswersFileError};

/// How a scenarios file's name ends: `heusden.scenarios.json` goes with
/// `heusden.json`.
pub const SUFFIX: &str = ".scenarios.json";

const TOP_FIELDS: &[&str] = &["catalogus", "toelichting", "inwoners"];
const RESIDENT_FIELDS: &[&str] = &["naam", "toelichting", "max_vragen", "antwoorden", "verwacht"];
const EXPECT_FIELDS: &[&str] = &[
    "toont",
    "toont_niet",
    "volgorde",
    "begin_hier",
    "niet_in_begin_hier",
    "eerste",
    "directe_hulp",
    "geen_groep",
    "past",
    "open_op",
    "gevraagd",
    "niet_gevraagd",
    "uiterlijk_op_plaats",
];

/// Is this a scenarios file rather than a catalogue: its name ends in
/// [`SUFFIX`], or it is a JSON object with `inwoners`?
pub fn is_scenarios(file: &str, text: &str) -> bool {
    file.ends_with(SUFFIX)
        || (text.contains("\"inwoners\"")
            && serde_json::from_str::<Value>(text).is_ok_and(|v| v.get("inwoners").is_some()))
}

/// Reads a scenarios file; `file` is its name in messages. Returns every
/// mistake found, not only the first.
pub fn parse(file: &str, text: &str) -> Result<Scenarios, Vec<ScenarioError>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let f = finding_at(&e);
            return Err(vec![ScenarioError {
                file: file.to_string(),
                line: f.line,
                column: f.column,
                resident: None,
                field: String::new(),
                message: f.message,
            }]);
        }
    };
    let mut p = Parser {
        file,
        positions: Positions::scan(text),
        errors: Vec::new(),
        names: Vec::new(),
        refs: Vec::new(),
    };
    let scenarios = p.file_value(&value);
    // Duplicates last: by then every resident's name is known.
    let duplicates: Vec<(String, (u32, u32), u32)> = p
        .positions
        .duplicates
        .iter()
        .map(|d| (d.path.clone(), d.at, d.first.0))
        .collect();
    for (path, at, first) in duplicates {
        let key = path.rsplit(['.', '[']).next().unwrap_or(&path).to_string();
        p.error_at(
            &path,
            Some(at),
            format!(
                "het veld “{key}” staat twee keer in hetzelfde onderdeel (eerst op regel {first}); \
                 een JSON-lezer houdt er maar één van over"
            ),
        );
    }
    match scenarios {
        Some(s) if p.errors.is_empty() => Ok(s),
        _ => Err(p.errors),
    }
}

struct Parser<'a> {
    file: &'a str,
    positions: Positions,
    errors: Vec<ScenarioError>,
    /// Each resident's name as far as read (empty when it has none).
    names: Vec<String>,
    refs: Vec<Ref>,
}

impl Parser<'_> {
    fn error(&mut self, path: &str, message: String) {
        self.error_at(path, None, message);
    }

    fn error_at(&mut self, path: &str, at: Option<(u32, u32)>, message: String) {
        let at = at.or_else(|| self.positions.find(path));
        let (resident, field) = split_path(path);
        let resident = resident.map(|i| (i + 1, self.names.get(i).cloned().unwrap_or_default()));
        self.errors.push(ScenarioError {
            file: self.file.to_string(),
            line: at.map(|a| a.0),
            column: at.map(|a| a.1),
            resident,
            field: field.to_string(),
            message,
        });
    }

    /// An object, with only the fields in `allowed`.
    fn object<'v>(&mut self, v: &'v Value, path: &str, what: &str, allowed: &[&str]) -> Option<&'v Map<String, Value>> {
        let Some(obj) = v.as_object() else {
            self.error(
                path,
                format!("hier hoort {what} tussen {{ en }}, maar er staat {}", kind(v)),
            );
            return None;
        };
        for key in obj.keys() {
            if !allowed.contains(&key.as_str()) {
                self.error(
                    &child(path, key),
                    format!(
                        "het veld “{key}” hoort hier niet (tikfout?); toegestaan: {}",
                        allowed.join(", ")
                    ),
                );
            }
        }
        Some(obj)
    }

    fn required<'v>(&mut self, obj: &'v Map<String, Value>, path: &str, key: &str) -> Option<&'v Value> {
        let v = obj.get(key);
        if v.is_none() {
            self.error(path, format!("het verplichte veld “{key}” ontbreekt"));
        }
        v
    }

    /// A text that is not empty.
    fn text(&mut self, v: &Value, path: &str) -> Option<String> {
        match v.as_str() {
            Some(s) if !s.trim().is_empty() => Some(s.to_string()),
            Some(_) => {
                self.error(path, "deze tekst is leeg".into());
                None
            }
            None => {
                self.error(
                    path,
                    format!(
                        "hier hoort een tekst tussen aanhalingstekens, maar er staat {}",
                        kind(v)
                    ),
                );
                None
            }
        }
    }

    fn list<'v>(&mut self, v: &'v Value, path: &str, what: &str) -> &'v [Value] {
        match v.as_array() {
            Some(items) => items,
            None => {
                self.error(
                    path,
                    format!("hier hoort een lijst [ … ] van {what}, maar er staat {}", kind(v)),
                );
                &[]
            }
        }
    }

    fn file_value(&mut self, v: &Value) -> Option<Scenarios> {
        let obj = self.object(v, "", "een scenariobestand", TOP_FIELDS)?;
        let catalogue = self
            .required(obj, "", "catalogus")
            .and_then(|c| self.text(c, "catalogus"));
        let note = obj.get("toelichting").and_then(|n| self.text(n, "toelichting"));
        let mut residents = Vec::new();
        if let Some(list) = self.required(obj, "", "inwoners") {
            let items = self.list(list, "inwoners", "inwoners");
            if items.is_empty() && list.is_array() {
                self.error("inwoners", "er staan geen inwoners in dit bestand".into());
            }
            for (i, item) in items.iter().enumerate() {
                if let Some(r) = self.resident(i, item) {
                    residents.push(r);
                }
            }
        }
        Some(Scenarios {
            file: self.file.to_string(),
            catalogue: catalogue?,
            catalogue_at: self.positions.find("catalogus"),
            note,
            residents,
            refs: std::mem::take(&mut self.refs),
        })
    }

    fn resident(&mut self, i: usize, v: &Value) -> Option<Resident> {
        let path = format!("inwoners[{i}]");
        self.names.push(String::new());
        let obj = self.object(v, &path, "een inwoner", RESIDENT_FIELDS)?;
        let name = self
            .required(obj, &path, "naam")
            .and_then(|n| self.text(n, &child(&path, "naam")));
        if let Some(name) = &name {
            if let Some(earlier) = self.names.iter().position(|n| n == name) {
                self.names[i] = name.clone();
                self.error(
                    &child(&path, "naam"),
                    format!(
                        "deze naam heeft inwoner {} al; geef elke inwoner een eigen naam",
                        earlier + 1
                    ),
                );
            }
            self.names[i] = name.clone();
        }
        let note = obj
            .get("toelichting")
            .and_then(|n| self.text(n, &child(&path, "toelichting")));
        let max_questions = self.required(obj, &path, "max_vragen").and_then(|m| {
            let at = child(&path, "max_vragen");
            let n = m.as_u64().and_then(|n| usize::try_from(n).ok());
            if n.is_none() {
                self.error(
                    &at,
                    format!(
                        "hier hoort een heel getal (0 of meer): hoeveel vragen deze inwoner hoogstens krijgt; er staat {}",
                        kind(m)
                    ),
                );
            }
            n
        });
        let answers = self
            .required(obj, &path, "antwoorden")
            .and_then(|a| self.answers(i, a, &child(&path, "antwoorden")));
        let expect = match obj.get("verwacht") {
            Some(e) => self.expect(i, e, &child(&path, "verwacht")),
            None => Some(Expect::default()),
        };
        Some(Resident {
            name: name?,
            note,
            max_questions: max_questions?,
            answers: answers?,
            expect: expect?,
        })
    }

    fn answers(&mut self, i: usize, v: &Value, path: &str) -> Option<crate::core::answers::Answers> {
        match answers_from_json(v) {
            Ok(a) => {
                if let Some(area) = a.area.known() {
                    self.refs.push(Ref {
                        kind: RefKind::Area,
                        id: area.clone(),
                        resident: i,
                        field: "antwoorden.area".into(),
                        at: self.positions.find(&child(path, "area")),
                    });
                }
                Some(a)
            }
            Err(e) => {
                let at = match &e {
                    AnswersFileError::NotAnObject => path.to_string(),
                    AnswersFileError::UnknownQuestion(q) => child(path, q),
                    AnswersFileError::BadAnswer { question, .. } => child(path, question),
                };
                let message = match e {
                    AnswersFileError::NotAnObject => format!(
                        "de antwoorden horen tussen {{ en }}, zoals {{\"themes\": [\"geld\"], \"age\": 42}}; er staat {}",
                        kind(v)
                    ),
                    other => other.to_string(),
                };
                self.error(&at, message);
                None
            }
        }
    }

    fn service(&mut self, i: usize, v: &Value, path: &str) -> Option<String> {
        let id = self.text(v, path)?;
        self.refs.push(Ref {
            kind: RefKind::Service,
            id: id.clone(),
            resident: i,
            field: split_path(path).1.to_string(),
            at: self.positions.find(path),
        });
        Some(id)
    }

    fn services(&mut self, i: usize, v: &Value, path: &str) -> Vec<String> {
        let items = self.list(v, path, "diensten (hun id)");
        let mut out = Vec::new();
        for (j, item) in items.iter().enumerate() {
            if let Some(id) = self.service(i, item, &format!("{path}[{j}]")) {
                out.push(id);
            }
        }
        out
    }

    fn question(&mut self, v: &Value, path: &str) -> Option<Fact> {
        let name = self.text(v, path)?;
        let fact = Fact::ALL.into_iter().find(|f| f.def().name == name);
        if fact.is_none() {
            let known: Vec<&str> = Fact::ALL.iter().map(|f| f.def().name).collect();
            self.error(
                path,
                format!("onbekende vraag “{name}”; bekend zijn: {}", known.join(", ")),
            );
        }
        fact
    }

    fn questions(&mut self, v: &Value, path: &str) -> Vec<Fact> {
        let items = self.list(v, path, "vragen");
        let mut out = Vec::new();
        for (j, item) in items.iter().enumerate() {
            out.extend(self.question(item, &format!("{path}[{j}]")));
        }
        out
    }

    /// An object whose keys are services, each value read by `value`.
    fn per_service<T>(
        &mut self,
        i: usize,
        v: &Value,
        path: &str,
        mut value: impl FnMut(&mut Self, &Value, &str) -> Vec<T>,
    ) -> Vec<(String, T)> {
        let Some(obj) = v.as_object() else {
            self.error(
                path,
                format!(
                    "hier hoort een object {{\"dienst\": …}} per dienst, maar er staat {}",
                    kind(v)
                ),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (id, item) in obj {
            let at = child(path, id);
            let key = Value::String(id.clone());
            let Some(id) = self.service(i, &key, &at) else { continue };
            for x in value(self, item, &at) {
                out.push((id.clone(), x));
            }
        }
        out
    }

    fn expect(&mut self, i: usize, v: &Value, path: &str) -> Option<Expect> {
        let obj = self.object(v, path, "wat de inwoner moet zien", EXPECT_FIELDS)?;
        let mut e = Expect::default();
        let errors_before = self.errors.len();
        for (key, item) in obj {
            let at = child(path, key);
            match key.as_str() {
                "toont" => e.shows = self.services(i, item, &at),
                "toont_niet" => e.hides = self.services(i, item, &at),
                "niet_in_begin_hier" => e.not_begin_here = self.services(i, item, &at),
                "directe_hulp" => e.direct = self.services(i, item, &at),
                "volgorde" => {
                    let items = self.list(item, &at, "rijen diensten, zoals [\"a\", \"b\"]");
                    for (j, row) in items.iter().enumerate() {
                        let row_at = format!("{at}[{j}]");
                        let ids = self.services(i, row, &row_at);
                        if row.is_array() && row.as_array().map_or(0, Vec::len) < 2 {
                            self.error(
                                &row_at,
                                "een volgorde noemt minstens twee diensten: [\"eerst\", \"daarna\"]".into(),
                            );
                        }
                        e.order.push(ids);
                    }
                }
                "begin_hier" => {
                    let ids = self.services(i, item, &at);
                    if item.as_array().is_some_and(Vec::is_empty) {
                        self.error(&at, "noem minstens één dienst die in “Begin hier” moet staan".into());
                    }
                    e.begin_here = Some(ids);
                }
                "eerste" => e.first = self.service(i, item, &at),
                "geen_groep" => {
                    let items = self.list(item, &at, "groepen van de route");
                    for (j, g) in items.iter().enumerate() {
                        let g_at = format!("{at}[{j}]");
                        let Some(name) = self.text(g, &g_at) else { continue };
                        match Group::ALL.into_iter().find(|x| x.slug() == name) {
                            Some(group) => e.no_group.push(group),
                            None => {
                                let known: Vec<&str> = Group::ALL.iter().map(|x| x.slug()).collect();
                                self.error(
                                    &g_at,
                                    format!("onbekende groep “{name}”; de groepen zijn: {}", known.join(", ")),
                                );
                            }
                        }
                    }
                }
                "past" => {
                    e.fit = self.per_service(i, item, &at, |p, x, x_at| {
                        let fit = match x.as_str() {
                            Some("zeker") => Some(Fit::Eligible),
                            Some("misschien") => Some(Fit::Possibly),
                            _ => None,
                        };
                        if fit.is_none() {
                            p.error(
                                x_at,
                                format!("hier hoort “zeker” of “misschien”, maar er staat {}", kind(x)),
                            );
                        }
                        fit.into_iter().collect()
                    });
                }
                "open_op" => {
                    e.open_on = self.per_service(i, item, &at, |p, x, x_at| {
                        if x.is_array() {
                            p.questions(x, x_at)
                        } else {
                            p.question(x, x_at).into_iter().collect()
                        }
                    });
                }
                "uiterlijk_op_plaats" => {
                    e.at_most = self.per_service(i, item, &at, |p, x, x_at| {
                        let n = x.as_u64().filter(|&n| n >= 1).and_then(|n| usize::try_from(n).ok());
                        if n.is_none() {
                            p.error(
                                x_at,
                                format!(
                                    "hier hoort een plaats in de route, een heel getal vanaf 1, maar er staat {}",
                                    kind(x)
                                ),
                            );
                        }
                        n.into_iter().collect()
                    });
                }
                "gevraagd" => e.asked = self.questions(item, &at),
                "niet_gevraagd" => e.not_asked = self.questions(item, &at),
                _ => {} // reported by `object`
            }
        }
        (self.errors.len() == errors_before).then_some(e)
    }
}

/// `inwoners[3].verwacht.toont[1]` → (Some(3), "verwacht.toont[1]").
fn split_path(path: &str) -> (Option<usize>, &str) {
    let Some(rest) = path.strip_prefix("inwoners[") else {
        return (None, path);
    };
    let Some((index, rest)) = rest.split_once(']') else {
        return (None, path);
    };
    match index.parse() {
        Ok(i) => (Some(i), rest.strip_prefix('.').unwrap_or(rest)),
        Err(_) => (None, path),
    }
}

fn child(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// What a value is, in a maintainer's words.
fn kind(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("het getal {n}"),
        Value::String(s) => format!("de tekst “{s}”"),
        Value::Array(_) => "een lijst".into(),
        Value::Object(_) => "een object".into(),
    }
}
