# THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
# Management API models (pydantic): made by `pnpm codegen` (packages/codegen) from specs/.
# Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.
"""Pydantic models of the management API's schemas, generated from the OpenAPI document."""

import datetime as _dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ApiModel(BaseModel):
    """Base of every model here. Fields a newer server adds are kept (`model_extra`), never refused."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())


class ProblemError(ApiModel):
    """One failing input of a request."""

    path: str = Field(description="Where: a JSON Pointer into the request body (`/events/0`, `/data/call_id`, `''` for the whole body), or the name of a query, path or header parameter (`limit`, `Idempotency-Key`).")
    message: str = Field(description="What is wrong with it.")


class Problem(ApiModel):
    """An error, as RFC 9457 problem details. Every 4xx and 5xx answer of the API has this body."""

    type: str = Field(description="A URI reference naming the kind of problem, such as `/problems/invalid-request`.")
    title: str = Field(description="A short, human-readable summary of the kind of problem; the same for every occurrence.")
    status: Annotated[int, Field(ge=400, le=599)] = Field(description="The HTTP status code of this answer.")
    detail: str = Field(description="What went wrong this time, in a sentence that names the failing input.")
    instance: str | None = Field(default=None, description="A URI reference identifying this occurrence, such as the request path.")
    errors: list[ProblemError] | None = Field(default=None, description="One entry per failing input, when the problem is about the request's content.")


WebhookId = Annotated[str, Field(pattern="^wh_[0-9A-Za-z]{10,64}$")]
"""A webhook's id, `wh_` and a ULID."""


DeliveryId = Annotated[str, Field(pattern="^dlv_[0-9A-Za-z]{10,64}$")]
"""A delivery's id, `dlv_` and a ULID."""


EventId = Annotated[str, Field(pattern="^evt_[0-9A-Za-z]{10,64}$")]
"""An event's id, `evt_` and a ULID; the envelope's `id` and the `webhook-id` header."""


ApiKeyId = Annotated[str, Field(pattern="^key_[0-9A-Za-z]{10,64}$")]
"""An API key's id, `key_` and a ULID (not the key itself)."""


AccountId = Annotated[str, Field(pattern="^acct_[0-9A-Za-z]{10,64}$")]
"""An account's id, `acct_` and a ULID."""


EventTypeName = Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$", max_length=100)]
"""An event type, `resource.action` in snake_case, as listed by `GET /v1/event-types`."""


E164 = Annotated[str, Field(pattern="^\\+[1-9]\\d{1,14}$")]
"""A phone number in E.164 format, a plus sign and up to 15 digits, no spaces."""


SignatureScheme = Literal["standard", "hmac-sha256-hex", "t-v1", "body-hex"]
"""The compatibility signature sent in `X-{Prefix}-Signature` besides the Standard Webhooks headers:
`standard` (none), `hmac-sha256-hex` (hex HMAC of `{ts}.{body}`), `t-v1` (`t={ts},v1={hex}`) or
`body-hex` (hex HMAC of the body alone: no replay protection, weaker).
"""


WebhookHeaders = dict[str, Annotated[str, Field(pattern="^(?:[!-~](?:[ -~\\t]*[!-~])?)?$", max_length=1000)]]
"""Extra HTTP headers sent with every request, such as a static token the receiving gateway checks. Names are RFC 9110 tokens, each at most once in any letter case; values are printable ASCII (space and tab allowed inside) without control characters, DEL, non-ASCII or leading/trailing spaces, since such a value could never be sent (`400` at the header's path). Hop-by-hop and framing headers (`Connection`, `Keep-Alive`, `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Expect`, `Content-Length`, `Host`) and the headers the sender sets itself (`Content-Type`, `User-Agent`, any `webhook-*` header and any `X-{Prefix}-*` header, where `{Prefix}` is the deployment's header prefix, `Voicehooks` by default) are refused with `422`."""


WebhookEvents = Annotated[list[EventTypeName], Field(min_length=1, max_length=100)] | None
"""The event types the endpoint receives; `null` means every event type, including ones added later."""


DeliveryStatus = Literal["pending", "processing", "delivered", "failed", "dead"]
"""`pending` (queued or waiting for a retry), `processing` (an attempt is in flight), `delivered` (a 2xx
answer), `failed` (every attempt failed) or `dead` (never to be sent: the endpoint was deleted or
disabled for good).
"""


CallStatus = Literal["registered", "ongoing", "completed", "failed", "error", "cancelled"]
"""`registered` (queued, waiting to be dialled), `ongoing` (in progress), `completed` (finished normally), `failed` (not answered or rejected), `error` (could not be connected) or `cancelled`."""


CallDirection = Literal["inbound", "outbound"]
"""`inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out."""


class CallArgs(ApiModel):
    """Extra request parts for a call's status callbacks."""

    headers: WebhookHeaders | None = Field(default=None, description="Headers added to every callback request, for example an API key your endpoint checks. The same rules as a webhook's `headers`: RFC 9110 names and sendable values, no hop-by-hop or framing headers, and none of the sender's own (`Content-Type: application/json` is always sent; headers posing as signatures or `X-{Prefix}-*` are refused with `422`).")
    params: dict[str, Annotated[str, Field(max_length=1000)]] | None = Field(default=None, description="Query parameters added to `callback_url` on every callback (at most 20; names of 1–100 characters, values of at most 1000).")


class CallAnalysis(ApiModel):
    """Post-call analysis, sent in an extra callback after `completed`."""

    summary: str = Field(description="A short summary of the conversation.")
    sentiment: Literal["positive", "neutral", "negative", "mixed"] = Field(description="The caller's overall sentiment.")
    extracted_data: dict[str, Any] = Field(description="Values the agent extracted from the conversation, keyed by the agent's extraction fields.")


