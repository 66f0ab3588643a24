//! The vocabulary every other module speaks: endpoints, group types, rule tables, the JSON tree
//! the rules are checked on, the checker and its diagnostics. A leaf: it imports nothing else
//! from the crate, so `api/` modules can state their endpoints in its terms, the catalog can
//! list them, and `validate/` can check them without any of these importing each other.
//!
//! Inside, each file imports only those below it: `node`, `group_type`, `messages`,
//! `diagnostic` → `rules` → `check`, `scan` → `kind` (the trait of a rule kind) → `kinds/`
//! (one file per kind, and `Ty::kind`, which the checker, the reader and `fix` call) →
//! `fix`, `endpoint`.

pub mod check;
pub mod diagnostic;
pub mod endpoint;
pub mod fix;
pub mod group_type;
pub mod kind;
pub mod kinds;
pub mod messages;
pub mod node;
pub mod rules;
pub mod scan;

pub use check::Checker;
pub use diagnostic::{Diagnostic, Severity, Validation};
pub use endpoint::{split_api, Endpoint, Service, Support, DEFAULT_RATE_LIMIT};
pub use group_type::GroupType;
pub use node::Node;
pub use rules::{Field, Mistake, Obj, Ty};
