//! Moderation: the handlers of `im_msg_audit` (cloud verdicts on demand) and
//! `im_msg_audit_mgr` (the local word list and the cloud keyword library), and what both do to
//! the text of one-to-one and group messages (decisions.md "Moderation"):
//!
//! - a local word (WordType 1) in a message's text is replaced by its ReplacedContent
//!   (FilterType 1), or the message is refused with 80001 (FilterType 2);
//! - then cloud moderation judges the text: a keyword of the app's library (labelled other
//!   than Normal) or one of the `moderationWords` option blocks it — the message is refused
//!   with 80001 and `ContentCallback.ResultNotify` tells the App backend.
//!
//! Verdicts are the same for the same words and content: a suite can test both outcomes.

use super::answer::{answer, fail, typed, Answer, Body};
use super::callbacks::content::{ContentResultNotify, ModeratedContact};
use super::dispatch::serve;
use super::state::{CloudKeyword, LocalWord};
use super::{Fail, Simulator};
use crate::api::im_msg_audit::batch_content_moderation::{AuditResult, BatchContentModeration, BatchContentModerationResponse};
use crate::api::im_msg_audit::content_moderation::{ContentModeration, ContentModerationResponse};
use crate::api::im_msg_audit_mgr::add_cloud_audit_keywords::{AddCloudAuditKeywords, AddCloudAuditKeywordsResponse};
use crate::api::im_msg_audit_mgr::add_local_audit_keywords::{AddLocalAuditKeywords, AddLocalAuditKeywordsResponse};
use crate::api::im_msg_audit_mgr::delete_cloud_audit_keywords::{DeleteCloudAuditKeywords, DeleteCloudAuditKeywordsResponse, DeletedKeyword};
use crate::api::im_msg_audit_mgr::delete_local_audit_keywords::{DeleteLocalAuditKeywords, DeleteLocalAuditKeywordsResponse};
use crate::api::im_msg_audit_mgr::get_cloud_audit_keywords::{CloudKeyword as KeywordInfo, GetCloudAuditKeywords, GetCloudAuditKeywordsResponse};
use crate::api::im_msg_audit_mgr::get_cloud_audit_keywords_ids::{GetCloudAuditKeywordsIds, GetCloudAuditKeywordsIdsResponse, KeywordLibrary};
use crate::api::im_msg_audit_mgr::get_local_audit_keywords::{GetLocalAuditKeywords, GetLocalAuditKeywordsResponse, LocalAuditWord, INTERCEPT, REGEX, WORD};
use crate::api::common::MsgElement;
use crate::api::Envelope;
use crate::protocol::errors::code;

const INVALID: u32 = code::INVALID_ACCOUNT_PARAM;
/// "消息文本安全打击": a message refused for its text.
const TEXT_HIT: u32 = 80001;
/// The app's one cloud keyword library: made in the console, so it exists from the start; its
/// ID is the one the pages' samples use, so that they run as written.
const LIBRARY_ID: &str = "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d";
const LIBRARY_NAME: &str = "default";
/// What a keyword without a label, or a `moderationWords` word, is labelled.
const COMPOSITE: &str = "Composite";
/// A keyword labelled Normal is allowed, not a violation.
const NORMAL: &str = "Normal";

/// A cloud verdict.
pub(crate) struct Verdict {
    pub result: &'static str,
    pub score: u64,
    pub label: String,
    pub keywords: Vec<String>,
    /// The library hit, when a keyword of it decided.
    pub lib_name: String,
}

impl Verdict {
    fn violates(&self) -> bool {
        self.result != "Pass"
    }
}

