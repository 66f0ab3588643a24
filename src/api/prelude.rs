//! What every endpoint file imports (`use crate::api::prelude::*;`): the shared wire pieces,
//! the rule constructors and the `wire!` statement.

pub use super::common::*;
pub use super::msg_content::{MSG_BODY, MSG_BODY_OUT, OFFLINE_PUSH_INFO};
pub(crate) use super::wire::wire;
pub use crate::vocab::rules::*;
pub use crate::vocab::{Checker, Endpoint, GroupType, Node, Service, Severity, Support};
