"""The PyPI clients `timsdk` and `tencentcloud-sdk-python-im`, unmodified, against `tcim serve`:
the methods the other scripts leave out. Accounts, members joining and leaving, read positions
and unread counts, system notifications, group recalls, one-to-one sends, reads, history and
recalls, destroying groups. All of it in the read-state model the other scripts also use.

Usage: python core_clients.py BASE_URL SDKAPPID KEY   (as people_clients.py)
"""
import time

from clients import c, expect, items, report, t
from tencentcloud_im.tcim_client import GroupMemObj, MessageText

# Accounts: one with a profile, three in a batch.
expect("tencentcloud add_single_user", c.add_single_user("cann", "Ann", "https://example.com/ann.png"))
expect("timsdk im_open_login_svc (multiaccount_import)", t.im_open_login_svc.im_open_login_svc(["cbob", "ccid", "cdan"]))

# Members join: both clients' add_group_member.
gid = expect("timsdk create_group", t.group_open_http_svc.create_group("core", "cann", [{"Member_Account": "cbob"}]))["GroupId"]
expect("timsdk add_group_member", t.group_open_http_svc.add_group_member(gid, [{"Member_Account": "ccid"}]),
       lambda a: a["MemberList"] == [{"Member_Account": "ccid", "Result": 1}])
expect("tencentcloud add_group_member (GroupMemObj)", c.add_group_member(gid, [GroupMemObj("cdan"), GroupMemObj("ccid")]),
       lambda a: a["MemberList"] == [{"Member_Account": "cdan", "Result": 1}, {"Member_Account": "ccid", "Result": 2}])

# Two messages, then read positions: the sender has read both; unread counts set by each client.
expect("tencentcloud send_group_message", c.send_group_message(gid, [MessageText("one")], from_account="cann"), lambda a: a["MsgSeq"] == 1)
expect("tencentcloud send_group_message", c.send_group_message(gid, [MessageText("two")], from_account="cann"), lambda a: a["MsgSeq"] == 2)
expect("timsdk set_unread_msg_num", t.group_open_http_svc.set_unread_msg_num(gid, "cbob", 1))
expect("tencentcloud set_group_unread_msg_num", c.set_group_unread_msg_num(gid, "ccid", 2))
expect("timsdk set_unread_msg_num (not a member)", t.group_open_http_svc.set_unread_msg_num(gid, "nobody", 1), code=10019)
seqs = {"cann": 2, "cbob": 1, "ccid": 0, "cdan": 0}
expect("timsdk get_group_member_info", t.group_open_http_svc.get_group_member_info(gid),
       lambda a: {m["Member_Account"]: m["MsgSeq"] for m in a["MemberList"]} == seqs and a["MemberNum"] == 4)
expect("tencentcloud get_group_mem_info_detail (filter)", c.get_group_mem_info_detail(gid, limit_count=2, memInfoFilter=["Role", "MsgSeq"]),
       lambda a: [(m["Member_Account"], m["Role"], m["MsgSeq"]) for m in a["MemberList"]] == [("cann", "Owner", 2), ("cbob", "Member", 1)])
expect("timsdk get_joined_group_list", t.group_open_http_svc.get_joined_group_list("cbob"), lambda a: a["TotalCount"] == 1 and a["GroupIdList"][0]["GroupId"] == gid)
expect("tencentcloud get_joined_groups (filters)", c.get_joined_groups("ccid", baseInfoFilter=["Name"], selfInfoFilter=["Role", "UnreadMsgNum"]),
       lambda a: a["GroupIdList"][0]["Name"] == "core" and a["GroupIdList"][0]["SelfInfo"]["UnreadMsgNum"] == 2)

# System notifications: timsdk never sends its ToMembers_Account (a typo makes it an
# annotation), so both reach everyone.
expect("timsdk send_group_system_notification", t.group_open_http_svc.send_group_system_notification(gid, "maintenance", ["cbob"]))
expect("tencentcloud send_system_message_in_group", c.send_system_message_in_group(gid, "just you", ["cbob"]))

# Recall by seq through the tencentcloud client: the history keeps a placeholder.
expect("tencentcloud recall_group_message", c.recall_group_message(gid, [1, 7]),
       lambda a: a["RecallRetList"] == [{"MsgSeq": 1, "RetCode": 0}, {"MsgSeq": 7, "RetCode": 10030}])
expect("timsdk group_msg_get_simple (recalled left out)", t.group_open_http_svc.group_msg_get_simple(gid, 10), lambda a: items(a, "RspMsgList", "MsgSeq") == [2])

# Members leave: both clients' deletes.
expect("timsdk delete_group_member", t.group_open_http_svc.delete_group_member(gid, ["cdan"]))
expect("tencentcloud delete_group_mem", c.delete_group_mem(gid, ["ccid"]))
expect("timsdk get_group_member_info (two left)", t.group_open_http_svc.get_group_member_info(gid), lambda a: a["MemberNum"] == 2)

# One to one: timsdk sends (with its undocumented MsgTimeStamp), the tencentcloud client reads
# the history with the older From_Account/To_Account names, reports it read, and recalls.
first = expect("timsdk send_text_msg", t.open_im.send_text_msg("cbob", "hi bob", from_account="cann"))["MsgKey"]
second = expect("timsdk send_text_msg", t.open_im.send_text_msg("cbob", "still there?", from_account="cann"))["MsgKey"]
expect("tencentcloud get_unread_num", c.get_unread_num("cbob", ["cann"]), lambda a: a["C2CUnreadMsgNumList"][0]["C2CUnreadMsgNum"] == 2)
now = int(time.time())
expect("tencentcloud get_message_list (From_Account/To_Account)", c.get_message_list("cbob", "cann", 10, now - 60, now + 60),
       lambda a: sorted(m["MsgKey"] for m in a["MsgList"]) == sorted([first, second]) and a["Complete"] == 1)
expect("tencentcloud set_user_message_read", c.set_user_message_read("cbob", "cann"))
expect("tencentcloud get_unread_num (read)", c.get_unread_num("cbob", ["cann"]), lambda a: a["C2CUnreadMsgNumList"][0]["C2CUnreadMsgNum"] == 0)
expect("timsdk admin_msg_withdraw", t.open_im.admin_msg_withdraw("cbob", "cann", first))
expect("tencentcloud draw_message", c.draw_message("cann", "cbob", second))
expect("tencentcloud draw_message (again: a recalled message stays recalled)", c.draw_message("cann", "cbob", second))
expect("tencentcloud draw_message (no such key)", c.draw_message("cann", "cbob", "1_2_3"), code=90054)
expect("tencentcloud get_message_list (recalled flagged)", c.get_message_list("cann", "cbob", 10, now - 60, now + 60),
       lambda a: [m["MsgFlagBits"] for m in a["MsgList"]] == [8, 8])

# Groups go: both clients' destroy.
other = expect("timsdk create_group", t.group_open_http_svc.create_group("other", "cann"))["GroupId"]
expect("timsdk destroy_group", t.group_open_http_svc.destroy_group(gid))
expect("tencentcloud delete_group", c.delete_group(other))
expect("tencentcloud delete_group (gone)", c.delete_group(other), code=10010)

report("read-state and membership")
