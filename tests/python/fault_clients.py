"""Injected faults as the PyPI clients meet them: tcim serve answers the first sendmsg with
70001 and the first history query with HTTP 503 (the test around this script sets the rules),
then everything as usual.
"""
from clients import c, expect, report, t

expect("tencentcloud batch_add_users", c.batch_add_users(["fa", "fb"]))
expect("timsdk send_text_msg (an injected 70001)", t.open_im.send_text_msg("fb", "hi", from_account="fa"), code=70001)
expect("timsdk send_text_msg", t.open_im.send_text_msg("fb", "hi", from_account="fa"))
gateway = c.get_message_list("fa", "fb", 10, 0, 4000000000)
assert gateway.status_code == 503 and "Service Unavailable" in gateway.text, gateway.status_code
expect("tencentcloud get_message_list (after the 503)", c.get_message_list("fa", "fb", 10, 0, 4000000000),
       lambda a: [m["MsgBody"][0]["MsgContent"]["Text"] for m in a["MsgList"]] == ["hi"])
report("fault-injection")
