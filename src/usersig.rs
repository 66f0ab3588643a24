//! UserSig (TLSSigAPIv2): generate and verify, as in `shared/spec/usersig.md`.
//! HMAC-SHA256 over a fixed content string, a JSON ticket, zlib, and base64 with `+/=`
//! replaced by `*-_`. The verifier accepts any zlib stream and any JSON layout.

use crate::protocol::errors::code;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use crate::read::{read_or_why, reads};
use serde::Serialize;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The official libraries' default validity: 180 days.
pub const DEFAULT_EXPIRE: u64 = 180 * 86_400;
/// A decoded ticket is a few hundred bytes; anything far larger is not a UserSig.
const MAX_TICKET_BYTES: usize = 64 * 1024;

/// The signed content. Field order is fixed, every line ends in `\n`, nothing is escaped.
fn content(identifier: &str, sdk_app_id: u64, time: u64, expire: u64, userbuf_b64: Option<&str>) -> String {
    let mut s = format!("TLS.identifier:{identifier}\nTLS.sdkappid:{sdk_app_id}\nTLS.time:{time}\nTLS.expire:{expire}\n");
    if let Some(ub) = userbuf_b64 {
        s.push_str("TLS.userbuf:");
        s.push_str(ub);
        s.push('\n');
    }
    s
}

/// HMAC-SHA256 keyed with the secret key's text as typed (never hex-decoded). HMAC takes
/// keys of any length, so `None` does not happen in practice.
fn mac(key: &str, content: &str) -> Option<HmacSha256> {
    let mut m = <HmacSha256 as KeyInit>::new_from_slice(key.as_bytes()).ok()?;
    m.update(content.as_bytes());
    Some(m)
}

/// The ticket as the npm package writes it (compact, this key order).
#[derive(Serialize)]
struct Ticket<'a> {
    #[serde(rename = "TLS.ver")]
    ver: &'a str,
    #[serde(rename = "TLS.identifier")]
    identifier: &'a str,
    #[serde(rename = "TLS.sdkappid")]
    sdk_app_id: u64,
    #[serde(rename = "TLS.time")]
    time: u64,
    #[serde(rename = "TLS.expire")]
    expire: u64,
    #[serde(rename = "TLS.userbuf", skip_serializing_if = "Option::is_none")]
    userbuf: Option<&'a str>,
    #[serde(rename = "TLS.sig")]
    sig: &'a str,
}

/// What verification reads of a ticket (any other member is passed over). Read with the
/// crate's own JSON reader rather than serde_json's parser: the UserSig module then carries
/// no JSON parser of its own (decisions.md, "Boundary and packaging").
struct ReadTicket {
    identifier: Option<String>,
    sdk_app_id: Option<u64>,
    time: Option<u64>,
    expire: Option<u64>,
    sig: Option<String>,
    userbuf: Option<String>,
}
reads!(ReadTicket { identifier: "TLS.identifier", sdk_app_id: "TLS.sdkappid", time: "TLS.time", expire: "TLS.expire", sig: "TLS.sig", userbuf: "TLS.userbuf" });

/// Generates a UserSig. `userbuf` (TRTC PrivateMapKey) is signed as standard base64.
pub fn gen_user_sig(sdk_app_id: u64, key: &str, identifier: &str, expire: u64, time: u64, userbuf: Option<&[u8]>) -> String {
    let userbuf_b64 = userbuf.map(|b| STANDARD.encode(b));
    let sig = mac(key, &content(identifier, sdk_app_id, time, expire, userbuf_b64.as_deref())).map(|m| STANDARD.encode(m.finalize().into_bytes())).unwrap_or_default();
    let ticket = Ticket { ver: "2.0", identifier, sdk_app_id, time, expire, userbuf: userbuf_b64.as_deref(), sig: &sig };
    let json = serde_json::to_string(&ticket).unwrap_or_default();
    url_safe(&STANDARD.encode(zlib_stored(json.as_bytes())))
}

/// `data` as a zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4): what every
/// inflater reads, the service's included. The official libraries compress (the npm and the
/// Python ones already write different bytes for the same ticket); a ticket is ~200 bytes, so
/// stored blocks make it ~60 characters longer and keep a deflate compressor (7.6 KB gzipped)
/// out of the core wasm module (docs/decisions.md, "UserSig").
fn zlib_stored(data: &[u8]) -> Vec<u8> {
    // CMF 0x78 (deflate, 32 KiB window), FLG 0x01 (fastest; the header's check bits).
    let mut out = Vec::with_capacity(data.len() + 11);
    out.extend_from_slice(&[0x78, 0x01]);
    let mut blocks = data.chunks(usize::from(u16::MAX)).peekable();
    if blocks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        let len = u16::try_from(block.len()).unwrap_or(u16::MAX);
        out.push(u8::from(blocks.peek().is_none()));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out.extend_from_slice(&adler2::adler32_slice(data).to_be_bytes());
    out
}

