"""``SyncVoicehooksClient``: the management API, typed by the models generated from its OpenAPI document."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import requests
from pydantic import BaseModel

from ._transport import RetryInfo, Transport
from .errors import VoicehooksApiError
from .generated.management import (
    AccountCreated,
    Delivery,
    DeliveryDetail,
    DeliveryStatus,
    DeliverySummary,
    EventType,
    PublishEventResponse,
    ReplayResponse,
    RotateSecretResponse,
    SignatureScheme,
    TestEventResponse,
    Webhook,
    WebhookWithSecret,
)

__version__ = "0.1.0"

T = TypeVar("T", bound=BaseModel)


class _NotGiven:
    """Marks an argument that was not passed, so it is left out of the request (``None`` sends ``null``)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


class Page(Generic[T]):
    """One page of a list: iterate it, ``len()`` it, index it; ``total`` and ``has_more`` tell what is left."""

    def __init__(self, items: list[T], total: int, offset: int, limit: int, has_more: bool) -> None:
        self.items = items
        self.total = total
        self.offset = offset
        self.limit = limit
        self.has_more = has_more

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    def __repr__(self) -> str:
        return f"Page({len(self.items)} of {self.total}, offset={self.offset}, has_more={self.has_more})"


def _page(model: type[T], body: Mapping[str, Any]) -> Page[T]:
    return Page(
        [model.model_validate(item) for item in body["data"]],
        int(body["total"]),
        int(body["offset"]),
        int(body["limit"]),
        bool(body["has_more"]),
    )


