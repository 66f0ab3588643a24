"""The PyPI clients `timsdk` and `tencentcloud-sdk-python-im`, unmodified, against `tcim serve`:
every method of theirs for accounts, online status, profiles, friends, friend lists,
blocklists, global mute and the operations endpoints, with the answers their own code expects.

Usage: python people_clients.py BASE_URL SDKAPPID KEY   (BASE_URL like http://127.0.0.1:8080)
A failure names the client's method and the answer it got, and exits 1.
"""
from clients import SDKAPPID, c, expect, items, report, t
from tencentcloud_im.tcim_client import FriendObj, MessageObj, MessageText, SnsItemObj, UpdateFriendObj

# Accounts and profiles.
expect("tencentcloud batch_add_users", c.batch_add_users(["alice", "bob", "carol", "dave", "erin"]))
expect("timsdk account_import", t.im_open_login_svc.account_import("frank", nick="Frank"))
expect("timsdk account_check (GET with a body)", t.im_open_login_svc.account_check(["alice", "nobody"]),
       lambda a: items(a, "ResultItem", "AccountStatus") == ["Imported", "NotImported"])
expect("tencentcloud search_user", c.search_user(["frank"]), lambda a: a["ResultItem"][0]["AccountStatus"] == "Imported")
expect("timsdk portrait_set", t.profile.portrait_set("alice", [
    {"Tag": "Tag_Profile_IM_Nick", "Value": "Alice"},
    {"Tag": "Tag_Profile_IM_Gender", "Value": "Gender_Type_Female"},
    {"Tag": "Tag_Profile_IM_BirthDay", "Value": 19900101},
]), lambda a: a["ErrorDisplay"] == "")
expect("timsdk portrait_set (wrong value type)", t.profile.portrait_set("alice", [{"Tag": "Tag_Profile_IM_BirthDay", "Value": "1990"}]), code=40610)


def profile(a):
    alice, ghost = a["UserProfileItem"]
    got = {i["Tag"]: i["Value"] for i in alice["ProfileItem"]}
    assert got == {"Tag_Profile_IM_Nick": "Alice", "Tag_Profile_IM_Gender": "Gender_Type_Female", "Tag_Profile_IM_BirthDay": 19900101,
                   "Tag_Profile_IM_AdminForbidType": "AdminForbid_Type_None", "Tag_Profile_IM_AllowType": "AllowType_Type_NeedConfirm"}, got
    assert ghost["ResultCode"] == 40003 and a["Fail_Account"] == ["ghost"]


expect("timsdk portrait_get (its default TagList)", t.profile.portrait_get(["alice", "ghost"]), profile)
frank = expect("timsdk portrait_get", t.profile.portrait_get(["frank"], ["Tag_Profile_IM_Nick"]))
assert frank["UserProfileItem"][0]["ProfileItem"] == [{"Tag": "Tag_Profile_IM_Nick", "Value": "Frank"}], frank

# Friends (both clients force-add by default).
expect("timsdk friend_add", t.sns.friend_add("alice", [{"To_Account": "bob", "AddSource": "AddSource_Type_Web"}]),
       lambda a: a["ResultItem"] == [{"To_Account": "bob", "ResultCode": 0, "ResultInfo": ""}] and "Fail_Account" not in a)
expect("tencentcloud add_friend (empty Remark/GroupName)", c.add_friend("alice", [FriendObj("carol", "Android", remark="Cee")]),
       lambda a: a["ResultItem"][0]["ResultCode"] == 0)
expect("timsdk friend_add (already friends)", t.sns.friend_add("alice", [{"To_Account": "bob", "AddSource": "AddSource_Type_Web"}]),
       lambda a: a["ResultItem"][0]["ResultCode"] == 30001 and a["Fail_Account"] == ["bob"])
expect("timsdk friend_import", t.sns.friend_import("alice", [{"To_Account": "dave", "AddSource": "AddSource_Type_Import", "GroupName": ["team"]}]))
expect("timsdk friend_check", t.sns.friend_check("alice", ["bob", "carol", "dave", "erin"]),
       lambda a: items(a, "InfoItem", "Relation") == ["CheckResult_Type_BothWay", "CheckResult_Type_BothWay", "CheckResult_Type_AWithB", "CheckResult_Type_NoRelation"])
expect("tencentcloud update_friend", c.update_friend("alice", [UpdateFriendObj("bob", [SnsItemObj("Tag_SNS_IM_Remark", "Bobby"), SnsItemObj("Tag_SNS_IM_Group", ["team"])])]),
       lambda a: a["ResultItem"][0]["ResultCode"] == 0)
expect("timsdk friend_update (not a friend)", t.sns.friend_update("alice", [{"To_Account": "erin", "SnsItem": [{"Tag": "Tag_SNS_IM_Remark", "Value": "x"}]}]),
       lambda a: a["Fail_Account"] == ["erin"])
expect("timsdk friend_get", t.sns.friend_get("alice"),
       lambda a: items(a, "UserDataItem", "To_Account") == ["bob", "carol", "dave"] and a["FriendNum"] == 3 and a["CompleteFlag"] == 1 and a["NextStartIndex"] == 0)
expect("tencentcloud get_friends", c.get_friends("alice"), lambda a: a["FriendNum"] == 3)


def bob_and_erin(a):
    bob, erin = a["InfoItem"]
    assert bob["SnsProfileItem"] == [{"Tag": "Tag_SNS_IM_Remark", "Value": "Bobby"}, {"Tag": "Tag_SNS_IM_Group", "Value": ["team"]}], bob
    assert erin["ResultCode"] == 30001 and a["Fail_Account"] == ["erin"]


