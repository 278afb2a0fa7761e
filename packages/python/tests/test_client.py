"""SyncVoicehooksClient against the real sender started by the test session."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from voicehooks import (
    EVENT_MODELS,
    NOT_GIVEN,
    Page,
    RetryInfo,
    SyncVoicehooksClient,
    VoicehooksApiError,
    VoicehooksNetworkError,
)
from voicehooks.generated.management import DeliverySummary, Webhook, WebhookWithSecret

AGENT = "830f767a-397e-4b39-82ff-235cd344e2f9"


def ping(webhook_id: str) -> dict[str, str]:
    return {"message": "hello from the Python SDK", "webhook_id": webhook_id}


def test_webhooks_create_list_get_update_delete(client: SyncVoicehooksClient, start_receiver) -> None:
    receiver = start_receiver(["whsec_" + "A" * 32])
    created = client.webhooks.create(agent_id=AGENT, url=receiver.url, events=["test.ping", "call.completed"])
    assert isinstance(created, WebhookWithSecret)
    assert created.secret.startswith("whsec_")
    assert created.events == ["test.ping", "call.completed"]
    assert created.agent_id == AGENT and created.active is True

    fetched = client.webhooks.get(created.id)
    assert isinstance(fetched, Webhook) and fetched.id == created.id
    assert not hasattr(fetched, "secret")

    hooks = client.webhooks.list(agent_id=AGENT)
    assert isinstance(hooks, Page) and created.id in [hook.id for hook in hooks]

    paused = client.webhooks.update(created.id, active=False, description="paused by a test")
    assert (paused.active, paused.description, paused.events) == (False, "paused by a test", created.events)
    assert created.id not in [hook.id for hook in client.webhooks.list(agent_id=AGENT)]
    assert created.id in [hook.id for hook in client.webhooks.list(agent_id=AGENT, include_inactive=True)]

    everything = client.webhooks.update(created.id, active=True, events=None)
    assert everything.events is None and everything.active is True

    client.webhooks.delete(created.id)
    with pytest.raises(VoicehooksApiError) as caught:
        client.webhooks.get(created.id)
    assert caught.value.status == 404 and caught.value.code == "not_found"


def test_list_pages_with_offset_and_limit(client: SyncVoicehooksClient, start_receiver) -> None:
    receiver = start_receiver(["whsec_" + "A" * 32])
    agent = "d6a1c1c4-3a7e-4b2b-9d1e-0c1e2f3a4b5c"
    ids = [client.webhooks.create(url=receiver.url, agent_id=agent).id for _ in range(3)]
    first = client.webhooks.list(agent_id=agent, limit=2)
    second = client.webhooks.list(agent_id=agent, limit=2, offset=2)
    assert (len(first), first.total, first.has_more) == (2, 3, True)
    assert (len(second), second.has_more) == (1, False)
    assert sorted(h.id for h in [*first, *second]) == sorted(ids)


def test_publish_deliver_and_read_deliveries_summary_replay(client: SyncVoicehooksClient, start_receiver) -> None:
    receiver = start_receiver([])
    hook = client.webhooks.create(url=receiver.url, events=["test.ping"])
    receiver.server.secrets.append(hook.secret)

    published = client.events.publish("test.ping", ping(hook.id), idempotency_key=f"py-{hook.id}")
    assert published.deliveries == 1 and published.duplicate is False
    again = client.events.publish("test.ping", ping(hook.id), idempotency_key=f"py-{hook.id}")
    assert again.duplicate is True and again.id == published.id

    event = receiver.wait_for(lambda e: e.id == published.id)
    assert isinstance(event, EVENT_MODELS["test.ping"]) and event.data.webhook_id == hook.id

    deliveries = _wait_delivered(client, hook.id)
    assert deliveries[0].event_id == published.id
    assert len(client.webhooks.deliveries(hook.id, status="failed")) == 0
    assert len(client.webhooks.deliveries(hook.id, status=["delivered", "dead"], limit=5)) == 1
    detail = client.deliveries.get(deliveries[0].id)
    assert detail.attempts[0].status_code == 204

    summary = client.webhooks.delivery_summary(hook.id)
    assert isinstance(summary, DeliverySummary)
    assert (summary.total, summary.delivered, summary.failed, summary.dead) == (1, 1, 0, 0)

    replayed = client.webhooks.replay(hook.id, since=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1), status=["delivered"])
    assert replayed.replayed == 1


def _wait_delivered(client: SyncVoicehooksClient, webhook_id: str) -> list:
    import time

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        page = client.webhooks.deliveries(webhook_id, status="delivered")
        if len(page) > 0:
            return page.items
        time.sleep(0.1)
    raise AssertionError("no delivery was delivered within 20 s")


def test_test_event_rotate_secret_and_event_types(client: SyncVoicehooksClient, start_receiver) -> None:
    receiver = start_receiver([])
    hook = client.webhooks.create(url=receiver.url, events=["call.completed"])
    rotated = client.webhooks.rotate_secret(hook.id, grace_period_seconds=600)
    assert rotated.secret != hook.secret and rotated.previous_secret_expires_at is not None
    # The receiver holds only the OLD secret: during the grace period both sign, so it still verifies.
    receiver.server.secrets.append(hook.secret)
    sent = client.webhooks.test(hook.id)
    event = receiver.wait_for(lambda e: e.id == sent.event_id)
    assert event.type == "test.ping"

    catalog = client.event_types(limit=100)
    names = [t.name for t in catalog]
    assert "call.completed" in names and catalog.total == len(names)
    assert set(names) == set(EVENT_MODELS)


def test_problem_details_are_raised_as_one_error_class(client: SyncVoicehooksClient) -> None:
    with pytest.raises(VoicehooksApiError) as caught:
        client.events.publish("call.completed", {"call_id": "not-a-uuid"})
    error = caught.value
    assert error.status == 422
    assert error.type.endswith("unprocessable") and error.title and error.detail
    assert any(e["path"] == "/data/call_id" for e in error.errors)
    assert str(error).startswith("422 ")

    with pytest.raises(VoicehooksApiError) as caught:
        client.webhooks.create(url="not a url")
    assert caught.value.status in (400, 422) and caught.value.errors[0]["path"] == "/url"

    with pytest.raises(VoicehooksApiError) as caught:
        client.events.publish("no.such_type", {})
    assert caught.value.status == 400 and caught.value.errors[0]["path"] == "/type"


def test_bad_credentials_are_401(sender) -> None:
    with SyncVoicehooksClient(sender.url, "vhk_wrong_key_0000000000000000") as anonymous:
        with pytest.raises(VoicehooksApiError) as caught:
            anonymous.webhooks.list()
    assert caught.value.status == 401 and caught.value.code == "unauthorized"


def test_url_and_key_come_from_the_environment(sender, api_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICEHOOKS_API_URL", sender.url + "/v1/")
    monkeypatch.setenv("VOICEHOOKS_API_KEY", api_key)
    with SyncVoicehooksClient() as client:
        assert client.api_url == sender.url
        assert isinstance(client.webhooks.list(), Page)
    monkeypatch.delenv("VOICEHOOKS_API_URL")
    with pytest.raises(ValueError, match="VOICEHOOKS_API_URL"):
        SyncVoicehooksClient()


# ---------------------------------------------------------------- retries (a local HTTP server that answers 429/503)


class _Flaky(BaseHTTPRequestHandler):
    answers: list[tuple[int, dict[str, str]]] = []
    seen: list[str] = []

    def _reply(self) -> None:
        self.seen.append(f"{self.command} {self.path} {self.headers.get('Idempotency-Key')}")
        status, headers = self.answers.pop(0) if self.answers else (200, {})
        body = json.dumps({"data": [], "total": 0, "offset": 0, "limit": 20, "has_more": False} if status == 200 else {"type": "/problems/rate-limited", "title": "Too many requests", "status": status, "detail": "slow down"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 200 else "application/problem+json")
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _reply  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def flaky() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Flaky.answers, _Flaky.seen = [], []
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_429_and_503_are_retried_honouring_retry_after(flaky: str) -> None:
    _Flaky.answers = [(429, {"Retry-After": "0.2"}), (503, {})]
    retries: list[RetryInfo] = []
    with SyncVoicehooksClient(flaky, "vhk_x", retry_delay=0.01, on_retry=retries.append) as client:
        assert len(client.webhooks.list()) == 0
    assert [(r.attempt, r.status) for r in retries] == [(1, 429), (2, 503)]
    assert retries[0].delay == pytest.approx(0.2)
    assert 0.008 <= retries[1].delay <= 0.025  # backoff 0.01 * 2 ± 20 %
    assert len(_Flaky.seen) == 3


def test_retries_stop_after_the_limit_or_a_too_long_retry_after(flaky: str) -> None:
    _Flaky.answers = [(429, {"Retry-After": "0"})] * 3
    with SyncVoicehooksClient(flaky, "vhk_x", retries=2) as client:
        with pytest.raises(VoicehooksApiError) as caught:
            client.webhooks.list()
    assert caught.value.status == 429 and caught.value.retry_after == 0 and len(_Flaky.seen) == 3

    _Flaky.answers, _Flaky.seen = [(429, {"Retry-After": "3600"})], []
    with SyncVoicehooksClient(flaky, "vhk_x", max_retry_delay=60) as client:
        with pytest.raises(VoicehooksApiError) as caught:
            client.webhooks.list()
    assert caught.value.retry_after == 3600 and caught.value.code == "rate_limited" and len(_Flaky.seen) == 1


def test_publish_with_an_idempotency_key_sends_the_header_and_is_retried(flaky: str) -> None:
    _Flaky.answers = [(503, {"Retry-After": "0"}), (200, {})]
    with SyncVoicehooksClient(flaky, "vhk_x") as client:
        with pytest.raises(Exception):  # the stub's 200 body is not a publish answer; only the requests matter
            client.events.publish("test.ping", {"message": "x", "webhook_id": "wh_0123456789"}, idempotency_key="k-1")
    assert _Flaky.seen == ["POST /v1/events k-1", "POST /v1/events k-1"]


def test_an_unreachable_api_is_a_network_error() -> None:
    with SyncVoicehooksClient("http://127.0.0.1:9", "vhk_x", retries=1, retry_delay=0.01) as client:
        with pytest.raises(VoicehooksNetworkError) as caught:
            client.webhooks.list()
    assert caught.value.code == "network_error" and "127.0.0.1:9" in str(caught.value)


def test_not_given_is_not_none() -> None:
    assert NOT_GIVEN is not None and repr(NOT_GIVEN) == "NOT_GIVEN"