class Webhook(ApiModel):
    """A webhook endpoint registered by the account. Its secret is never included."""

    id: WebhookId = Field(description="A webhook's id, `wh_` and a ULID.")
    url: str = Field(description="Where deliveries are POSTed.")
    description: Annotated[str, Field(max_length=500)] | None = Field(description="A note for people, such as what the endpoint is for; null when none was given.")
    events: WebhookEvents = Field(description="The event types the endpoint receives; `null` means every event type, including ones added later.")
    agent_id: str | None = Field(description="When set, the endpoint receives only events whose `data.agent_id` equals it; null for every agent.")
    active: bool = Field(description="Whether deliveries are sent. False when the account deactivated the endpoint or the sender disabled it (see `disabled_reason`).")
    signature_scheme: SignatureScheme = Field(description="The compatibility signature sent in `X-{Prefix}-Signature` besides the Standard Webhooks headers:\n`standard` (none), `hmac-sha256-hex` (hex HMAC of `{ts}.{body}`), `t-v1` (`t={ts},v1={hex}`) or\n`body-hex` (hex HMAC of the body alone: no replay protection, weaker).")
    headers: WebhookHeaders = Field(description="Extra HTTP headers sent with every request, such as a static token the receiving gateway checks. Names are RFC 9110 tokens, each at most once in any letter case; values are printable ASCII (space and tab allowed inside) without control characters, DEL, non-ASCII or leading/trailing spaces, since such a value could never be sent (`400` at the header's path). Hop-by-hop and framing headers (`Connection`, `Keep-Alive`, `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Expect`, `Content-Length`, `Host`) and the headers the sender sets itself (`Content-Type`, `User-Agent`, any `webhook-*` header and any `X-{Prefix}-*` header, where `{Prefix}` is the deployment's header prefix, `Voicehooks` by default) are refused with `422`.")
    alert_email: str | None = Field(description="Mailed (at most once an hour) when the sender disables the endpoint; null for no mail.")
    max_attempts: Annotated[int, Field(ge=1, le=20)] = Field(description="How many attempts a delivery gets, the first included, before it is `failed`.")
    rate_limit_per_second: Annotated[int, Field(ge=1)] | None = Field(description="The most deliveries sent to this endpoint per second; null for no limit.")
    disabled_reason: str | None = Field(description="Why the sender disabled the endpoint (it answered `410 Gone`, or 10 deliveries in a row failed); null when it was not disabled by the sender. Cleared when the endpoint is activated again.")
    disabled_at: _dt.datetime | None = Field(description="When the sender disabled the endpoint; null unless `disabled_reason` is set.")
    consecutive_failures: Annotated[int, Field(ge=0)] = Field(description="Deliveries in a row that failed (retries exhausted) since the last success; at 10 the sender disables the endpoint. Reset by a successful delivery and by activating the endpoint.")
    created_at: _dt.datetime = Field(description="When the webhook was registered.")
    updated_at: _dt.datetime = Field(description="When the webhook was last changed, by the account or the sender.")


class WebhookList(ApiModel):
    """A page of webhooks."""

    data: list[Webhook] = Field(description="The webhooks on this page.")
    total: Annotated[int, Field(ge=0)] = Field(description="How many webhooks match the filters, on every page.")
    offset: Annotated[int, Field(ge=0)] = Field(description="The `offset` this page starts at.")
    limit: Annotated[int, Field(ge=1, le=100)] = Field(description="The `limit` applied.")
    has_more: bool = Field(description="Whether items follow this page (`offset + data.length < total`).")


class Delivery(ApiModel):
    """One event on its way to one webhook endpoint."""

    id: DeliveryId = Field(description="A delivery's id, `dlv_` and a ULID.")
    event_id: EventId = Field(description="An event's id, `evt_` and a ULID; the envelope's `id` and the `webhook-id` header.")
    webhook_id: WebhookId = Field(description="A webhook's id, `wh_` and a ULID.")
    event_type: EventTypeName = Field(description="An event type, `resource.action` in snake_case, as listed by `GET /v1/event-types`.")
    status: DeliveryStatus = Field(description="`pending` (queued or waiting for a retry), `processing` (an attempt is in flight), `delivered` (a 2xx\nanswer), `failed` (every attempt failed) or `dead` (never to be sent: the endpoint was deleted or\ndisabled for good).")
    attempt_count: Annotated[int, Field(ge=0)] = Field(description="Attempts made so far; can exceed `max_attempts` after a manual retry or replay.")
    max_attempts: Annotated[int, Field(ge=1, le=20)] = Field(description="Attempts allowed by the retry schedule, the first included.")
    next_attempt_at: _dt.datetime | None = Field(description="When the next attempt is due, while `pending`; null otherwise.")
    last_status_code: Annotated[int, Field(ge=100, le=599)] | None = Field(description="The HTTP status of the last attempt; null before any, or when it got no answer.")
    last_error: str | None = Field(description="Why the last attempt failed (timeout, connection refused, non-2xx status, redirect); null after a success or before any attempt.")
    created_at: _dt.datetime = Field(description="When the delivery was queued (when the event was published).")
    updated_at: _dt.datetime = Field(description="When the delivery last changed.")
    delivered_at: _dt.datetime | None = Field(description="When an attempt got a 2xx answer; null until then.")


class DeliveryList(ApiModel):
    """A page of deliveries."""

    data: list[Delivery] = Field(description="The deliveries on this page.")
    total: Annotated[int, Field(ge=0)] = Field(description="How many deliveries match the filters, on every page.")
    offset: Annotated[int, Field(ge=0)] = Field(description="The `offset` this page starts at.")
    limit: Annotated[int, Field(ge=1, le=100)] = Field(description="The `limit` applied.")
    has_more: bool = Field(description="Whether items follow this page (`offset + data.length < total`).")


