//! The group callbacks (CN 1632 ff., 1662 ff., part B2 of the reference): messages, read
//! receipts, recalls, creating, joining, leaving and disbanding groups, and changes to a
//! group's profile, owner, members' fields and custom attributes (CN 105353 ff.).

use super::statement::statements;
use super::{message_rule, GROUP_RULE};
use crate::api::group_open_attr_http_svc::get_group_attr::{GroupAttr, GROUP_ATTR};
use crate::api::openim_msg_ext_http_svc::set_key_values::{KeyValueSeq, KEY_VALUE_SEQ};
use crate::api::{KeyValue, MemberAccountItem, MsgSeqItem, KEY_VALUES, MEMBER_ACCOUNT_ITEM, MSG_BODY, MSG_SEQ_ITEM};
use crate::protocol::errors::code;
use crate::vocab::rules::*;
use serde_json::Value;

/// `[{ "Member_Account": … }]`.
const MEMBERS: Ty = Ty::Array(&Arr { item: Ty::Object(&MEMBER_ACCOUNT_ITEM), min_items: 0, max_items: None });

/// A group's REST type, or "" in an exception about a group that does not exist.
const EXCEPTION_TYPE: Ty = Ty::Enum(&["Private", "Public", "ChatRoom", "AVChatRoom", "Community", ""]);

/// How a write changed a group's custom attributes: `OptionType` of
/// Group.CallbackAfterGroupAttrChanged (CN 105354).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AttrChange {
    /// set_group_attr: the listed attributes replace all the others.
    Set,
    /// modify_group_attr: the listed attributes are set, the others stay.
    Modify,
    /// clear_group_attr: all removed.
    Clear,
    /// delete_group_attr: the listed keys removed.
    Delete,
}

/// `[{ "Member_Account": … }]` of these accounts.
pub(crate) fn member_items<'a>(accounts: impl IntoIterator<Item = &'a str>) -> Vec<MemberAccountItem> {
    accounts.into_iter().map(|a| MemberAccountItem { member_account: a.to_owned() }).collect()
}

