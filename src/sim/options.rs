//! `new Simulator(options)`: the options, their defaults, and how they are checked.

use super::{callbacks, edition, Simulator};
use crate::read::{ReadJson, Reader};
use serde::Serialize;

/// `new Simulator(options)`: absent options keep their defaults; an unknown one is refused (a
/// misspelling must not pass silently).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[ts(rename = "SimulatorOptions")]
pub struct Options {
    /// The app's SDKAppID, default 1400000000.
    #[ts(as = "Option<u32>", optional)]
    pub sdk_app_id: u32,
    /// The app admin account, default "administrator" (implicit: it needs no import).
    #[ts(as = "Option<String>", optional)]
    pub admin: String,
    /// When set, `handle()`/`fetch()` verify the usersig like the service. Never snapshotted.
    #[serde(skip_serializing)]
    #[ts(optional)]
    pub secret_key: Option<String>,
    /// Start of a manual virtual clock, Unix seconds; absent: real time.
    #[ts(as = "Option<f64>", optional)]
    pub now: Option<u64>,
    /// The paid "group message read receipts" switch, default true.
    #[ts(as = "Option<bool>", optional)]
    pub group_read_receipts: bool,
    /// Enforce each endpoint's calls-per-second limit, default true.
    #[ts(as = "Option<bool>", optional)]
    pub rate_limit: bool,
    /// The app's custom profile fields (`Tag_Profile_Custom_*`), as declared in the console;
    /// others answer 40009. Default none, as for a new app.
    #[ts(as = "Option<Vec<String>>", optional)]
    pub profile_custom_tags: Vec<String>,
    /// The app's custom friend fields (`Tag_SNS_Custom_*`); others answer 30001.
    #[ts(as = "Option<Vec<String>>", optional)]
    pub friend_custom_tags: Vec<String>,
    /// The console switch for broadcasting to live groups (send_broadcast_msg), which needs
    /// the Pro, Ultimate or Enterprise plan; default false (10007), as for a new app.
    #[ts(as = "Option<bool>", optional)]
    pub broadcast_messages: bool,
    /// The Cloud Search plugin's switches (user, group and member search), default true; off:
    /// the searches answer 60020, as for an app without the plugin.
    #[ts(as = "Option<bool>", optional)]
    pub cloud_search: bool,
    /// The console's "Set message extension" switch (消息扩展设置), default true; off: the
    /// openim_msg_ext_http_svc commands are refused (70402 one-to-one, 10059 groups).
    #[ts(as = "Option<bool>", optional)]
    pub message_extensions: bool,
    /// The Push plugin (`timpush/*`), default true; off: its commands answer 90045, as for an
    /// app without the plugin. Left out of snapshots while on (older snapshots read as on).
    #[serde(skip_serializing_if = "is_on")]
    #[ts(as = "Option<bool>", optional)]
    pub push_plugin: bool,
    /// What cloud moderation judges a violation (besides the keywords of the app's cloud
    /// library): content containing one of these words is blocked (Label Composite). Default
    /// none: everything passes, as a new app's backend sees it for ordinary text.
    #[ts(as = "Option<Vec<String>>", optional)]
    pub moderation_words: Vec<String>,
    /// Third-party callbacks, as configured in the console; absent: none fire (a new app).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub callbacks: Option<callbacks::CallbackOptions>,
    /// The plan (`edition.rs`): member caps, group counts, history kept, conversations kept,
    /// read receipts; absent: none of these limits.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(type = "\"trial\" | \"pro\" | \"ultimate\" | \"enterprise\"", optional)]
    pub edition: Option<String>,
}

fn is_on(b: &bool) -> bool {
    *b
}

/// Options inside a snapshot are read the way `new Simulator` reads them.
impl ReadJson for Options {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let text = r.skip()?;
        match serde_json::from_str(text) {
            Ok(options) => Some(options),
            Err(e) => r.refuse(|| format!("invalid options: {e}")),
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options { sdk_app_id: 1_400_000_000, admin: "administrator".into(), secret_key: None, now: None, group_read_receipts: true, rate_limit: true, profile_custom_tags: vec![], friend_custom_tags: vec![], broadcast_messages: false, cloud_search: true, message_extensions: true, push_plugin: true, moderation_words: vec![], callbacks: None, edition: None }
    }
}

impl Simulator {
    /// Parses options JSON (`{}` for defaults).
    pub fn from_options_json(text: &str, real_now: fn() -> u64) -> Result<Simulator, String> {
        let options: Options = if text.trim().is_empty() { Options::default() } else { serde_json::from_str(text).map_err(|e| format!("invalid simulator options: {e}"))? };
        Self::from_options(options, real_now)
    }

    /// A simulator with options read elsewhere (JS values, JSON), checked as `new Simulator` checks them.
    pub fn from_options(options: Options, real_now: fn() -> u64) -> Result<Simulator, String> {
        if options.admin.is_empty() || options.admin.len() > 32 {
            return Err("invalid simulator options: admin must be 1-32 bytes".into());
        }
        if let Some(c) = &options.callbacks {
            c.check().map_err(|e| format!("invalid simulator options: {e}"))?;
        }
        if let Some(e) = &options.edition {
            edition::plan(e).map_err(|e| format!("invalid simulator options: {e}"))?;
        }
        for (tags, prefix, name) in [(&options.profile_custom_tags, crate::api::items::PROFILE_CUSTOM_PREFIX, "profileCustomTags"), (&options.friend_custom_tags, crate::api::items::FRIEND_CUSTOM_PREFIX, "friendCustomTags")] {
            if let Some(bad) = tags.iter().find(|t| !t.strip_prefix(prefix).is_some_and(crate::api::items::is_custom_key)) {
                return Err(format!("invalid simulator options: {name} holds \"{bad}\"; each must be {prefix} and a key of 1-16 letters, digits or _"));
            }
        }
        if options.moderation_words.iter().any(String::is_empty) {
            return Err("invalid simulator options: moderationWords holds an empty word".into());
        }
        Ok(Self::with_clock(options, real_now))
    }
}
