"""Every public method of both PyPI clients is called by a client script: lists those that are
not (exit 1), so that a method added by a client upgrade is not silently left untested.

Usage: python methods.py   (run with the clients' venv)
"""
import inspect
import pathlib
import re
import sys

from tencentcloud_im.tcim_client import TCIMClient
from timsdk import TimClient
from timsdk.api.base import BaseRESTAPI

here = pathlib.Path(__file__).parent
scripts = "\n".join(p.read_text() for p in sorted(here.glob("*_clients.py")))
calls = set(re.findall(r"\b(t\.\w+\.\w+|c\.\w+)\(", scripts))


def public(cls, skip=()):
    return [n for n, _ in inspect.getmembers(cls, inspect.isfunction) if not n.startswith("_") and n not in skip]


wanted = [f"c.{m}" for m in public(TCIMClient, skip={"get_logger"})]
# timsdk: each service is an attribute of the client (t.sns, t.open_im, ...).
for service, api in vars(TimClient(1400000000, "k")).items():
    if isinstance(api, BaseRESTAPI):
        wanted += [f"t.{service}.{m}" for m in public(type(api), skip=set(public(BaseRESTAPI)))]

missing = [w for w in wanted if w not in calls]
if missing:
    print("methods no client script calls:\n  " + "\n  ".join(missing))
    sys.exit(1)
print(f"ok: all {len(wanted)} public methods of timsdk and tencentcloud-sdk-python-im are called")