expect("timsdk friend_get_list (its default TagList)", t.sns.friend_get_list("alice", ["bob", "erin"]), bob_and_erin)
expect("tencentcloud get_target_friends", c.get_target_friends("alice", ["carol"], ["Tag_SNS_IM_Remark", "Tag_Profile_IM_Nick"]),
       lambda a: a["InfoItem"][0]["SnsProfileItem"] == [{"Tag": "Tag_SNS_IM_Remark", "Value": "Cee"}])

# Friend lists.
expect("timsdk group_add", t.sns.group_add("alice", ["close"], ["bob", "erin"]),
       lambda a: items(a, "ResultItem", "ResultCode") == [0, 32216] and isinstance(a["CurrentSequence"], int))
expect("tencentcloud add_sns_group (To_Account [])", c.add_sns_group("alice", ["work"], []), lambda a: "ResultItem" not in a)
expect("tencentcloud get_sns_group", c.get_sns_group("alice"),
       lambda a: [(g["GroupName"], g["To_Account"]) for g in a["ResultItem"]] == [("team", ["bob", "dave"]), ("close", ["bob"]), ("work", [])])
expect("tencentcloud delete_sns_group", c.delete_sns_group("alice", ["work"]))
expect("timsdk group_delete", t.sns.group_delete("alice", ["close"]), lambda a: isinstance(a["CurrentSequence"], int))

# Blocklists.
expect("timsdk black_list_add", t.sns.black_list_add("alice", ["erin", "bob"]), lambda a: "Fail_Account" not in a)
expect("timsdk black_list_get", t.sns.black_list_get("alice"),
       lambda a: items(a, "BlackListItem", "To_Account") == ["erin", "bob"] and a["StartIndex"] == 0 and "CurruentSequence" in a)
expect("timsdk black_list_check", t.sns.black_list_check("alice", ["erin", "carol"]),
       lambda a: items(a, "BlackListCheckItem", "Relation") == ["BlackCheckResult_Type_AWithB", "BlackCheckResult_Type_NO"])
expect("timsdk friend_check (a block ends the friendship)", t.sns.friend_check("alice", ["bob"]),
       lambda a: a["InfoItem"][0]["Relation"] == "CheckResult_Type_NoRelation")
expect("timsdk black_list_delete", t.sns.black_list_delete("alice", ["erin", "carol"]),
       lambda a: items(a, "ResultItem", "ResultCode") == [0, 30001] and a["Fail_Account"] == ["carol"])

# Deleting friends.
expect("timsdk friend_delete", t.sns.friend_delete("alice", ["dave"]), lambda a: a["ResultItem"][0]["ResultCode"] == 0)
expect("tencentcloud delete_friends (not a friend)", c.delete_friends("alice", ["dave"]), lambda a: a["ResultItem"][0]["ResultCode"] == 31704)
expect("timsdk friend_delete_all", t.sns.friend_delete_all("carol"))
expect("timsdk friend_check (after delete_all, both ways)", t.sns.friend_check("alice", ["carol"]),
       lambda a: a["InfoItem"][0]["Relation"] == "CheckResult_Type_NoRelation")

# Online status and kicking.
expect("timsdk query_state (legacy querystate)", t.open_im.query_state(["alice", "ghost"]),
       lambda a: a["QueryResult"] == [{"To_Account": "alice", "State": "Offline"}] and a["ErrorList"] == [{"To_Account": "ghost", "ErrorCode": 70107}])
expect("tencentcloud check_user_online", c.check_user_online(["alice"]),
       lambda a: a["QueryResult"] == [{"To_Account": "alice", "Status": "Offline", "Detail": []}])
expect("timsdk kick (legacy Identifier)", t.im_open_login_svc.kick("alice"))
expect("tencentcloud abolition_user_sig", c.abolition_user_sig("bob"))
expect("timsdk kick (unknown account)", t.im_open_login_svc.kick("ghost"), code=70107)

# Global mute: it stops one-to-one messages.
expect("timsdk set_no_speaking", t.open_config_svr.set_no_speaking("carol", 3600, 7200))
expect("timsdk get_no_speaking", t.open_config_svr.get_no_speaking("carol"),
       lambda a: 3590 <= a["C2CmsgNospeakingTime"] <= 3600 and 7190 <= a["GroupmsgNospeakingTime"] <= 7200)
expect("tencentcloud send_message (muted sender)", c.send_message(MessageObj("carol", "alice", [MessageText("hi")])), code=20012)
expect("timsdk set_no_speaking (no time: timsdk drops zeros)", t.open_config_svr.set_no_speaking("carol"), code=130008)

# Operations.
expect("timsdk get_app_info", t.open_config_svr.get_app_info(),
       lambda a: a["Result"][0]["AppId"] == str(SDKAPPID) and all(isinstance(v, str) for v in a["Result"][0].values()))
expect("timsdk get_app_info (RequestField)", t.open_config_svr.get_app_info(["ChainIncrease", "RegistUserNumTotal"]),
       lambda a: sorted(a["Result"][0]) == ["ChainIncrease", "RegistUserNumTotal"])
expect("timsdk get_history (its default hour)", t.open_msg_svc.get_history("C2C"), lambda a: a["File"] == [])

# Deleting accounts.
expect("timsdk account_delete", t.im_open_login_svc.account_delete(["dave", "ghost"]),
       lambda a: items(a, "ResultItem", "ResultCode") == [0, 70107])
expect("tencentcloud del_user", c.del_user(["erin"]), lambda a: a["ResultItem"][0]["ResultCode"] == 0)
expect("tencentcloud search_user (deleted)", c.search_user(["dave", "erin"]),
       lambda a: items(a, "ResultItem", "AccountStatus") == ["NotImported", "NotImported"])

report("people")
