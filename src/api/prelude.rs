//! What every endpoint file imports (`use crate::api::prelude::*;`): the shared wire pieces,
//! the rule constructors and the `wire!` statement.

pub use super::common::*;
pub(crate) use super::wire::wire;
pub use crate::vocab::rules::*;
pub use crate::vocab::{Checker, Endpoint, GroupType, Node, Service, Severity, Support};
