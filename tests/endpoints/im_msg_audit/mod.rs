//! Moderation: cloud verdicts on demand, the word lists, and what they do to messages.

mod batch_content_moderation;
mod content_moderation;

use crate::common::{import, sim_with};
use tcim::sim::{Options, Simulator};

/// Every callback on, no rate limit, alice and bob imported, and these moderation words.
pub fn sim(words: &[&str]) -> Simulator {
    let callbacks = serde_json::from_value(serde_json::json!({ "url": "http://127.0.0.1:9/cb" })).unwrap();
    let mut s = sim_with(Options { rate_limit: false, callbacks: Some(callbacks), moderation_words: words.iter().map(|w| (*w).to_owned()).collect(), ..Options::default() });
    import(&mut s, &["alice", "bob"]);
    s.take_callbacks();
    s
}

/// The app's one keyword library (the pages' sample ID).
pub const LIB: &str = "1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d";
pub const APP: u64 = 1_400_000_000;