class EventType(ApiModel):
    """One event type of the catalog."""

    name: EventTypeName = Field(description="An event type, `resource.action` in snake_case, as listed by `GET /v1/event-types`.")
    summary: str = Field(description="One line on what the event means.")
    description: str = Field(description="When it is sent and what to do with it.")
    reserved: bool = Field(description="True for types catalogued but not sent yet; publishing one is refused until it is enabled.")
    schema_: dict[str, Any] = Field(alias="schema", description="The JSON Schema of the event's `data`, as the AsyncAPI documents define it: draft-07, not draft 2020-12. It carries no `$schema`, so tell your validator the draft (for ajv, the default `Ajv` class rather than `Ajv2020`).")
    example: dict[str, Any] = Field(description="An example `data` that matches `schema`.")


class EventTypeList(ApiModel):
    """A page of the event catalog."""

    data: list[EventType] = Field(description="The event types on this page.")
    total: Annotated[int, Field(ge=0)] = Field(description="How many event types the catalog holds.")
    offset: Annotated[int, Field(ge=0)] = Field(description="The `offset` this page starts at.")
    limit: Annotated[int, Field(ge=1, le=100)] = Field(description="The `limit` applied.")
    has_more: bool = Field(description="Whether items follow this page (`offset + data.length < total`).")


class ApiKey(ApiModel):
    """A management API key, without its secret value."""

    id: ApiKeyId = Field(description="An API key's id, `key_` and a ULID (not the key itself).")
    name: str = Field(description="A name for people, such as where the key is used.")
    prefix: Annotated[str, Field(pattern="^vhk_")] = Field(description="The key's first characters, to recognise it (`vhk_` and a few more).")
    created_at: _dt.datetime = Field(description="When the key was created.")
    last_used_at: _dt.datetime | None = Field(description="When the key last authenticated a request; null if never.")
    revoked_at: _dt.datetime | None = Field(description="When the key was revoked; null while it works.")


class ApiKeyList(ApiModel):
    """A page of API keys."""

    data: list[ApiKey] = Field(description="The API keys on this page.")
    total: Annotated[int, Field(ge=0)] = Field(description="How many API keys the account has, revoked ones included.")
    offset: Annotated[int, Field(ge=0)] = Field(description="The `offset` this page starts at.")
    limit: Annotated[int, Field(ge=1, le=100)] = Field(description="The `limit` applied.")
    has_more: bool = Field(description="Whether items follow this page (`offset + data.length < total`).")


class WebhookWithSecret(ApiModel):
    """A webhook with its signing secret; only in the answers to creation and rotation."""

    id: WebhookId = Field(description="A webhook's id, `wh_` and a ULID.")
    url: str = Field(description="Where deliveries are POSTed.")
    description: Annotated[str, Field(max_length=500)] | None = Field(description="A note for people, such as what the endpoint is for; null when none was given.")
    events: WebhookEvents = Field(description="The event types the endpoint receives; `null` means every event type, including ones added later.")
    agent_id: str | None = Field(description="When set, the endpoint receives only events whose `data.agent_id` equals it; null for every agent.")
    active: bool = Field(description="Whether deliveries are sent. False when the account deactivated the endpoint or the sender disabled it (see `disabled_reason`).")
    signature_scheme: SignatureScheme = Field(description="The compatibility signature sent in `X-{Prefix}-Signature` besides the Standard Webhooks headers:\n`standard` (none), `hmac-sha256-hex` (hex HMAC of `{ts}.{body}`), `t-v1` (`t={ts},v1={hex}`) or\n`body-hex` (hex HMAC of the body alone: no replay protection, weaker).")
    headers: WebhookHeaders = Field(description="Extra HTTP headers sent with every request, such as a static token the receiving gateway checks. Names are RFC 9110 tokens, each at most once in any letter case; values are printable ASCII (space and tab allowed inside) without control characters, DEL, non-ASCII or leading/trailing spaces, since such a value could never be sent (`400` at the header's path). Hop-by-hop and framing headers (`Connection`, `Keep-Alive`, `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Expect`, `Content-Length`, `Host`) and the headers the sender sets itself (`Content-Type`, `User-Agent`, any `webhook-*` header and any `X-{Prefix}-*` header, where `{Prefix}` is the deployment's header prefix, `Voicehooks` by default) are refused with `422`.")
    alert_email: str | None = Field(description="Mailed (at most once an hour) when the sender disables the endpoint; null for no mail.")
    max_attempts: Annotated[int, Field(ge=1, le=20)] = Field(description="How many attempts a delivery gets, the first included, before it is `failed`.")
    rate_limit_per_second: Annotated[int, Field(ge=1)] | None = Field(description="The most deliveries sent to this endpoint per second; null for no limit.")
    disabled_reason: str | None = Field(description="Why the sender disabled the endpoint (it answered `410 Gone`, or 10 deliveries in a row failed); null when it was not disabled by the sender. Cleared when the endpoint is activated again.")
    disabled_at: _dt.datetime | None = Field(description="When the sender disabled the endpoint; null unless `disabled_reason` is set.")
    consecutive_failures: Annotated[int, Field(ge=0)] = Field(description="Deliveries in a row that failed (retries exhausted) since the last success; at 10 the sender disables the endpoint. Reset by a successful delivery and by activating the endpoint.")
    created_at: _dt.datetime = Field(description="When the webhook was registered.")
    updated_at: _dt.datetime = Field(description="When the webhook was last changed, by the account or the sender.")
    secret: Annotated[str, Field(pattern="^whsec_[A-Za-z0-9+/]{32,88}={0,2}$")] = Field(description="The signing secret, `whsec_` and the base64 of 24 to 64 random bytes. Shown only in this answer: store it to verify deliveries.")


