// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Examples: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

import type { CallStatusCallback, EventType, WebhookEvent } from './types.js'

/** The first spec example of each event type: a complete, valid envelope. */
export const examples: { readonly [K in EventType]: WebhookEvent<K> } = {
  'agent.created': {
    "id": "evt_01KMZQPBXR3P5XPR1JMD04DCW9",
    "type": "agent.created",
    "event": "agent.created",
    "timestamp": "2026-03-30T16:02:11Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "name": "Max (appointment reminders)",
      "version": 1,
      "updated_by": {
        "type": "user",
        "id": "usr_01KERKG4009V7S2M3XQ8WJ1C4D",
        "name": "Priya Shah",
        "email": "priya.shah@brightsmile.example"
      },
      "created_at": "2026-03-30T16:02:11Z"
    }
  },
  'agent.failed': {
    "id": "evt_01KN4VB52GA2GTP4G34V5GXVCV",
    "type": "agent.failed",
    "event": "agent.failed",
    "timestamp": "2026-04-01T15:42:10Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "error": {
        "code": "llm_provider_error",
        "message": "The language model provider returned HTTP 503 for 3 consecutive requests."
      },
      "failed_at": "2026-04-01T15:42:10Z",
      "version": 7,
      "call_id": "4d4255cd-0d0d-46f8-8c04-b084564fd740"
    }
  },
  'agent.number_assigned': {
    "id": "evt_01KMSTQWM0FF9SWWXX1S2YKHTZ",
    "type": "agent.number_assigned",
    "event": "agent.number_assigned",
    "timestamp": "2026-03-28T09:00:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
      "phone_number": "+14155550100",
      "assigned_at": "2026-03-28T09:00:00Z",
      "previous_agent_id": null
    }
  },
  'agent.published': {
    "id": "evt_01KN1PGM1RA1NH2P24H77W42XV",
    "type": "agent.published",
    "event": "agent.published",
    "timestamp": "2026-03-31T10:20:03Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "version": 7,
      "published_at": "2026-03-31T10:20:03Z",
      "name": "Ava (front desk)",
      "previous_version": 6,
      "published_by": {
        "type": "user",
        "id": "usr_01KERKG4009V7S2M3XQ8WJ1C4D",
        "name": "Priya Shah",
        "email": "priya.shah@brightsmile.example"
      }
    }
  },
  'agent.updated': {
    "id": "evt_01KN1P8N5GS6Q5FCQHPD6TPFNE",
    "type": "agent.updated",
    "event": "agent.updated",
    "timestamp": "2026-03-31T10:15:42Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "name": "Ava (front desk)",
      "version": 7,
      "changed_fields": [
        "prompt",
        "voice.speed"
      ],
      "updated_by": {
        "type": "api_key",
        "id": "key_01KERKG40081Z3TJ6PY1505AXX",
        "name": "CI deploy"
      },
      "updated_at": "2026-03-31T10:15:42Z"
    }
  },
  'appointment.cancelled': {
    "id": "evt_01KNQ69T0042VNPWGSSNS0R1JA",
    "type": "appointment.cancelled",
    "event": "appointment.cancelled",
    "timestamp": "2026-04-08T18:40:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "appointment_id": "fabb5283-b3a4-49c1-9e5c-157edea9f2e0",
      "call_id": null,
      "customer_name": "James Carter",
      "customer_phone": "+12125550187",
      "customer_email": null,
      "date": "2026-04-14",
      "time": "09:00",
      "service": "Teeth whitening consultation",
      "duration_minutes": 30,
      "notes": null,
      "timezone": "America/Los_Angeles",
      "status": "cancelled",
      "cancelled_by": "customer",
      "cancellation_reason": "Travelling that week; will call back to rebook.",
      "cancelled_at": "2026-04-08T18:40:00Z"
    }
  },
  'appointment.created': {
    "id": "evt_01KN4G72HGM9ZBNFGKREVAZAPM",
    "type": "appointment.created",
    "event": "appointment.created",
    "timestamp": "2026-04-01T12:27:42Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "customer_name": "Maria Gonzalez",
      "customer_phone": "+14155550123",
      "customer_email": "maria.gonzalez@example.com",
      "date": "2026-04-10",
      "time": "14:00",
      "service": "Dental cleaning",
      "duration_minutes": 45,
      "notes": "First visit; prefers afternoon appointments.",
      "timezone": "America/Los_Angeles",
      "status": "scheduled",
      "created_at": "2026-04-01T12:27:42Z"
    }
  },
  'appointment.reminder': {
    "id": "evt_01KNT5VNJ0HE37S809PQMRMTYQ",
    "type": "appointment.reminder",
    "event": "appointment.reminder",
    "timestamp": "2026-04-09T22:30:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "customer_name": "Maria Gonzalez",
      "customer_phone": "+14155550123",
      "customer_email": "maria.gonzalez@example.com",
      "date": "2026-04-10",
      "time": "15:30",
      "service": "Dental cleaning",
      "duration_minutes": 45,
      "notes": "First visit; prefers afternoon appointments.",
      "timezone": "America/Los_Angeles",
      "status": "confirmed",
      "reminder_channel": "sms",
      "reminder_sent_at": "2026-04-09T22:30:00Z"
    }
  },
  'appointment.updated': {
    "id": "evt_01KN99V31GT6N0D78PMAE6YGSC",
    "type": "appointment.updated",
    "event": "appointment.updated",
    "timestamp": "2026-04-03T09:12:30Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "customer_name": "Maria Gonzalez",
      "customer_phone": "+14155550123",
      "customer_email": "maria.gonzalez@example.com",
      "date": "2026-04-10",
      "time": "15:30",
      "service": "Dental cleaning",
      "duration_minutes": 45,
      "notes": "First visit; prefers afternoon appointments.",
      "timezone": "America/Los_Angeles",
      "status": "rescheduled",
      "changed_fields": [
        "time"
      ],
      "previous_date": "2026-04-10",
      "previous_time": "14:00",
      "updated_at": "2026-04-03T09:12:30Z"
    }
  },
  'auth.welcome': {
    "id": "evt_01KERKG40001TFKFWPXFHT52WM",
    "type": "auth.welcome",
    "event": "auth.welcome",
    "timestamp": "2026-01-12T08:00:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "email": "ops@brightsmile.example",
      "created_at": "2026-01-12T08:00:00Z",
      "name": "Bright Smile Dental"
    }
  },
  'batch.completed': {
    "id": "evt_01KN55T6R8241Z06SGX1ZK4AF9",
    "type": "batch.completed",
    "event": "batch.completed",
    "timestamp": "2026-04-01T18:45:09Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "batch_id": "694fe079-39ab-41a1-aaf9-80d01e00a580",
      "total_calls": 120,
      "completed_calls": 97,
      "failed_calls": 23,
      "completed_at": "2026-04-01T18:45:09Z",
      "name": "April reminders, week 2",
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "cost": {
        "amount": 21.74,
        "currency": "USD"
      }
    }
  },
  'billing.balance_depleted': {
    "id": "evt_01KNHNJG8RQ4AWH2VMMM4B5T6M",
    "type": "billing.balance_depleted",
    "event": "billing.balance_depleted",
    "timestamp": "2026-04-06T15:11:27Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "balance": -0.12,
      "currency": "USD",
      "depleted_at": "2026-04-06T15:11:27Z",
      "calls_paused": true
    }
  },
  'billing.low_balance': {
    "id": "evt_01KNDNT910G3YP886KP8EBFQQQ",
    "type": "billing.low_balance",
    "event": "billing.low_balance",
    "timestamp": "2026-04-05T01:58:44Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "balance": 4.85,
      "threshold": 5,
      "currency": "USD",
      "auto_topup_enabled": true,
      "estimated_minutes_remaining": 53
    }
  },
  'billing.payment_failed': {
    "id": "evt_01KNDNWP5R7BCZTSGA6VJP4DMQ",
    "type": "billing.payment_failed",
    "event": "billing.payment_failed",
    "timestamp": "2026-04-05T02:00:03Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "amount": 50,
      "currency": "USD",
      "balance": 4.85,
      "payment_id": "pi_3PCa1mLq8tYh4Dz70Xk9fQ7r",
      "failure_reason": "Your card was declined.",
      "failure_code": "card_declined",
      "automatic": true,
      "failed_at": "2026-04-05T02:00:03Z",
      "next_retry_at": "2026-04-06T02:00:00Z"
    }
  },
  'billing.topup_confirmed': {
    "id": "evt_01KN44X2J0A31BBJMABAQSZ79P",
    "type": "billing.topup_confirmed",
    "event": "billing.topup_confirmed",
    "timestamp": "2026-04-01T09:10:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "amount": 50,
      "currency": "USD",
      "balance": 62.4,
      "payment_id": "pi_3PBx7kLq8tYh4Dz71cN0aB2d",
      "payment_method": "card",
      "automatic": false,
      "confirmed_at": "2026-04-01T09:10:00Z",
      "receipt_url": "https://pay.voicehooks.example/receipts/rcpt_01KN44ZJ0G7D2XH5W9QAT3M8VE"
    }
  },
  'call.answered': {
    "id": "evt_01KN4NGBH8RH8N0DCBNEZGY5WK",
    "type": "call.answered",
    "event": "call.answered",
    "timestamp": "2026-04-01T14:00:09Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "answered_at": "2026-04-01T14:00:09Z",
      "answered_by": "human",
      "ring_duration_seconds": 9
    }
  },
  'call.completed': {
    "id": "evt_01KN4GB9A07TTRGJ0YMSK97S30",
    "type": "call.completed",
    "event": "call.completed",
    "timestamp": "2026-04-01T12:30:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "direction": "inbound",
      "phone_number": "+14155550123",
      "duration_seconds": 353,
      "cost": {
        "amount": 0.53,
        "currency": "USD"
      },
      "outcome": "appointment_booked",
      "transcript": "Agent: Thank you for calling Bright Smile Dental, this is Ava. How can I help you today?\nCustomer: Hi, I'd like to book a cleaning. I'm a new patient.\nAgent: Welcome! May I have your full name, please?\nCustomer: Maria Gonzalez.\nAgent: Thanks, Maria. We have Friday, April 10th at 2 PM or Monday, April 13th at 10 AM. Which works better?\nCustomer: Friday at 2 works.\nAgent: Great. I've booked a 45-minute dental cleaning for Friday, April 10th at 2 PM. Is +1 415 555 0123 the best number to reach you?\nCustomer: Yes, and my email is maria.gonzalez@example.com.\nAgent: Perfect, you'll get a confirmation by text shortly. Anything else I can help with?\nCustomer: No, that's all. Thanks!\nAgent: Thank you, Maria. See you on the 10th. Goodbye!",
      "recording_url": "https://media.voicehooks.example/recordings/f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5.mp3",
      "extracted_data": {
        "customer_name": "Maria Gonzalez",
        "appointment_date": "2026-04-10",
        "appointment_time": "14:00",
        "service": "Dental cleaning",
        "new_patient": true
      },
      "custom_args_values": {},
      "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
      "summary": "New patient Maria Gonzalez booked a 45-minute dental cleaning for Friday, April 10 at 2 PM and gave her e-mail for the confirmation.",
      "started_at": "2026-04-01T12:24:05Z",
      "ended_at": "2026-04-01T12:29:58Z"
    }
  },
  'call.ended': {
    "id": "evt_01KN4GB7BGH5SMAVDRJEK7QENK",
    "type": "call.ended",
    "event": "call.ended",
    "timestamp": "2026-04-01T12:29:58Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "status": "completed",
      "ended_reason": "customer_hung_up",
      "duration_seconds": 353,
      "cost": {
        "amount": 0.53,
        "currency": "USD"
      },
      "transcript_url": "https://api.voicehooks.example/v1/calls/f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5/transcript",
      "recording_url": "https://media.voicehooks.example/recordings/f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5.mp3",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "direction": "inbound",
      "ended_at": "2026-04-01T12:29:58Z"
    }
  },
  'call.failed': {
    "id": "evt_01KN4NSW78W251092YQ460NG9D",
    "type": "call.failed",
    "event": "call.failed",
    "timestamp": "2026-04-01T14:05:21Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "c8883824-37e2-4a05-82fc-3750697a4983",
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "reason": "busy",
      "failed_at": "2026-04-01T14:05:21Z",
      "from_number": "+14155550100",
      "to_number": "+13125550164",
      "error": null,
      "attempt": 1,
      "will_retry": true
    }
  },
  'call.initiated': {
    "id": "evt_01KN4NG2R00PXXWAQ4T45T2BBR",
    "type": "call.initiated",
    "event": "call.initiated",
    "timestamp": "2026-04-01T14:00:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "direction": "outbound",
      "from_number": "+14155550100",
      "to_number": "+12125550187",
      "initiated_at": "2026-04-01T14:00:00Z",
      "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
      "batch_id": null,
      "custom_args_values": {
        "callee_name": "James",
        "appointment_date": "2026-04-14",
        "appointment_time": "09:00"
      }
    }
  },
  'call.intelligence.ready': {
    "id": "evt_01KN4GBWV0RMX3Z8ZAMD2182C1",
    "type": "call.intelligence.ready",
    "event": "call.intelligence.ready",
    "timestamp": "2026-04-01T12:30:20Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "status": "completed",
      "duration": 353,
      "cost": {
        "amount": 0.55,
        "currency": "USD"
      },
      "summary": "The caller booked a dental cleaning for April 10 at 2 PM and confirmed her contact details.",
      "sentiment": "positive",
      "extraction": {
        "customer_name": "Maria Gonzalez",
        "appointment_date": "2026-04-10",
        "appointment_time": "14:00",
        "new_patient": true
      },
      "evaluation": {
        "score": 83,
        "passed": true,
        "criteria": [
          {
            "name": "Collected name and contact details",
            "passed": true,
            "comment": null
          },
          {
            "name": "Read the booking back to the caller",
            "passed": true,
            "comment": "Confirmed Friday, April 10 at 2 PM."
          },
          {
            "name": "Offered the new-patient intake form",
            "passed": false,
            "comment": "The intake form link was not mentioned."
          }
        ]
      }
    }
  },
  'call.started': {
    "id": "evt_01KN4G0EM81TGNVYPP1SDRADJM",
    "type": "call.started",
    "event": "call.started",
    "timestamp": "2026-04-01T12:24:05Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "direction": "inbound",
      "caller": "+14155550123",
      "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
      "phone_number": "+14155550100",
      "started_at": "2026-04-01T12:24:05Z"
    }
  },
  'call.tool_invoked': {
    "id": "evt_01KN4G71J8K9K46ZQQ8B7WT8KY",
    "type": "call.tool_invoked",
    "event": "call.tool_invoked",
    "timestamp": "2026-04-01T12:27:41Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
      "tool_id": "f18f7013-ac68-469d-9c76-924eba340a24",
      "tool_name": "book_appointment",
      "parameters": {
        "customer_name": "Maria Gonzalez",
        "customer_phone": "+14155550123",
        "date": "2026-04-10",
        "time": "14:00",
        "service": "Dental cleaning"
      },
      "invoked_at": "2026-04-01T12:27:41Z",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "status": "succeeded",
      "duration_ms": 412,
      "result": {
        "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
        "confirmed": true
      }
    }
  },
  'call.transferred': {
    "id": "evt_01KN4NNY8003YXCPD5K5WHQ499",
    "type": "call.transferred",
    "event": "call.transferred",
    "timestamp": "2026-04-01T14:03:12Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
      "transfer_destination": "+14155550111",
      "transferred_at": "2026-04-01T14:03:12Z",
      "reason": "Caller asked whether their insurance covers the consultation.",
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "transfer_type": "warm"
    }
  },
  'conversation.updated': {
    "id": "evt_01KN4WSV707771XHVGVESJXWBT",
    "type": "conversation.updated",
    "event": "conversation.updated",
    "timestamp": "2026-04-01T16:07:40Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "conversation_id": "967e40f2-78e5-4e00-8daa-c25e606ad3bb",
      "status": "handed_off",
      "changed_fields": [
        "status"
      ],
      "channel": "sms",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "updated_at": "2026-04-01T16:07:40Z"
    }
  },
  'custom.alert': {
    "id": "evt_01KN4PBHN0T4XZVD9W912TQPM7",
    "type": "custom.alert",
    "event": "custom.alert",
    "timestamp": "2026-04-01T14:15:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "alert_id": "0d240cb4-7e47-4e61-af27-351c34f1b7e7",
      "name": "Failed calls spike",
      "severity": "warning",
      "message": "7 outbound calls failed in the last 10 minutes (threshold: 5).",
      "triggered_at": "2026-04-01T14:15:00Z",
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "metadata": {
        "failed_calls": 7,
        "window_minutes": 10,
        "threshold": 5
      }
    }
  },
  'message.received': {
    "id": "evt_01KN4WNAP0X5ME9JVK6FN4SKXG",
    "type": "message.received",
    "event": "message.received",
    "timestamp": "2026-04-01T16:05:12Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "message_id": "208a1093-7ca2-47c2-9d24-6809bda93de4",
      "conversation_id": "967e40f2-78e5-4e00-8daa-c25e606ad3bb",
      "from": "+14155550123",
      "channel": "sms",
      "text": "Hi, can I bring my daughter to the same appointment on Friday?",
      "received_at": "2026-04-01T16:05:12Z",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "attachments": []
    }
  },
  'phone_number.assigned': {
    "id": "evt_01KMSTN4QGF5QT8JTK48GD3EJ5",
    "type": "phone_number.assigned",
    "event": "phone_number.assigned",
    "timestamp": "2026-03-28T08:58:30Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "phone_number_id": "5f537792-edce-4c8c-8c9a-7abe13e49111",
      "phone_number": "+16505550142",
      "agent_id": null,
      "country": "US",
      "capabilities": [
        "voice",
        "sms"
      ],
      "monthly_cost": {
        "amount": 1.15,
        "currency": "USD"
      },
      "assigned_at": "2026-03-28T08:58:30Z"
    }
  },
  'phone_number.released': {
    "id": "evt_01KN7KXAE0H6X56NFXC6HM5FEM",
    "type": "phone_number.released",
    "event": "phone_number.released",
    "timestamp": "2026-04-02T17:30:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "phone_number_id": "5f537792-edce-4c8c-8c9a-7abe13e49111",
      "phone_number": "+16505550142",
      "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
      "released_at": "2026-04-02T17:30:00Z"
    }
  },
  'system.api_key_created': {
    "id": "evt_01KN4567H0X7VMCTGTDQCATNBF",
    "type": "system.api_key_created",
    "event": "system.api_key_created",
    "timestamp": "2026-04-01T09:15:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "api_key_id": "key_01KN4567H0PSNNV47QMQSKBEK5",
      "name": "Production backend",
      "prefix": "vh_live_7Qx2",
      "actor": {
        "type": "user",
        "id": "usr_01KERKG4009V7S2M3XQ8WJ1C4D",
        "name": "Priya Shah",
        "email": "priya.shah@brightsmile.example"
      },
      "created_at": "2026-04-01T09:15:00Z"
    }
  },
  'system.api_key_revoked': {
    "id": "evt_01KN6XK6W0B3RKWY3V3HXV22TD",
    "type": "system.api_key_revoked",
    "event": "system.api_key_revoked",
    "timestamp": "2026-04-02T11:00:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "api_key_id": "key_01KERKG40081Z3TJ6PY1505AXX",
      "name": "CI deploy",
      "prefix": "vh_live_K3m9",
      "actor": {
        "type": "api_key",
        "id": "key_01KN4567H0PSNNV47QMQSKBEK5",
        "name": "Production backend"
      },
      "revoked_at": "2026-04-02T11:00:00Z"
    }
  },
  'test.ping': {
    "id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
    "type": "test.ping",
    "event": "test.ping",
    "timestamp": "2026-04-01T12:00:00Z",
    "api_version": "2026-11-01",
    "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
    "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
    "data": {
      "message": "This is a test event from Voicehooks. Respond with any 2xx status to acknowledge it.",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK"
    }
  },
}

