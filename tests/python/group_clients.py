"""The PyPI clients `timsdk` and `tencentcloud-sdk-python-im`, unmodified, against `tcim serve`:
their group-administration methods (creating, listing, profiles, roles, owners, mutes,
messages, recalls, attributes, imports), tencentcloud's get_user_sig, and the one-to-one batch
send and import.

Usage: python group_clients.py BASE_URL SDKAPPID KEY   (as people_clients.py)
"""
import sys
import time

import requests

from clients import BASE, SDKAPPID, c, expect, items, report, t
from tencentcloud_im.tcim_client import BatchMessageObj, GroupAttr, GroupMemObj, GroupMessageObj, GroupObj, MessageObj, MessageText

expect("tencentcloud batch_add_users", c.batch_add_users(["gowner", "gpeter", "gwes", "gviewer"]))
created = expect("timsdk create_group", t.group_open_http_svc.create_group("team", "gowner", [{"Member_Account": "gpeter"}, {"Member_Account": "gwes"}]))
gid = created["GroupId"]

# Listing: the tencentcloud client sends GroupType "" (all types); get_appid_group_list allows
# one call per second.
expect("tencentcloud get_group", c.get_group(), lambda a: gid in [g["GroupId"] for g in a["GroupIdList"]] and a["TotalCount"] >= 1 and a["Next"] == 0)
time.sleep(1.1)
# timsdk sends GET with no body; the service wants a JSON body, even "{}" (decisions.md).
expect("timsdk get_app_id_group_list (GET, no body)", t.group_open_http_svc.get_app_id_group_list(), code=60003)

# Profiles.
expect("timsdk get_group_info (no filter: everything)", t.group_open_http_svc.get_group_info([gid]),
       lambda a: a["GroupInfo"][0]["Name"] == "team" and a["GroupInfo"][0]["MemberNum"] == 3 and [m["Member_Account"] for m in a["GroupInfo"][0]["MemberList"]] == ["gowner", "gpeter", "gwes"])
expect("timsdk modify_group_base_info (ShutUpAllMember)", t.group_open_http_svc.modify_group_base_info(gid, name="Renamed", shut_up_all_member="On"))
expect("tencentcloud update_group_baseinfo", c.update_group_baseinfo(gid, introduction="About us", max_member_num=100))
expect("tencentcloud get_group_detail (filters)", c.get_group_detail([gid], baseInfoFilter=["Name", "Introduction", "MaxMemberNum", "ShutUpAllMember"]),
       lambda a: {k: v for k, v in a["GroupInfo"][0].items() if k not in ("GroupId", "ErrorCode", "ErrorInfo")} == {"Name": "Renamed", "Introduction": "About us", "MaxMemberNum": 100, "ShutUpAllMember": "On"})

# Members: roles, name cards, owners.
expect("timsdk modify_group_member_info", t.group_open_http_svc.modify_group_member_info(gid, "gpeter", role="Admin", name_card="Pete"))
expect("tencentcloud update_group_mem_info", c.update_group_mem_info(gid, "gwes", role_type="Member", namecard="Wes"))
expect("timsdk get_role_in_group", t.group_open_http_svc.get_role_in_group(gid, ["gowner", "gpeter", "gwes", "gviewer"]),
       lambda a: items(a, "UserIdList", "Role") == ["Owner", "Admin", "Member", "NotMember"])
expect("tencentcloud get_mem_role_in_group", c.get_mem_role_in_group(gid, ["gpeter"]), lambda a: a["UserIdList"] == [{"Member_Account": "gpeter", "Role": "Admin"}])
expect("timsdk change_group_owner", t.group_open_http_svc.change_group_owner(gid, "gpeter"))
expect("tencentcloud change_group_owner", c.change_group_owner(gid, "gowner"))
expect("timsdk get_role_in_group (owner back)", t.group_open_http_svc.get_role_in_group(gid, ["gowner", "gpeter"]),
       lambda a: items(a, "UserIdList", "Role") == ["Owner", "Member"])

