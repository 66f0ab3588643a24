//! Handlers of `im_cos_msg`: the ban list of chat files (by URL) and their signed URLs. A
//! file "exists" when a stored one-to-one or group message carries its URL; the signature is
//! the double's own, deterministic (decisions.md, "All-member push, IP list, chat files").

use super::answer::{answer, ok, typed, Answer, Body};
use super::dispatch::serve;
use super::Simulator;
use crate::api::im_cos_msg::allow_banned_object::AllowBannedObject;
use crate::api::im_cos_msg::forbid_illegal_object::ForbidIllegalObject;
use crate::api::im_cos_msg::get_cos_sig::{GetCosSig, GetCosSigResponse, PreSigUrl, SIGNATURE_SECONDS};
use crate::api::Envelope;
use crate::protocol::errors::code;

/// `Status` of a file: readable, banned, not found.
const NORMAL: u8 = 0;
const BANNED: u8 = 1;
const NOT_FOUND: u8 = 2;

serve!(ForbidIllegalObject => forbid_illegal_object);
/// Bans the file at the URL (banning it again changes nothing).
pub fn forbid_illegal_object(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ForbidIllegalObject = typed(body, code::C2C_JSON_PARSE)?;
    let now = sim.now();
    sim.world.banned_objects.entry(req.raw_url).or_insert(now);
    ok()
}

serve!(AllowBannedObject => allow_banned_object);
/// Lifts the ban (a file that is not banned is no error).
pub fn allow_banned_object(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AllowBannedObject = typed(body, code::C2C_JSON_PARSE)?;
    sim.world.banned_objects.remove(&req.raw_url);
    ok()
}

serve!(read GetCosSig => get_cos_sig);
/// One signed URL per file, valid for 15 minutes from now, with the file's status.
pub fn get_cos_sig(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetCosSig = typed(body, code::C2C_JSON_PARSE)?;
    let now = sim.now();
    let pre_sig_urls = req
        .raw_urls
        .into_iter()
        .map(|item| {
            let status = if sim.world.banned_objects.contains_key(&item.raw_url) {
                BANNED
            } else if carried(sim, &item.raw_url) {
                NORMAL
            } else {
                NOT_FOUND
            };
            PreSigUrl { code: 0, desc: String::new(), resource_id: item.resource_id, pre_sig_url: signed_url(sim.options.sdk_app_id, &item.raw_url, now), status }
        })
        .collect();
    answer(&GetCosSigResponse { envelope: Envelope::ok(), pre_sig_urls })
}

/// Whether a stored message carries the URL (as a JSON string anywhere in its body: the
/// `URL` of an image, the `Url` of a file or sound, a video's `VideoUrl`, ...). Banned files
/// are found by this scan only when asked for, so it costs nothing elsewhere.
fn carried(sim: &Simulator, url: &str) -> bool {
    let Ok(quoted) = serde_json::to_string(url) else { return false };
    let w = &sim.world;
    w.c2c.values().flat_map(|to| to.values()).flatten().any(|m| m.body.get().contains(&quoted)) || w.groups.values().flat_map(|g| &g.messages).any(|m| m.body.get().contains(&quoted))
}

/// `RawURL` with the double's signature, in COS's parameter names: signed from `now` for 15
/// minutes, `q-signature` the FNV-1a 64-bit hash (hex) of "SDKAppID\nRawURL\nstart;end". Not
/// a cryptographic signature: the double's URLs reach nothing; it is deterministic so tests
/// can compute it.
pub fn signed_url(sdk_app_id: u32, raw_url: &str, now: u64) -> String {
    let times = format!("{now};{}", now.saturating_add(SIGNATURE_SECONDS));
    let signature = fnv1a64(format!("{sdk_app_id}\n{raw_url}\n{times}").as_bytes());
    let sep = if raw_url.contains('?') { '&' } else { '?' };
    format!("{raw_url}{sep}q-sign-algorithm=fnv1a64&q-ak={sdk_app_id}&q-sign-time={times}&q-key-time={times}&q-signature={signature:016x}")
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_is_the_standard_one() {
        // The published test vectors of FNV-1a 64.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_url_with_a_query_gets_the_signature_after_an_ampersand() {
        assert!(signed_url(1, "https://x/y?a=1", 10).starts_with("https://x/y?a=1&q-sign-algorithm=fnv1a64&q-ak=1&q-sign-time=10;910&"));
    }
}