/** Every spec example of each event type. */
export const allExamples: { readonly [K in EventType]: readonly WebhookEvent<K>[] } = {
  'agent.created': [
    {
      "id": "evt_01KMZQPBXR3P5XPR1JMD04DCW9",
      "type": "agent.created",
      "event": "agent.created",
      "timestamp": "2026-03-30T16:02:11Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "name": "Max (appointment reminders)",
        "version": 1,
        "updated_by": {
          "type": "user",
          "id": "usr_01KERKG4009V7S2M3XQ8WJ1C4D",
          "name": "Priya Shah",
          "email": "priya.shah@brightsmile.example"
        },
        "created_at": "2026-03-30T16:02:11Z"
      }
    },
  ],
  'agent.failed': [
    {
      "id": "evt_01KN4VB52GA2GTP4G34V5GXVCV",
      "type": "agent.failed",
      "event": "agent.failed",
      "timestamp": "2026-04-01T15:42:10Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "error": {
          "code": "llm_provider_error",
          "message": "The language model provider returned HTTP 503 for 3 consecutive requests."
        },
        "failed_at": "2026-04-01T15:42:10Z",
        "version": 7,
        "call_id": "4d4255cd-0d0d-46f8-8c04-b084564fd740"
      }
    },
  ],
  'agent.number_assigned': [
    {
      "id": "evt_01KMSTQWM0FF9SWWXX1S2YKHTZ",
      "type": "agent.number_assigned",
      "event": "agent.number_assigned",
      "timestamp": "2026-03-28T09:00:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
        "phone_number": "+14155550100",
        "assigned_at": "2026-03-28T09:00:00Z",
        "previous_agent_id": null
      }
    },
  ],
  'agent.published': [
    {
      "id": "evt_01KN1PGM1RA1NH2P24H77W42XV",
      "type": "agent.published",
      "event": "agent.published",
      "timestamp": "2026-03-31T10:20:03Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "version": 7,
        "published_at": "2026-03-31T10:20:03Z",
        "name": "Ava (front desk)",
        "previous_version": 6,
        "published_by": {
          "type": "user",
          "id": "usr_01KERKG4009V7S2M3XQ8WJ1C4D",
          "name": "Priya Shah",
          "email": "priya.shah@brightsmile.example"
        }
      }
    },
  ],
  'agent.updated': [
    {
      "id": "evt_01KN1P8N5GS6Q5FCQHPD6TPFNE",
      "type": "agent.updated",
      "event": "agent.updated",
      "timestamp": "2026-03-31T10:15:42Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "name": "Ava (front desk)",
        "version": 7,
        "changed_fields": [
          "prompt",
          "voice.speed"
        ],
        "updated_by": {
          "type": "api_key",
          "id": "key_01KERKG40081Z3TJ6PY1505AXX",
          "name": "CI deploy"
        },
        "updated_at": "2026-03-31T10:15:42Z"
      }
    },
  ],
  'appointment.cancelled': [
    {
      "id": "evt_01KNQ69T0042VNPWGSSNS0R1JA",
      "type": "appointment.cancelled",
      "event": "appointment.cancelled",
      "timestamp": "2026-04-08T18:40:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "appointment_id": "fabb5283-b3a4-49c1-9e5c-157edea9f2e0",
        "call_id": null,
        "customer_name": "James Carter",
        "customer_phone": "+12125550187",
        "customer_email": null,
        "date": "2026-04-14",
        "time": "09:00",
        "service": "Teeth whitening consultation",
        "duration_minutes": 30,
        "notes": null,
        "timezone": "America/Los_Angeles",
        "status": "cancelled",
        "cancelled_by": "customer",
        "cancellation_reason": "Travelling that week; will call back to rebook.",
        "cancelled_at": "2026-04-08T18:40:00Z"
      }
    },
  ],
  'appointment.created': [
    {
      "id": "evt_01KN4G72HGM9ZBNFGKREVAZAPM",
      "type": "appointment.created",
      "event": "appointment.created",
      "timestamp": "2026-04-01T12:27:42Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "customer_name": "Maria Gonzalez",
        "customer_phone": "+14155550123",
        "customer_email": "maria.gonzalez@example.com",
        "date": "2026-04-10",
        "time": "14:00",
        "service": "Dental cleaning",
        "duration_minutes": 45,
        "notes": "First visit; prefers afternoon appointments.",
        "timezone": "America/Los_Angeles",
        "status": "scheduled",
        "created_at": "2026-04-01T12:27:42Z"
      }
    },
  ],
  'appointment.reminder': [
    {
      "id": "evt_01KNT5VNJ0HE37S809PQMRMTYQ",
      "type": "appointment.reminder",
      "event": "appointment.reminder",
      "timestamp": "2026-04-09T22:30:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "customer_name": "Maria Gonzalez",
        "customer_phone": "+14155550123",
        "customer_email": "maria.gonzalez@example.com",
        "date": "2026-04-10",
        "time": "15:30",
        "service": "Dental cleaning",
        "duration_minutes": 45,
        "notes": "First visit; prefers afternoon appointments.",
        "timezone": "America/Los_Angeles",
        "status": "confirmed",
        "reminder_channel": "sms",
        "reminder_sent_at": "2026-04-09T22:30:00Z"
      }
    },
  ],
  'appointment.updated': [
    {
      "id": "evt_01KN99V31GT6N0D78PMAE6YGSC",
      "type": "appointment.updated",
      "event": "appointment.updated",
      "timestamp": "2026-04-03T09:12:30Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "customer_name": "Maria Gonzalez",
        "customer_phone": "+14155550123",
        "customer_email": "maria.gonzalez@example.com",
        "date": "2026-04-10",
        "time": "15:30",
        "service": "Dental cleaning",
        "duration_minutes": 45,
        "notes": "First visit; prefers afternoon appointments.",
        "timezone": "America/Los_Angeles",
        "status": "rescheduled",
        "changed_fields": [
          "time"
        ],
        "previous_date": "2026-04-10",
        "previous_time": "14:00",
        "updated_at": "2026-04-03T09:12:30Z"
      }
    },
  ],
  'auth.welcome': [
    {
      "id": "evt_01KERKG40001TFKFWPXFHT52WM",
      "type": "auth.welcome",
      "event": "auth.welcome",
      "timestamp": "2026-01-12T08:00:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
        "email": "ops@brightsmile.example",
        "created_at": "2026-01-12T08:00:00Z",
        "name": "Bright Smile Dental"
      }
    },
  ],
  'batch.completed': [
    {
      "id": "evt_01KN55T6R8241Z06SGX1ZK4AF9",
      "type": "batch.completed",
      "event": "batch.completed",
      "timestamp": "2026-04-01T18:45:09Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "batch_id": "694fe079-39ab-41a1-aaf9-80d01e00a580",
        "total_calls": 120,
        "completed_calls": 97,
        "failed_calls": 23,
        "completed_at": "2026-04-01T18:45:09Z",
        "name": "April reminders, week 2",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "cost": {
          "amount": 21.74,
          "currency": "USD"
        }
      }
    },
  ],
  'billing.balance_depleted': [
    {
      "id": "evt_01KNHNJG8RQ4AWH2VMMM4B5T6M",
      "type": "billing.balance_depleted",
      "event": "billing.balance_depleted",
      "timestamp": "2026-04-06T15:11:27Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "balance": -0.12,
        "currency": "USD",
        "depleted_at": "2026-04-06T15:11:27Z",
        "calls_paused": true
      }
    },
  ],
  'billing.low_balance': [
    {
      "id": "evt_01KNDNT910G3YP886KP8EBFQQQ",
      "type": "billing.low_balance",
      "event": "billing.low_balance",
      "timestamp": "2026-04-05T01:58:44Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "balance": 4.85,
        "threshold": 5,
        "currency": "USD",
        "auto_topup_enabled": true,
        "estimated_minutes_remaining": 53
      }
    },
  ],
  'billing.payment_failed': [
    {
      "id": "evt_01KNDNWP5R7BCZTSGA6VJP4DMQ",
      "type": "billing.payment_failed",
      "event": "billing.payment_failed",
      "timestamp": "2026-04-05T02:00:03Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "amount": 50,
        "currency": "USD",
        "balance": 4.85,
        "payment_id": "pi_3PCa1mLq8tYh4Dz70Xk9fQ7r",
        "failure_reason": "Your card was declined.",
        "failure_code": "card_declined",
        "automatic": true,
        "failed_at": "2026-04-05T02:00:03Z",
        "next_retry_at": "2026-04-06T02:00:00Z"
      }
    },
  ],
  'billing.topup_confirmed': [
    {
      "id": "evt_01KN44X2J0A31BBJMABAQSZ79P",
      "type": "billing.topup_confirmed",
      "event": "billing.topup_confirmed",
      "timestamp": "2026-04-01T09:10:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "amount": 50,
        "currency": "USD",
        "balance": 62.4,
        "payment_id": "pi_3PBx7kLq8tYh4Dz71cN0aB2d",
        "payment_method": "card",
        "automatic": false,
        "confirmed_at": "2026-04-01T09:10:00Z",
        "receipt_url": "https://pay.voicehooks.example/receipts/rcpt_01KN44ZJ0G7D2XH5W9QAT3M8VE"
      }
    },
  ],
  'call.answered': [
    {
      "id": "evt_01KN4NGBH8RH8N0DCBNEZGY5WK",
      "type": "call.answered",
      "event": "call.answered",
      "timestamp": "2026-04-01T14:00:09Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "answered_at": "2026-04-01T14:00:09Z",
        "answered_by": "human",
        "ring_duration_seconds": 9
      }
    },
  ],
  'call.completed': [
    {
      "id": "evt_01KN4GB9A07TTRGJ0YMSK97S30",
      "type": "call.completed",
      "event": "call.completed",
      "timestamp": "2026-04-01T12:30:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "direction": "inbound",
        "phone_number": "+14155550123",
        "duration_seconds": 353,
        "cost": {
          "amount": 0.53,
          "currency": "USD"
        },
        "outcome": "appointment_booked",
        "transcript": "Agent: Thank you for calling Bright Smile Dental, this is Ava. How can I help you today?\nCustomer: Hi, I'd like to book a cleaning. I'm a new patient.\nAgent: Welcome! May I have your full name, please?\nCustomer: Maria Gonzalez.\nAgent: Thanks, Maria. We have Friday, April 10th at 2 PM or Monday, April 13th at 10 AM. Which works better?\nCustomer: Friday at 2 works.\nAgent: Great. I've booked a 45-minute dental cleaning for Friday, April 10th at 2 PM. Is +1 415 555 0123 the best number to reach you?\nCustomer: Yes, and my email is maria.gonzalez@example.com.\nAgent: Perfect, you'll get a confirmation by text shortly. Anything else I can help with?\nCustomer: No, that's all. Thanks!\nAgent: Thank you, Maria. See you on the 10th. Goodbye!",
        "recording_url": "https://media.voicehooks.example/recordings/f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5.mp3",
        "extracted_data": {
          "customer_name": "Maria Gonzalez",
          "appointment_date": "2026-04-10",
          "appointment_time": "14:00",
          "service": "Dental cleaning",
          "new_patient": true
        },
        "custom_args_values": {},
        "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
        "summary": "New patient Maria Gonzalez booked a 45-minute dental cleaning for Friday, April 10 at 2 PM and gave her e-mail for the confirmation.",
        "started_at": "2026-04-01T12:24:05Z",
        "ended_at": "2026-04-01T12:29:58Z"
      }
    },
    {
      "id": "evt_01KN4NP620AQVHY386BECWWE8N",
      "type": "call.completed",
      "event": "call.completed",
      "timestamp": "2026-04-01T14:03:20Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "direction": "outbound",
        "phone_number": "+12125550187",
        "duration_seconds": 184,
        "cost": {
          "amount": 0.28,
          "currency": "USD"
        },
        "outcome": "transferred_to_human",
        "transcript": "Agent: Hi, this is Max calling from Bright Smile Dental for James. I'm calling to confirm your teeth whitening consultation on Tuesday, April 14th at 9 AM.\nCustomer: Oh, right. Actually, does my insurance cover that?\nAgent: I can't confirm coverage myself, but I can connect you to our front desk, who can check your plan. One moment please.\nCustomer: Sure, thanks.",
        "recording_url": null,
        "extracted_data": {
          "appointment_confirmed": false,
          "question_topic": "insurance coverage"
        },
        "custom_args_values": {
          "callee_name": "James",
          "appointment_date": "2026-04-14",
          "appointment_time": "09:00"
        },
        "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
        "summary": null,
        "started_at": "2026-04-01T14:00:09Z",
        "ended_at": "2026-04-01T14:03:13Z"
      }
    },
  ],
  'call.ended': [
    {
      "id": "evt_01KN4GB7BGH5SMAVDRJEK7QENK",
      "type": "call.ended",
      "event": "call.ended",
      "timestamp": "2026-04-01T12:29:58Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "status": "completed",
        "ended_reason": "customer_hung_up",
        "duration_seconds": 353,
        "cost": {
          "amount": 0.53,
          "currency": "USD"
        },
        "transcript_url": "https://api.voicehooks.example/v1/calls/f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5/transcript",
        "recording_url": "https://media.voicehooks.example/recordings/f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5.mp3",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "direction": "inbound",
        "ended_at": "2026-04-01T12:29:58Z"
      }
    },
    {
      "id": "evt_01KN4NSW78AJY5904ZVBCF1820",
      "type": "call.ended",
      "event": "call.ended",
      "timestamp": "2026-04-01T14:05:21Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "c8883824-37e2-4a05-82fc-3750697a4983",
        "status": "busy",
        "ended_reason": "busy",
        "duration_seconds": 0,
        "cost": {
          "amount": 0,
          "currency": "USD"
        },
        "transcript_url": null,
        "recording_url": null,
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "direction": "outbound",
        "ended_at": "2026-04-01T14:05:21Z"
      }
    },
  ],
  'call.failed': [
    {
      "id": "evt_01KN4NSW78W251092YQ460NG9D",
      "type": "call.failed",
      "event": "call.failed",
      "timestamp": "2026-04-01T14:05:21Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "c8883824-37e2-4a05-82fc-3750697a4983",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "reason": "busy",
        "failed_at": "2026-04-01T14:05:21Z",
        "from_number": "+14155550100",
        "to_number": "+13125550164",
        "error": null,
        "attempt": 1,
        "will_retry": true
      }
    },
    {
      "id": "evt_01KN4NV48GW32JFA0408R015ZV",
      "type": "call.failed",
      "event": "call.failed",
      "timestamp": "2026-04-01T14:06:02Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "fe9bdf59-4703-4a1c-a75a-3fc4ed4b625b",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "reason": "invalid_number",
        "failed_at": "2026-04-01T14:06:02Z",
        "from_number": "+14155550100",
        "to_number": "+13125550199",
        "error": {
          "code": "number_not_in_service",
          "message": "The carrier reported that the dialled number is not in service (SIP 404)."
        },
        "attempt": 1,
        "will_retry": false
      }
    },
  ],
  'call.initiated': [
    {
      "id": "evt_01KN4NG2R00PXXWAQ4T45T2BBR",
      "type": "call.initiated",
      "event": "call.initiated",
      "timestamp": "2026-04-01T14:00:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "direction": "outbound",
        "from_number": "+14155550100",
        "to_number": "+12125550187",
        "initiated_at": "2026-04-01T14:00:00Z",
        "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
        "batch_id": null,
        "custom_args_values": {
          "callee_name": "James",
          "appointment_date": "2026-04-14",
          "appointment_time": "09:00"
        }
      }
    },
  ],
  'call.intelligence.ready': [
    {
      "id": "evt_01KN4GBWV0RMX3Z8ZAMD2182C1",
      "type": "call.intelligence.ready",
      "event": "call.intelligence.ready",
      "timestamp": "2026-04-01T12:30:20Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "status": "completed",
        "duration": 353,
        "cost": {
          "amount": 0.55,
          "currency": "USD"
        },
        "summary": "The caller booked a dental cleaning for April 10 at 2 PM and confirmed her contact details.",
        "sentiment": "positive",
        "extraction": {
          "customer_name": "Maria Gonzalez",
          "appointment_date": "2026-04-10",
          "appointment_time": "14:00",
          "new_patient": true
        },
        "evaluation": {
          "score": 83,
          "passed": true,
          "criteria": [
            {
              "name": "Collected name and contact details",
              "passed": true,
              "comment": null
            },
            {
              "name": "Read the booking back to the caller",
              "passed": true,
              "comment": "Confirmed Friday, April 10 at 2 PM."
            },
            {
              "name": "Offered the new-patient intake form",
              "passed": false,
              "comment": "The intake form link was not mentioned."
            }
          ]
        }
      }
    },
    {
      "id": "evt_01KN4NPTJ8WMR3Q3Z5X8J72RAC",
      "type": "call.intelligence.ready",
      "event": "call.intelligence.ready",
      "timestamp": "2026-04-01T14:03:41Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "status": "completed",
        "duration": 184,
        "cost": {
          "amount": 0.29,
          "currency": "USD"
        },
        "summary": "The patient asked about insurance coverage and was transferred to the front desk before confirming.",
        "sentiment": "neutral",
        "extraction": {
          "appointment_confirmed": false
        },
        "evaluation": null
      }
    },
  ],
  'call.started': [
    {
      "id": "evt_01KN4G0EM81TGNVYPP1SDRADJM",
      "type": "call.started",
      "event": "call.started",
      "timestamp": "2026-04-01T12:24:05Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "direction": "inbound",
        "caller": "+14155550123",
        "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
        "phone_number": "+14155550100",
        "started_at": "2026-04-01T12:24:05Z"
      }
    },
    {
      "id": "evt_01KN4J7A6R5DDJMS6M1E832FDT",
      "type": "call.started",
      "event": "call.started",
      "timestamp": "2026-04-01T13:02:47Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "ad1a2ffa-f102-4277-a636-406eb4b8631d",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "direction": "inbound",
        "caller": null,
        "phone_number_id": "be04f1f2-3f93-4f5f-b430-d1da1731c7be",
        "phone_number": "+14155550100",
        "started_at": "2026-04-01T13:02:47Z"
      }
    },
  ],
  'call.tool_invoked': [
    {
      "id": "evt_01KN4G71J8K9K46ZQQ8B7WT8KY",
      "type": "call.tool_invoked",
      "event": "call.tool_invoked",
      "timestamp": "2026-04-01T12:27:41Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "f33ade1c-765c-4974-b9e9-c2e2ac8cb6c5",
        "tool_id": "f18f7013-ac68-469d-9c76-924eba340a24",
        "tool_name": "book_appointment",
        "parameters": {
          "customer_name": "Maria Gonzalez",
          "customer_phone": "+14155550123",
          "date": "2026-04-10",
          "time": "14:00",
          "service": "Dental cleaning"
        },
        "invoked_at": "2026-04-01T12:27:41Z",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "status": "succeeded",
        "duration_ms": 412,
        "result": {
          "appointment_id": "eb10a033-bd5e-4c82-bb77-8e776bd2eb5e",
          "confirmed": true
        }
      }
    },
  ],
  'call.transferred': [
    {
      "id": "evt_01KN4NNY8003YXCPD5K5WHQ499",
      "type": "call.transferred",
      "event": "call.transferred",
      "timestamp": "2026-04-01T14:03:12Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "call_id": "cefa3611-5062-4987-a343-efb001ecec32",
        "transfer_destination": "+14155550111",
        "transferred_at": "2026-04-01T14:03:12Z",
        "reason": "Caller asked whether their insurance covers the consultation.",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "transfer_type": "warm"
      }
    },
  ],
  'conversation.updated': [
    {
      "id": "evt_01KN4WSV707771XHVGVESJXWBT",
      "type": "conversation.updated",
      "event": "conversation.updated",
      "timestamp": "2026-04-01T16:07:40Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "conversation_id": "967e40f2-78e5-4e00-8daa-c25e606ad3bb",
        "status": "handed_off",
        "changed_fields": [
          "status"
        ],
        "channel": "sms",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "updated_at": "2026-04-01T16:07:40Z"
      }
    },
  ],
  'custom.alert': [
    {
      "id": "evt_01KN4PBHN0T4XZVD9W912TQPM7",
      "type": "custom.alert",
      "event": "custom.alert",
      "timestamp": "2026-04-01T14:15:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "alert_id": "0d240cb4-7e47-4e61-af27-351c34f1b7e7",
        "name": "Failed calls spike",
        "severity": "warning",
        "message": "7 outbound calls failed in the last 10 minutes (threshold: 5).",
        "triggered_at": "2026-04-01T14:15:00Z",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "metadata": {
          "failed_calls": 7,
          "window_minutes": 10,
          "threshold": 5
        }
      }
    },
  ],
  'message.received': [
    {
      "id": "evt_01KN4WNAP0X5ME9JVK6FN4SKXG",
      "type": "message.received",
      "event": "message.received",
      "timestamp": "2026-04-01T16:05:12Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "message_id": "208a1093-7ca2-47c2-9d24-6809bda93de4",
        "conversation_id": "967e40f2-78e5-4e00-8daa-c25e606ad3bb",
        "from": "+14155550123",
        "channel": "sms",
        "text": "Hi, can I bring my daughter to the same appointment on Friday?",
        "received_at": "2026-04-01T16:05:12Z",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "attachments": []
      }
    },
    {
      "id": "evt_01KN4XHST8PBDX8WMWWRASA6TW",
      "type": "message.received",
      "event": "message.received",
      "timestamp": "2026-04-01T16:20:45Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "message_id": "fb3ebf6e-485a-44de-b7bf-c72a54331126",
        "conversation_id": "6a3097eb-1ba1-441c-b8eb-136dd08d110f",
        "from": "visitor_7f3k2m9q",
        "channel": "web_chat",
        "text": "Here is my insurance card.",
        "received_at": "2026-04-01T16:20:45Z",
        "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
        "attachments": [
          {
            "url": "https://media.voicehooks.example/attachments/fb3ebf6e-485a-44de-b7bf-c72a54331126/insurance-card.jpg",
            "content_type": "image/jpeg",
            "size_bytes": 184320
          }
        ]
      }
    },
  ],
  'phone_number.assigned': [
    {
      "id": "evt_01KMSTN4QGF5QT8JTK48GD3EJ5",
      "type": "phone_number.assigned",
      "event": "phone_number.assigned",
      "timestamp": "2026-03-28T08:58:30Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "phone_number_id": "5f537792-edce-4c8c-8c9a-7abe13e49111",
        "phone_number": "+16505550142",
        "agent_id": null,
        "country": "US",
        "capabilities": [
          "voice",
          "sms"
        ],
        "monthly_cost": {
          "amount": 1.15,
          "currency": "USD"
        },
        "assigned_at": "2026-03-28T08:58:30Z"
      }
    },
  ],
  'phone_number.released': [
    {
      "id": "evt_01KN7KXAE0H6X56NFXC6HM5FEM",
      "type": "phone_number.released",
      "event": "phone_number.released",
      "timestamp": "2026-04-02T17:30:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "phone_number_id": "5f537792-edce-4c8c-8c9a-7abe13e49111",
        "phone_number": "+16505550142",
        "agent_id": "cd4ba5d3-3668-4939-9798-52236ada8185",
        "released_at": "2026-04-02T17:30:00Z"
      }
    },
  ],
  'system.api_key_created': [
    {
      "id": "evt_01KN4567H0X7VMCTGTDQCATNBF",
      "type": "system.api_key_created",
      "event": "system.api_key_created",
      "timestamp": "2026-04-01T09:15:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "api_key_id": "key_01KN4567H0PSNNV47QMQSKBEK5",
        "name": "Production backend",
        "prefix": "vh_live_7Qx2",
        "actor": {
          "type": "user",
          "id": "usr_01KERKG4009V7S2M3XQ8WJ1C4D",
          "name": "Priya Shah",
          "email": "priya.shah@brightsmile.example"
        },
        "created_at": "2026-04-01T09:15:00Z"
      }
    },
  ],
  'system.api_key_revoked': [
    {
      "id": "evt_01KN6XK6W0B3RKWY3V3HXV22TD",
      "type": "system.api_key_revoked",
      "event": "system.api_key_revoked",
      "timestamp": "2026-04-02T11:00:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "api_key_id": "key_01KERKG40081Z3TJ6PY1505AXX",
        "name": "CI deploy",
        "prefix": "vh_live_K3m9",
        "actor": {
          "type": "api_key",
          "id": "key_01KN4567H0PSNNV47QMQSKBEK5",
          "name": "Production backend"
        },
        "revoked_at": "2026-04-02T11:00:00Z"
      }
    },
  ],
  'test.ping': [
    {
      "id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
      "type": "test.ping",
      "event": "test.ping",
      "timestamp": "2026-04-01T12:00:00Z",
      "api_version": "2026-11-01",
      "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
      "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
      "data": {
        "message": "This is a test event from Voicehooks. Respond with any 2xx status to acknowledge it.",
        "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK"
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
      "call_id": "550e8400-e29b-41d4-a716-446655440000",
      "call_direction": "outbound",
      "status": "registered",
      "call_duration": null,
      "recording_url": null,
      "transcript": null,
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "retry": 0,
      "from_number": "+14155550100",
      "to_number": "+12125550187",
      "custom_args_values": {
        "callee_name": "John",
        "company_name": "Acme Corp"
      }
    }
  },
  {
    "status": "success",
    "message": "Call Details",
    "data": {
      "call_id": "550e8400-e29b-41d4-a716-446655440000",
      "call_direction": "outbound",
      "status": "ongoing",
      "call_duration": null,
      "recording_url": null,
      "transcript": null,
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "retry": 0,
      "from_number": "+14155550100",
      "to_number": "+12125550187",
      "custom_args_values": {
        "callee_name": "John",
        "company_name": "Acme Corp"
      }
    }
  },
  {
    "status": "success",
    "message": "Call Details",
    "data": {
      "call_id": "550e8400-e29b-41d4-a716-446655440000",
      "call_direction": "outbound",
      "status": "completed",
      "call_duration": 121,
      "recording_url": "https://media.voicehooks.example/recordings/550e8400-e29b-41d4-a716-446655440000.mp3",
      "transcript": "Agent: Hello, this is Ava from Acme Corp. Am I speaking with John?\nCustomer: Yes, speaking.\nAgent: I'm calling about the renewal of your service plan, which ends on April 30th. Would you like to renew it for another year?\nCustomer: Yes, please go ahead.\nAgent: Done. You'll receive a confirmation e-mail shortly. Thank you, John!",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "retry": 0,
      "from_number": "+14155550100",
      "to_number": "+12125550187",
      "custom_args_values": {
        "callee_name": "John",
        "company_name": "Acme Corp"
      }
    }
  },
  {
    "status": "success",
    "message": "Call Details",
    "data": {
      "call_id": "550e8400-e29b-41d4-a716-446655440000",
      "call_direction": "outbound",
      "status": "completed",
      "call_duration": 121,
      "recording_url": "https://media.voicehooks.example/recordings/550e8400-e29b-41d4-a716-446655440000.mp3",
      "transcript": "Agent: Hello, this is Ava from Acme Corp. Am I speaking with John?\nCustomer: Yes, speaking.\nAgent: I'm calling about the renewal of your service plan, which ends on April 30th. Would you like to renew it for another year?\nCustomer: Yes, please go ahead.\nAgent: Done. You'll receive a confirmation e-mail shortly. Thank you, John!",
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "retry": 0,
      "from_number": "+14155550100",
      "to_number": "+12125550187",
      "custom_args_values": {
        "callee_name": "John",
        "company_name": "Acme Corp"
      },
      "analysis": {
        "summary": "John agreed to renew his service plan for another year; a confirmation e-mail will follow.",
        "sentiment": "positive",
        "extracted_data": {
          "renewal_accepted": true,
          "plan_end_date": "2026-04-30"
        }
      }
    }
  },
  {
    "status": "success",
    "message": "Call Details",
    "data": {
      "call_id": "9e7df9cd-7070-4941-84bc-442d6fb5e522",
      "call_direction": "outbound",
      "status": "failed",
      "call_duration": 0,
      "recording_url": null,
      "transcript": null,
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "retry": 1,
      "from_number": "+14155550100",
      "to_number": "+13125550164",
      "custom_args_values": {
        "callee_name": "Dana",
        "company_name": "Acme Corp"
      }
    }
  },
  {
    "status": "success",
    "message": "Call Details",
    "data": {
      "call_id": "53cf126b-e061-4ec9-b16c-b09f912245b9",
      "call_direction": "outbound",
      "status": "error",
      "call_duration": null,
      "recording_url": null,
      "transcript": null,
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "retry": 0,
      "from_number": "+14155550100",
      "to_number": "+13125550199",
      "custom_args_values": {}
    }
  },
  {
    "status": "success",
    "message": "Call Details",
    "data": {
      "call_id": "adb0ff69-1fe0-4839-9fb6-862dc00dc15b",
      "call_direction": "outbound",
      "status": "cancelled",
      "call_duration": null,
      "recording_url": null,
      "transcript": null,
      "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
      "retry": 0,
      "from_number": "+14155550100",
      "to_number": "+16505550178",
      "custom_args_values": {
        "callee_name": "Lee"
      }
    }
  },
]