# Mutes (both send the older ShutUpTime; both read the older list).
expect("timsdk forbid_send_msg", t.group_open_http_svc.forbid_send_msg(gid, ["gwes"], 120))
expect("tencentcloud forbid_send_msg", c.forbid_send_msg(gid, ["gpeter"], 60))
now = int(time.time())
expect("timsdk get_group_shut_uin", t.group_open_http_svc.get_group_shut_uin(gid),
       lambda a: items(a, "ShuttedUinList", "Member_Account") == ["gpeter", "gwes"] and all(now + 50 <= m["ShuttedUntil"] <= now + 125 for m in a["ShuttedUinList"]))
expect("tencentcloud forbid_send_msg (0 unmutes)", c.forbid_send_msg(gid, ["gpeter"], 0))
expect("tencentcloud get_group_shutup_list", c.get_group_shutup_list(gid), lambda a: items(a, "ShuttedUinList", "Member_Account") == ["gwes"])

# Recalls (everyone but the owner and admins is muted here: the owner speaks).
expect("tencentcloud send_group_message", c.send_group_message(gid, [MessageText("one")], from_account="gowner"), lambda a: a["MsgSeq"] == 1)
expect("tencentcloud send_group_message (a muted member)", c.send_group_message(gid, [MessageText("x")], from_account="gwes"), code=10017)
expect("tencentcloud send_group_message", c.send_group_message(gid, [MessageText("two")], from_account="gowner"), lambda a: a["MsgSeq"] == 2)
expect("timsdk group_msg_recall", t.group_open_http_svc.group_msg_recall(gid, [{"MsgSeq": 1}, {"MsgSeq": 9}]),
       lambda a: a["RecallRetList"] == [{"MsgSeq": 1, "RetCode": 0}, {"MsgSeq": 9, "RetCode": 10030}])
expect("timsdk group_msg_get_simple (recalled left out)", t.group_open_http_svc.group_msg_get_simple(gid, 10), lambda a: items(a, "RspMsgList", "MsgSeq") == [2])
expect("tencentcloud delete_group_msg_by_sender", c.delete_group_msg_by_sender(gid, "gowner"))
expect("tencentcloud get_msg_in_group (WithRecalledMsg: placeholders)", c.get_msg_in_group(gid, 10),
       lambda a: [(m["MsgSeq"], m["IsPlaceMsg"]) for m in a["RspMsgList"]] == [(2, 2), (1, 2)])

# Imports (history first, then members, as the page advises).
now = int(time.time())
old = expect("timsdk import_group", t.group_open_http_svc.import_group("old team", "gowner", create_time=now - 86400))["GroupId"]
expect("tencentcloud import_message_to_group", c.import_message_to_group(old, 1, [GroupMessageObj("gowner", now - 3600, [MessageText("a")]), GroupMessageObj("gowner", now - 3500, [MessageText("b")])]),
       lambda a: [(r["MsgSeq"], r["Result"]) for r in a["ImportMsgResult"]] == [(1, 0), (2, 0)])
expect("timsdk import_group_msg", t.group_open_http_svc.import_group_msg(old, [{"From_Account": "gowner", "SendTime": now - 3000, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "c"}}]}]),
       lambda a: a["ImportMsgResult"] == [{"MsgSeq": 3, "MsgTime": now - 3000, "Result": 0}])
expect("tencentcloud import_group_members", c.import_group_members(old, [GroupMemObj("gpeter", "Admin", now - 7200, 2)]), lambda a: a["MemberList"] == [{"Member_Account": "gpeter", "Result": 1}])
expect("timsdk import_group_member (JoinTime at the top level: ignored)", t.group_open_http_svc.import_group_member(old, [{"Member_Account": "gwes"}], join_time=now - 60, unread_msg_num=1),
       lambda a: a["MemberList"] == [{"Member_Account": "gwes", "Result": 1}])
expect("timsdk get_role_in_group (imported)", t.group_open_http_svc.get_role_in_group(old, ["gowner", "gpeter", "gwes"]), lambda a: items(a, "UserIdList", "Role") == ["Owner", "Admin", "Member"])
# timsdk's send_group_msg drops From_Account (`data['From_Account']: x` annotates, it does
# not assign): the message is the admin's. Then the owner's imported history goes.
expect("timsdk send_group_msg (as the admin)", t.group_open_http_svc.send_group_msg(old, [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "d"}}]), lambda a: a["MsgSeq"] == 4)
expect("timsdk delete_group_msg_by_sender", t.group_open_http_svc.delete_group_msg_by_sender(old, "gowner"))
expect("timsdk group_msg_get_simple (the admin's message is left)", t.group_open_http_svc.group_msg_get_simple(old, 10),
       lambda a: [(m["MsgSeq"], m["From_Account"]) for m in a["RspMsgList"]] == [(4, "administrator")])

