"""The generated event models: every catalog example parses into its own class; unknown types and
fields are tolerated; contract violations name their path."""

from __future__ import annotations

import json

import pytest

from voicehooks import (
    API_VERSION,
    DATA_MODELS,
    EVENT_MODELS,
    RESERVED_EVENT_TYPES,
    SyncVoicehooksClient,
    UnknownEvent,
    WebhookPayloadError,
    parse_event,
)
from voicehooks.generated.events import CallCompletedEvent, MessageReceivedData


def envelope(type_: str, data: dict, **extra: object) -> bytes:
    return json.dumps(
        {
            "id": "evt_01KN4FMFY0Q6ZJ8D2W4T7XK3CN",
            "type": type_,
            "event": type_,
            "timestamp": "2026-04-01T12:30:00Z",
            "api_version": API_VERSION,
            "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
            "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
            "data": data,
            **extra,
        }
    ).encode()


@pytest.fixture(scope="module")
def catalog(sender, api_key) -> dict[str, dict]:
    with SyncVoicehooksClient(sender.url, api_key) as client:
        return {t.name: t.example for t in client.event_types(limit=100)}


def test_every_catalog_example_parses_into_its_own_typed_class(catalog: dict[str, dict]) -> None:
    assert set(catalog) == set(EVENT_MODELS)
    for type_, example in catalog.items():
        event = parse_event(envelope(type_, example))
        assert type(event) is EVENT_MODELS[type_], type_
        assert isinstance(event.data, DATA_MODELS[type_]), type_
        # Serialising back gives the example's fields again (aliases such as `from` included).
        assert set(event.data.model_dump(mode="json", by_alias=True, exclude_unset=True)) == set(example), type_


def test_reserved_types_are_typed_too() -> None:
    assert RESERVED_EVENT_TYPES == {"batch.completed", "billing.balance_depleted", "custom.alert"}
    assert RESERVED_EVENT_TYPES <= set(EVENT_MODELS)


def test_unknown_types_and_unknown_fields_are_tolerated(catalog: dict[str, dict]) -> None:
    future = parse_event(envelope("voicehooks.future_event", {"anything": [1, 2]}))
    assert type(future) is UnknownEvent and future.data == {"anything": [1, 2]}

    data = {**catalog["call.completed"], "sentiment_v2": "glowing"}
    event = parse_event(envelope("call.completed", data, delivery_attempt=3))
    assert isinstance(event, CallCompletedEvent)
    assert event.model_extra == {"delivery_attempt": 3}
    assert event.data.model_extra == {"sentiment_v2": "glowing"}


def test_contract_violations_name_the_failing_paths(catalog: dict[str, dict]) -> None:
    broken = {**catalog["call.completed"], "direction": "sideways", "duration_seconds": -1}
    del broken["transcript"]
    with pytest.raises(WebhookPayloadError) as caught:
        parse_event(envelope("call.completed", broken))
    error = caught.value
    assert (error.code, error.status) == ("contract_violation", 400)
    assert {e["path"] for e in error.errors} == {"/data/direction", "/data/duration_seconds", "/data/transcript"}

    with pytest.raises(WebhookPayloadError) as caught:
        parse_event(b"{not json")
    assert caught.value.code == "invalid_json"


def test_python_keywords_are_aliased(catalog: dict[str, dict]) -> None:
    message = MessageReceivedData.model_validate(catalog["message.received"])
    assert message.from_ == catalog["message.received"]["from"]
    assert message.model_dump(by_alias=True)["from"] == message.from_
