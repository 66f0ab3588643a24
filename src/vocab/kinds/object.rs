//! An object table (`Ty::Object(&TABLE)`, and every request and response body): its members,
//! each against its field's rule (through a legacy name the service accepts), what a key says
//! by itself (repeated, a known mistake, unknown: `Checker::member_key`), then the required
//! fields absent. `null` for an optional field is that field absent, as the service reads it
//! (a `null_member` warning, its value not checked): Go's encoding/json writes an empty slice
//! as `null`, and the service accepts those bodies.

use crate::vocab::check::Checker;
use crate::vocab::diagnostic::Json;
use crate::vocab::kind::{RuleKind, PLACEHOLDER_DEPTH};
use crate::vocab::messages as m;
use crate::vocab::node::Node;
use crate::vocab::group_type::GroupType;
use crate::vocab::rules::{Between, Cond, Obj, Val};
use crate::vocab::diagnostic::Diagnostic;
use crate::vocab::scan::{field_bit, Scan, Step, Stop};
#[cfg(not(target_arch = "wasm32"))]
use crate::vocab::kind::{schema_ref, JsGen};
#[cfg(not(target_arch = "wasm32"))]
use serde_json::{json, Value};

/// Deeper objects are left to wasm (`LIMITS.maxDepth` in js/lib/diagnose.js).
#[cfg(not(target_arch = "wasm32"))]
const JS_MAX_DEPTH: usize = crate::vocab::messages::limits::JS_MAX_DEPTH;

impl RuleKind for Obj {
    fn check(&self, c: &mut Checker, node: &Node) {
        let Node::Object(members) = node else {
            return c.error(m::NOT_AN_OBJECT_FIELD.code, m::NOT_AN_OBJECT_FIELD.render(&[&c.name(), &m::json_type(node.type_name())]));
        };
        for (i, (key, value)) in members.iter().enumerate() {
            let len = c.enter_key(key);
            let duplicate = members.iter().take(i).any(|(k, _)| k == key);
            if let Some(ty) = c.member_key(self, key, duplicate) {
                if matches!(value, Node::Null) && self.null_is_absent(key) {
                    c.warning(m::NULL_MEMBER.code, m::NULL_MEMBER.render(&[&key.as_ref()]));
                } else {
                    c.check_value(value, ty);
                }
            }
            c.leave(len);
        }
        c.missing_fields(self, |name| members.iter().any(|(k, _)| k == name));
        for rule in self.between {
            between(self, node, rule, c);
        }
    }

    /// Known fields only, each once, every required one present (an accepted alias is a
    /// mistake, so a finding, anyway).
    fn clean(&self, s: &mut Scan) -> Step {
        // Request tables extend nothing (responses extend the envelope): their own fields are
        // all the fields.
        if s.peek() != Some(b'{') || self.extends.is_some() {
            return Err(Stop::Found);
        }
        // Rules between fields need the whole object: the tree validator answers.
        if !self.between.is_empty() {
            return Err(Stop::Bail);
        }
        let mut seen: u64 = 0;
        s.each_in(b'}', |s, _| {
            let key = s.member_key()?;
            let (i, field) = self.fields.iter().enumerate().find(|(_, f)| f.name == key).ok_or(Stop::Found)?;
            let bit = field_bit(i)?;
            if seen & bit != 0 {
                return Err(Stop::Found);
            }
            seen |= bit;
            s.clean_value(&field.ty)
        })?;
        for (i, field) in self.fields.iter().enumerate() {
            if field.required && seen & field_bit(i)? == 0 {
                return Err(Stop::Found);
            }
        }
        Ok(())
    }

