//! The error-code catalog: every code the reference documents, with its meaning.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ErrorKind {
    /// Public REST codes (60000–79999).
    Public,
    /// Group service codes (10002–10062).
    Group,
    /// One-to-one message and other service codes (20001–93000).
    Message,
    /// Relationship-chain codes (30001–32216).
    Relation,
    /// Profile codes (40001–40610).
    Profile,
    /// Global-mute and official-account codes (6017, 130001–130014; the two services share
    /// 130004 and 130008 with different meanings).
    Config,
}

#[derive(Clone, Copy, Serialize)]
pub struct ErrorCode {
    pub code: u32,
    #[serde(skip)]
    pub kind: ErrorKind,
    pub message: &'static str,
    /// The meaning in Chinese (zh-CN). Native only: `errorInfo` reads it from the generated
    /// JS, and the simulator never answers in Chinese (the service's `ErrorInfo` is English
    /// on the wire).
    #[serde(skip)]
    pub zh: &'static str,
}

/// Debug shows what the wasm has (the Chinese is native only).
impl std::fmt::Debug for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ErrorCode").field("code", &self.code).field("kind", &self.kind).field("message", &self.message).finish()
    }
}

/// Chinese text is left out of the wasm (see `ErrorCode::zh`).
const fn zh(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") { "" } else { text }
}

include!("errors_table.rs");

/// The documented meaning of `code`, if it is one the service documents.
pub fn error_info(code: u32) -> Option<&'static ErrorCode> {
    ERROR_CODES.binary_search_by_key(&code, |e| e.code).ok().and_then(|i| ERROR_CODES.get(i))
}

/// Codes the simulator and validators name; each must be in the table (tested).
pub mod code {
    pub const OK: u32 = 0;
    pub const INTERNAL: u32 = 10002;
    pub const INVALID_COMMAND: u32 = 10003;
    pub const INVALID_PARAM: u32 = 10004;
    pub const NO_PERMISSION: u32 = 10007;
    pub const GROUP_NOT_FOUND: u32 = 10010;
    pub const ALREADY_MEMBER: u32 = 10013;
    pub const GROUP_FULL: u32 = 10014;
    pub const INVALID_GROUP_ID: u32 = 10015;
    pub const CALLBACK_REFUSED: u32 = 10016;
    pub const SENDER_MUTED: u32 = 10017;
    pub const ACCOUNT_NOT_FOUND: u32 = 10019;
    pub const GROUP_ID_TAKEN: u32 = 10021;
    pub const GROUP_ID_YOURS: u32 = 10025;
    pub const RECALL_NOT_FOUND: u32 = 10030;
    pub const RECALL_TOO_LATE: u32 = 10031;
    pub const LIVE_GROUP_LIMIT: u32 = 10036;
    pub const MEMBER_LIMIT: u32 = 10038;
    pub const TRIAL_GROUP_LIMIT: u32 = 10058;
    pub const NOT_ULTIMATE: u32 = 10059;
    pub const NO_RECEIPT: u32 = 10062;
    pub const PIN_LIMIT: u32 = 10070;
    pub const ALREADY_PINNED: u32 = 10071;
    pub const C2C_CALLBACK_REFUSED: u32 = 20006;
    pub const C2C_BLOCKED: u32 = 20007;
    pub const C2C_SENDER_MUTED: u32 = 20012;
    pub const HTTP_PARSE: u32 = 60002;
    pub const JSON_PARSE: u32 = 60003;
    pub const ACCOUNT_OR_SIG: u32 = 60004;
    pub const SDKAPPID_INVALID: u32 = 60006;
    pub const RATE_LIMIT: u32 = 60007;
    pub const BAD_RESOURCE: u32 = 60009;
    pub const NEEDS_ADMIN: u32 = 60010;
    pub const NO_SDKAPPID: u32 = 60012;
    pub const SIG_EXPIRED: u32 = 70001;
    pub const SIG_MALFORMED: u32 = 70003;
    pub const SIG_MISMATCH: u32 = 70009;
    pub const SIG_IDENTIFIER: u32 = 70013;
    pub const SIG_SDKAPPID: u32 = 70014;
    pub const APP_NOT_FOUND: u32 = 70020;
    pub const NOT_IMPORTED: u32 = 70107;
    pub const INVALID_ACCOUNT_PARAM: u32 = 70402;
    pub const C2C_JSON_PARSE: u32 = 90001;
    pub const C2C_BAD_BODY: u32 = 90002;
    pub const C2C_TO_ACCOUNT: u32 = 90003;
    pub const C2C_MSG_RANDOM: u32 = 90005;
    pub const C2C_FROM_ACCOUNT: u32 = 90008;
    pub const C2C_TO_NOT_FOUND: u32 = 90012;
    pub const C2C_LIFETIME: u32 = 90026;
    pub const C2C_BAD_MSGKEY: u32 = 90054;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(ERROR_CODES.windows(2).all(|w| w[0].code < w[1].code));
    }

    #[test]
    fn named_codes_are_documented() {
        use code::*;
        for c in [
            INTERNAL, INVALID_COMMAND, INVALID_PARAM, NO_PERMISSION, GROUP_NOT_FOUND, ALREADY_MEMBER,
            GROUP_FULL, INVALID_GROUP_ID, SENDER_MUTED, C2C_BLOCKED, C2C_SENDER_MUTED, ACCOUNT_NOT_FOUND, GROUP_ID_TAKEN, GROUP_ID_YOURS,
            RECALL_NOT_FOUND, RECALL_TOO_LATE, LIVE_GROUP_LIMIT, MEMBER_LIMIT, TRIAL_GROUP_LIMIT, NOT_ULTIMATE, NO_RECEIPT, PIN_LIMIT, ALREADY_PINNED, HTTP_PARSE, JSON_PARSE,
            ACCOUNT_OR_SIG, SDKAPPID_INVALID, RATE_LIMIT, BAD_RESOURCE, NEEDS_ADMIN, NO_SDKAPPID,
            SIG_EXPIRED, SIG_MALFORMED, SIG_MISMATCH, SIG_IDENTIFIER, SIG_SDKAPPID, APP_NOT_FOUND,
            NOT_IMPORTED, INVALID_ACCOUNT_PARAM, C2C_JSON_PARSE, C2C_BAD_BODY, C2C_TO_ACCOUNT,
            C2C_MSG_RANDOM, C2C_FROM_ACCOUNT, C2C_TO_NOT_FOUND, C2C_LIFETIME, C2C_BAD_MSGKEY,
        ] {
            assert!(error_info(c).is_some(), "{c} missing from the table");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(error_info(10062).map(|e| e.kind), Some(ErrorKind::Group));
        assert!(error_info(60007).unwrap().message.contains("frequency"));
        assert!(error_info(0).is_none());
        assert!(error_info(12345).is_none());
    }
}
