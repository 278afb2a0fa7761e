// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Event catalog: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

import type { EventType } from './types.js'

/** One event of the catalog as the spec declares it. */
export interface CatalogEntrySpec {
  readonly name: EventType
  readonly title: string
  readonly summary: string
  readonly description: string
  /** Catalogued and typed, but a sender refuses to publish it until enabled. */
  readonly reserved: boolean
  /** JSON Schema (draft-07) of the event's `data`. */
  readonly schema: { readonly [key: string]: unknown }
}

/** The API version of the webhook contract (AsyncAPI info.version). */
export const apiVersion = '2026-11-01'

/** Every event type, sorted. */
export const eventTypes = [
  'batch.completed',
  'call.completed',
] as const satisfies readonly EventType[]

/** JSON Schema (draft-07) of the envelope every delivery shares. */
export const envelopeSchema: { readonly [key: string]: unknown } = {
  "properties": {
    "account_id": {
      "type": "string"
    },
    "api_version": {
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
      "type": "string"
    },
    "data": {
      "type": "object"
    },
    "event": {
      "type": "string"
    },
    "id": {
      "description": "Event id.",
      "pattern": "^evt_[0-9A-Za-z]{10,64}$",
      "type": "string"
    },
    "timestamp": {
      "format": "date-time",
      "type": "string"
    },
    "type": {
      "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
      "type": "string"
    },
    "webhook_id": {
      "type": "string"
    }
  },
  "required": [
    "id",
    "type",
    "event",
    "timestamp",
    "api_version",
    "account_id",
    "webhook_id",
    "data"
  ],
  "title": "EventEnvelope",
  "type": "object"
}

/** The catalog, sorted by name. */
export const catalogSpec: readonly CatalogEntrySpec[] = [
  {
    "name": "batch.completed",
    "title": "Batch completed",
    "summary": "Reserved.",
    "description": "",
    "reserved": true,
    "schema": {
      "properties": {
        "batch_id": {
          "type": "string"
        },
        "cost": {
          "properties": {
            "amount": {
              "minimum": 0,
              "type": "number"
            },
            "currency": {
              "pattern": "^[A-Z]{3}$",
              "title": "CurrencyCode",
              "type": "string"
            }
          },
          "required": [
            "amount",
            "currency"
          ],
          "title": "Money",
          "type": "object"
        }
      },
      "required": [
        "batch_id",
        "cost"
      ],
      "title": "BatchCompletedData",
      "type": "object"
    }
  },
  {
    "name": "call.completed",
    "title": "Call completed",
    "summary": "A call finished.",
    "description": "",
    "reserved": false,
    "schema": {
      "properties": {
        "call_id": {
          "description": "The call.",
          "format": "uuid",
          "type": "string"
        },
        "cost": {
          "properties": {
            "amount": {
              "minimum": 0,
              "type": "number"
            },
            "currency": {
              "pattern": "^[A-Z]{3}$",
              "title": "CurrencyCode",
              "type": "string"
            }
          },
          "required": [
            "amount",
            "currency"
          ],
          "title": "Money",
          "type": "object"
        },
        "direction": {
          "enum": [
            "inbound",
            "outbound"
          ],
          "type": "string"
        },
        "note": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone_number": {
          "pattern": "^\\+[1-9]\\d{1,14}$",
          "type": "string"
        }
      },
      "required": [
        "call_id",
        "direction",
        "phone_number",
        "cost"
      ],
      "title": "CallCompletedData",
      "type": "object"
    }
  },
]