    /// Each finding placed at what it is about: the key for what a key says by itself, the
    /// value for what is wrong with it, the object for a missing field. Under a repeated key,
    /// each points at the repeat it is about (see validate/stream.rs).
    fn scan(&self, s: &mut Scan, c: &mut Checker) -> Step {
        if s.peek() != Some(b'{') {
            return s.checked(c, &|c, node| self.check(c, node));
        }
        if !self.between.is_empty() {
            return Err(Stop::Bail);
        }
        let open = s.pos;
        let first_key = s.keys.len();
        s.each_in(b'}', |s, _| {
            let key_at = s.pos;
            let key = s.member_key()?;
            let duplicate = s.keys.get(first_key..).is_some_and(|seen| seen.contains(&key));
            s.keys.push(key);
            let len = c.enter_key(key);
            let mark = c.len();
            let rule = c.member_key(self, key, duplicate);
            s.place(c, mark, key_at, key_at);
            match rule {
                Some(_) if s.peek() == Some(b'n') && self.null_is_absent(key) => {
                    let at = s.pos;
                    let mark = c.len();
                    c.warning(m::NULL_MEMBER.code, m::NULL_MEMBER.render(&[&key]));
                    s.skip()?;
                    s.place(c, mark, at, at);
                }
                Some(ty) => s.value(ty, c)?,
                None => s.skip()?,
            }
            c.leave(len);
            Ok(())
        })?;
        let mark = c.len();
        let keys = s.keys.get(first_key..).unwrap_or_default();
        c.missing_fields(self, |name| keys.contains(&name));
        s.place(c, mark, open, open);
        s.keys.truncate(first_key);
        Ok(())
    }

    fn placeholder(&self, depth: usize) -> Json {
        if depth < PLACEHOLDER_DEPTH {
            Json::Object(self.all_fields().filter(|f| f.required).map(|f| (f.name, f.ty.kind().placeholder(depth + 1))).collect())
        } else {
            Json::Object(Vec::new())
        }
    }

