"""The client's hand-written keyword arguments stay in step with the request schemas of the OpenAPI
document (through the generated models): a field added to the spec fails here until the client takes it."""

from __future__ import annotations

import inspect

import pytest
from pydantic import BaseModel

from voicehooks.client import EventsResource, WebhooksResource
from voicehooks.generated import management

CASES = [
    (WebhooksResource.create, management.WebhookCreate, set()),
    (WebhooksResource.update, management.WebhookUpdate, {"webhook_id"}),
    (WebhooksResource.rotate_secret, management.RotateSecretRequest, {"webhook_id"}),
    (WebhooksResource.test, management.TestEventRequest, {"webhook_id"}),
    (WebhooksResource.replay, management.ReplayRequest, {"webhook_id"}),
    (EventsResource.publish, management.PublishEventRequest, set()),
]


@pytest.mark.parametrize(("method", "model", "path_params"), CASES, ids=lambda c: getattr(c, "__qualname__", ""))
def test_keyword_arguments_are_the_request_schema_fields(method, model: type[BaseModel], path_params: set[str]) -> None:
    parameters = set(inspect.signature(method).parameters) - {"self"} - path_params
    fields = {info.alias or name for name, info in model.model_fields.items()}
    assert parameters == fields
    required = {info.alias or name for name, info in model.model_fields.items() if info.is_required()}
    defaults = {
        name for name, p in inspect.signature(method).parameters.items() if p.default is inspect.Parameter.empty
    }
    assert required <= defaults

