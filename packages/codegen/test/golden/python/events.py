# THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
# Event models (pydantic): made by `pnpm codegen` (packages/codegen) from specs/.
# Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.
"""Pydantic models of every webhook event, generated from the AsyncAPI contract."""

import datetime as _dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, TypeAdapter


class ContractModel(BaseModel):
    """Base of every model here. Fields the contract does not name yet are kept (`model_extra`), never refused."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())


CurrencyCode = Annotated[str, Field(pattern="^[A-Z]{3}$")]


class Money(ContractModel):
    amount: Annotated[float, Field(ge=0)]
    currency: CurrencyCode


class BatchCompletedData(ContractModel):
    batch_id: str
    cost: Money


class CallCompletedData(ContractModel):
    call_id: str = Field(description="The call.")
    direction: Literal["inbound", "outbound"]
    phone_number: Annotated[str, Field(pattern="^\\+[1-9]\\d{1,14}$")]
    cost: Money
    note: str | None = Field(default=None)


class EventEnvelope(ContractModel):
    id: Annotated[str, Field(pattern="^evt_[0-9A-Za-z]{10,64}$")] = Field(description="Event id.")
    type: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$")]
    event: str
    timestamp: _dt.datetime
    api_version: Annotated[str, Field(pattern="^\\d{4}-\\d{2}-\\d{2}$")]
    account_id: str
    webhook_id: str
    data: dict[str, Any]


class BatchCompletedEvent(EventEnvelope):
    """`batch.completed` (reserved: catalogued and typed, not sent yet). Batch completed: Reserved."""

    type: Literal["batch.completed"]
    event: Literal["batch.completed"]
    data: BatchCompletedData


class CallCompletedEvent(EventEnvelope):
    """`call.completed`. Call completed: A call finished."""

    type: Literal["call.completed"]
    event: Literal["call.completed"]
    data: CallCompletedData


class CallStatusData(ContractModel):
    call_id: str
    cost: Money | None = Field(default=None)


class CallStatusCallback(ContractModel):
    status: Literal["success"]
    message: str
    data: CallStatusData


class UnknownEvent(EventEnvelope):
    """An event whose `type` this contract does not list: newer than this package. Acknowledge and ignore it."""


EventType = Literal[
    "batch.completed",
    "call.completed",
]
"""Every event type of the catalog, emitted and reserved."""

API_VERSION = "2026-11-01"
"""The contract version these models describe (the AsyncAPI document's info.version)."""

EVENT_MODELS: dict[str, type[EventEnvelope]] = {
    "batch.completed": BatchCompletedEvent,
    "call.completed": CallCompletedEvent,
}
"""The envelope class of each event type."""

DATA_MODELS: dict[str, type[ContractModel]] = {
    "batch.completed": BatchCompletedData,
    "call.completed": CallCompletedData,
}
"""The `data` class of each event type."""

RESERVED_EVENT_TYPES: frozenset[str] = frozenset({"batch.completed"})
"""Types that are catalogued and typed but refused at publish until enabled."""

_UNKNOWN = "__unknown__"


def _event_tag(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return kind if isinstance(kind, str) and kind in EVENT_MODELS else _UNKNOWN


WebhookEvent = Annotated[
    Union[
        Annotated[BatchCompletedEvent, Tag("batch.completed")],
        Annotated[CallCompletedEvent, Tag("call.completed")],
        Annotated[UnknownEvent, Tag(_UNKNOWN)],
    ],
    Discriminator(_event_tag),
]
"""A delivered envelope: one of the event classes, chosen by `type`; `UnknownEvent` for types not listed."""

WEBHOOK_EVENT: TypeAdapter[WebhookEvent] = TypeAdapter(WebhookEvent)
"""Validates a JSON body (`validate_json`) or a dict (`validate_python`) into a `WebhookEvent`."""


__all__ = [
    "API_VERSION",
    "ContractModel",
    "DATA_MODELS",
    "EVENT_MODELS",
    "EventEnvelope",
    "EventType",
    "RESERVED_EVENT_TYPES",
    "UnknownEvent",
    "WEBHOOK_EVENT",
    "WebhookEvent",
    "BatchCompletedEvent",
    "CallCompletedEvent",
]