    /// (Each table is an interface of its own name, codegen.rs `write_interface`.)
    #[cfg(not(target_arch = "wasm32"))]
    fn ts(&self) -> String {
        self.name.to_owned()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(&self, refs: &str) -> Value {
        schema_ref(refs, self)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_fix_kind(&self, table: &dyn Fn(&Obj) -> Option<usize>) -> Value {
        json!({ "o": table(self) })
    }

    /// A plain object goes straight to its table's function (`o{j}`, codegen.rs); anything
    /// else to the `object` helper, which says what it is.
    #[cfg(not(target_arch = "wasm32"))]
    fn js_check(&self, g: &mut dyn JsGen, v: &str, base: &str, seg: &str, tail: &str, _scanned: bool) -> String {
        let path = g.path(base, seg, tail);
        let Some(j) = g.table(self) else { return self.js_report(g, v, &path) };
        // (As in `object`, a plain object's own path becomes the base.)
        let call = if tail == "\"\"" { format!("o{j}({v}, {base}, {seg}, out, d + 1)") } else { format!("o{j}({v}, at({base}, {seg}, \"\"), {tail}, out, d + 1)") };
        format!("if (d < {JS_MAX_DEPTH} && isObject({v})) {call}; else {}", self.js_report(g, v, &path))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn js_report(&self, g: &mut dyn JsGen, v: &str, path: &str) -> String {
        match g.table(self) {
            Some(j) => format!("object({v}, o{j}, {path})"),
            None => "ask()".to_owned(),
        }
    }

    /// Over text: an object is read by its table's scanning function (`s{j}`).
    #[cfg(not(target_arch = "wasm32"))]
    fn js_scan(&self, g: &mut dyn JsGen, base: &str, seg: &str, tail: &str) -> String {
        let Some(j) = g.table(self) else { return "ask()".to_owned() };
        let call = if tail == "\"\"" { format!("s{j}(p, {base}, {seg}, out, d + 1)") } else { format!("s{j}(p, at({base}, {seg}, \"\"), {tail}, out, d + 1)") };
        let path = g.path(base, seg, tail);
        // (`object` reports a value that is not an object; it calls no table function then.)
        format!("if (p.b[p.i] === 123) {call}; else {{ const x = scalar(p, d + 1); object(x, null, {path}); }}")
    }
}

/// A member as the service reads it: `null` is absent, and where the field is absent a legacy
/// name it accepts stands in.
fn member<'n, 'a>(obj: &Obj, node: &'n Node<'a>, field: &str) -> Option<&'n Node<'a>> {
    node.member(field).or_else(|| obj.all_mistakes().filter(|m| m.accepted_as_alias && m.means == field).find_map(|m| node.member(m.key)))
}

fn holds(obj: &Obj, node: &Node, cond: &Cond) -> bool {
    match cond {
        Cond::Is(field, values) => member(obj, node, field).is_some_and(|v| {
            values.iter().any(|want| match want {
                Val::Int(i) => v.as_i64() == Some(*i),
                Val::Str(s) => v.as_str() == Some(*s),
            })
        }),
        Cond::GroupTypeIs(field, types) => member(obj, node, field).and_then(Node::as_str).and_then(GroupType::from_name).is_some_and(|t| types.contains(&t)),
        Cond::NonEmpty(field) => matches!(member(obj, node, field), Some(Node::Array(items)) if !items.is_empty()),
        Cond::StartsWith(field, prefix) => valid_str(obj, node, field).is_some_and(|s| s.starts_with(prefix)),
        Cond::LacksPrefix(field, prefix) => valid_str(obj, node, field).is_some_and(|s| !s.starts_with(prefix)),
    }
}

/// A string member that its own rule takes: a value already refused for itself is not refused
/// again for what it says beside another member (a too-long custom GroupId is not also of the
/// wrong prefix).
fn valid_str<'n>(obj: &Obj, node: &'n Node, field: &str) -> Option<&'n str> {
    let value = member(obj, node, field)?;
    let mut own = Checker::new();
    own.check_value(value, &obj.field(field)?.ty);
    if own.finish().iter().any(Diagnostic::is_error) {
        return None;
    }
    value.as_str()
}

/// A condition's member as a message names it: a group type by its REST name.
fn named(obj: &Obj, node: &Node, cond: &Cond) -> String {
    let value = member(obj, node, cond.field());
    match (cond, value) {
        (Cond::GroupTypeIs(..), Some(v)) => v.as_str().and_then(GroupType::from_name).map(|t| t.rest_name().to_owned()).unwrap_or_default(),
        (_, Some(Node::Str(s))) => s.to_string(),
        (_, Some(v)) => v.as_i64().map(|i| i.to_string()).unwrap_or_default(),
        (_, None) => String::new(),
    }
}

/// Checks one rule between the fields of `node`, an object of table `obj`.
fn between(obj: &Obj, node: &Node, rule: &Between, c: &mut Checker) {
    let present = |field: &str| member(obj, node, field).is_some();
    match rule {
        Between::AtLeastOne(fields) if !fields.iter().any(|f| present(f)) => {
            c.push(Diagnostic::error(c.path().to_owned(), m::AT_LEAST_ONE.code, m::AT_LEAST_ONE.render(&[&fields.join(" and ")])));
        }
        Between::OnlyOne(first, second) if present(first) && present(second) => {
            c.push(Diagnostic::error(c.path_of(second), m::ONLY_ONE.code, m::ONLY_ONE.render(&[&format!("{first} and {second}")])));
        }
        Between::NeededWhen(field, when) if holds(obj, node, when) && !present(field) => {
            c.push(Diagnostic::error(c.path_of(field), m::NEEDED_FOR.code, m::NEEDED_FOR.render(&[field, &when.said()])));
        }
        Between::RefusedWhen { what, when, message } if holds(obj, node, when) && holds(obj, node, what) => {
            c.push(Diagnostic::error(c.path_of(what.field()), message.code, message.render(&[&named(obj, node, when)])));
        }
        _ => {}
    }
}

/// The JS helper (see kinds/mod.rs `JS`): runs the generated function `check` of an object
/// table on `v`, if it is an object (the tree check above: its members are the function's).
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &str = r#"
function object(v, check, out, base, seg, t, d) {
  if (!isObject(v)) {
    any(v, d);
    return error(out, base, seg, t, "wrong_type", hole(base, seg, t, WRONG_TYPE, M.notAnObjectField, kind(v)));
  }
  if (d > MAX_DEPTH) ask();
  // The object's own path becomes the base of its members' paths.
  if (t.tail === "") check(v, base, seg, out, d);
  else check(v, at(base, seg, ""), t.tail, out, d);
}
"#;
