"""The example http.server receiver, built on voicehooks.verify: the conformance kit passes it, and
the real sender delivers to it end to end."""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_node
from voicehooks import SyncVoicehooksClient
from voicehooks.generated.events import CallCompletedData, CallCompletedEvent

CONFORMANCE = ROOT / "packages" / "conformance"


def conformance(url: str, secret: str, *extra: str) -> tuple[int, str]:
    done = run_node("src/cli/bin.ts", "test", "--url", url, "--secret", secret, *extra, cwd=CONFORMANCE, timeout=180)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("scheme", ["standard", "hmac-sha256-hex", "t-v1", "body-hex"])
def test_the_conformance_kit_passes_the_python_receiver(start_receiver, ts_secret, tmp_path: Path, scheme: str) -> None:
    secret = ts_secret()
    receiver = start_receiver([secret])
    if scheme != "standard":
        # A compatibility scheme is verified on its own header (and prefix) alone.
        receiver.server.verify_options = {"scheme": scheme, "prefix": "Acme"}
    junit = tmp_path / "conformance.xml"
    extra = ["--junit", str(junit)]
    if scheme != "standard":
        extra += ["--scheme", scheme, "--prefix", "Acme"]
    if scheme == "body-hex":
        # body-hex signs no timestamp, so no receiver can refuse a stale or future one: those checks do not apply.
        extra += ["--only", "examples,signature,headers,delivery"]
    code, output = conformance(receiver.url, secret, *extra)
    print(output)
    assert code == 0, output
    suite = ET.parse(junit).getroot()
    tests = int(suite.get("tests") or sum(int(s.get("tests", 0)) for s in suite))
    failures = int(suite.get("failures") or sum(int(s.get("failures", 0)) for s in suite))
    assert tests >= 10 and failures == 0
    assert {e.type for e in receiver.events} >= {"call.completed", "test.ping"}


def test_the_conformance_kit_fails_a_receiver_with_the_wrong_secret(start_receiver, ts_secret) -> None:
    receiver = start_receiver([ts_secret()])
    code, output = conformance(receiver.url, ts_secret(), "--only", "examples")
    assert code == 1, output


def test_end_to_end_sender_to_python_receiver(client: SyncVoicehooksClient, start_receiver) -> None:
    receiver = start_receiver([])
    hook = client.webhooks.create(url=receiver.url, events=["call.completed"])
    receiver.server.secrets.append(hook.secret)
    catalog = {t.name: t for t in client.event_types(limit=100)}
    data = CallCompletedData.model_validate(catalog["call.completed"].example)
    published = client.events.publish("call.completed", data)

    event = receiver.wait_for(lambda e: e.id == published.id)
    assert isinstance(event, CallCompletedEvent)
    assert event.webhook_id == hook.id
    assert event.data.call_id == data.call_id and event.data.transcript == data.transcript
    assert event.data.cost.amount == data.cost.amount
    # The receiver has the event before its answer is back at the sender and recorded: wait for that.
    deadline = time.monotonic() + 10
    delivered = client.webhooks.deliveries(hook.id, status="delivered")
    while not delivered and time.monotonic() < deadline:
        time.sleep(0.05)
        delivered = client.webhooks.deliveries(hook.id, status="delivered")
    assert [d.event_id for d in delivered] == [published.id]


def test_a_receiver_that_holds_the_wrong_secret_makes_deliveries_fail(client: SyncVoicehooksClient, start_receiver, ts_secret) -> None:
    receiver = start_receiver([ts_secret()])
    hook = client.webhooks.create(url=receiver.url, events=["test.ping"], max_attempts=1)
    sent = client.webhooks.test(hook.id)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        detail = client.deliveries.get(sent.delivery_id)
        if detail.status == "failed":
            break
        time.sleep(0.1)
    assert detail.status == "failed"
    assert detail.attempts[0].status_code == 401
    assert "no_matching_signature" in (detail.attempts[0].response_excerpt or "")
    assert receiver.events == []
    json.dumps(detail.model_dump(mode="json"))  # the whole delivery detail serialises back to JSON