fn url_safe(b64: &str) -> String {
    b64.chars().map(|c| match c {
        '+' => '*',
        '/' => '-',
        '=' => '_',
        c => c,
    }).collect()
}

/// The outcome of a verification, with the service's code (decisions.md 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    pub ok: bool,
    /// 0, or 70001 expired, 70003 malformed, 70009 signature mismatch, 70013 identifier
    /// mismatch, 70014 sdkappid mismatch.
    pub code: u32,
    pub message: String,
    /// `TLS.time + TLS.expire`, when the ticket could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<u64>,
    /// `TLS.time` of a valid ticket (a kick invalidates tickets issued before it).
    #[serde(skip)]
    pub issued_at: Option<u64>,
}

fn reject(code: u32, message: impl Into<String>, expire_at: Option<u64>) -> Verdict {
    Verdict { ok: false, code, message: message.into(), expire_at, issued_at: None }
}

/// When a ticket for `identifier` was issued (`TLS.time`), read without the secret key.
pub fn issued_at(user_sig: &str, identifier: &str) -> Result<u64, String> {
    let json = decode(user_sig).map_err(|why| format!("the UserSig cannot be decoded ({why})"))?;
    let ticket: ReadTicket = read_or_why(&json).map_err(|why| format!("the UserSig is not the JSON object of a ticket: {why}"))?;
    if ticket.identifier.as_deref() != Some(identifier) {
        return Err(format!("the UserSig was not generated for \"{identifier}\""));
    }
    ticket.time.ok_or_else(|| "the UserSig has no TLS.time".to_owned())
}

/// Decodes a ticket to its JSON text (the step every check starts with).
pub fn decode(user_sig: &str) -> Result<String, String> {
    let b64: String = user_sig.trim().chars().map(|c| match c {
        '*' => '+',
        '-' => '/',
        '_' => '=',
        c => c,
    }).collect();
    let compressed = STANDARD.decode(b64.as_bytes()).map_err(|e| format!("not base64: {e}"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&compressed, MAX_TICKET_BYTES).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => "larger than a ticket can be".to_owned(),
        _ => "not a zlib stream".to_owned(),
    })?;
    String::from_utf8(json).map_err(|_| "the ticket is not UTF-8 text".to_owned())
}

/// Verifies a UserSig for `sdk_app_id` and `identifier` at time `now` (Unix seconds).
pub fn verify_user_sig(sdk_app_id: u64, key: &str, identifier: &str, user_sig: &str, now: u64) -> Verdict {
    let malformed = |why: String| reject(code::SIG_MALFORMED, format!("UserSig cannot be decoded ({why}); it may be truncated or mangled in transit"), None);
    let json = match decode(user_sig) {
        Ok(j) => j,
        Err(why) => return malformed(why),
    };
    // Integers must be plain integers: 1.7e9 or 1700000000.0 are not what was signed.
    let ticket: ReadTicket = match read_or_why(&json) {
        Ok(t) => t,
        Err(why) => return malformed(format!("the ticket is not the JSON object of a UserSig: {why}")),
    };
    let (Some(t_app), Some(t_id), Some(time), Some(expire), Some(sig)) = (ticket.sdk_app_id, ticket.identifier.as_deref(), ticket.time, ticket.expire, ticket.sig.as_deref()) else {
        return malformed("a TLS.* field is missing".into());
    };
    let userbuf = ticket.userbuf.as_deref();
    let expire_at = time.checked_add(expire);
    if t_app != sdk_app_id {
        return reject(code::SIG_SDKAPPID, format!("the UserSig was generated for SDKAppID {t_app}, not {sdk_app_id}"), expire_at);
    }
    if t_id != identifier {
        return reject(code::SIG_IDENTIFIER, format!("the UserSig was generated for identifier \"{t_id}\", not \"{identifier}\""), expire_at);
    }
    if expire_at.is_none_or(|at| now > at) {
        return reject(code::SIG_EXPIRED, format!("the UserSig expired at {} (now {now}); generate a new one", expire_at.unwrap_or(u64::MAX)), expire_at);
    }
    let Ok(sig_bytes) = STANDARD.decode(sig) else {
        return reject(code::SIG_MISMATCH, "the UserSig's signature is not base64", expire_at);
    };
    // verify_slice compares in constant time.
    if mac(key, &content(t_id, t_app, time, expire, userbuf)).is_none_or(|m| m.verify_slice(&sig_bytes).is_err()) {
        return reject(code::SIG_MISMATCH, "the UserSig's signature does not match: it was signed with another secret key, or altered", expire_at);
    }
    Verdict { ok: true, code: 0, message: String::new(), expire_at, issued_at: Some(time) }
}

