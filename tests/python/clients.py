"""What the client scripts share: both PyPI clients pointed at `tcim serve`, and `expect`,
which names the client's method and the answer it got when a check fails (exit 1).

Scripts run as: python SCRIPT BASE_URL SDKAPPID KEY   (BASE_URL like http://127.0.0.1:8080),
or under `tcim exec --key KEY -- python SCRIPT`, which sets TCIM_URL, TCIM_SDKAPPID and TCIM_KEY.
"""
import json
import os
import sys

import requests
from requests.adapters import HTTPAdapter
from tencentcloud_im.tcim_client import TCIMClient
from timsdk import TimClient

if len(sys.argv) > 3:
    BASE, SDKAPPID, KEY = sys.argv[1], int(sys.argv[2]), sys.argv[3]
else:
    BASE, SDKAPPID, KEY = os.environ["TCIM_URL"], int(os.environ["TCIM_SDKAPPID"]), os.environ["TCIM_KEY"]


class ToTcim(HTTPAdapter):
    """timsdk always calls https://console.tim.qq.com: its session is pointed at tcim instead
    (the transport is the test's; the client's code is not touched)."""

    def send(self, request, **kwargs):
        request.url = request.url.replace("https://console.tim.qq.com", BASE, 1)
        return super().send(request, **kwargs)


t = TimClient(SDKAPPID, KEY, identifier="administrator")
t.sns.get_client()._http.mount("https://console.tim.qq.com", ToTcim())
c = TCIMClient(SDKAPPID, KEY, "administrator", tencent_url=BASE + "/v4")

checked = 0


def expect(method, answer, check=None, code=0):
    """The answer (a dict from timsdk, a requests.Response from tencentcloud) has ErrorCode
    `code` and passes `check`."""
    global checked
    if isinstance(answer, requests.Response):
        answer = answer.json()
    try:
        assert isinstance(answer, dict), "not a JSON object"
        assert answer.get("ErrorCode") == code, f"ErrorCode {answer.get('ErrorCode')}, expected {code}"
        # (batchsendmsg answers "SomeError" with ErrorCode 0 when some receivers failed.)
        assert answer.get("ActionStatus", "OK") in (("OK", "SomeError") if code == 0 else ("FAIL",)), "ActionStatus"
        if check:
            check(answer)
    except (AssertionError, KeyError, IndexError, TypeError) as e:
        print(f"FAIL {method}: {type(e).__name__} {e}\n  answer: {json.dumps(answer, ensure_ascii=False)}")
        sys.exit(1)
    checked += 1
    return answer


def items(answer, key, field):
    return [i[field] for i in answer[key]]


def report(what):
    print(f"ok: {checked} {what} calls through timsdk and tencentcloud-sdk-python-im answered as their code expects")


