"""Shared test setup: a real sender (apps/sender, PGlite in a temp folder) started once per session, an
account on it, the TypeScript signer, and the example http.server receiver on a free port."""

from __future__ import annotations

import json
import os
import secrets as _secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from examples.http_server_receiver import WebhookServer
from voicehooks import SyncVoicehooksClient, WebhookEvent

PACKAGE = Path(__file__).resolve().parent.parent
ROOT = PACKAGE.parent.parent
NODE = ["node", "--conditions=@voicehooks/source", "--import", "tsx"]


def run_node(script: str, *args: str, stdin: str | None = None, cwd: Path = PACKAGE, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Runs a TypeScript file of the workspace with node + tsx (`@voicehooks/source` exports, so no build is needed)."""
    done = subprocess.run(
        [*NODE, script, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=timeout
    )
    return done


class TsSigner:
    """One long-lived ``node tests/node/sign.ts``: a line of JSON in, a line of headers out."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def sign(self, case: dict[str, Any]) -> dict[str, str]:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = subprocess.Popen(
                    [*NODE, "tests/node/sign.ts"], cwd=PACKAGE, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
                )
            assert self._process.stdin is not None and self._process.stdout is not None
            self._process.stdin.write(json.dumps(case) + "\n")
            self._process.stdin.flush()
            line = self._process.stdout.readline()
        assert line, "the TypeScript signer exited; see its stderr above"
        return json.loads(line)

    def close(self) -> None:
        if self._process is not None:
            self._process.stdin.close()  # type: ignore[union-attr]
            self._process.wait(10)
            self._process.stdout.close()  # type: ignore[union-attr]


_signer = TsSigner()


def ts_sign(cases: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Headers made by @voicehooks/signing's ``sign()`` for each case."""
    return [_signer.sign(case) for case in cases]


def pytest_sessionfinish() -> None:
    _signer.close()


@pytest.fixture(scope="session")
def ts_secret() -> Callable[[], str]:
    """A fresh ``whsec_`` secret from the TypeScript generator."""

    def make() -> str:
        done = run_node("tests/node/generate-secret.ts")
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    return make


@dataclass
class Sender:
    url: str
    operator_token: str
    process: subprocess.Popen[str]
    log: list[str] = field(default_factory=list)


def _env_for_sender(operator_token: str, data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "NODE_ENV"}}
    env.update(
        # PGlite in a folder of this session's own, removed afterwards.
        VOICEHOOKS_DATA_DIR=data_dir,
        PORT="0",
        HOST="127.0.0.1",
        LOG_LEVEL="info",
        VOICEHOOKS_OPERATOR_TOKEN=operator_token,
        # Short retries so failure paths finish within a test.
        VOICEHOOKS_RETRY_SCHEDULE="200ms,500ms",
        VOICEHOOKS_POLL_INTERVAL="100ms",
    )
    return env


@pytest.fixture(scope="session")
def sender() -> Iterator[Sender]:
    """``node src/main.ts`` of apps/sender on 127.0.0.1 with PGlite in a temp folder; its URL from the
    "sender listening" log line (pino JSON on stdout)."""
    token = _secrets.token_urlsafe(24)
    data_dir = tempfile.mkdtemp(prefix="voicehooks-python-sender-")
    process = subprocess.Popen(
        [*NODE, "src/main.ts"],
        cwd=ROOT / "apps" / "sender",
        env=_env_for_sender(token, data_dir),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    found: dict[str, str] = {}
    ready = threading.Event()
    log: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:  # keeps draining after start, so the pipe never fills
            log.append(line.rstrip())
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("msg") == "sender listening" and entry.get("url"):
                found["url"] = entry["url"]
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(60) or "url" not in found:
        process.kill()
        shutil.rmtree(data_dir, ignore_errors=True)
        pytest.fail("the sender did not start within 60 s:\n" + "\n".join(log[-30:]))
    yield Sender(found["url"], token, process, log)
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
    if process.stdout is not None:
        process.stdout.close()
    shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def api_key(sender: Sender) -> str:
    """The first API key of a fresh account on the test sender."""
    with SyncVoicehooksClient(sender.url, api_key="") as operator:
        created = operator.accounts.create(
            name="Python SDK tests", email="sdk@example.test", operator_token=sender.operator_token
        )
    return created.api_key.key


@pytest.fixture
def client(sender: Sender, api_key: str) -> Iterator[SyncVoicehooksClient]:
    with SyncVoicehooksClient(sender.url, api_key, retry_delay=0.05) as c:
        yield c


@dataclass
class Receiver:
    url: str
    server: WebhookServer
    events: list[WebhookEvent]
    arrived: threading.Condition

    def wait_for(self, predicate: Callable[[WebhookEvent], bool], timeout: float = 20) -> WebhookEvent:
        """The first received event matching ``predicate``, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for event in self.events:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching event within {timeout} s; got {[e.type for e in self.events]}")
                self.arrived.wait(left)


@pytest.fixture
def start_receiver() -> Iterator[Callable[[list[str]], Receiver]]:
    """Starts the example http.server receiver with the given secrets on a free port."""
    servers: list[WebhookServer] = []

    def start(secrets: list[str]) -> Receiver:
        events: list[WebhookEvent] = []
        arrived = threading.Condition()

        def on_event(event: WebhookEvent) -> None:
            with arrived:
                events.append(event)
                arrived.notify_all()

        server = WebhookServer(("127.0.0.1", 0), secrets, on_event)
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return Receiver(f"http://127.0.0.1:{server.server_port}/webhooks", server, events, arrived)

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def pytest_report_header() -> str:
    return f"voicehooks SDK tests on Python {sys.version.split()[0]}; sender and signer from {ROOT}"
