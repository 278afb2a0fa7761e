import { banner, type GeneratedFile } from './banner.js'
import type { ContractModel } from './contract-model.js'
import { dataTypeName, pascalCase } from './names.js'
import { PythonModelWriter, pyLiteral } from './python-models.js'

const HEADER = `import datetime as _dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, TypeAdapter


class ContractModel(BaseModel):
    """Base of every model here. Fields the contract does not name yet are kept (\`model_extra\`), never refused."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())`

/** The Python class of an event's envelope: \`call.completed\` -> \`CallCompletedEvent\`. */
export function pythonEventClassName(type: string): string {
  return `${pascalCase(type)}Event`
}

/**
 * Emits \`events.py\`: pydantic models of every event's \`data\`, the envelope, one envelope class per
 * event (\`type\`/\`event\` as literals, \`data\` typed), \`UnknownEvent\` for types this contract does
 * not list, the \`WebhookEvent\` union discriminated on \`type\` (unknown types fall to
 * \`UnknownEvent\`), the catalog's type lists, and the models of non-enveloped callbacks. Works on
 * the model of any contract, not only ours.
 */
export function emitPythonEvents(model: ContractModel): GeneratedFile {
  const writer = new PythonModelWriter({
    base: 'ContractModel',
    reserved: ['ContractModel', 'UnknownEvent', 'WebhookEvent', 'EventType'],
  })
  const dataNames = new Map<string, string>()
  for (const event of model.events) {
    dataNames.set(event.type, writer.typeOf(event.dataSchema, dataTypeName(event.type, event.dataSchema)))
  }
  // The envelope's own `data` is any object: each event class narrows it.
  const envelope = writer.declare(model.envelopeSchema, 'EventEnvelope')
  const eventClasses = model.events.map((event) => {
    const name = pythonEventClassName(event.type)
    const literal = `Literal[${pyLiteral(event.type)}]`
    const doc = [event.title, event.summary].filter(Boolean).join(': ') || event.type
    writer.append(
      `class ${name}(${envelope}):
    """\`${event.type}\`${event.reserved ? ' (reserved: catalogued and typed, not sent yet)' : ''}. ${doc.replace(/\\/g, '\\\\').replace(/"""/g, "'''")}"""

    type: ${literal}
    event: ${literal}
    data: ${dataNames.get(event.type)}`,
    )
    return { type: event.type, name }
  })
  for (const callback of model.callbacks)
    writer.typeOf(callback.schema, dataTypeName(callback.name, callback.schema))

  const types = model.events.map((e) => `    ${pyLiteral(e.type)},`).join('\n')
  const reserved = model.events.filter((e) => e.reserved).map((e) => pyLiteral(e.type))
  const members = eventClasses
    .map((c) => `        Annotated[${c.name}, Tag(${pyLiteral(c.type)})],`)
    .join('\n')
  writer.append(`class UnknownEvent(${envelope}):
    """An event whose \`type\` this contract does not list: newer than this package. Acknowledge and ignore it."""


EventType = Literal[
${types}
]
"""Every event type of the catalog, emitted and reserved."""

API_VERSION = ${pyLiteral(model.apiVersion)}
"""The contract version these models describe (the AsyncAPI document's info.version)."""

EVENT_MODELS: dict[str, type[${envelope}]] = {
${eventClasses.map((c) => `    ${pyLiteral(c.type)}: ${c.name},`).join('\n')}
}
"""The envelope class of each event type."""

DATA_MODELS: dict[str, type[ContractModel]] = {
${model.events.map((e) => `    ${pyLiteral(e.type)}: ${dataNames.get(e.type)},`).join('\n')}
}
"""The \`data\` class of each event type."""

RESERVED_EVENT_TYPES: frozenset[str] = frozenset({${reserved.join(', ')}})
"""Types that are catalogued and typed but refused at publish until enabled."""

_UNKNOWN = "__unknown__"


def _event_tag(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return kind if isinstance(kind, str) and kind in EVENT_MODELS else _UNKNOWN


WebhookEvent = Annotated[
    Union[
${members}
        Annotated[UnknownEvent, Tag(_UNKNOWN)],
    ],
    Discriminator(_event_tag),
]
"""A delivered envelope: one of the event classes, chosen by \`type\`; \`UnknownEvent\` for types not listed."""

WEBHOOK_EVENT: TypeAdapter[WebhookEvent] = TypeAdapter(WebhookEvent)
"""Validates a JSON body (\`validate_json\`) or a dict (\`validate_python\`) into a \`WebhookEvent\`."""`)
  const all = [
    'API_VERSION',
    'ContractModel',
    'DATA_MODELS',
    'EVENT_MODELS',
    'EventEnvelope',
    'EventType',
    'RESERVED_EVENT_TYPES',
    'UnknownEvent',
    'WEBHOOK_EVENT',
    'WebhookEvent',
    ...eventClasses.map((c) => c.name),
  ]
  const contents = `${banner('Event models (pydantic)', 'hash')}"""Pydantic models of every webhook event, generated from the AsyncAPI contract."""

${HEADER}


${writer.code()}
__all__ = [
${all.map((n) => `    ${pyLiteral(n)},`).join('\n')}
]
`
  return { path: 'events.py', contents }
}
