"""A user's Python suite under `tcim exec --key KEY -- python exec_suite.py`: both PyPI clients
find the server through TCIM_URL (clients.py), and the suite resets it through the control API
between its parts, as a pytest fixture would.
"""
import json
import os
import urllib.request

from clients import c, expect, report, t


def control(method, path):
    req = urllib.request.Request(os.environ["TCIM_URL"] + "/_tcim/" + path, method=method)
    with urllib.request.urlopen(req) as res:
        return json.loads(res.read())


expect("tencentcloud batch_add_users", c.batch_add_users(["xalice", "xbob"]))
expect("timsdk send_text_msg", t.open_im.send_text_msg("xbob", "hi", from_account="xalice"))
journal = control("GET", "journal?endpoint=openim/sendmsg")
assert [e["errorCode"] for e in journal["entries"]] == [0], journal
control("POST", "reset")
# After the reset the accounts are gone: sending to them answers the service's error.
expect("timsdk send_text_msg (after a reset)", t.open_im.send_text_msg("xbob", "hi", from_account="xalice"), code=90008)
report("exec-suite")