#[cfg(test)]
mod tests {

    /// The zlib framing genUserSig writes holds any length: none, one block, several.
    #[test]
    fn stored_zlib_streams_inflate() {
        for len in [0usize, 1, 200, 65_535, 65_536, 140_000] {
            let data: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            assert_eq!(miniz_oxide::inflate::decompress_to_vec_zlib(&zlib_stored(&data)).unwrap(), data, "{len}");
        }
    }

    use super::*;

    #[test]
    fn round_trip() {
        let sig = gen_user_sig(1_400_000_000, "key", "admin", 3600, 1_700_000_000, None);
        assert!(sig.starts_with("eAE"), "a zlib stream of stored blocks: {sig}");
        assert_eq!(verify_user_sig(1_400_000_000, "key", "admin", &sig, 1_700_000_000).code, 0);
        assert_eq!(verify_user_sig(1_400_000_000, "key", "admin", &sig, 1_700_003_600).code, 0, "the boundary second is valid");
        assert_eq!(verify_user_sig(1_400_000_000, "key", "admin", &sig, 1_700_003_601).code, 70001);
    }
}

/// The `Sign` of a third-party callback when the app has a callback token: lower-case hex
/// SHA-256 of the token followed by `RequestTime` (decimal Unix seconds), no separator, no
/// HMAC (groups-messages-callbacks.md B0).
pub fn callback_sign(token: &str, request_time: u64) -> String {
    use sha2::Digest;
    let digest = Sha256::new().chain_update(token.as_bytes()).chain_update(request_time.to_string().as_bytes()).finalize();
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// How far a callback's `RequestTime` may be from now: the documented one minute.
pub const CALLBACK_SIGN_WINDOW: u64 = 60;

/// What a callback receiver checks: `sign` is the token's for `request_time`, which is at
/// most a minute from `now`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallbackSignCheck {
    pub ok: bool,
    /// `ok`, `bad_sign`, `stale` (RequestTime more than a minute away) or `invalid`.
    pub code: &'static str,
    pub message: String,
}

pub fn verify_callback_sign(token: &str, request_time: &str, sign: &str, now: u64) -> CallbackSignCheck {
    let no = |code, message: String| CallbackSignCheck { ok: false, code, message };
    let Ok(time) = request_time.parse::<u64>() else {
        return no("invalid", format!("RequestTime \"{request_time}\" is not Unix seconds"));
    };
    if time.abs_diff(now) > CALLBACK_SIGN_WINDOW {
        return no("stale", format!("RequestTime {time} is {} s from now; at most {CALLBACK_SIGN_WINDOW} s is accepted (replays)", time.abs_diff(now)));
    }
    let expected = callback_sign(token, time);
    // Constant time: the sign is compared whole, not up to the first difference.
    let same = expected.len() == sign.len() && expected.bytes().zip(sign.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b.to_ascii_lowercase())) == 0;
    if same {
        CallbackSignCheck { ok: true, code: "ok", message: "the sign is the token's for this RequestTime".into() }
    } else {
        no("bad_sign", "the sign is not SHA-256(token + RequestTime): check the token".into())
    }
}

#[cfg(test)]
mod callback_sign_tests {
    use super::*;

    #[test]
    fn the_documented_example_signs_and_verifies() {
        // CN 117703 / B0: token xxxxyyyy, RequestTime 1669872112.
        let sign = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";
        assert_eq!(callback_sign("xxxxyyyy", 1_669_872_112), sign);
        assert!(verify_callback_sign("xxxxyyyy", "1669872112", sign, 1_669_872_150).ok);
        assert!(verify_callback_sign("xxxxyyyy", "1669872112", &sign.to_uppercase(), 1_669_872_112).ok);
        assert_eq!(verify_callback_sign("other", "1669872112", sign, 1_669_872_112).code, "bad_sign");
        assert_eq!(verify_callback_sign("xxxxyyyy", "1669872112", sign, 1_669_872_200).code, "stale");
        assert_eq!(verify_callback_sign("xxxxyyyy", "soon", sign, 1_669_872_112).code, "invalid");
        assert_eq!(verify_callback_sign("xxxxyyyy", "1669872112", "abc", 1_669_872_112).code, "bad_sign");
    }
}
