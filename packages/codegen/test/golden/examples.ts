// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Examples: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

import type { CallStatusCallback, EventType, WebhookEvent } from './types.js'

/** The first spec example of each event type: a complete, valid envelope. */
export const examples: { readonly [K in EventType]: WebhookEvent<K> } = {
  'batch.completed': {
    "id": "evt_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
    "type": "batch.completed",
    "event": "batch.completed",
    "timestamp": "2026-04-01T12:30:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
    "webhook_id": "wh_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
    "data": {
      "batch_id": "b1",
      "cost": {
        "amount": 1,
        "currency": "EUR"
      }
    }
  },
  'call.completed': {
    "id": "evt_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
    "type": "call.completed",
    "event": "call.completed",
    "timestamp": "2026-04-01T12:30:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
    "webhook_id": "wh_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
    "data": {
      "call_id": "3f1c1a52-8f0e-4a55-9a5e-1f7b2a3c4d5e",
      "direction": "inbound",
      "phone_number": "+14155550100",
      "cost": {
        "amount": 0.42,
        "currency": "USD"
      }
    }
  },
}

/** Every spec example of each event type. */
export const allExamples: { readonly [K in EventType]: readonly WebhookEvent<K>[] } = {
  'batch.completed': [
    {
      "id": "evt_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
      "type": "batch.completed",
      "event": "batch.completed",
      "timestamp": "2026-04-01T12:30:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
      "webhook_id": "wh_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
      "data": {
        "batch_id": "b1",
        "cost": {
          "amount": 1,
          "currency": "EUR"
        }
      }
    },
  ],
  'call.completed': [
    {
      "id": "evt_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
      "type": "call.completed",
      "event": "call.completed",
      "timestamp": "2026-04-01T12:30:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
      "webhook_id": "wh_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V",
      "data": {
        "call_id": "3f1c1a52-8f0e-4a55-9a5e-1f7b2a3c4d5e",
        "direction": "inbound",
        "phone_number": "+14155550100",
        "cost": {
          "amount": 0.42,
          "currency": "USD"
        }
      }
    },
  ],
}

/** Spec examples of the per-call status callback. */
export const callbackExamples: readonly CallStatusCallback[] = [
  {
    "status": "success",
    "message": "Call Details",
    "data": {
      "call_id": "3f1c1a52-8f0e-4a55-9a5e-1f7b2a3c4d5e"
    }
  },
]
