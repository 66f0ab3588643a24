//! The HTTP surface: a full request URL (query string, UserSig) in front of `call`, applying
//! decisions.md 8–11 in the service's order. Tolerates what real clients send: any host, raw or
//! percent-encoded usersig, `+` for spaces, no Content-Type, GET instead of POST.

use super::answer::text_answer;
use super::{fail, Fail, Simulator};
use crate::protocol::errors::code;
use crate::usersig;
use serde_json::Value;
use std::borrow::Cow;

/// What `handle` answers: always HTTP 200 with the service's JSON (service errors are in the
/// body, as the service does), envelope first as the service writes it.
pub struct HttpAnswer {
    pub status: u16,
    /// The JSON text of the answer.
    pub body: String,
}

impl HttpAnswer {
    /// The body as a JSON value.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

/// The ErrorCode of an answer's JSON text, read from the envelope every answer opens with
/// (`{"ActionStatus":…,"ErrorInfo":…,"ErrorCode":N`), so that a server can log and journal
/// by it without parsing the answer. None for a text that does not open so.
pub fn error_code(answer: &str) -> Option<u32> {
    let status = answer.strip_prefix("{\"ActionStatus\":\"")?;
    // A status is a plain word ("OK", "FAIL", "SomeError"): no escapes.
    let info = status.get(status.find('"')? + 1..)?.strip_prefix(",\"ErrorInfo\":\"")?;
    // ErrorInfo is any JSON string: its own quotes are escaped.
    let bytes = info.as_bytes();
    let mut i = 0;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => break,
            _ => i += 1,
        }
    }
    let code = info.get(i + 1..)?.strip_prefix(",\"ErrorCode\":")?;
    let digits = code.find(|c: char| !c.is_ascii_digit()).unwrap_or(code.len());
    code.get(..digits)?.parse().ok()
}

/// Splits a URL (absolute, or a path with its query) into path and query; the host is
/// ignored, since the simulator stands for every region.
fn split_url(url: &str) -> (&str, &str) {
    let rest = match url.find("://") {
        Some(i) => url.get(i + 3..).map_or("", |after| after.find('/').and_then(|p| after.get(p..)).unwrap_or("")),
        None => url,
    };
    let rest = rest.split('#').next().unwrap_or_default();
    rest.split_once('?').unwrap_or((rest, ""))
}

/// The parameters a REST URL carries: the first value of each, percent-decoded (`+` is a
/// space), read in one pass over the query (decoded text is copied only where it had escapes).
#[derive(Default)]
struct Params<'a> {
    sdkappid: Option<Cow<'a, str>>,
    identifier: Option<Cow<'a, str>>,
    usersig: Option<Cow<'a, str>>,
    random: Option<Cow<'a, str>>,
    contenttype: Option<Cow<'a, str>>,
}

impl<'a> Params<'a> {
    fn read(query: &'a str) -> Self {
        let mut params = Params::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let slot = match name.as_ref() {
                "sdkappid" => &mut params.sdkappid,
                "identifier" => &mut params.identifier,
                "usersig" => &mut params.usersig,
                "random" => &mut params.random,
                "contenttype" => &mut params.contenttype,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value);
            }
        }
        params
    }
}

impl Simulator {
    /// Answers one HTTP request to the REST API.
    pub fn handle(&mut self, method: &str, url: &str, body: &str) -> HttpAnswer {
        let body = match self.check_request(method, url) {
            Ok(api) => self.call_text(&api, body),
            Err(f) => text_answer(Err(f)),
        };
        HttpAnswer { status: 200, body }
    }

    /// `handle` in steps, as `call_step`: the answer, or a Before-callback to ask first.
    pub fn handle_step(&mut self, method: &str, url: &str, body: &str, verdict: Option<super::callbacks::Verdict>) -> super::Step {
        match self.check_request(method, url) {
            Ok(api) => self.call_step(&api, body, verdict),
            Err(f) => super::Step::Answer(text_answer(Err(f))),
        }
    }

    /// The checks before dispatch; returns the API path to call.
    fn check_request(&self, method: &str, url: &str) -> Result<String, Fail> {
        // POST is documented; GET is answered the same (a known SDK sends it).
        if !method.eq_ignore_ascii_case("POST") && !method.eq_ignore_ascii_case("GET") {
            return fail(code::HTTP_PARSE, format!("HTTP method {method} is not supported: send POST"));
        }
        let (path, query) = split_url(url);
        let params = Params::read(query);
        let sdkappid = params.sdkappid.filter(|s| !s.is_empty());
        let Some(sdkappid) = sdkappid else {
            return fail(code::NO_SDKAPPID, "the URL must carry sdkappid");
        };
        let Ok(app) = sdkappid.parse::<u64>() else {
            return fail(code::SDKAPPID_INVALID, format!("sdkappid \"{sdkappid}\" is not a valid SDKAppID"));
        };
        if app != u64::from(self.options.sdk_app_id) {
            return fail(code::APP_NOT_FOUND, format!("SDKAppID {app} does not exist here (this simulator is app {}); check the SDKAppID and the region's domain", self.options.sdk_app_id));
        }
        let identifier = params.identifier.filter(|s| !s.is_empty());
        let user_sig = params.usersig.filter(|s| !s.is_empty());
        let (Some(identifier), Some(user_sig)) = (identifier, user_sig) else {
            return fail(code::ACCOUNT_OR_SIG, "the URL must carry identifier and usersig");
        };
        if !self.is_admin(&identifier) {
            return fail(code::NEEDS_ADMIN, format!("identifier \"{identifier}\" is not an app admin: REST calls must use the admin account (\"{}\")", self.options.admin));
        }
        match params.random {
            // (Some clients leave it out, e.g. the 2016 Node sample; the service refuses that.)
            None => return fail(code::HTTP_PARSE, "the query has no random: the service requires random=<a 32-bit unsigned integer, 0 to 4294967295> on every call"),
            Some(r) if r.parse::<u32>().is_err() => return fail(code::HTTP_PARSE, format!("random must be a 32-bit unsigned integer (0 to 4294967295), got \"{r}\"")),
            Some(_) => {}
        }
        if let Some(ct) = params.contenttype {
            if ct != "json" {
                return fail(code::HTTP_PARSE, format!("contenttype must be json, got \"{ct}\""));
            }
        }
        if let Some(key) = &self.options.secret_key {
            let verdict = usersig::verify_user_sig(app, key, &identifier, &user_sig, self.now());
            if !verdict.ok {
                return fail(verdict.code, verdict.message);
            }
        }
        match path.strip_prefix("/v4/") {
            Some(api) if !api.is_empty() => Ok(api.to_owned()),
            _ => fail(code::BAD_RESOURCE, format!("request resource error: \"{path}\" is not a REST API path (expected /v4/<service>/<command>)")),
        }
    }
}
