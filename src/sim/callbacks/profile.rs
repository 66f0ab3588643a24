//! The profile callback (CN 1047/48733, part B3 of the reference): an account's profile
//! fields were set.

use super::statement::statements;
use crate::api::items::{TagValue, TAG_VALUE};
use crate::vocab::rules::*;

statements! {
    callback
    /// After an account's profile fields were set.
    ProfilePortraitSet as PROFILE_PORTRAIT_SET "Profile.CallbackPortraitSet" / "ProfileCallbackPortraitSet" {
        title: "After a profile is updated" / "资料更新之后回调";
        sample: r#"{"CallbackCommand":"Profile.CallbackPortraitSet","Operator_Account":"id1","From_Account":"id1","EventTime":1656921052497,"ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"nick1"},{"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Male"},{"Tag":"Tag_Profile_IM_AllowType","Value":"AllowType_Type_NeedConfirm"},{"Tag":"Tag_Profile_Custom_Data","Value":"your custom data"}]}"#;
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever set them (the app admin for REST calls)" / "触发更新操作的用户的 UserID";
        from_account: String = req "From_Account", USER_ID, "UserID whose profile was set" / "更新用户资料的用户的 UserID";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "毫秒时间戳";
        profile_item: Vec<TagValue> = req "ProfileItem", Ty::Array(&Arr { item: Ty::Object(&TAG_VALUE), min_items: 1, max_items: None }), "the fields set, with their new values" / "更新成功的用户资料列表";
    }
}