class WebhookCreate(ApiModel):
    """A webhook to register. Only `url` is required."""

    url: Annotated[str, Field(max_length=2048)] = Field(description="Where to POST deliveries; https outside development.")
    description: Annotated[str, Field(max_length=500)] | None = Field(default=None, description="A note for people, such as what the endpoint is for.")
    events: WebhookEvents | None = Field(default=None, description="The event types the endpoint receives; `null` means every event type, including ones added later.")
    agent_id: Annotated[str, Field(min_length=1, max_length=255)] | None = Field(default=None, description="Receive only events whose `data.agent_id` equals this; omit or null for every agent.")
    active: bool | None = Field(default=None, description="Whether deliveries are sent from the start. Default `true`.")
    signature_scheme: SignatureScheme | None = Field(default=None, description="The compatibility signature sent in `X-{Prefix}-Signature` besides the Standard Webhooks headers:\n`standard` (none), `hmac-sha256-hex` (hex HMAC of `{ts}.{body}`), `t-v1` (`t={ts},v1={hex}`) or\n`body-hex` (hex HMAC of the body alone: no replay protection, weaker).")
    headers: WebhookHeaders | None = Field(default=None, description="Extra HTTP headers sent with every request, such as a static token the receiving gateway checks. Names are RFC 9110 tokens, each at most once in any letter case; values are printable ASCII (space and tab allowed inside) without control characters, DEL, non-ASCII or leading/trailing spaces, since such a value could never be sent (`400` at the header's path). Hop-by-hop and framing headers (`Connection`, `Keep-Alive`, `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Expect`, `Content-Length`, `Host`) and the headers the sender sets itself (`Content-Type`, `User-Agent`, any `webhook-*` header and any `X-{Prefix}-*` header, where `{Prefix}` is the deployment's header prefix, `Voicehooks` by default) are refused with `422`.")
    alert_email: str | None = Field(default=None, description="Where to mail (at most once an hour) when the sender disables the endpoint.")
    max_attempts: Annotated[int, Field(ge=1, le=20)] | None = Field(default=None, description="How many attempts a delivery gets, the first included. Default `6` (the first try and 5 retries).")
    rate_limit_per_second: Annotated[int, Field(ge=1, le=10000)] | None = Field(default=None, description="The most deliveries to send to this endpoint per second; omit or null for no limit.")


class WebhookUpdate(ApiModel):
    """The fields to change; at least one. Fields left out keep their value; null clears a nullable field."""

    url: Annotated[str, Field(max_length=2048)] | None = Field(default=None, description="Where to POST deliveries; https outside development.")
    description: Annotated[str, Field(max_length=500)] | None = Field(default=None, description="A note for people; null to clear it.")
    events: WebhookEvents | None = Field(default=None, description="The event types the endpoint receives; `null` means every event type, including ones added later.")
    agent_id: Annotated[str, Field(min_length=1, max_length=255)] | None = Field(default=None, description="Scope the endpoint to this agent; null for every agent.")
    active: bool | None = Field(default=None, description="False stops deliveries; true starts them again and clears `disabled_reason` and the failure count.")
    signature_scheme: SignatureScheme | None = Field(default=None, description="The compatibility signature sent in `X-{Prefix}-Signature` besides the Standard Webhooks headers:\n`standard` (none), `hmac-sha256-hex` (hex HMAC of `{ts}.{body}`), `t-v1` (`t={ts},v1={hex}`) or\n`body-hex` (hex HMAC of the body alone: no replay protection, weaker).")
    headers: WebhookHeaders | None = Field(default=None, description="Extra HTTP headers sent with every request, such as a static token the receiving gateway checks. Names are RFC 9110 tokens, each at most once in any letter case; values are printable ASCII (space and tab allowed inside) without control characters, DEL, non-ASCII or leading/trailing spaces, since such a value could never be sent (`400` at the header's path). Hop-by-hop and framing headers (`Connection`, `Keep-Alive`, `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Expect`, `Content-Length`, `Host`) and the headers the sender sets itself (`Content-Type`, `User-Agent`, any `webhook-*` header and any `X-{Prefix}-*` header, where `{Prefix}` is the deployment's header prefix, `Voicehooks` by default) are refused with `422`.")
    alert_email: str | None = Field(default=None, description="Where to mail when the sender disables the endpoint; null for no mail.")
    max_attempts: Annotated[int, Field(ge=1, le=20)] | None = Field(default=None, description="How many attempts a delivery gets, the first included; applies to new deliveries.")
    rate_limit_per_second: Annotated[int, Field(ge=1, le=10000)] | None = Field(default=None, description="The most deliveries per second; null for no limit.")


class RotateSecretRequest(ApiModel):
    """How long the previous secret keeps signing after the rotation."""

    grace_period_seconds: Annotated[int, Field(ge=0, le=604800)] | None = Field(default=None, description="Seconds both secrets sign, at most 604800 (7 days); 0 retires the previous secret at once. Default `86400` (one day).")


