//! Robot accounts (`openim_robot_http_svc/*`) and their streaming messages: the state they
//! add to accounts and one-to-one messages.

use crate::read::reads;
use serde::Serialize;

/// A robot: an account (`@RBT#…`) with this flag. `delete_robot` makes it invalid; the account
/// stays (its UserID is not deleted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Robot {
    pub created: u64,
    /// The order robots were created in (what get_all_robots lists by).
    pub order: u64,
    pub valid: bool,
}
reads!(Robot { created: "created", order: "order", valid: "valid" });

/// A streaming message (send_stream_msg): one one-to-one message, from a robot, that grows by
/// chunks until it finishes. Keyed by its MsgKey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stream {
    pub from: String,
    pub to: String,
    pub chunks: Vec<String>,
    pub finished: bool,
}
reads!(Stream { from: "from", to: "to", chunks: "chunks", finished: "finished" });

impl Stream {
    /// The message's `TIMCustomElem` `Data`: TUIKit's streaming text protocol (`chatbotPlugin`
    /// 2, `src` 2 for a normal stream, the chunks so far, `isFinished` 0 or 1).
    pub fn data(&self) -> String {
        let data = StreamData { chatbot_plugin: 2, src: 2, chunks: &self.chunks, is_finished: u8::from(self.finished) };
        serde_json::to_string(&data).unwrap_or_default()
    }
}

#[derive(Serialize)]
struct StreamData<'a> {
    #[serde(rename = "chatbotPlugin")]
    chatbot_plugin: u8,
    src: u8,
    chunks: &'a [String],
    #[serde(rename = "isFinished")]
    is_finished: u8,
}
