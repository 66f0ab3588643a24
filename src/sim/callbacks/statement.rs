//! `statements!`: a callback stated once. One block per area (`c2c.rs`, `group.rs`, ...)
//! holds its item tables and its callbacks; each field is one line,
//!
//! ```text
//! rust_name: RustType = kind "WireName", RULE, "meaning" / "中文含义";
//! ```
//!
//! (`req`: always in the body; `opt`: an `Option`, left out when `None`; the meanings as in
//! `wire!`) and from it come the body struct the handlers fill (serde, with the wire name) and
//! the row of the body's rule table (`Obj`, its Chinese with it: the TypeScript type, the JSON
//! Schema, the OpenAPI webhook in both languages).
//! A callback also states its title in both languages, its documented sample (what
//! `tcim trigger` posts) and, for a Before-callback, how the service reads the app's reply
//! (`before: Before { … }`, the `BeforeBody` its gate reads; the reply the gate reads is an
//! `item [loose]`). The table's first row is
//! `CallbackCommand`, whose one value is the command: the TypeScript bodies are a union
//! told apart by it.

use super::Before;
use crate::read::read_text;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;

/// A callback's body: its type names its command, so a handler cannot fire a body under
/// another command's name.
pub trait Body: Serialize {
    const COMMAND: &'static str;
    /// The body's rule table.
    const TABLE: &'static crate::vocab::rules::Obj;
}

/// A Before-callback's body: the rules by which the service reads the app's reply.
pub trait BeforeBody: Body {
    const RULE: Before;
}

/// A reply's member read on its own: one the reader cannot take counts as absent, and so
/// does a list's item (a list keeps the items it can read).
pub trait Loose: Sized {
    fn loose(text: &str) -> Option<Self>;
}

macro_rules! loose_by_reader {
    ($($t:ty),*) => {$(
        impl Loose for $t {
            fn loose(text: &str) -> Option<Self> {
                read_text(text)
            }
        }
    )*};
}
loose_by_reader!(u32, String, Value);

impl<T: Loose> Loose for Vec<T> {
    fn loose(text: &str) -> Option<Self> {
        let items: Vec<Box<RawValue>> = read_text(text)?;
        Some(items.iter().filter_map(|item| T::loose(item.get())).collect())
    }
}

/// A member of the reply (`None`: absent or unreadable).
pub(crate) fn member<T: Loose>(value: Option<&Value>) -> Option<T> {
    T::loose(&value?.to_string())
}

/// What the generators read of one callback (native only: the wasm carries no docs).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
pub struct Statement {
    pub command: &'static str,
    pub title: &'static str,
    pub title_zh: &'static str,
    /// The body's rule table (`CallbackCommand` first).
    pub body: &'static crate::vocab::rules::Obj,
    /// A Before-callback's rules; `None` for the others.
    pub before: Option<&'static Before>,
    /// The documented sample body.
    pub sample: &'static str,
}

macro_rules! statements {
    (
        $(item $([$reader:ident])? $(#[$iattr:meta])* $ity:ident as $itable:ident $iname:literal {
            $($ifield:ident: $ifty:ty = $ikind:ident $iwire:literal, $irule:expr, $idoc:literal / $izh:literal;)*
        })*
        $(callback $(#[$cattr:meta])* $cty:ident as $ctable:ident $command:literal / $cname:literal {
            title: $title:literal / $title_zh:literal;
            $(before: $before:expr;)?
            sample: $sample:literal;
            $($cfield:ident: $cfty:ty = $ckind:ident $cwire:literal, $crule:expr, $cdoc:literal / $czh:literal;)*
        })*
    ) => {
        $(
            $crate::sim::callbacks::statement::statements!(@struct [$(#[$iattr])*] $ity [] $($ifield: $ifty = $ikind $iwire;)*);
            pub const $itable: $crate::vocab::rules::Obj = $crate::vocab::rules::Obj::new($iname, &[$($crate::vocab::rules::$ikind($iwire, $irule, $idoc).zh($izh)),*]);
            $crate::sim::callbacks::statement::statements!(@reader [$($reader)?] $ity { $($ifield: $iwire),* });
        )*
        $(
            $crate::sim::callbacks::statement::statements!(@struct [$(#[$cattr])*] $cty [] $($cfield: $cfty = $ckind $cwire;)*);
            impl $crate::sim::callbacks::statement::Body for $cty {
                const COMMAND: &'static str = $command;
                const TABLE: &'static $crate::vocab::rules::Obj = &$ctable;
            }
            $(impl $crate::sim::callbacks::statement::BeforeBody for $cty {
                const RULE: $crate::sim::callbacks::Before = $before;
            })?
            pub const $ctable: $crate::vocab::rules::Obj = $crate::vocab::rules::Obj::new($cname, &[
                $crate::vocab::rules::req("CallbackCommand", $crate::vocab::rules::Ty::Enum(&[$command]), "the callback's command").zh("回调命令"),
                $($crate::vocab::rules::$ckind($cwire, $crule, $cdoc).zh($czh)),*
            ]);
            #[cfg(not(target_arch = "wasm32"))]
            impl $cty {
                pub const STATEMENT: $crate::sim::callbacks::statement::Statement = $crate::sim::callbacks::statement::Statement {
                    command: $command,
                    title: $title,
                    title_zh: $title_zh,
                    body: &$ctable,
                    before: $crate::sim::callbacks::statement::statements!(@or [$({ let _ = $before; Some(&<$cty as $crate::sim::callbacks::statement::BeforeBody>::RULE) })?] None),
                    sample: $sample,
                };
            }
        )*
    };

    // The struct, one field at a time (each kind has its own serde attributes).
    (@struct [$($attr:tt)*] $ty:ident [$($acc:tt)*]) => {
        $($attr)*
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        pub struct $ty {
            $($acc)*
        }
    };
    (@struct $attrs:tt $ty:ident [$($acc:tt)*] $field:ident: $fty:ty = req $wire:literal; $($rest:tt)*) => {
        $crate::sim::callbacks::statement::statements!(@struct $attrs $ty [$($acc)* #[serde(rename = $wire)] pub $field: $fty,] $($rest)*);
    };
    (@struct $attrs:tt $ty:ident [$($acc:tt)*] $field:ident: $fty:ty = opt $wire:literal; $($rest:tt)*) => {
        $crate::sim::callbacks::statement::statements!(@struct $attrs $ty [$($acc)* #[serde(rename = $wire, skip_serializing_if = "Option::is_none")] pub $field: $fty,] $($rest)*);
    };

    // `item [loose]`: the app's reply, read member by member (`Loose`; every field an
    // `Option`).
    (@reader [] $ty:ident { $($field:ident: $wire:literal),* }) => {};
    (@reader [loose] $ty:ident { $($field:ident: $wire:literal),* }) => {
        impl $ty {
            pub(crate) fn read_loose(reply: &serde_json::Value) -> Self {
                $ty { $($field: $crate::sim::callbacks::statement::member(reply.get($wire))),* }
            }
        }
    };

    (@or [$value:expr] $default:expr) => { $value };
    (@or [] $default:expr) => { $default };
}
pub(crate) use statements;