class RotateSecretResponse(ApiModel):
    """The webhook with its new secret, and when the previous secret stops signing."""

    id: WebhookId = Field(description="A webhook's id, `wh_` and a ULID.")
    url: str = Field(description="Where deliveries are POSTed.")
    description: Annotated[str, Field(max_length=500)] | None = Field(description="A note for people, such as what the endpoint is for; null when none was given.")
    events: WebhookEvents = Field(description="The event types the endpoint receives; `null` means every event type, including ones added later.")
    agent_id: str | None = Field(description="When set, the endpoint receives only events whose `data.agent_id` equals it; null for every agent.")
    active: bool = Field(description="Whether deliveries are sent. False when the account deactivated the endpoint or the sender disabled it (see `disabled_reason`).")
    signature_scheme: SignatureScheme = Field(description="The compatibility signature sent in `X-{Prefix}-Signature` besides the Standard Webhooks headers:\n`standard` (none), `hmac-sha256-hex` (hex HMAC of `{ts}.{body}`), `t-v1` (`t={ts},v1={hex}`) or\n`body-hex` (hex HMAC of the body alone: no replay protection, weaker).")
    headers: WebhookHeaders = Field(description="Extra HTTP headers sent with every request, such as a static token the receiving gateway checks. Names are RFC 9110 tokens, each at most once in any letter case; values are printable ASCII (space and tab allowed inside) without control characters, DEL, non-ASCII or leading/trailing spaces, since such a value could never be sent (`400` at the header's path). Hop-by-hop and framing headers (`Connection`, `Keep-Alive`, `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Expect`, `Content-Length`, `Host`) and the headers the sender sets itself (`Content-Type`, `User-Agent`, any `webhook-*` header and any `X-{Prefix}-*` header, where `{Prefix}` is the deployment's header prefix, `Voicehooks` by default) are refused with `422`.")
    alert_email: str | None = Field(description="Mailed (at most once an hour) when the sender disables the endpoint; null for no mail.")
    max_attempts: Annotated[int, Field(ge=1, le=20)] = Field(description="How many attempts a delivery gets, the first included, before it is `failed`.")
    rate_limit_per_second: Annotated[int, Field(ge=1)] | None = Field(description="The most deliveries sent to this endpoint per second; null for no limit.")
    disabled_reason: str | None = Field(description="Why the sender disabled the endpoint (it answered `410 Gone`, or 10 deliveries in a row failed); null when it was not disabled by the sender. Cleared when the endpoint is activated again.")
    disabled_at: _dt.datetime | None = Field(description="When the sender disabled the endpoint; null unless `disabled_reason` is set.")
    consecutive_failures: Annotated[int, Field(ge=0)] = Field(description="Deliveries in a row that failed (retries exhausted) since the last success; at 10 the sender disables the endpoint. Reset by a successful delivery and by activating the endpoint.")
    created_at: _dt.datetime = Field(description="When the webhook was registered.")
    updated_at: _dt.datetime = Field(description="When the webhook was last changed, by the account or the sender.")
    secret: Annotated[str, Field(pattern="^whsec_[A-Za-z0-9+/]{32,88}={0,2}$")] = Field(description="The signing secret, `whsec_` and the base64 of 24 to 64 random bytes. Shown only in this answer: store it to verify deliveries.")
    previous_secret_expires_at: _dt.datetime = Field(description="Until when the previous secret also signs deliveries; the time of the rotation when the grace period was 0.")
    compatibility_signature_secret: Literal["previous", "current"] | None = Field(description="Which secret signs the compatibility header `X-{Prefix}-Signature` now: `previous` until the grace period ends or the new secret is promoted, `current` when the grace period was 0, `null` for the `standard` scheme, which sends no such header.")


class TestEventRequest(ApiModel):
    """Which catalog example to send; `{}` sends `test.ping`."""

    type: EventTypeName | None = Field(default=None, description="The event type whose catalog example is sent; not a reserved type. Default `test.ping`.")


class TestEventResponse(ApiModel):
    """The test event and its delivery to this webhook."""

    event_id: EventId = Field(description="An event's id, `evt_` and a ULID; the envelope's `id` and the `webhook-id` header.")
    delivery_id: DeliveryId = Field(description="A delivery's id, `dlv_` and a ULID.")


class Attempt(ApiModel):
    """One HTTP request of a delivery and its outcome."""

    attempt: Annotated[int, Field(ge=1)] = Field(description="The attempt's number, from 1.")
    started_at: _dt.datetime = Field(description="When the request started.")
    duration_ms: Annotated[int, Field(ge=0)] = Field(description="Milliseconds from connecting to the end of the answer (or the failure).")
    status_code: Annotated[int, Field(ge=100, le=599)] | None = Field(description="The HTTP status answered; null when there was no answer (timeout, refused, DNS).")
    error: str | None = Field(description="Why the attempt failed; null when it succeeded.")
    response_excerpt: Annotated[str, Field(max_length=4096)] | None = Field(description="The start of the answer's body (at most 4 KiB); null when there was none.")
    request_headers: dict[str, str] | None = Field(description="The HTTP headers the request was sent with: the sender's own (content type, signatures, event, delivery and attempt numbers) as sent, and every header the account configured (an endpoint's `headers`, a call's `callback_args.headers`) with its value shown as `[redacted]`. A signature is an HMAC of the request, never the secret. Null when nothing was sent (the request could not be built) or the attempt predates header recording.")


class DeliveryDetail(ApiModel):
    """A delivery, its attempts and the event envelope it sends."""

    id: DeliveryId = Field(description="A delivery's id, `dlv_` and a ULID.")
    event_id: EventId = Field(description="An event's id, `evt_` and a ULID; the envelope's `id` and the `webhook-id` header.")
    webhook_id: WebhookId = Field(description="A webhook's id, `wh_` and a ULID.")
    event_type: EventTypeName = Field(description="An event type, `resource.action` in snake_case, as listed by `GET /v1/event-types`.")
    status: DeliveryStatus = Field(description="`pending` (queued or waiting for a retry), `processing` (an attempt is in flight), `delivered` (a 2xx\nanswer), `failed` (every attempt failed) or `dead` (never to be sent: the endpoint was deleted or\ndisabled for good).")
    attempt_count: Annotated[int, Field(ge=0)] = Field(description="Attempts made so far; can exceed `max_attempts` after a manual retry or replay.")
    max_attempts: Annotated[int, Field(ge=1, le=20)] = Field(description="Attempts allowed by the retry schedule, the first included.")
    next_attempt_at: _dt.datetime | None = Field(description="When the next attempt is due, while `pending`; null otherwise.")
    last_status_code: Annotated[int, Field(ge=100, le=599)] | None = Field(description="The HTTP status of the last attempt; null before any, or when it got no answer.")
    last_error: str | None = Field(description="Why the last attempt failed (timeout, connection refused, non-2xx status, redirect); null after a success or before any attempt.")
    created_at: _dt.datetime = Field(description="When the delivery was queued (when the event was published).")
    updated_at: _dt.datetime = Field(description="When the delivery last changed.")
    delivered_at: _dt.datetime | None = Field(description="When an attempt got a 2xx answer; null until then.")
    attempts: list[Attempt] = Field(description="Every attempt so far, oldest first.")
    payload: dict[str, Any] = Field(description="The event envelope POSTed to the endpoint (`{id, type, event, timestamp, api_version, account_id, webhook_id, data}`), as defined in `webhooks.asyncapi.yaml`.")