# tencentcloud's create_group (a GroupObj), and get_user_sig: a UserSig the service accepts for
# the account it names, and refuses for another.
made = expect("tencentcloud create_group", c.create_group(GroupObj("gowner", "Private", "work", introdction="desk", mem_list=[GroupMemObj("gpeter", "Admin"), GroupMemObj("gwes")])))["GroupId"]
expect("tencentcloud get_group_detail (created)", c.get_group_detail([made]),
       lambda a: a["GroupInfo"][0]["Type"] == "Private" and a["GroupInfo"][0]["Introduction"] == "desk" and [(m["Member_Account"], m["Role"]) for m in a["GroupInfo"][0]["MemberList"]] == [("gowner", "Owner"), ("gpeter", "Admin"), ("gwes", "Member")])
check = lambda sig: requests.post(f"{BASE}/v4/im_open_login_svc/account_check", params={"sdkappid": SDKAPPID, "identifier": "administrator", "usersig": sig, "random": 1, "contenttype": "json"}, json={"CheckItem": [{"UserID": "gowner"}]})
expect("tencentcloud get_user_sig (the admin's)", check(c.get_user_sig("administrator")), lambda a: a["ResultItem"][0]["AccountStatus"] == "Imported")
expect("tencentcloud get_user_sig (another account's, used as the admin's)", check(c.get_user_sig("gowner")), code=70013)

# Live groups.
live = expect("timsdk create_group (AVChatRoom)", t.group_open_http_svc.create_group("live", "gowner", group_type="AVChatRoom"))["GroupId"]
expect("tencentcloud get_online_member_num", c.get_online_member_num(live), lambda a: a["OnlineMemberNum"] == 0)
expect("tencentcloud get_online_member_num (not a live group)", c.get_online_member_num(gid), code=10007)
expect("tencentcloud update_group_attr", c.update_group_attr(live, [GroupAttr("theme", "dark"), GroupAttr("slow", "1")]))
expect("tencentcloud get_group_attr", c.get_group_attr(live), lambda a: a["GroupAttrAry"] == [{"key": "slow", "value": "1"}, {"key": "theme", "value": "dark"}])
expect("tencentcloud clean_group_attr", c.clean_group_attr(live))
expect("tencentcloud get_group_attr (cleared)", c.get_group_attr(live), lambda a: a["GroupAttrAry"] == [])
expect("tencentcloud get_group_attr (not a live group)", c.get_group_attr(gid), code=10007)

# One message to many, and imported one-to-one history.
expect("timsdk batch_send_text_msg", t.open_im.batch_send_text_msg(["gpeter", "gwes"], "hello all", from_account="gowner"), lambda a: a["MsgKey"].count("_") == 2)
some = c.batch_send_message(BatchMessageObj("gowner", ["gpeter", "nobody"], [MessageText("hi")])).json()
expect("tencentcloud batch_send_message (one receiver missing)", some, lambda a: a["ActionStatus"] == "SomeError" and a["ErrorList"] == [{"To_Account": "nobody", "ErrorCode": 70107}])
expect("timsdk import_text_msg (SyncFromOldSystem 1: counts as unread)", t.open_im.import_text_msg("gwes", "gviewer", "from the old system"))
expect("tencentcloud import_message_to_im (history)", c.import_message_to_im(MessageObj("gviewer", "gwes", [MessageText("older")]), int(time.time()) - 7200, sync_from_old=2))
expect("tencentcloud get_unread_num", c.get_unread_num("gwes", ["gviewer", "gowner"]),
       lambda a: [(u["Peer_Account"], u["C2CUnreadMsgNum"]) for u in a["C2CUnreadMsgNumList"]] == [("gviewer", 1), ("gowner", 1)])

report("group and message administration")
