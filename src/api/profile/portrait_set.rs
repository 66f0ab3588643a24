//! `v4/profile/portrait_set`: set profile fields of an account.

use crate::api::prelude::*;
use crate::api::items::{check_tag_values, profile_tag_rule, TagValue, TAG_VALUE};
use crate::vocab::Service;

wire! {
    pub struct PortraitSet as REQUEST "PortraitSetRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose profile is set" / "需要设置资料的账号";
        profile_item: Vec<TagValue> = req "ProfileItem", Ty::Array(&Arr { item: Ty::Object(&TAG_VALUE), min_items: 1, max_items: None }), "fields to set; the others keep their values" / "待设置的资料字段；未设置的字段保持原值";
    }
}

impl PortraitSet {
    pub fn new(from: &str, items: &[(&str, serde_json::Value)]) -> Self {
        PortraitSet { from_account: from.into(), profile_item: items.iter().map(|(tag, value)| TagValue { tag: (*tag).into(), value: value.clone() }).collect() }
    }
}

impl ApiRequest for PortraitSet {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

/// Each value must meet its tag's rule (type, enum, 500 bytes).
fn check(body: &Node, c: &mut Checker) {
    check_tag_values(body.member("ProfileItem"), c, "ProfileItem", |t, _| profile_tag_rule(t), "profile");
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Profile, "portrait_set", "Set profile fields", "设置资料")
    .docs(1640, 34916)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[40001, 40003, 40004, 40006, 40008, 40009, 40601, 40605, 40610])
    .check(check, &["/ProfileItem/*/Tag", "/ProfileItem/*/Value"], "a ProfileItem's Tag is a profile tag, and its Value follows the rule that tag chooses")
    .sample(r#"{
  "From_Account": "id",
  "ProfileItem": [
    { "Tag": "Tag_Profile_IM_Nick", "Value": "MyNickName" }
  ]
}"#);
