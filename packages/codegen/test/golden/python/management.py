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


Status = Literal["on", "off"]
"""On or off."""


class Item(ApiModel):
    id: Annotated[str, Field(pattern="^it_[0-9]+$")]
    status: Status = Field(description="On or off.")
    from_: str | None = Field(alias="from")
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    tags: Annotated[list[str], Field(max_length=3)] | None = Field(default=None)


__all__ = [
    "ApiModel",
    "Status",
    "Item",
]
