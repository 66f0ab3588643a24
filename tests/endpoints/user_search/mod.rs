//! The Cloud Search plugin: user, group and member search over what the simulator holds.

mod search;

use crate::common::{import, ok, sim_with};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

/// No rate limit (the searches allow 2 calls a second), these accounts imported.
pub fn sim(accounts: &[&str]) -> Simulator {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, accounts);
    s
}

pub fn nick(s: &mut Simulator, who: &str, nick: &str) {
    ok(s, "profile/portrait_set", json!({ "From_Account": who, "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": nick }] }));
}

/// The listed key of each item of `list` in an answer.
pub fn ids(answer: &Value, list: &str, key: &str) -> Vec<String> {
    answer[list].as_array().unwrap().iter().map(|i| i[key].as_str().unwrap().to_owned()).collect()
}
