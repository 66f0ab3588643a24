//! Field rules as data, as the endpoint files spell them. Each endpoint's request and response
//! is one `Obj` table; the validator, the TypeScript generator and the JSON Schema generator all
//! read the same tables. What each kind of rule (`Ty`'s variants) means — its checks, fix,
//! schema, TS type and generated JS — is its file under vocab/kinds/.

use super::diagnostic::Severity;
use super::group_type::GroupType;
use super::messages::Message;

/// The JSON shape and rule of one value.
#[derive(Debug, Clone, Copy)]
pub enum Ty {
    Str(Str),
    Int(Int),
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// One of these integers.
    IntEnum(&'static [i64]),
    Array(&'static Arr),
    Object(&'static Obj),
    /// A group `Type`: the legacy REST names, or the new console names with a warning.
    GroupType,
    /// Unix seconds documented as a String ("1700000000"); an integer is accepted with a
    /// `type_drift` warning because several SDKs send one (decisions.md 6).
    SecondsString,
    /// Any JSON number, integer or not (`Latitude`, `Longitude`).
    Number,
    /// `true` or `false` (`IsFinish` of the search answers).
    Bool,
    /// An object whose table is chosen by the value of one of its members (a tagged union:
    /// a message element's `MsgContent` by its `MsgType`).
    Union(&'static Union),
    /// A value no longer than a number of bytes written as compact JSON (a message body).
    Capped(&'static Capped),
    /// Any JSON value (opaque payloads such as `CustomData`, the content of an unknown element).
    Any,
}

/// One of several object tables, chosen by the string value of the member `tag`: each case
/// states the tag's value and the table a member with that value must meet; an object with no
/// such tag value (absent, not a string, or unknown) meets `fallback`, whose own rule for the
/// tag reports what is wrong with it.
#[derive(Debug, Clone, Copy)]
pub struct Union {
    pub tag: &'static str,
    pub cases: &'static [(&'static str, &'static Obj)],
    pub fallback: &'static Obj,
}

impl Union {
    /// The table a value whose tag member is `value` meets.
    pub fn case(&self, value: Option<&str>) -> &'static Obj {
        value.and_then(|v| self.cases.iter().find(|(name, _)| *name == v)).map_or(self.fallback, |(_, obj)| obj)
    }
}

/// A value whose compact JSON text (as `JSON.stringify` writes it) is at most `max_bytes`
/// UTF-8 bytes, checked when it is an array (the only shape such a limit is stated for).
#[derive(Debug, Clone, Copy)]
pub struct Capped {
    pub inner: Ty,
    pub max_bytes: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct Str {
    pub min_bytes: usize,
    /// UTF-8 byte limit, as the service counts (a CJK character is 3 bytes).
    pub max_bytes: Option<usize>,
    pub kind: StrKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrKind {
    Plain,
    /// A UserID: 1–32 bytes (decisions.md 14).
    UserId,
    /// A group ID: the rules of decisions.md 13.
    GroupId,
}

#[derive(Debug, Clone, Copy)]
pub struct Int {
    pub min: i64,
    pub max: i64,
    /// Values above this are accepted and treated as this value (with a `clamped` warning).
    pub clamp_to: Option<i64>,
}

#[derive(Debug, Clone, Copy)]
pub struct Arr {
    pub item: Ty,
    pub min_items: usize,
    pub max_items: Option<usize>,
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    pub required: bool,
    pub doc: &'static str,
    /// The meaning in Chinese, in the words of the official Chinese page's field table (empty
    /// where tcim has none; native only, like an optional field's `doc`).
    pub doc_zh: &'static str,
}

/// A key that real clients send by mistake, and what it means.
#[derive(Debug, Clone, Copy)]
pub struct Mistake {
    pub key: &'static str,
    /// The documented field it stands for.
    pub means: &'static str,
    pub severity: Severity,
    pub code: &'static str,
    /// Whether the service reads it as `means` (a legacy alias) or ignores it.
    pub accepted_as_alias: bool,
    pub why: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Obj {
    pub name: &'static str,
    pub fields: &'static [Field],
    pub mistakes: &'static [Mistake],
    /// Fields and mistakes inherited from another table (responses extend the envelope).
    pub extends: Option<&'static Obj>,
    /// Rules between this table's fields (`between LIST;` in `wire!`).
    pub between: &'static [Between],
}

/// A value a rule between fields compares a member with.
#[derive(Debug, Clone, Copy)]
pub enum Val {
    Int(i64),
    Str(&'static str),
}

/// What a rule between fields says of one member, as the service reads the member: `null` is
/// the member absent, and a legacy name it accepts stands for its field.
#[derive(Debug, Clone, Copy)]
pub enum Cond {
    /// The member is one of these values.
    Is(&'static str, &'static [Val]),
    /// The member names one of these group types (by its REST name or its console name).
    GroupTypeIs(&'static str, &'static [GroupType]),
    /// The member is an array of at least one item.
    NonEmpty(&'static str),
    /// The member is a string, valid by its own rule, that starts with this.
    StartsWith(&'static str, &'static str),
    /// The member is a string, valid by its own rule, that does not start with this.
    LacksPrefix(&'static str, &'static str),
}

impl Cond {
    /// The member the condition is about.
    pub fn field(&self) -> &'static str {
        match self {
            Cond::Is(f, _) | Cond::GroupTypeIs(f, _) | Cond::NonEmpty(f) | Cond::StartsWith(f, _) | Cond::LacksPrefix(f, _) => f,
        }
    }
    /// How messages name it: "Type 2", "UpdateGroupType 1".
    pub fn said(&self) -> String {
        match self {
            Cond::Is(field, values) => {
                let values: Vec<String> = values
                    .iter()
                    .map(|v| match v {
                        Val::Int(i) => i.to_string(),
                        Val::Str(s) => (*s).to_owned(),
                    })
                    .collect();
                format!("{field} {}", values.join("/"))
            }
            Cond::GroupTypeIs(field, types) => format!("{field} {}", types.iter().map(|t| t.rest_name()).collect::<Vec<_>>().join("/")),
            Cond::NonEmpty(field) => (*field).to_owned(),
            Cond::StartsWith(field, prefix) => format!("{field} starting with {prefix}"),
            Cond::LacksPrefix(field, prefix) => format!("{field} not starting with {prefix}"),
        }
    }
}

/// A rule between the fields of one object table, stated as data: the validator checks it
/// (vocab/kinds/object.rs) and the JSON Schemas state it (schema.rs), both from this one row.
/// A rule no schema keyword can state stays a function, the endpoint's `.check`.
#[derive(Debug, Clone, Copy)]
pub enum Between {
    /// At least one of these members (`missing_field` at the object).
    AtLeastOne(&'static [&'static str]),
    /// Not both: two forms of one request (`conflicting_fields` at the second).
    OnlyOne(&'static str, &'static str),
    /// The member is required when the condition holds (`missing_field` at the member).
    NeededWhen(&'static str, Cond),
    /// `what` cannot hold together with `when`: the finding is `message`, at `what`'s member
    /// (its `{placeholder}`, if any, takes `when`'s member as read: a group type's REST name).
    RefusedWhen { what: Cond, when: Cond, message: &'static Message },
}

impl Between {
    /// The members the rule names.
    pub fn fields(&self) -> Vec<&'static str> {
        match self {
            Between::AtLeastOne(fields) => fields.to_vec(),
            Between::OnlyOne(a, b) => vec![a, b],
            Between::NeededWhen(field, when) => vec![field, when.field()],
            Between::RefusedWhen { what, when, .. } => vec![what.field(), when.field()],
        }
    }
}

impl Obj {
    pub const fn new(name: &'static str, fields: &'static [Field]) -> Obj {
        Obj { name, fields, mistakes: &[], extends: None, between: &[] }
    }
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name).or_else(|| self.extends.and_then(|b| b.field(name)))
    }
    /// Whether `null` for member `name` means the member is absent, as the service reads it:
    /// a field that may be left out and is not an opaque payload (where `null` is a value).
    pub fn null_is_absent(&self, name: &str) -> bool {
        self.field(name).is_some_and(|f| !f.required && !matches!(f.ty, Ty::Any))
    }
    /// The field a legacy key stands for, where the service accepts it in that field's place.
    pub fn alias_of(&self, key: &str) -> Option<&'static str> {
        // (Read for every member of every request: most tables have no mistakes at all.)
        if self.mistakes.is_empty() && self.extends.is_none() {
            return None;
        }
        self.mistake(key).filter(|m| m.accepted_as_alias).map(|m| m.means)
    }
    /// The rule of a member, through a legacy name the service accepts in its place.
    pub fn member_ty(&self, key: &str) -> Option<&'static Ty> {
        self.field(key).or_else(|| self.alias_of(key).and_then(|means| self.field(means))).map(|f| &f.ty)
    }
    pub fn mistake(&self, key: &str) -> Option<&'static Mistake> {
        self.mistakes.iter().find(|m| m.key == key).or_else(|| self.extends.and_then(|b| b.mistake(key)))
    }
    /// Own fields after inherited ones.
    pub fn all_fields(&self) -> impl Iterator<Item = &'static Field> + '_ {
        self.extends.into_iter().flat_map(|b| b.fields.iter()).chain(self.fields.iter())
    }
    pub fn all_mistakes(&self) -> impl Iterator<Item = &'static Mistake> + '_ {
        self.extends.into_iter().flat_map(|b| b.mistakes.iter()).chain(self.mistakes.iter())
    }
}

// Short constructors so the endpoint tables read like the documentation's field tables.

pub const fn req(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field { name, ty, required: true, doc, doc_zh: "" }
}
/// An optional field. Its doc is only read by the generators (TypeScript, the JS rule
/// tables, the catalog), which run natively: the wasm leaves the text out.
pub const fn opt(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field { name, ty, required: false, doc: if cfg!(target_arch = "wasm32") { "" } else { doc }, doc_zh: "" }
}
/// A field of an answer written whenever the call succeeds (see `api::wire`): optional in the
/// table, since a failed call carries only the envelope.
pub const fn out(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    opt(name, ty, doc)
}
impl Field {
    /// The meaning in Chinese, stated beside the English (`"meaning" / "含义"` in `wire!`).
    pub const fn zh(self, doc_zh: &'static str) -> Field {
        Field { doc_zh: if cfg!(target_arch = "wasm32") { "" } else { doc_zh }, ..self }
    }
    /// The meaning in the language asked for (English where there is no Chinese).
    pub fn doc_in(&self, zh: bool) -> &'static str {
        if zh && !self.doc_zh.is_empty() { self.doc_zh } else { self.doc }
    }
}

pub const fn string() -> Ty {
    Ty::Str(Str { min_bytes: 0, max_bytes: None, kind: StrKind::Plain })
}
pub const fn string_max(max: usize) -> Ty {
    Ty::Str(Str { min_bytes: 0, max_bytes: Some(max), kind: StrKind::Plain })
}
pub const fn non_empty() -> Ty {
    Ty::Str(Str { min_bytes: 1, max_bytes: None, kind: StrKind::Plain })
}
pub const USER_ID: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(32), kind: StrKind::UserId });
pub const GROUP_ID: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(super::messages::limits::GROUP_ID_MAX_BYTES), kind: StrKind::GroupId });
pub const fn int(min: i64, max: i64) -> Ty {
    Ty::Int(Int { min, max, clamp_to: None })
}
/// A 32-bit unsigned integer (`random`, `Random`, `MsgRandom`).
pub const U32: Ty = int(0, u32::MAX as i64);
/// A count or seq: an integer ≥ 0.
pub const COUNT: Ty = int(0, i64::MAX);
/// Unix seconds as an integer.
pub const UNIX_SECONDS: Ty = int(0, u32::MAX as i64);
/// 0 or 1 flags (`Silence`, `NeedReadReceipt`, ...).
pub const FLAG: Ty = Ty::IntEnum(&[0, 1]);
pub const ANY: Ty = Ty::Any;
pub const NUMBER: Ty = Ty::Number;
pub const BOOL: Ty = Ty::Bool;

