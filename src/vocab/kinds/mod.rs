//! The rule kinds, one file each: every `Ty` variant's tree check, streaming checks, quick
//! fix and placeholder, TypeScript type, JSON Schema and generated JS (`RuleKind`,
//! vocab/kind.rs). This module only maps a rule to its kind, and lists the kinds' JS helpers.
//! A new kind is a variant of `Ty` (vocab/rules.rs), a file here, its row in `Ty::kind` and
//! its `JS` in `JS`; its messages go in vocab/messages.rs.

mod any;
mod array;
mod capped;
mod group_type;
mod int;
mod int_enum;
mod number;
mod boolean;
mod object;
mod seconds_string;
mod string;
mod string_enum;
mod union;


use super::kind::RuleKind;
use super::rules::Ty;

impl Ty {
    /// What this rule's kind checks, fixes and generates.
    pub fn kind(&self) -> &dyn RuleKind {
        match self {
            Ty::Str(rule) => rule,
            Ty::Int(rule) => rule,
            Ty::Enum(values) => values,
            Ty::IntEnum(values) => values,
            Ty::Array(rule) => *rule,
            Ty::Object(obj) => *obj,
            Ty::GroupType => &group_type::GroupTypeName,
            Ty::SecondsString => &seconds_string::SecondsString,
            Ty::Number => &number::AnyNumber,
            Ty::Bool => &boolean::Boolean,
            Ty::Union(rule) => *rule,
            Ty::Capped(rule) => *rule,
            Ty::Any => &any::Opaque,
        }
    }
}

/// The JS helpers of the kinds, which their `js_report` calls name: `tcim-codegen checks`
/// writes them into lib/generated.js (`KINDS`), where they run with the shared helpers of
/// js/lib/diagnose.js (`ask`, `error`, `warning`, `hole`, `named`, `wrongType`, `any`, ...).
/// `(names, source)`: the functions a source defines, which `KINDS` returns.
#[cfg(not(target_arch = "wasm32"))]
pub const JS: &[(&[&str], &str)] = &[
    (&["str"], string::JS),
    (&["int"], int::JS),
    (&["oneOf"], string_enum::JS),
    (&["oneOfInts"], int_enum::JS),
    (&["groupType"], group_type::JS),
    (&["seconds"], seconds_string::JS),
    (&["array", "items"], array::JS),
    (&["object"], object::JS),
    (&["number"], number::JS),
    (&["boolean"], boolean::JS),
    (&["capped", "cappedText"], capped::JS),
];
