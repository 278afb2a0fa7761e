"""The receivers shown in README.md work as shown."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import PACKAGE, ts_sign

README = (PACKAGE / "README.md").read_text()
BODY = b'{"id":"evt_01KN4FMFY0Q6ZJ8D2W4T7XK3CN","type":"voicehooks.later","event":"voicehooks.later","timestamp":"2026-04-01T12:30:00Z","api_version":"2026-11-01","account_id":"acct_01KERKG400GYA8F79VD773KAHE","webhook_id":"wh_01KERKS8Z07QRDTVMD9F99CQBK","data":{}}'
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def snippet(heading: str) -> str:
    section = README.split(heading, 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]


def signed_headers() -> dict[str, str]:
    case = {"id": "evt_01KN4FMFY0Q6ZJ8D2W4T7XK3CN", "timestamp": int(time.time()), "body": BODY.decode(), "secrets": [SECRET]}
    return {**ts_sign([case])[0], "Content-Type": "application/json"}


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_ten_line_http_server_receiver() -> None:
    code = snippet("## Receiving events in ten lines")
    assert len([line for line in code.splitlines() if line.strip()]) <= 16
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "WEBHOOK_SECRET": SECRET, "PORT": str(port), "PYTHONPATH": str(PACKAGE / "src")}
    process = subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/webhooks"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        headers = signed_headers()
        assert post(url, BODY, headers) == 204
        assert post(url, BODY.replace(b"{}", b'{"x":1}'), headers) == 401
        assert post(url, BODY, {"Content-Type": "application/json"}) == 401
    finally:
        process.terminate()
        process.wait(10)


def test_the_flask_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    flask = pytest.importorskip("flask")  # not a dependency: checked where Flask happens to be installed
    namespace: dict[str, object] = {"os": os, "handle": lambda event: None, "__name__": "readme_flask"}
    monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
    exec(snippet("### The same handler in Flask"), namespace)
    app = namespace["app"]
    assert isinstance(app, flask.Flask)
    tester = app.test_client()
    assert tester.post("/webhooks", data=BODY, headers=signed_headers()).status_code == 204
    answer = tester.post("/webhooks", data=BODY + b" ", headers=signed_headers())
    assert (answer.status_code, answer.get_data(as_text=True)) == (401, "no_matching_signature")