/// The envelope's rule table; every response table extends it.
pub const ENVELOPE_FIELDS: [Field; 4] = [
    req("ActionStatus", Ty::Enum(&["OK", "FAIL"]), "request result: OK or FAIL").zh("请求处理的结果，OK 表示处理成功，FAIL 表示失败"),
    req("ErrorInfo", string(), "error information, empty on success").zh("错误信息，成功时为空"),
    req("ErrorCode", COUNT, "0 on success, otherwise the error code").zh("错误码，0 表示成功，非 0 表示失败"),
    opt("ErrorDisplay", string(), "display text some answers carry").zh("详细的客户端展示信息（部分应答携带）"),
];

/// Known envelope misspellings (decisions.md 19: seed 001 prints `Action1Status`).
pub const ENVELOPE_MISTAKES: &[Mistake] = &[Mistake {
    key: "Action1Status",
    means: "ActionStatus",
    severity: Severity::Error,
    code: "unknown_field",
    accepted_as_alias: false,
    why: "It is a typo in one documentation sample; the service always sends ActionStatus.",
}];

pub const ENVELOPE: Obj = Obj { name: "Envelope", fields: &ENVELOPE_FIELDS, mistakes: ENVELOPE_MISTAKES, extends: None, between: &[] };

/// A response table: the envelope plus the endpoint's own fields.
pub const fn response(name: &'static str, fields: &'static [Field]) -> Obj {
    Obj { name, fields, mistakes: &[], extends: Some(&ENVELOPE), between: &[] }
}

/// A TypeScript type expression for a rule (its kind's `RuleKind::ts`).
#[cfg(not(target_arch = "wasm32"))]
pub fn ts_type(ty: &Ty) -> String {
    ty.kind().ts()
}

/// Every object table reachable from `obj`, itself included, parents first: what the
/// generators define (the TypeScript interfaces, the JS diagnosers, the JSON Schemas' `$defs`
/// and the OpenAPI document's components).
pub fn collect(obj: &'static Obj, out: &mut Vec<&'static Obj>) {
    if out.iter().any(|o| o.name == obj.name) {
        return;
    }
    out.push(obj);
    for f in obj.all_fields() {
        collect_ty(&f.ty, out);
    }
}

fn collect_ty(ty: &Ty, out: &mut Vec<&'static Obj>) {
    match ty {
        Ty::Object(o) => collect(o, out),
        Ty::Array(a) => collect_ty(&a.item, out),
        Ty::Capped(s) => collect_ty(&s.inner, out),
        Ty::Union(u) => {
            for (_, o) in u.cases {
                collect(o, out);
            }
            collect(u.fallback, out);
        }
        _ => {}
    }
}
