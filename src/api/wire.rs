//! `wire!`: a wire type stated once. Each field is written as
//!
//! ```text
//! rust_name: RustType = kind "WireName", RULE, "meaning" / "含义";
//! ```
//!
//! and from that one line come the struct field (serde, with the wire name), the member the
//! simulator's reader takes (`ReadJson`), and the row of the rule table (`Obj`) that the
//! validators, the generated JS diagnosers, the TypeScript types, the JSON catalog and the
//! JSON Schemas all read. The meaning is in English, then in Chinese as the official Chinese
//! page's field table words it (where tcim has it). The kinds:
//!
//! - `req`: required; the Rust type is the value's own.
//! - `opt`: optional; the Rust type is an `Option`, left out when `None`.
//! - `out`: a field of an answer that the service writes whenever the call succeeds: a plain
//!   Rust type (its default when absent), optional in the rule table (a failed call carries
//!   only the envelope).
//!
//! Two forms: `pub struct T as TABLE "TableName" { … }` (a request or an item: with a reader;
//! `mistakes LIST;` before the brace adds known misspellings, and a mistake the service accepts
//! as an alias is read as the field it stands for; `between LIST;` after it adds the rules
//! between the table's fields, `rules::Between`) and `pub response T as TABLE "TableName"
//! { … }` (an answer: the envelope first, then these fields).

macro_rules! wire {
    (
        $(#[$attr:meta])*
        pub struct $ty:ident as $table:ident $tname:literal $(mistakes $mistakes:expr;)? $(between $between:expr;)? {
            $($(#[$fattr:meta])* $field:ident: $fty:ty = $kind:ident $wire:literal, $rule:expr, $doc:literal $(/ $zh:literal)?;)*
        }
    ) => {
        $crate::api::wire::wire!(@struct [$(#[$attr])*] $ty [] [] $($(#[$fattr])* $field: $fty = $kind $wire;)*);

        pub const $table: $crate::vocab::rules::Obj = $crate::vocab::rules::Obj {
            name: $tname,
            fields: &[$($crate::vocab::rules::$kind($wire, $rule, $doc)$(.zh($zh))?),*],
            mistakes: $crate::api::wire::wire!(@or [$($mistakes)?] &[]),
            extends: None,
            between: $crate::api::wire::wire!(@or [$($between)?] &[]),
        };

        // A legacy name the service accepts counts as its field.
        $crate::read::reads!(@impl $ty, [$table.alias_of(key).unwrap_or(key)], |r, key| { r.skip()?; }, { $($field: $wire),* });
    };
    (
        $(#[$attr:meta])*
        pub response $ty:ident as $table:ident $tname:literal {
            $($(#[$fattr:meta])* $field:ident: $fty:ty = $kind:ident $wire:literal, $rule:expr, $doc:literal $(/ $zh:literal)?;)*
        }
    ) => {
        $crate::api::wire::wire!(@struct [$(#[$attr])*] $ty [#[serde(flatten)] pub envelope: $crate::api::Envelope,] [] $($(#[$fattr])* $field: $fty = $kind $wire;)*);

        pub const $table: $crate::vocab::rules::Obj = $crate::vocab::rules::response($tname, &[$($crate::vocab::rules::$kind($wire, $rule, $doc)$(.zh($zh))?),*]);
    };

    // The struct, one field at a time (each kind has its own serde attributes).
    (@struct [$($attr:tt)*] $ty:ident [$($pre:tt)*] [$($acc:tt)*]) => {
        $($attr)*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct $ty {
            $($pre)*
            $($acc)*
        }
    };
    (@struct $attrs:tt $ty:ident $pre:tt [$($acc:tt)*] $(#[$fattr:meta])* $field:ident: $fty:ty = req $wire:literal; $($rest:tt)*) => {
        $crate::api::wire::wire!(@struct $attrs $ty $pre [$($acc)* $(#[$fattr])* #[serde(rename = $wire)] pub $field: $fty,] $($rest)*);
    };
    (@struct $attrs:tt $ty:ident $pre:tt [$($acc:tt)*] $(#[$fattr:meta])* $field:ident: $fty:ty = opt $wire:literal; $($rest:tt)*) => {
        $crate::api::wire::wire!(@struct $attrs $ty $pre [$($acc)* $(#[$fattr])* #[serde(rename = $wire, default, skip_serializing_if = "Option::is_none")] pub $field: $fty,] $($rest)*);
    };
    (@struct $attrs:tt $ty:ident $pre:tt [$($acc:tt)*] $(#[$fattr:meta])* $field:ident: $fty:ty = out $wire:literal; $($rest:tt)*) => {
        $crate::api::wire::wire!(@struct $attrs $ty $pre [$($acc)* $(#[$fattr])* #[serde(rename = $wire, default)] pub $field: $fty,] $($rest)*);
    };

    (@or [$value:expr] $default:expr) => { $value };
    (@or [] $default:expr) => { $default };
}
pub(crate) use wire;