/// Whom a moderated message was for.
pub(crate) enum Contact<'a> {
    C2c(&'a str),
    Group(&'a str),
}

impl Simulator {
    /// The cloud verdict on a text (an image's, audio's or video's URL is judged as its text):
    /// the library's keywords first, then the `moderationWords` option.
    pub(crate) fn cloud_verdict(&self, text: &str) -> Verdict {
        let lib_hits: Vec<(&String, &CloudKeyword)> = self.blocking_keywords().filter(|(k, _)| text.contains(k.as_str())).collect();
        let word_hits: Vec<&String> = self.options.moderation_words.iter().filter(|w| text.contains(w.as_str())).collect();
        let label = match (lib_hits.first(), word_hits.is_empty()) {
            (Some((_, kw)), _) => kw.label.clone(),
            (None, false) => COMPOSITE.to_owned(),
            (None, true) => return Verdict { result: "Pass", score: 0, label: NORMAL.to_owned(), keywords: vec![], lib_name: String::new() },
        };
        let lib_name = if lib_hits.is_empty() { String::new() } else { LIBRARY_NAME.to_owned() };
        let mut keywords: Vec<String> = lib_hits.into_iter().map(|(k, _)| k.clone()).collect();
        keywords.extend(word_hits.into_iter().filter(|w| !keywords.contains(w)).cloned().collect::<Vec<_>>());
        Verdict { result: "Block", score: 100, label, keywords, lib_name }
    }

    /// The library's keywords that block a text holding them (a Normal one allows it).
    fn blocking_keywords(&self) -> impl Iterator<Item = (&String, &CloudKeyword)> {
        self.world.audit_keywords.get(LIBRARY_ID).into_iter().flatten().filter(|(_, kw)| kw.label != NORMAL)
    }

    /// Whether any word could change or refuse a text: a local word, a blocking cloud keyword,
    /// a `moderationWords` word.
    fn has_words(&self) -> bool {
        !self.world.audit_words.is_empty() || !self.options.moderation_words.is_empty() || self.blocking_keywords().next().is_some()
    }

    /// A message's text elements after local moderation (a replaced word), or its refusal (an
    /// intercepting word, or a cloud Block, which the App backend hears of); `None`: unchanged.
    pub(crate) fn moderate_message(&mut self, body: &[MsgElement], from: &str, to: Contact<'_>, cloud_custom_data: Option<&str>) -> Result<Option<Vec<MsgElement>>, Fail> {
        let is_text = |e: &MsgElement| e.msg_type == "TIMTextElem";
        // Every message passes here: without words to judge by, nothing can change or refuse it.
        if !body.iter().any(is_text) || !self.has_words() {
            return Ok(None);
        }
        // The body is copied only when a word replaces text in it.
        let mut out: Option<Vec<MsgElement>> = None;
        let mut texts = Vec::new();
        for (index, element) in body.iter().enumerate().filter(|(_, e)| is_text(e)) {
            let Some(original) = element.msg_content.get("Text").and_then(serde_json::Value::as_str) else { continue };
            let mut text = original.to_owned();
            // (Regular expressions are kept and listed, not evaluated: decisions.md.)
            let words = || self.world.audit_words.values().filter(|w| w.word_type == WORD);
            // An intercepting word refuses the message whatever a replacement would make of it.
            if let Some(word) = words().find(|w| w.filter_type == INTERCEPT && text.contains(w.keyword.as_str())) {
                return fail(TEXT_HIT, format!("the message text contains \"{}\", a local moderation word that intercepts (FilterType 2)", word.keyword));
            }
            for word in words() {
                if text.contains(word.keyword.as_str()) {
                    text = text.replace(word.keyword.as_str(), &word.replaced_content);
                }
            }
            if text != original {
                let slot = out.get_or_insert_with(|| body.to_vec()).get_mut(index).and_then(|e| e.msg_content.get_mut("Text"));
                if let Some(slot) = slot {
                    *slot = serde_json::Value::String(text.clone());
                }
            }
            texts.push(text);
        }
        let verdict = self.cloud_verdict(&texts.join("\n"));
        if verdict.violates() {
            if self.wants::<ContentResultNotify>() {
                let (scene, contact) = match to {
                    Contact::C2c(peer) => ("C2C", ModeratedContact { contact_type: 1, to_account: Some(peer.to_owned()), group_id: None }),
                    Contact::Group(group) => ("Group", ModeratedContact { contact_type: 2, to_account: None, group_id: Some(group.to_owned()) }),
                };
                // (From the message, not the seeded sequence: a refused message changes nothing.)
                let request_id = uuid_of(&[from, &texts.join("\n"), &self.now().to_string()]);
                let body = notify(self, scene, from, Some(contact), "Text", Some(texts), None, request_id, &verdict, cloud_custom_data);
                self.fire(&body);
            }
            return fail(TEXT_HIT, format!("cloud moderation blocked the message ({}: {})", verdict.label, verdict.keywords.join(", ")));
        }
        Ok(out)
    }

    /// A RequestId: UUID-shaped, from the seeded sequence.
    fn request_id(&mut self) -> String {
        uuid(self.next_random(), self.next_random())
    }
}

fn uuid(a: u64, b: u64) -> String {
    format!("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff, a & 0xffff, b >> 48, b & 0xffff_ffff_ffff)
}

/// A UUID-shaped ID that is a function of these parts (FNV-1a, twice).
fn uuid_of(parts: &[&str]) -> String {
    let fnv = |seed: u64| parts.iter().flat_map(|p| p.bytes().chain([0])).fold(seed, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    uuid(fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4))
}

#[allow(clippy::too_many_arguments)]
fn notify(sim: &Simulator, scene: &str, from: &str, contact: Option<ModeratedContact>, content_type: &str, text: Option<Vec<String>>, media: Option<String>, request_id: String, verdict: &Verdict, cloud_custom_data: Option<&str>) -> ContentResultNotify {
    ContentResultNotify {
        scene: scene.to_owned(),
        sdk_app_id: u64::from(sim.options.sdk_app_id),
        from_account: from.to_owned(),
        contact_item: contact,
        content_type: content_type.to_owned(),
        text_content: text,
        media_content: media,
        msg_id: None,
        ctxcb_result: u8::from(verdict.violates()),
        ctxcb_request_id: request_id,
        ctxcb_keywords: verdict.keywords.clone(),
        ctxcb_suggestion: verdict.result.to_owned(),
        ctxcb_label: verdict.label.clone(),
        ctxcb_sub_label: String::new(),
        ctxcb_sub_label_desc: String::new(),
        ctxcb_lib_name: verdict.lib_name.clone(),
        cloud_custom_data: cloud_custom_data.map(str::to_owned),
    }
}

/// `YYYY-MM-DD hh:mm:ss` of a Unix second, Beijing time, as the lists write times.
pub(crate) fn beijing_time(t: u64) -> String {
    let day = super::config::beijing_day(t);
    let secs = (t + 8 * 3600) % 86_400;
    let (y, m, d) = (day.get(0..4).unwrap_or("1970"), day.get(4..6).unwrap_or("01"), day.get(6..8).unwrap_or("01"));
    format!("{y}-{m}-{d} {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// 70402 unless `SdkAppId` is this app's.
fn own_app(sim: &Simulator, sdk_app_id: u64) -> Result<(), Fail> {
    if sdk_app_id == u64::from(sim.options.sdk_app_id) {
        Ok(())
    } else {
        fail(INVALID, format!("SdkAppId {sdk_app_id} is not this app's ({})", sim.options.sdk_app_id))
    }
}

/// 70402 unless `LibID` is a library the app has.
fn library(lib_id: &str) -> Result<(), Fail> {
    if lib_id == LIBRARY_ID {
        Ok(())
    } else {
        fail(INVALID, format!("LibID \"{lib_id}\" is not a keyword library of this app (get_cloud_audit_keywords_ids lists them)"))
    }
}

/// The next Id of a word or keyword: after every one given so far.
fn next_id(sim: &Simulator) -> u64 {
    let local = sim.world.audit_words.values().map(|w| w.id);
    let cloud = sim.world.audit_keywords.values().flat_map(|lib| lib.values().map(|k| k.id));
    local.chain(cloud).max().unwrap_or(0) + 1
}

fn page<T>(items: Vec<T>, offset: u64, limit: u64) -> Vec<T> {
    items.into_iter().skip(usize::try_from(offset).unwrap_or(usize::MAX)).take(usize::try_from(limit).unwrap_or(usize::MAX)).collect()
}

serve!(ContentModeration => content_moderation);
/// Text and images: the verdict now. Audio and video: the RequestId now, the verdict in
/// `ContentCallback.ResultNotify` (when it is not Pass: "默认仅回调违规审核结果").
pub fn content_moderation(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ContentModeration = typed(body, INVALID)?;
    let request_id = sim.request_id();
    let verdict = sim.cloud_verdict(&req.content);
    if matches!(req.content_type.as_str(), "Audio" | "Video") {
        if verdict.violates() && sim.wants::<ContentResultNotify>() {
            let from = req.ext_sender.clone().unwrap_or_default();
            let body = notify(sim, &req.audit_name, &from, None, &req.content_type, None, Some(req.content.clone()), request_id.clone(), &verdict, None);
            sim.fire(&body);
        }
        return answer(&ContentModerationResponse { envelope: Envelope::ok(), request_id, result: String::new(), score: 0, label: String::new(), keywords: vec![] });
    }
    answer(&ContentModerationResponse { envelope: Envelope::ok(), request_id, result: verdict.result.to_owned(), score: verdict.score, label: verdict.label, keywords: verdict.keywords })
}

serve!(BatchContentModeration => batch_content_moderation);
/// Each content's verdict, in the request's order.
pub fn batch_content_moderation(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: BatchContentModeration = typed(body, INVALID)?;
    let mut audit_results = Vec::with_capacity(req.contents.len());
    for item in &req.contents {
        let request_id = sim.request_id();
        let v = sim.cloud_verdict(&item.content);
        audit_results.push(AuditResult { content_id: item.content_id, result: v.result.to_owned(), score: v.score, label: v.label, sub_label: String::new(), keywords: v.keywords, request_id, error_code: 0, error_info: String::new() });
    }
    answer(&BatchContentModerationResponse { envelope: Envelope::ok(), audit_results })
}

fn listed(w: &LocalWord) -> LocalAuditWord {
    LocalAuditWord { id: w.id, keyword: w.keyword.clone(), word_type: w.word_type, filter_type: w.filter_type, replaced_content: w.replaced_content.clone(), update_time: beijing_time(w.time) }
}

serve!(GetLocalAuditKeywords => get_local_audit_keywords);
/// One page of the words, by Id, of the asked filter and containing the asked text.
pub fn get_local_audit_keywords(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: GetLocalAuditKeywords = typed(body, INVALID)?;
    own_app(sim, req.sdk_app_id)?;
    let words = &sim.world.audit_words;
    let count = |ty: u8| words.values().filter(|w| w.word_type == ty).count() as u64;
    let (total_count, total_reg_count) = (count(WORD), count(REGEX));
    let matching: Vec<LocalAuditWord> = words
        .values()
        .filter(|w| req.filter_type.is_none_or(|f| w.filter_type == f) && req.keyword.as_deref().is_none_or(|k| w.keyword.contains(k)))
        .map(listed)
        .collect();
    let local_audit_words = page(matching, req.offset, req.limit);
    let cur = |ty: u8| local_audit_words.iter().filter(|w| w.word_type == ty).count() as u64;
    let (cur_count, cur_reg_count) = (cur(WORD), cur(REGEX));
    let request_id = sim.request_id();
    answer(&GetLocalAuditKeywordsResponse { envelope: Envelope::ok(), request_id, local_audit_words, total_count, total_reg_count, cur_count, cur_reg_count })
}

serve!(AddLocalAuditKeywords => add_local_audit_keywords);
/// Adds the words; a word already listed is refused (nothing added).
pub fn add_local_audit_keywords(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AddLocalAuditKeywords = typed(body, INVALID)?;
    own_app(sim, req.sdk_app_id)?;
    for (i, w) in req.local_audit_words.iter().enumerate() {
        let again = req.local_audit_words.iter().take(i).any(|o| o.keyword == w.keyword);
        if again || sim.world.audit_words.values().any(|o| o.keyword == w.keyword) {
            return fail(INVALID, format!("\"{}\" is already a local moderation word", w.keyword));
        }
        if w.keyword.is_empty() {
            return fail(INVALID, "a local moderation word cannot be empty");
        }
    }
    let now = sim.now();
    for (id, w) in (next_id(sim)..).zip(req.local_audit_words) {
        let word = LocalWord { id, keyword: w.keyword, word_type: w.word_type, filter_type: w.filter_type, replaced_content: w.replaced_content.unwrap_or_else(|| "***".to_owned()), time: now };
        sim.world.audit_words.insert(format!("{id:020}"), word);
    }
    let request_id = sim.request_id();
    answer(&AddLocalAuditKeywordsResponse { envelope: Envelope::ok(), request_id })
}

serve!(DeleteLocalAuditKeywords => delete_local_audit_keywords);
/// Deletes the words by Id; an Id the app does not have is refused (nothing deleted).
pub fn delete_local_audit_keywords(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteLocalAuditKeywords = typed(body, INVALID)?;
    own_app(sim, req.sdk_app_id)?;
    let keys: Vec<String> = req.local_audit_words.iter().map(|w| format!("{:020}", w.id)).collect();
    if let Some(missing) = req.local_audit_words.iter().zip(&keys).find(|(_, k)| !sim.world.audit_words.contains_key(*k)) {
        return fail(INVALID, format!("Id {} is not a local moderation word of this app", missing.0.id));
    }
    for key in keys {
        sim.world.audit_words.remove(&key);
    }
    let request_id = sim.request_id();
    answer(&DeleteLocalAuditKeywordsResponse { envelope: Envelope::ok(), request_id })
}

serve!(GetCloudAuditKeywordsIds => get_cloud_audit_keywords_ids);
/// The app's libraries: its one custom library.
pub fn get_cloud_audit_keywords_ids(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: GetCloudAuditKeywordsIds = typed(body, INVALID)?;
    own_app(sim, req.sdk_app_id)?;
    let libraries = vec![KeywordLibrary { id: LIBRARY_ID.to_owned(), lib_name: LIBRARY_NAME.to_owned(), describe: "the app's custom keyword library".to_owned(), create_time: String::new(), suggestion: "Block".to_owned() }];
    let total_count = libraries.len() as u64;
    let request_id = sim.request_id();
    answer(&GetCloudAuditKeywordsIdsResponse { envelope: Envelope::ok(), request_id, total_count, infos: page(libraries, req.offset, req.limit) })
}

serve!(GetCloudAuditKeywords => get_cloud_audit_keywords);
/// One page of the library's keywords, by ID, containing `Content` when given.
pub fn get_cloud_audit_keywords(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: GetCloudAuditKeywords = typed(body, INVALID)?;
    own_app(sim, req.sdk_app_id)?;
    library(&req.lib_id)?;
    let wanted = req.content.as_deref().unwrap_or("");
    let mut matching: Vec<KeywordInfo> = sim
        .world
        .audit_keywords
        .get(&req.lib_id)
        .into_iter()
        .flatten()
        .filter(|(k, _)| k.contains(wanted))
        .map(|(k, kw)| KeywordInfo { id: kw.id.to_string(), content: k.clone(), label: kw.label.clone(), create_time: beijing_time(kw.time) })
        .collect();
    super::state::sort_by_order(&mut matching, |k| k.id.parse::<u64>().unwrap_or(0));
    let total_count = matching.len() as u64;
    let request_id = sim.request_id();
    answer(&GetCloudAuditKeywordsResponse { envelope: Envelope::ok(), request_id, total_count, infos: page(matching, req.offset, req.limit) })
}

serve!(AddCloudAuditKeywords => add_cloud_audit_keywords);
/// Adds the keywords to the library; one already there keeps its ID and takes the new label.
pub fn add_cloud_audit_keywords(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AddCloudAuditKeywords = typed(body, INVALID)?;
    own_app(sim, req.sdk_app_id)?;
    library(&req.lib_id)?;
    if req.user_keywords.iter().any(|k| k.content.is_empty()) {
        return fail(INVALID, "a keyword cannot be empty");
    }
    let now = sim.now();
    let mut id = next_id(sim);
    let lib = sim.world.audit_keywords.entry(req.lib_id).or_default();
    for k in req.user_keywords {
        let label = k.label.unwrap_or_else(|| COMPOSITE.to_owned());
        match lib.get_mut(&k.content) {
            Some(existing) => existing.label = label,
            None => {
                lib.insert(k.content, CloudKeyword { id, label, time: now });
                id += 1;
            }
        }
    }
    let request_id = sim.request_id();
    answer(&AddCloudAuditKeywordsResponse { envelope: Envelope::ok(), request_id })
}

serve!(DeleteCloudAuditKeywords => delete_cloud_audit_keywords);
/// Deletes the keywords; one the library does not have is reported in `Details`, not refused.
pub fn delete_cloud_audit_keywords(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteCloudAuditKeywords = typed(body, INVALID)?;
    own_app(sim, req.sdk_app_id)?;
    library(&req.lib_id)?;
    let mut details = Vec::with_capacity(req.keywords.len());
    let lib = sim.world.audit_keywords.entry(req.lib_id.clone()).or_default();
    for keyword in req.keywords {
        let detail = match lib.remove(&keyword) {
            Some(k) => DeletedKeyword { keyword_id: k.id.to_string(), keyword, deleted: true, error_info: String::new() },
            None => DeletedKeyword { keyword_id: String::new(), error_info: format!("\"{keyword}\" is not in the library"), keyword, deleted: false },
        };
        details.push(detail);
    }
    if lib.is_empty() {
        sim.world.audit_keywords.remove(&req.lib_id);
    }
    let count = details.iter().filter(|d| d.deleted).count() as u64;
    let request_id = sim.request_id();
    answer(&DeleteCloudAuditKeywordsResponse { envelope: Envelope::ok(), request_id, count, details })
}