class DeliverySummary(ApiModel):
    """How many of a webhook's deliveries are in each status."""

    total: Annotated[int, Field(ge=0)] = Field(description="Every delivery to the webhook; the sum of the others.")
    pending: Annotated[int, Field(ge=0)] = Field(description="Queued or waiting for a retry.")
    processing: Annotated[int, Field(ge=0)] = Field(description="An attempt in flight.")
    delivered: Annotated[int, Field(ge=0)] = Field(description="Answered with a 2xx.")
    failed: Annotated[int, Field(ge=0)] = Field(description="Every attempt failed.")
    dead: Annotated[int, Field(ge=0)] = Field(description="Never to be sent.")


class ReplayRequest(ApiModel):
    """Which of the webhook's deliveries to queue again."""

    since: _dt.datetime = Field(description="Replay deliveries created at or after this time.")
    until: _dt.datetime | None = Field(default=None, description="Replay deliveries created before this time; omitted means now. Must be after `since`.")
    status: Annotated[list[Literal["delivered", "failed", "dead"]], Field(min_length=1)] | None = Field(default=None, description="Replay deliveries in these statuses. Default `[\"failed\", \"dead\"]`. Only finished deliveries can be replayed: `pending` and `processing` ones are already queued, and naming them is refused (`400`).")


class ReplayResponse(ApiModel):
    """The outcome of a replay."""

    replayed: Annotated[int, Field(ge=0)] = Field(description="How many deliveries were queued again.")


class PublishEventRequest(ApiModel):
    """An event to publish to every webhook that subscribes to its type."""

    type: EventTypeName = Field(description="An event type, `resource.action` in snake_case, as listed by `GET /v1/event-types`.")
    data: dict[str, Any] = Field(description="The event's payload; must match the type's `data` schema (`GET /v1/event-types`).")
    idempotency_key: Annotated[str, Field(min_length=1, max_length=255)] | None = Field(default=None, description="Publish at most one event per key and account; the same as the `Idempotency-Key` header.")
    timestamp: _dt.datetime | None = Field(default=None, description="When the event happened; the envelope's `timestamp`. Defaults to the time of publishing.")


class PublishEventResponse(ApiModel):
    """The stored event and how many deliveries it made."""

    id: EventId = Field(description="An event's id, `evt_` and a ULID; the envelope's `id` and the `webhook-id` header.")
    type: EventTypeName = Field(description="An event type, `resource.action` in snake_case, as listed by `GET /v1/event-types`.")
    deliveries: Annotated[int, Field(ge=0)] = Field(description="How many deliveries were queued, one per subscribed active webhook (0 for a duplicate).")
    duplicate: bool = Field(description="True when the idempotency key was already used: nothing was published and `id` is the original event's.")


class PublishEventBatchRequest(ApiModel):
    """Up to 100 events to publish together."""

    events: Annotated[list[PublishEventRequest], Field(min_length=1, max_length=100)]


class PublishEventBatchResponse(ApiModel):
    """One result per event, in the order they were sent."""

    data: list[PublishEventResponse]


class CallRegistration(ApiModel):
    """A call to report status callbacks for."""

    callback_url: Annotated[str, Field(max_length=2048)] = Field(description="Where to POST the call's status callbacks; https outside development.")
    callback_args: CallArgs | None = Field(default=None, description="Extra request parts for a call's status callbacks.")
    custom_args_values: dict[str, Any] | None = Field(default=None, description="Values of your own (template variables such as the callee's name), echoed in every callback.")
    agent_id: str = Field(description="The agent that handles the call.")
    from_number: E164 = Field(description="The number the call is placed from.")
    to_number: E164 = Field(description="The number being called.")
    direction: CallDirection | None = Field(default=None, description="Who places the call. Default `outbound`.")


class Call(ApiModel):
    """A registered call and what is known of it. `callback_args` is not returned: its headers may carry credentials."""

    id: str = Field(description="The call's id; the `call_id` of every callback.")
    status: CallStatus = Field(description="`registered` (queued, waiting to be dialled), `ongoing` (in progress), `completed` (finished normally), `failed` (not answered or rejected), `error` (could not be connected) or `cancelled`.")
    direction: CallDirection = Field(description="`inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.")
    agent_id: str = Field(description="The agent that handles the call.")
    from_number: E164 = Field(description="A phone number in E.164 format, a plus sign and up to 15 digits, no spaces.")
    to_number: E164 = Field(description="A phone number in E.164 format, a plus sign and up to 15 digits, no spaces.")
    callback_url: str = Field(description="Where the status callbacks go.")
    custom_args_values: dict[str, Any] = Field(description="The values given at registration, echoed in every callback; `{}` when none.")
    call_duration: Annotated[int, Field(ge=0)] | None = Field(description="Connected time in whole seconds, once the call has ended; null before.")
    recording_url: str | None = Field(description="Where to fetch the recording, once available; null otherwise.")
    transcript: str | None = Field(description="The transcript as plain text, once the call has ended; null otherwise.")
    retry: Annotated[int, Field(ge=0)] = Field(description="How many times the call has been retried (0 on the first attempt).")
    analysis: CallAnalysis | None = Field(description="Post-call analysis, once reported; null before.")
    created_at: _dt.datetime = Field(description="When the call was registered.")
    updated_at: _dt.datetime = Field(description="When its status was last reported.")


