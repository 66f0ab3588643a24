"""`tcim serve --callback-url` pointing at nothing, with the app refusing messages whose
Before-callback fails: the PyPI clients' sends answer 80003 and store nothing; calls that
fire only After-callbacks answer as usual.

Usage: python dead_callback_clients.py BASE_URL SDKAPPID KEY   (as people_clients.py)
"""
from clients import c, expect, report, t

expect("tencentcloud batch_add_users", c.batch_add_users(["dcalice", "dcbob"]))
expect("timsdk send_text_msg (the callback URL is dead: refused)", t.open_im.send_text_msg("dcbob", "hello", from_account="dcalice"), code=80003)
expect("tencentcloud get_message_list (nothing stored)", c.get_message_list("dcalice", "dcbob", 10, 0, 4000000000), lambda a: a["MsgList"] == [])
gid = expect("timsdk create_group (its After-callback cannot be delivered; the call does not care)", t.group_open_http_svc.create_group("dead", "dcalice"))["GroupId"]
expect("timsdk get_group_info", t.group_open_http_svc.get_group_info([gid]), lambda a: a["GroupInfo"][0]["Name"] == "dead")
report("dead-callback-URL")