statements! {
    item
    /// One message's receipt counts after a read, and who read it.
    ReceiptItem as RECEIPT_ITEM "CallbackReceiptItem" {
        msg_seq: u64 = req "MsgSeq", COUNT, "seq of the message read" / "已读消息的 MsgSeq";
        read_num: u64 = req "ReadNum", COUNT, "how many members have read it" / "已读人数";
        unread_num: u64 = req "UnreadNum", COUNT, "how many members have not read it" / "未读人数";
        read_receipt_members: Vec<MemberAccountItem> = req "ReadReceiptMembers", MEMBERS, "the members who sent this receipt" / "本次已读回执的成员列表";
    }

    callback
    /// Before a group message is sent: the app may allow, rewrite, refuse or drop it.
    GroupBeforeSendMsg as GROUP_BEFORE_SEND_MSG "Group.CallbackBeforeSendMsg" / "GroupCallbackBeforeSendMsg" {
        title: "Before a group message is sent" / "群内发言之前回调";
        before: message_rule(code::CALLBACK_REFUSED);
        sample: r#"{"CallbackCommand":"Group.CallbackBeforeSendMsg","GroupId":"@TGS#2J4SZEAEL","Type":"Public","From_Account":"jared","Operator_Account":"admin","Random":123456,"OnlineOnlyFlag":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "产生群消息的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "产生群消息的群组类型";
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever asked for the send (the app admin for REST calls)" / "请求发起者 UserID，可以用来识别是否为管理员请求的";
        random: u32 = req "Random", U32, "the message's random number" / "发消息请求中的32位随机数";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "在线消息，为1，否则为0";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data (kept in the cloud)" / "消息自定义数据（云端保存，会发送到对端，程序卸载重装后还能拉取到）";
        topic_id: Option<String> = opt "TopicId", string(), "the topic, for a message in a Community topic" / "话题 ID（社群话题中的消息）";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// A group message was read but not delivered.
    GroupSendMsgException as GROUP_SEND_MSG_EXCEPTION "Group.CallbackSendMsgException" / "GroupCallbackSendMsgException" {
        title: "When a group message fails to be sent" / "群内发言异常回调";
        sample: r#"{"CallbackCommand":"Group.CallbackSendMsgException","GroupId":"@TGS#2J4SZEAEL","Type":"Public","From_Account":"jared","Operator_Account":"admin","Random":123456,"OnlineOnlyFlag":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","ErrorCode":10023,"ErrorInfo":"msg count exceeds limit,please retry later","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "产生群消息的群组 ID";
        group_type: &'static str = req "Type", EXCEPTION_TYPE, "the group's type (empty when there is no such group)" / "产生群消息的群组类型（群组不存在时为空）";
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever asked for the send (the app admin for REST calls)" / "请求发起者 UserID，可以用来识别是否为管理员请求的";
        random: u32 = req "Random", U32, "the message's random number" / "发消息请求中的32位随机数";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "在线消息，为1，否则为0";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data (kept in the cloud)" / "消息自定义数据（云端保存，会发送到对端，程序卸载重装后还能拉取到）";
        error_code: u32 = req "ErrorCode", COUNT, "why the message was not delivered: the error code" / "消息发送失败的错误码";
        error_info: String = req "ErrorInfo", string(), "why the message was not delivered, in words" / "消息发送失败的错误信息";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a group message was sent.
    GroupAfterSendMsg as GROUP_AFTER_SEND_MSG "Group.CallbackAfterSendMsg" / "GroupCallbackAfterSendMsg" {
        title: "After a group message is sent" / "群内发言之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterSendMsg","GroupId":"@TGS#2J4SZEAEL","Type":"Public","From_Account":"jared","Operator_Account":"admin","Random":123456,"MsgSeq":123,"MsgTime":1490686222,"OnlineOnlyFlag":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "产生群消息的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "产生群消息的群组类型";
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever asked for the send (the app admin for REST calls)" / "请求发起者 UserID，可以用来识别是否为管理员请求的";
        random: u32 = req "Random", U32, "the message's random number" / "发消息请求中的32位随机数";
        msg_seq: u64 = req "MsgSeq", COUNT, "the message's seq (0 for an online-only message, which is not stored)" / "消息的序列号";
        msg_time: u64 = req "MsgTime", COUNT, "when the message was sent, Unix seconds" / "消息的时间";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "在线消息，为1，否则为0";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data (kept in the cloud)" / "消息自定义数据（云端保存，会发送到对端，程序卸载重装后还能拉取到）";
        topic_id: Option<String> = opt "TopicId", string(), "the topic, for a message in a Community topic" / "话题 ID（社群话题中的消息）";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a member sent read receipts for group messages.
    GroupAfterReadReceipt as GROUP_AFTER_READ_RECEIPT "Group.CallbackAfterReadReceipt" / "GroupCallbackAfterReadReceipt" {
        title: "After a group message read receipt" / "群消息已读回执后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterReadReceipt","GroupId":"@TGS#2TTV7VSII","Type":"Public","GroupMsgReceiptList":[{"MsgSeq":1,"ReadNum":1,"UnreadNum":6,"ReadReceiptMembers":[{"Member_Account":"user0"}]}],"EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "产生群消息的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "产生群消息的群组类型";
        group_msg_receipt_list: Vec<ReceiptItem> = req "GroupMsgReceiptList", Ty::Array(&Arr { item: Ty::Object(&RECEIPT_ITEM), min_items: 0, max_items: None }), "the messages read, with their counts after the read" / "已读回执信息列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After group messages were recalled.
    GroupAfterRecallMsg as GROUP_AFTER_RECALL_MSG "Group.CallbackAfterRecallMsg" / "GroupCallbackAfterRecallMsg" {
        title: "After group messages are recalled" / "群消息撤回之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterRecallMsg","Operator_Account":"admin","Type":"Public","GroupId":"@TGS#2J4SZEAEL","MsgSeqList":[{"MsgSeq":130}],"EventTime":1670574414123}"#;
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever recalled them" / "请求发起者 UserID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "产生群消息的群组类型";
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "产生群消息的群组 ID";
        msg_seq_list: Vec<MsgSeqItem> = req "MsgSeqList", Ty::Array(&Arr { item: Ty::Object(&MSG_SEQ_ITEM), min_items: 0, max_items: None }), "the recalled messages' seqs" / "撤回的消息 seq 列表";
        topic_id: Option<String> = opt "TopicId", string(), "the topic, for messages recalled in a Community topic" / "话题 ID（社群话题中撤回的消息）";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// Before a group is created: the app may allow or refuse it.
    GroupBeforeCreateGroup as GROUP_BEFORE_CREATE_GROUP "Group.CallbackBeforeCreateGroup" / "GroupCallbackBeforeCreateGroup" {
        title: "Before a group is created" / "创建群组之前回调";
        before: GROUP_RULE;
        sample: r#"{"CallbackCommand":"Group.CallbackBeforeCreateGroup","Operator_Account":"leckie","Owner_Account":"leckie","Type":"Public","Name":"MyFirstGroup","CreateGroupNum":123,"MemberList":[{"Member_Account":"bob"},{"Member_Account":"peter"}],"EventTime":1670574414123}"#;
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever creates the group" / "操作者";
        owner_account: String = req "Owner_Account", string(), "UserID of the group's owner (empty: none)" / "群主";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群组类型";
        name: String = req "Name", string(), "the group's name" / "请求创建的群组的名称";
        create_group_num: u64 = req "CreateGroupNum", COUNT, "how many groups of this type the owner has created" / "该用户已创建的同类的群组个数";
        member_list: Vec<MemberAccountItem> = req "MemberList", MEMBERS, "the initial members asked for" / "请求创建的群组的初始化成员列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a group was created.
    GroupAfterCreateGroup as GROUP_AFTER_CREATE_GROUP "Group.CallbackAfterCreateGroup" / "GroupCallbackAfterCreateGroup" {
        title: "After a group is created" / "创建群组之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterCreateGroup","GroupId":"@TGS#2J4SZEAEL","Operator_Account":"group_root","Owner_Account":"leckie","Type":"Public","Name":"MyFirstGroup","MemberList":[{"Member_Account":"bob"},{"Member_Account":"peter"}],"UserDefinedDataList":[{"Key":"UserDefined1","Value":"hello"}],"EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever creates the group" / "操作者";
        owner_account: String = req "Owner_Account", string(), "UserID of the group's owner (empty: none)" / "群主";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群组类型";
        name: String = req "Name", string(), "the group's name" / "请求创建的群组的名称";
        member_list: Vec<MemberAccountItem> = req "MemberList", MEMBERS, "the group's initial members" / "初始成员列表";
        user_defined_data_list: Vec<KeyValue> = req "UserDefinedDataList", KEY_VALUES, "the group's custom fields" / "用户建群时的自定义字段";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// Before a user's application to join a group is handled: the app may allow or refuse it.
    GroupBeforeApplyJoinGroup as GROUP_BEFORE_APPLY_JOIN_GROUP "Group.CallbackBeforeApplyJoinGroup" / "GroupCallbackBeforeApplyJoinGroup" {
        title: "Before an application to join a group" / "申请入群之前回调";
        before: GROUP_RULE;
        sample: r#"{"CallbackCommand":"Group.CallbackBeforeApplyJoinGroup","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Requestor_Account":"jared","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "产生申请的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "产生申请的群组类型";
        requestor_account: String = req "Requestor_Account", USER_ID, "UserID of the user who applies" / "申请加群者 UserID";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// Before members are invited into a group: the app may allow, refuse or keep some out.
    GroupBeforeInviteJoinGroup as GROUP_BEFORE_INVITE_JOIN_GROUP "Group.CallbackBeforeInviteJoinGroup" / "GroupCallbackBeforeInviteJoinGroup" {
        title: "Before members are invited into a group" / "拉人入群之前回调";
        before: GROUP_RULE;
        sample: r#"{"CallbackCommand":"Group.CallbackBeforeInviteJoinGroup","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Operator_Account":"leckie","DestinationMembers":[{"Member_Account":"jared"},{"Member_Account":"leckie"}],"EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "要拉人的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "要拉人的群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever invites" / "请求的操作者 UserID";
        destination_members: Vec<MemberAccountItem> = req "DestinationMembers", MEMBERS, "the users invited" / "要拉入群组的 UserID 集合";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After members joined a group.
    GroupAfterNewMemberJoin as GROUP_AFTER_NEW_MEMBER_JOIN "Group.CallbackAfterNewMemberJoin" / "GroupCallbackAfterNewMemberJoin" {
        title: "After new members join a group" / "新成员入群之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"@TGS#2J4SZEAEL","Type":"Public","JoinType":"Apply","Operator_Account":"leckie","NewMemberList":[{"Member_Account":"jared"},{"Member_Account":"tommy"}],"EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群组类型";
        join_type: &'static str = req "JoinType", Ty::Enum(&["Apply", "Invited"]), "how they joined: Apply (applied) or Invited" / "入群方式：Apply（申请入群）；Invited（邀请入群）";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever let them in" / "操作者成员";
        new_member_list: Vec<MemberAccountItem> = req "NewMemberList", MEMBERS, "the new members" / "新入群成员列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After members left a group.
    GroupAfterMemberExit as GROUP_AFTER_MEMBER_EXIT "Group.CallbackAfterMemberExit" / "GroupCallbackAfterMemberExit" {
        title: "After members leave a group" / "群成员离开之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterMemberExit","GroupId":"@TGS#2J4SZEAEL","Type":"Public","ExitType":"Kicked","Operator_Account":"leckie","ExitMemberList":[{"Member_Account":"jared"}],"EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群组类型";
        exit_type: &'static str = req "ExitType", Ty::Enum(&["Kicked", "Quit"]), "how they left: Kicked or Quit" / "成员离开方式：Kicked 为踢人；Quit 为主动退群";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever removed them (or who quit)" / "操作者";
        exit_member_list: Vec<MemberAccountItem> = req "ExitMemberList", MEMBERS, "the members who left" / "离开群的成员列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a group was disbanded.
    GroupAfterGroupDestroyed as GROUP_AFTER_GROUP_DESTROYED "Group.CallbackAfterGroupDestroyed" / "GroupCallbackAfterGroupDestroyed" {
        title: "After a group is disbanded" / "群组解散之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterGroupDestroyed","Operator_Account":"administrator","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Owner_Account":"leckie","Name":"MyFirstGroup","MemberList":[{"Member_Account":"leckie"},{"Member_Account":"peter"}],"EventTime":1670574414123}"#;
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever disbanded it" / "操作者";
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "被解散的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "被解散群的群组类型";
        owner_account: String = req "Owner_Account", string(), "UserID of the group's owner (empty: none)" / "群主";
        name: String = req "Name", string(), "the group's name" / "群组名称";
        member_list: Option<Vec<MemberAccountItem>> = opt "MemberList", MEMBERS, "the members when it was disbanded (absent for Community groups)" / "被解散前的群成员列表（社群不带此字段）";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a group's name, introduction, notice or photo changed.
    GroupAfterGroupInfoChanged as GROUP_AFTER_GROUP_INFO_CHANGED "Group.CallbackAfterGroupInfoChanged" / "GroupCallbackAfterGroupInfoChanged" {
        title: "After a group's profile is modified" / "群组资料修改之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterGroupInfoChanged","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Operator_Account":"leckie","Notification":"NewNotification","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群资料被修改的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群资料被修改的群的群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever changed it (the app admin for REST calls, or the request's From_Account)" / "操作者 UserID";
        name: Option<String> = opt "Name", string(), "the new name (only when it changed)" / "修改后的群名称";
        introduction: Option<String> = opt "Introduction", string(), "the new introduction (only when it changed)" / "修改后的群简介";
        notification: Option<String> = opt "Notification", string(), "the new notice (only when it changed)" / "修改后的群公告";
        face_url: Option<String> = opt "FaceUrl", string(), "the new profile photo URL (only when it changed)" / "修改后的群头像 URL";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// A group became full, or someone could not join because it was.
    GroupAfterGroupFull as GROUP_AFTER_GROUP_FULL "Group.CallbackAfterGroupFull" / "GroupCallbackAfterGroupFull" {
        title: "After a group is full" / "群组满员之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterGroupFull","GroupId":"@TGS#2J4SZEAEL","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the full group" / "满员的群组 ID";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a group's owner changed.
    GroupAfterChangeGroupOwner as GROUP_AFTER_CHANGE_GROUP_OWNER "Group.CallbackAfterChangeGroupOwner" / "GroupCallbackAfterChangeGroupOwner" {
        title: "After a group's owner changes" / "群主变更后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterChangeGroupOwner","GroupId":"@TGS#2TTV7VSII","Type":"Public","Operator_Account":"admin","OldOwner_Account":"jared","NewOwner_Account":"leckie","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever handed the group over (the app admin for REST calls, or the request's From_Account)" / "操作用户 UserID";
        old_owner_account: String = req "OldOwner_Account", string(), "UserID of the previous owner (empty: the group had none)" / "原群主 UserID";
        new_owner_account: String = req "NewOwner_Account", USER_ID, "UserID of the new owner" / "新群主 UserID";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a member's role or name card changed.
    GroupAfterMemberFieldChanged as GROUP_AFTER_MEMBER_FIELD_CHANGED "Group.CallbackAfterMemberFieldChanged" / "GroupCallbackAfterMemberFieldChanged" {
        title: "After a group member's profile changes" / "群成员资料变更后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterMemberFieldChanged","GroupId":"@TGS#xxxx","Type":"Community","Operator_Account":"admin","Modified_Account":"123456","Role":"Admin","NameCard":"jacky","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever made the change (the app admin for REST calls)" / "发起变更请求的操作者 UserID";
        modified_account: String = req "Modified_Account", USER_ID, "UserID of the member changed" / "变更成员 UserID";
        role: Option<String> = opt "Role", Ty::Enum(&["Admin", "Member"]), "the member's role after the change: Admin (made an admin) or Member (no longer one); only when it was set" / "变更后成员身份，Admin/Member 分别为设置/取消管理员";
        name_card: Option<String> = opt "NameCard", string(), "the member's name card after the change; only when it was set" / "变更后群名片";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a group's custom attributes were modified, reset, cleared or deleted.
    GroupAfterGroupAttrChanged as GROUP_AFTER_GROUP_ATTR_CHANGED "Group.CallbackAfterGroupAttrChanged" / "GroupCallbackAfterGroupAttrChanged" {
        title: "After a group's custom attributes change" / "群自定义属性变更后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterGroupAttrChanged","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Operator_Account":"leckie","OptionType":"set","GroupAttr":[{"key":"key1","value":"value1"},{"key":"key2","value":"values"}],"EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type" / "群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever changed them (the app admin for REST calls)" / "发起群自定义属性变更请求的操作者 UserID";
        option_type: AttrChange = req "OptionType", Ty::Enum(&["set", "modify", "clear", "delete"]), "set: all replaced; modify: some set; clear: all removed; delete: some removed" / "set：重置自定义属性；modify：修改自定义属性；clear：清空自定义属性；delete：删除自定义属性";
        group_attr: Vec<GroupAttr> = req "GroupAttr", Ty::Array(&Arr { item: Ty::Object(&GROUP_ATTR), min_items: 0, max_items: None }), "the attributes written (set, modify), or those removed with the values they had (clear, delete)" / "自定义属性列表，key 为自定义属性的键，value 为自定义属性的值";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
    callback
    /// After a group message's key–value extensions were set, deleted or cleared.
    GroupAfterMsgExtension as GROUP_AFTER_MSG_EXTENSION "Group.CallbackAfterGroupMsgExtension" / "GroupCallbackAfterGroupMsgExtension" {
        title: "After a group message extension is set" / "设置群消息扩展回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterGroupMsgExtension","GroupId":"test","MsgSeq":10,"OperateType":1,"ExtensionList":[{"Key":"key2","Value":"value2","Seq":56}],"Seq":56,"EventTime":1764688294360}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群组 ID";
        msg_seq: u64 = req "MsgSeq", COUNT, "the message's seq" / "消息序列号";
        operate_type: u8 = req "OperateType", int(1, 3), "1 set, 2 delete, 3 clear all" / "操作类型：1 设置，2 删除，3 清空";
        extension_list: Vec<KeyValueSeq> = req "ExtensionList", Ty::Array(&Arr { item: Ty::Object(&KEY_VALUE_SEQ), min_items: 0, max_items: None }), "the keys written, each with its Seq (deleted: empty Value; clear: none)" / "本次操作的扩展 KV 及其版本号（删除时 Value 为空，清空时为空数组）";
        seq: u64 = req "Seq", COUNT, "the message's latest extension Seq" / "整条消息最新的版本号";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
}