def _given(**fields: Any) -> dict[str, Any]:
    """The arguments that were passed, as JSON values (datetimes as RFC 3339)."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if value is NOT_GIVEN:
            continue
        out[key] = value.isoformat() if isinstance(value, (_dt.datetime, _dt.date)) else value
    return out


def _query(**params: Any) -> dict[str, Any]:
    return {k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in _given(**params).items()}


def _id(value: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"expected an id string, got {value!r}")
    return quote(value, safe="")


class WebhooksResource:
    """``client.webhooks``: register, list, change and delete endpoints; their deliveries."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def create(
        self,
        *,
        url: str,
        events: Sequence[str] | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        agent_id: str | None = NOT_GIVEN,
        active: bool = NOT_GIVEN,
        signature_scheme: SignatureScheme = NOT_GIVEN,
        headers: Mapping[str, str] = NOT_GIVEN,
        alert_email: str | None = NOT_GIVEN,
        max_attempts: int = NOT_GIVEN,
        rate_limit_per_second: int | None = NOT_GIVEN,
    ) -> WebhookWithSecret:
        """``POST /v1/webhooks``: registers an endpoint. Its ``secret`` is shown only here: store it.

        Omit ``events`` to receive every event type, including ones added later.
        """
        body = _given(
            url=url,
            events=list(events) if isinstance(events, (list, tuple)) else events,
            description=description,
            agent_id=agent_id,
            active=active,
            signature_scheme=signature_scheme,
            headers=dict(headers) if isinstance(headers, Mapping) else headers,
            alert_email=alert_email,
            max_attempts=max_attempts,
            rate_limit_per_second=rate_limit_per_second,
        )
        return WebhookWithSecret.model_validate(self._t.request("POST", "/v1/webhooks", json=body))

    def list(
        self,
        *,
        agent_id: str = NOT_GIVEN,
        include_inactive: bool = NOT_GIVEN,
        offset: int = NOT_GIVEN,
        limit: int = NOT_GIVEN,
    ) -> Page[Webhook]:
        """``GET /v1/webhooks``: one page, newest first; inactive ones only with ``include_inactive=True``."""
        params = _query(agent_id=agent_id, include_inactive=include_inactive, offset=offset, limit=limit)
        return _page(Webhook, self._t.request("GET", "/v1/webhooks", params=params))

    def get(self, webhook_id: str) -> Webhook:
        """``GET /v1/webhooks/{id}``."""
        return Webhook.model_validate(self._t.request("GET", f"/v1/webhooks/{_id(webhook_id)}"))

    def update(
        self,
        webhook_id: str,
        *,
        url: str = NOT_GIVEN,
        events: Sequence[str] | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        agent_id: str | None = NOT_GIVEN,
        active: bool = NOT_GIVEN,
        signature_scheme: SignatureScheme = NOT_GIVEN,
        headers: Mapping[str, str] = NOT_GIVEN,
        alert_email: str | None = NOT_GIVEN,
        max_attempts: int = NOT_GIVEN,
        rate_limit_per_second: int | None = NOT_GIVEN,
    ) -> Webhook:
        """``PATCH /v1/webhooks/{id}``: changes only the fields given (``active=False`` pauses deliveries)."""
        body = _given(
            url=url,
            events=list(events) if isinstance(events, (list, tuple)) else events,
            description=description,
            agent_id=agent_id,
            active=active,
            signature_scheme=signature_scheme,
            headers=dict(headers) if isinstance(headers, Mapping) else headers,
            alert_email=alert_email,
            max_attempts=max_attempts,
            rate_limit_per_second=rate_limit_per_second,
        )
        return Webhook.model_validate(self._t.request("PATCH", f"/v1/webhooks/{_id(webhook_id)}", json=body))

    def delete(self, webhook_id: str) -> None:
        """``DELETE /v1/webhooks/{id}``: its pending deliveries become ``dead``."""
        self._t.request("DELETE", f"/v1/webhooks/{_id(webhook_id)}")

    def rotate_secret(self, webhook_id: str, *, grace_period_seconds: int = NOT_GIVEN) -> RotateSecretResponse:
        """``POST /v1/webhooks/{id}/rotate-secret``: both secrets sign during the grace period (default a day)."""
        body = _given(grace_period_seconds=grace_period_seconds)
        path = f"/v1/webhooks/{_id(webhook_id)}/rotate-secret"
        return RotateSecretResponse.model_validate(self._t.request("POST", path, json=body))

    rotate = rotate_secret

    def test(self, webhook_id: str, *, type: str = NOT_GIVEN) -> TestEventResponse:
        """``POST /v1/webhooks/{id}/test``: sends the catalog example of ``type`` (default ``test.ping``)."""
        path = f"/v1/webhooks/{_id(webhook_id)}/test"
        return TestEventResponse.model_validate(self._t.request("POST", path, json=_given(type=type)))

    def deliveries(
        self,
        webhook_id: str,
        *,
        status: DeliveryStatus | Sequence[DeliveryStatus] = NOT_GIVEN,
        offset: int = NOT_GIVEN,
        limit: int = NOT_GIVEN,
    ) -> Page[Delivery]:
        """``GET /v1/webhooks/{id}/deliveries``: one page, newest first, optionally of some statuses only."""
        statuses = [status] if isinstance(status, str) else list(status) if status is not NOT_GIVEN else NOT_GIVEN
        params = _query(status=statuses, offset=offset, limit=limit)
        path = f"/v1/webhooks/{_id(webhook_id)}/deliveries"
        return _page(Delivery, self._t.request("GET", path, params=params))

    def delivery_summary(self, webhook_id: str) -> DeliverySummary:
        """``GET /v1/webhooks/{id}/deliveries/summary``: how many deliveries are in each status."""
        path = f"/v1/webhooks/{_id(webhook_id)}/deliveries/summary"
        return DeliverySummary.model_validate(self._t.request("GET", path))

    def replay(
        self,
        webhook_id: str,
        *,
        since: _dt.datetime | str,
        until: _dt.datetime | str = NOT_GIVEN,
        status: Sequence[DeliveryStatus] = NOT_GIVEN,
    ) -> ReplayResponse:
        """``POST /v1/webhooks/{id}/replay``: queues again deliveries since a time (default failed and dead)."""
        body = _given(since=since, until=until, status=list(status) if status is not NOT_GIVEN else status)
        path = f"/v1/webhooks/{_id(webhook_id)}/replay"
        return ReplayResponse.model_validate(self._t.request("POST", path, json=body))