class CallbackDelivery(ApiModel):
    """One call-status callback on its way to the call's `callback_url`, with its attempts and the body it sends."""

    id: DeliveryId = Field(description="A delivery's id, `dlv_` and a ULID.")
    call_id: str = Field(description="The call it reports on.")
    status: DeliveryStatus = Field(description="`pending` (queued or waiting for a retry), `processing` (an attempt is in flight), `delivered` (a 2xx\nanswer), `failed` (every attempt failed) or `dead` (never to be sent: the endpoint was deleted or\ndisabled for good).")
    attempt_count: Annotated[int, Field(ge=0)] = Field(description="Attempts made so far.")
    max_attempts: Annotated[int, Field(ge=1)] = Field(description="Attempts allowed by the retry schedule, the first included.")
    next_attempt_at: _dt.datetime | None = Field(description="When the next attempt is due, while `pending`; null otherwise.")
    last_status_code: Annotated[int, Field(ge=100, le=599)] | None = Field(description="The HTTP status of the last attempt; null before any, or when it got no answer.")
    last_error: str | None = Field(description="Why the last attempt failed; null after a success or before any attempt.")
    created_at: _dt.datetime = Field(description="When the callback was queued (when the status was reported).")
    updated_at: _dt.datetime = Field(description="When the callback last changed.")
    delivered_at: _dt.datetime | None = Field(description="When an attempt got a 2xx answer; null until then.")
    payload: dict[str, Any] = Field(description="The body POSTed to `callback_url` (`{status, message, data}`, `data.status` the call's status at the time), as defined in `call-callbacks.asyncapi.yaml`.")
    attempts: list[Attempt] = Field(description="Every attempt so far, oldest first.")


class CallbackDeliveryList(ApiModel):
    """A page of a call's callback deliveries."""

    data: list[CallbackDelivery] = Field(description="The callback deliveries on this page.")
    total: Annotated[int, Field(ge=0)] = Field(description="How many callback deliveries the call has, on every page.")
    offset: Annotated[int, Field(ge=0)] = Field(description="The `offset` this page starts at.")
    limit: Annotated[int, Field(ge=1, le=100)] = Field(description="The `limit` applied.")
    has_more: bool = Field(description="Whether items follow this page (`offset + data.length < total`).")


class CallStatusReport(ApiModel):
    """A status change reported by the call engine, and what became known with it."""

    status: CallStatus = Field(description="`registered` (queued, waiting to be dialled), `ongoing` (in progress), `completed` (finished normally), `failed` (not answered or rejected), `error` (could not be connected) or `cancelled`.")
    call_duration: Annotated[int, Field(ge=0, le=2147483647)] | None = Field(default=None, description="Connected time in whole seconds, when the call has ended.")
    recording_url: str | None = Field(default=None, description="Where to fetch the recording.")
    transcript: str | None = Field(default=None, description="The transcript as plain text.")
    retry: Annotated[int, Field(ge=0, le=2147483647)] | None = Field(default=None, description="How many times the call has been retried.")
    analysis: CallAnalysis | None = Field(default=None, description="Post-call analysis, sent in an extra callback after `completed`.")


class DeliveryStatsBucket(ApiModel):
    """The deliveries created in one hour, by where they are now."""

    start: _dt.datetime = Field(description="The start of the hour.")
    delivered: Annotated[int, Field(ge=0)] = Field(description="Delivered.")
    failed: Annotated[int, Field(ge=0)] = Field(description="Failed or dead.")
    pending: Annotated[int, Field(ge=0)] = Field(description="Pending or processing.")


class DeliveryStats(ApiModel):
    """A webhook's recent deliveries counted per hour of creation, with totals and the success rate."""

    since: _dt.datetime = Field(description="The start of the first bucket (a whole hour, UTC).")
    until: _dt.datetime = Field(description="The end of the last bucket (the next whole hour after now).")
    bucket_seconds: Annotated[int, Field(ge=1)] = Field(description="The length of each bucket, 3600.")
    buckets: list[DeliveryStatsBucket] = Field(description="One bucket per hour, oldest first, empty hours included.")
    delivered: Annotated[int, Field(ge=0)] = Field(description="Deliveries of the window that were delivered.")
    failed: Annotated[int, Field(ge=0)] = Field(description="Deliveries of the window that failed (`failed` or `dead`).")
    pending: Annotated[int, Field(ge=0)] = Field(description="Deliveries of the window still queued or in flight.")
    success_rate: Annotated[float, Field(ge=0, le=1)] | None = Field(description="`delivered / (delivered + failed)`, from 0 to 1; null when none has finished.")


class CallList(ApiModel):
    """A page of calls."""

    data: list[Call] = Field(description="The calls on this page.")
    total: Annotated[int, Field(ge=0)] = Field(description="How many calls match the filters, on every page.")
    offset: Annotated[int, Field(ge=0)] = Field(description="The `offset` this page starts at.")
    limit: Annotated[int, Field(ge=1, le=100)] = Field(description="The `limit` applied.")
    has_more: bool = Field(description="Whether items follow this page (`offset + data.length < total`).")


class PortalTheme(ApiModel):
    """How the portal looks, so it can pass for a page of the platform that hands it out."""

    title: Annotated[str, Field(min_length=1, max_length=80)] | None = Field(default=None, description="Shown in the portal's header instead of \"Voicehooks\", such as the platform's name.")
    logo_url: Annotated[str, Field(pattern="^https://", max_length=2048)] | None = Field(default=None, description="An https image shown in the portal's header.")
    accent_color: Annotated[str, Field(pattern="^#[0-9a-fA-F]{6}$")] | None = Field(default=None, description="The colour of buttons and links, as `#rrggbb`.")


class PortalSessionCreate(ApiModel):
    """The scope, lifetime and look of a portal link."""

    account_id: AccountId | None = Field(default=None, description="The account the portal opens. Required with the operator token; with an API key it may be left out, and if given must be the key's account.")
    agent_id: Annotated[str, Field(min_length=1, max_length=255)] | None = Field(default=None, description="Limit the portal to the webhooks of this agent: it lists, reads and changes only webhooks whose `agent_id` is this, and creates webhooks with it. Omit for every webhook of the account.")
    ttl_minutes: Annotated[int, Field(ge=1, le=1440)] | None = Field(default=None, description="How long the link works, 1 to 1440 minutes (a day). Default `60`.")
    theme: PortalTheme | None = Field(default=None, description="How the portal looks, so it can pass for a page of the platform that hands it out.")


