"""Third-party callbacks while the PyPI clients call `tcim serve --callback-url`: a one-to-one
send (timsdk), one the app's Before-callback refuses, a group created (and one refused),
members invited (one kept out by the app) and a group message (tencentcloud-sdk-python-im),
a friend added and a user kicked. The test around this script
runs the receiver and checks what it got.

Usage: python callback_clients.py BASE_URL SDKAPPID KEY   (as people_clients.py)
"""
from clients import c, expect, report, t
from tencentcloud_im.tcim_client import MessageText

expect("tencentcloud batch_add_users", c.batch_add_users(["cbalice", "cbbob", "cbcarol", "cbdan"]))
expect("timsdk send_text_msg", t.open_im.send_text_msg("cbbob", "hello", from_account="cbalice"))
# The receiver refuses any message whose text is "spam": the sender gets 20006.
expect("timsdk send_text_msg (refused by the Before-callback)", t.open_im.send_text_msg("cbbob", "spam", from_account="cbalice"), code=20006)
# The receiver drops "drop" (the sender sees success, nothing is stored), refuses "custom" with
# its own code and text, and answers "slow" after the 500 ms timeout (the app refuses then: 80003).
expect("timsdk send_text_msg (dropped silently)", t.open_im.send_text_msg("cbbob", "drop", from_account="cbalice"))
custom = expect("timsdk send_text_msg (a custom refusal)", t.open_im.send_text_msg("cbbob", "custom", from_account="cbalice"), code=120123)
assert custom["ErrorInfo"] == "not today", custom
expect("timsdk send_text_msg (the Before-callback times out)", t.open_im.send_text_msg("cbbob", "slow", from_account="cbalice"), code=80003)
expect("tencentcloud get_message_list (only the allowed message is stored)", c.get_message_list("cbalice", "cbbob", 10, 0, 4000000000),
       lambda a: [m["MsgBody"][0]["MsgContent"]["Text"] for m in a["MsgList"]] == ["hello"])
gid = expect("timsdk create_group", t.group_open_http_svc.create_group("cb", "cbalice", [{"Member_Account": "cbbob"}]))["GroupId"]
# The receiver refuses groups named "closed" with its own code (10100-10200) and text.
closed = expect("timsdk create_group (refused by the Before-callback)", t.group_open_http_svc.create_group("closed", "cbalice"), code=10150)
assert closed["ErrorInfo"] == "no new groups", closed
# ... and keeps cbcarol out of every invitation (RefusedMembers_Account): Result 0.
expect("timsdk add_group_member (one member kept out)", t.group_open_http_svc.add_group_member(gid, [{"Member_Account": "cbdan"}, {"Member_Account": "cbcarol"}]),
       lambda a: [(m["Member_Account"], m["Result"]) for m in a["MemberList"]] == [("cbdan", 1), ("cbcarol", 0)])
# The receiver rewrites group messages: the stored one is the rewrite.
expect("tencentcloud send_group_message", c.send_group_message(gid, [MessageText("raw")], from_account="cbbob"), lambda a: a["MsgSeq"] == 1)
expect("timsdk group_msg_get_simple (the rewrite was stored)", t.group_open_http_svc.group_msg_get_simple(gid, 1),
       lambda a: a["RspMsgList"][0]["MsgBody"][0]["MsgContent"]["Text"] == "moderated")
expect("timsdk sns friend_add (forced)", t.sns.friend_add("cbalice", [{"To_Account": "cbbob", "AddSource": "AddSource_Type_Web"}], force_add_flags=1))
expect("timsdk kick", t.im_open_login_svc.kick("cbbob"))
report("callback-firing")