class DeliveriesResource:
    """``client.deliveries``: one delivery with its attempts; retry one now."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def get(self, delivery_id: str) -> DeliveryDetail:
        """``GET /v1/deliveries/{id}``: with every attempt and the envelope it sends."""
        return DeliveryDetail.model_validate(self._t.request("GET", f"/v1/deliveries/{_id(delivery_id)}"))

    def retry(self, delivery_id: str) -> Delivery:
        """``POST /v1/deliveries/{id}/retry``: one more attempt now."""
        return Delivery.model_validate(self._t.request("POST", f"/v1/deliveries/{_id(delivery_id)}/retry"))


class EventsResource:
    """``client.events``: publish an event; the catalog."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def publish(
        self,
        type: str,
        data: Mapping[str, Any] | BaseModel,
        *,
        idempotency_key: str = NOT_GIVEN,
        timestamp: _dt.datetime | str = NOT_GIVEN,
    ) -> PublishEventResponse:
        """``POST /v1/events``: validated against the contract (422 names each failing path), then queued.

        ``data`` may be a dict or a generated data model (``CallCompletedData(...)``). With an
        ``idempotency_key`` the request is also sent as ``Idempotency-Key``, so it is retried safely.
        """
        payload = data.model_dump(mode="json", by_alias=True, exclude_unset=True) if isinstance(data, BaseModel) else dict(data)
        body = _given(type=type, data=payload, idempotency_key=idempotency_key, timestamp=timestamp)
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key is not NOT_GIVEN else None
        return PublishEventResponse.model_validate(self._t.request("POST", "/v1/events", json=body, headers=headers))

    def types(self, *, offset: int = NOT_GIVEN, limit: int = NOT_GIVEN) -> Page[EventType]:
        """``GET /v1/event-types``: the catalog with each type's schema and example (fits in ``limit=100``)."""
        return _page(EventType, self._t.request("GET", "/v1/event-types", params=_query(offset=offset, limit=limit)))


class AccountsResource:
    """``client.accounts``: operator-only account creation."""

    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def create(self, *, name: str, email: str, operator_token: str) -> AccountCreated:
        """``POST /v1/accounts`` with the deployment's operator token: the account and its first API key."""
        headers = {"Authorization": f"Bearer {operator_token}"}
        body = {"name": name, "email": email}
        return AccountCreated.model_validate(self._t.request("POST", "/v1/accounts", json=body, headers=headers))


class SyncVoicehooksClient:
    """A typed, synchronous client of the Voicehooks management API.

    ``api_url`` and ``api_key`` default to ``VOICEHOOKS_API_URL`` and ``VOICEHOOKS_API_KEY``. 429 and
    503 answers are retried (``retries`` times, waiting ``Retry-After`` when the server sends one and it
    is at most ``max_retry_delay`` seconds, else exponential backoff from ``retry_delay``), as are network
    errors of idempotent requests. Every other non-2xx answer raises ``VoicehooksApiError``.

    Example::

        with SyncVoicehooksClient() as client:
            created = client.webhooks.create(url="https://example.com/hooks", events=["call.completed"])
            print(created.id, created.secret)  # the secret is shown only once
    """

    def __init__(
        self,
        api_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 10.0,
        retries: int = 2,
        retry_delay: float = 0.5,
        max_retry_delay: float = 60.0,
        on_retry: Callable[[RetryInfo], None] | None = None,
        headers: Mapping[str, str] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        url = api_url or os.environ.get("VOICEHOOKS_API_URL")
        if not url:
            raise ValueError("No API URL: pass api_url=... or set VOICEHOOKS_API_URL (e.g. http://127.0.0.1:8080)")
        key = api_key if api_key is not None else os.environ.get("VOICEHOOKS_API_KEY")
        base = url.rstrip("/")
        base = base[: -len("/v1")] if base.endswith("/v1") else base
        sent = {"User-Agent": f"voicehooks-python/{__version__}", "Accept": "application/json", **(headers or {})}
        if key:
            sent["Authorization"] = f"Bearer {key}"
        self.api_url = base
        self._transport = Transport(
            base,
            sent,
            timeout=timeout,
            retries=retries,
            retry_delay=retry_delay,
            max_retry_delay=max_retry_delay,
            on_retry=on_retry,
            session=session,
        )
        self.webhooks = WebhooksResource(self._transport)
        self.deliveries = DeliveriesResource(self._transport)
        self.events = EventsResource(self._transport)
        self.accounts = AccountsResource(self._transport)

    def event_types(self, *, offset: int = NOT_GIVEN, limit: int = NOT_GIVEN) -> Page[EventType]:
        """``GET /v1/event-types``; the same as ``client.events.types()``."""
        return self.events.types(offset=offset, limit=limit)

    def close(self) -> None:
        """Closes the connection pool (unless a ``session`` was passed in)."""
        self._transport.close()

    def __enter__(self) -> SyncVoicehooksClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["NOT_GIVEN", "Page", "SyncVoicehooksClient", "VoicehooksApiError"]