class PortalSession(ApiModel):
    """A portal link and its token; the token is shown only in the answer that creates it."""

    id: Annotated[str, Field(pattern="^ps_[0-9A-Za-z]{10,64}$")] = Field(description="The session's id, `ps_` and a ULID.")
    url: str = Field(description="The link to hand out: the dashboard's portal page with the token in the fragment (`…/dashboard/portal#token=vhp_…`), on the host and scheme the request came in on.")
    token: Annotated[str, Field(pattern="^vhp_[0-9A-Za-z_-]{20,128}$")] = Field(description="The bearer token (`vhp_…`), usable as `Authorization: Bearer <token>` on the routes of the portal's scope until `expires_at`.")
    account_id: AccountId = Field(description="An account's id, `acct_` and a ULID.")
    agent_id: str | None = Field(description="The agent the portal is limited to; null for every webhook of the account.")
    theme: PortalTheme = Field(description="How the portal looks, so it can pass for a page of the platform that hands it out.")
    created_at: _dt.datetime = Field(description="When the session was created.")
    expires_at: _dt.datetime = Field(description="When the token stops working.")


class MeAccount(ApiModel):
    """The account the credential acts for."""

    id: AccountId = Field(description="An account's id, `acct_` and a ULID.")
    name: str = Field(description="The account's name.")


class MeCredential(ApiModel):
    """Which credential authenticated the request."""

    type: Literal["api_key", "portal_session"] = Field(description="`api_key` or `portal_session`.")
    id: str = Field(description="The API key's id (`key_…`) or the portal session's id (`ps_…`).")
    name: str | None = Field(description="The API key's name; null for a portal session.")


class MePortal2(ApiModel):
    agent_id: str | None = Field(description="The agent the portal is limited to; null for every webhook of the account.")
    expires_at: _dt.datetime = Field(description="When the token stops working.")
    theme: PortalTheme = Field(description="How the portal looks, so it can pass for a page of the platform that hands it out.")


class Me(ApiModel):
    """The account and credential of a request."""

    account: MeAccount = Field(description="The account the credential acts for.")
    credential: MeCredential = Field(description="Which credential authenticated the request.")
    portal: MePortal2 | None = Field(description="For a portal session, its scope, expiry and theme; null for an API key.")


class ApiKeyCreate(ApiModel):
    """An API key to create."""

    name: Annotated[str, Field(min_length=1, max_length=100)] = Field(description="A name for people, such as where the key will be used.")


class ApiKeyWithSecret(ApiModel):
    """An API key with its secret value; only in the answer that creates it."""

    id: ApiKeyId = Field(description="An API key's id, `key_` and a ULID (not the key itself).")
    name: str = Field(description="A name for people, such as where the key is used.")
    prefix: Annotated[str, Field(pattern="^vhk_")] = Field(description="The key's first characters, to recognise it (`vhk_` and a few more).")
    created_at: _dt.datetime = Field(description="When the key was created.")
    last_used_at: _dt.datetime | None = Field(description="When the key last authenticated a request; null if never.")
    revoked_at: _dt.datetime | None = Field(description="When the key was revoked; null while it works.")
    key: Annotated[str, Field(pattern="^vhk_[0-9A-Za-z_-]{20,128}$")] = Field(description="The key to send as `Authorization: Bearer <key>`: `vhk_` and random characters. Shown only here; the sender keeps only its hash.")


class Account(ApiModel):
    """A customer account; everything else belongs to one."""

    id: AccountId = Field(description="An account's id, `acct_` and a ULID.")
    name: str = Field(description="The account's name, such as the company.")
    email: str = Field(description="The owner's e-mail address; `auth.welcome` is sent for it.")
    created_at: _dt.datetime = Field(description="When the account was created.")


class AccountCreate(ApiModel):
    """An account to create."""

    name: Annotated[str, Field(min_length=1, max_length=200)] = Field(description="The account's name, such as the company.")
    email: Annotated[str, Field(max_length=320)] = Field(description="The owner's e-mail address; one account per address.")


class AccountCreated(ApiModel):
    """A new account and its first API key."""

    account: Account = Field(description="A customer account; everything else belongs to one.")
    api_key: ApiKeyWithSecret = Field(description="An API key with its secret value; only in the answer that creates it.")


class Health(ApiModel):
    """Whether the sender and its database work."""

    status: Literal["ok", "error"] = Field(description="`ok` when the sender can serve requests, `error` otherwise.")
    database: Literal["ok", "error"] = Field(description="`ok` when the database answered a query, `error` otherwise.")


__all__ = [
    "ApiModel",
    "Problem",
    "ProblemError",
    "WebhookId",
    "DeliveryId",
    "EventId",
    "ApiKeyId",
    "AccountId",
    "EventTypeName",
    "E164",
    "SignatureScheme",
    "WebhookHeaders",
    "WebhookEvents",
    "DeliveryStatus",
    "CallStatus",
    "CallDirection",
    "CallArgs",
    "CallAnalysis",
    "WebhookList",
    "DeliveryList",
    "EventTypeList",
    "ApiKeyList",
    "Webhook",
    "WebhookWithSecret",
    "WebhookCreate",
    "WebhookUpdate",
    "RotateSecretRequest",
    "RotateSecretResponse",
    "TestEventRequest",
    "TestEventResponse",
    "Delivery",
    "Attempt",
    "DeliveryDetail",
    "DeliverySummary",
    "ReplayRequest",
    "ReplayResponse",
    "PublishEventRequest",
    "PublishEventResponse",
    "PublishEventBatchRequest",
    "PublishEventBatchResponse",
    "EventType",
    "CallRegistration",
    "Call",
    "CallbackDelivery",
    "CallbackDeliveryList",
    "CallStatusReport",
    "DeliveryStats",
    "DeliveryStatsBucket",
    "CallList",
    "PortalTheme",
    "PortalSessionCreate",
    "PortalSession",
    "Me",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyWithSecret",
    "Account",
    "AccountCreate",
    "AccountCreated",
    "Health",
]
