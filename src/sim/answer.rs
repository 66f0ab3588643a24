//! What a handler reads and answers: the validated body, its typed reading, success and
//! failure, and the answer as the service writes it (the envelope first; `ErrorDisplay` where
//! the service adds it).

use crate::api::Envelope;
use crate::read::{read_text, ReadJson};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// A failed request: the service's code and a helpful ErrorInfo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fail {
    pub code: u32,
    pub info: String,
}

/// A failure, as whatever error its caller returns (a `Fail`, or a handler's `Stop`).
pub fn fail<T, E: From<Fail>>(code: u32, info: impl Into<String>) -> Result<T, E> {
    Err(E::from(Fail { code, info: info.into() }))
}

/// Why a handler (or a client action, with `E` its error) stopped short: it failed, or it
/// must ask the app a Before-callback first, with nothing changed yet (the gate's own stop,
/// not a failure: the caller hands the callback out and runs the call again with the
/// app's verdict).
#[derive(Debug)]
pub enum Stop<E = Fail> {
    Fail(E),
    Ask(Box<super::callbacks::Fired>),
}

impl<E> From<E> for Stop<E> {
    fn from(e: E) -> Self {
        Stop::Fail(e)
    }
}

impl<E> Stop<E> {
    /// The result of a step: its outcome (success or failure), or the Before-callback it
    /// stopped for.
    pub(crate) fn settle<T>(result: Result<T, Stop<E>>) -> Result<Result<T, E>, super::callbacks::Fired> {
        match result {
            Ok(t) => Ok(Ok(t)),
            Err(Stop::Fail(e)) => Ok(Err(e)),
            Err(Stop::Ask(before)) => Err(*before),
        }
    }
}

/// What a handler answers when the call succeeds.
#[derive(Debug)]
pub enum Reply {
    /// A typed response (with its OK envelope) serialized once, in the documented field
    /// order: the hot path, which never builds a `Value`.
    Text(String),
    /// The fields of an answer built by hand; the dispatcher adds the envelope.
    Value(Value),
}

pub type Answer = Result<Reply, Stop>;
/// An answer once no Before-callback is pending.
pub type Finished = Result<Reply, Fail>;

/// The answer of a call that succeeds with nothing more to say (most writes): the envelope
/// alone, as `EnvelopeOnly` serializes it (a test keeps them equal), written once.
pub const OK_TEXT: &str = r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#;

/// Success with the envelope alone.
pub fn ok() -> Answer {
    Ok(Reply::Text(OK_TEXT.to_owned()))
}

/// Writes a typed answer (a response struct whose envelope is `Envelope::ok()`): its fields in
/// declaration order, the envelope first, as the service writes them.
pub fn answer<T: Serialize>(value: &T) -> Answer {
    Ok(Reply::Text(to_json(value)))
}

/// Writes a typed answer as the answers filtered by the request have always been written: the
/// envelope, then the fields by name at every level (a `Value`'s order; the transcripts keep it).
pub(crate) fn sorted_answer<T: Serialize>(value: &T) -> Answer {
    Ok(Reply::Value(serde_json::to_value(value).unwrap_or_default()))
}

/// JSON text of a value that always serializes (plain structs, strings and numbers).
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Profile and relationship-chain answers end with `"ErrorDisplay": ""`, success or not.
pub(crate) fn with_error_display(answer: Answer) -> Answer {
    let text = match answer {
        Err(Stop::Ask(before)) => return Err(Stop::Ask(before)),
        Ok(Reply::Value(Value::Object(mut map))) => {
            map.insert("ErrorDisplay".into(), Value::from(""));
            return Ok(Reply::Value(Value::Object(map)));
        }
        Ok(Reply::Text(text)) => text,
        Ok(Reply::Value(other)) => return Ok(Reply::Value(other)),
        Err(Stop::Fail(f)) => to_json(&Envelope::fail(f.code, f.info)),
    };
    let mut text = text;
    if text.ends_with('}') {
        text.pop();
        text.push_str(",\"ErrorDisplay\":\"\"}");
    }
    Ok(Reply::Text(text))
}

/// An answer as JSON text: a typed answer as its handler serialized it, anything else
/// envelope first.
pub(crate) fn text_answer(result: Finished) -> String {
    match result {
        Ok(Reply::Text(text)) if text.starts_with("{\"ActionStatus\":") => text,
        other => {
            let (envelope, fields) = envelope_and_fields(other);
            envelope_first(&envelope, &fields)
        }
    }
}

/// The envelope an answer carries, and its other fields.
fn envelope_and_fields(result: Finished) -> (Envelope, Value) {
    match result {
        Ok(Reply::Value(v)) => (Envelope::ok(), v),
        Ok(Reply::Text(text)) => {
            let fields: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            // A text may carry a failure (see `with_error_display`).
            let mut envelope = match (fields.get("ErrorCode").and_then(Value::as_u64), fields.get("ErrorInfo").and_then(Value::as_str)) {
                (Some(code), Some(info)) if code != 0 => Envelope::fail(u32::try_from(code).unwrap_or(u32::MAX), info),
                _ => Envelope::ok(),
            };
            // batchsendmsg's "SomeError" (OK with failed receivers) stays as written.
            if let Some(status) = fields.get("ActionStatus").and_then(Value::as_str) {
                status.clone_into(&mut envelope.action_status);
            }
            (envelope, fields)
        }
        Err(f) => (Envelope::fail(f.code, f.info), Value::Null),
    }
}

/// The envelope, then the other fields: the order the service writes.
fn envelope_first(envelope: &Envelope, fields: &Value) -> String {
    #[derive(Serialize)]
    struct EnvelopeFirst<'a> {
        #[serde(flatten)]
        envelope: &'a Envelope,
        #[serde(flatten)]
        fields: BTreeMap<&'a str, &'a Value>,
    }
    let fields = fields.as_object().into_iter().flatten().filter(|(k, _)| !matches!(k.as_str(), "ActionStatus" | "ErrorInfo" | "ErrorCode")).map(|(k, v)| (k.as_str(), v));
    let fields = super::state::map_of(fields);
    to_json(&EnvelopeFirst { envelope, fields })
}


pub(crate) fn respond(result: Finished) -> Value {
    let (envelope, fields) = envelope_and_fields(result);
    let mut map = match fields {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    };
    map.insert("ActionStatus".into(), Value::from(envelope.action_status));
    map.insert("ErrorInfo".into(), Value::from(envelope.error_info));
    map.insert("ErrorCode".into(), Value::from(envelope.error_code));
    Value::Object(map)
}

/// A validated request body: its JSON text, which handlers read into their wire type.
#[derive(Clone, Copy)]
pub(crate) struct Body<'a> {
    /// Validated JSON text (a repeated key's last value counts).
    pub(crate) text: &'a str,
}

impl Body<'_> {
    /// As a JSON value.
    pub(crate) fn value(&self) -> Value {
        serde_json::from_str(self.text).unwrap_or(Value::Null)
    }
}

/// Reads a validated body into its wire type, straight from the text.
pub(crate) fn typed<T: ReadJson>(body: Body<'_>, invalid_code: u32) -> Result<T, Fail> {
    // The validator accepted the body, so this is not expected to fail; if it ever does, it
    // is still the service's invalid-parameter answer.
    read_text(body.text).map_or_else(|| fail(invalid_code, "invalid parameter: the body does not have the shape of the request"), Ok)
}
