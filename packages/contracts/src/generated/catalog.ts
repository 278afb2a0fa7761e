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
  'agent.created',
  'agent.failed',
  'agent.number_assigned',
  'agent.published',
  'agent.updated',
  'appointment.cancelled',
  'appointment.created',
  'appointment.reminder',
  'appointment.updated',
  'auth.welcome',
  'batch.completed',
  'billing.balance_depleted',
  'billing.low_balance',
  'billing.payment_failed',
  'billing.topup_confirmed',
  'call.answered',
  'call.completed',
  'call.ended',
  'call.failed',
  'call.initiated',
  'call.intelligence.ready',
  'call.started',
  'call.tool_invoked',
  'call.transferred',
  'conversation.updated',
  'custom.alert',
  'message.received',
  'phone_number.assigned',
  'phone_number.released',
  'system.api_key_created',
  'system.api_key_revoked',
  'test.ping',
] as const satisfies readonly EventType[]

/** JSON Schema (draft-07) of the envelope every delivery shares. */
export const envelopeSchema: { readonly [key: string]: unknown } = {
  "description": "The JSON body of every webhook delivery. `data` is defined per event type. Receivers must ignore fields they do not know: new optional fields are added without a new `api_version`.",
  "properties": {
    "account_id": {
      "description": "The account the event belongs to (`acct_` and a ULID).",
      "pattern": "^acct_[0-9A-Za-z]{10,64}$",
      "type": "string"
    },
    "api_version": {
      "description": "The version of this contract the payload follows (the AsyncAPI document's `info.version`), a date such as `2026-11-01`.",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
      "type": "string"
    },
    "data": {
      "description": "The event's own payload; its schema depends on `type`.",
      "type": "object"
    },
    "event": {
      "description": "The same value as `type`, for receivers written against platforms that name the field `event`.",
      "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
      "type": "string"
    },
    "id": {
      "description": "The event id (`evt_` and a ULID). Unique per event and the same on every retry and on every endpoint the event goes to, so use it to deduplicate. Also sent as the `webhook-id` header.",
      "pattern": "^evt_[0-9A-Za-z]{10,64}$",
      "type": "string"
    },
    "timestamp": {
      "description": "When the event happened (not when this delivery was sent), RFC 3339 in UTC.",
      "format": "date-time",
      "type": "string"
    },
    "type": {
      "description": "The event type, `resource.action` in snake_case (for example `call.completed`).",
      "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
      "type": "string"
    },
    "webhook_id": {
      "description": "The webhook endpoint this delivery was sent to (`wh_` and a ULID); differs between endpoints receiving the same event.",
      "pattern": "^wh_[0-9A-Za-z]{10,64}$",
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
    "name": "agent.created",
    "title": "Agent created",
    "summary": "A new agent was created.",
    "description": "Sent when an agent is created through the API or the dashboard. It is not live until `agent.published`.",
    "reserved": false,
    "schema": {
      "description": "A new agent. It takes no calls until a version is published (`agent.published`).",
      "properties": {
        "agent_id": {
          "description": "The new agent's id.",
          "format": "uuid",
          "type": "string"
        },
        "created_at": {
          "description": "When the agent was created, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "name": {
          "description": "The agent's display name.",
          "minLength": 1,
          "type": "string"
        },
        "updated_by": {
          "allOf": [
            {
              "description": "Who made a change.",
              "properties": {
                "email": {
                  "description": "The user's e-mail address, for `user` actors.",
                  "format": "email",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "id": {
                  "description": "The actor's id: the user's id, the API key's id (`key_…`), or null for `operator` and `system`.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "description": "A display name (the user's name or the API key's name), when known.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "type": {
                  "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).",
                  "enum": [
                    "user",
                    "api_key",
                    "operator",
                    "system"
                  ],
                  "type": "string"
                }
              },
              "required": [
                "type",
                "id"
              ],
              "title": "Actor",
              "type": "object"
            }
          ],
          "description": "Who created the agent."
        },
        "version": {
          "description": "The agent's draft configuration version, 1 for a new agent.",
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "agent_id",
        "name",
        "version",
        "updated_by",
        "created_at"
      ],
      "title": "AgentCreatedData",
      "type": "object"
    }
  },
  {
    "name": "agent.failed",
    "title": "Agent failed",
    "summary": "An agent hit a fatal runtime error.",
    "description": "Sent when an agent cannot continue because of a fatal error, such as its language-model or voice provider failing repeatedly. `error.code` is stable; `error.message` is for people.",
    "reserved": false,
    "schema": {
      "description": "An agent that cannot continue because of a fatal runtime error, such as its language-model or voice provider failing repeatedly.",
      "properties": {
        "agent_id": {
          "description": "The agent's id.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call in progress when the agent failed; null when it failed outside a call.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "error": {
          "allOf": [
            {
              "description": "A machine-readable error code with a human-readable message.",
              "properties": {
                "code": {
                  "description": "A stable snake_case code to branch on (for example `llm_provider_error`).",
                  "pattern": "^[a-z][a-z0-9_]*$",
                  "type": "string"
                },
                "message": {
                  "description": "A human-readable explanation; wording may change, do not parse it.",
                  "type": "string"
                }
              },
              "required": [
                "code",
                "message"
              ],
              "title": "ErrorDetail",
              "type": "object"
            }
          ],
          "description": "What failed: `error.code` is stable (for example `llm_provider_error`, `voice_provider_error`, `tool_configuration_error`), `error.message` is for people."
        },
        "failed_at": {
          "description": "When the agent failed, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "version": {
          "description": "The live configuration version that failed.",
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "agent_id",
        "version",
        "error",
        "failed_at",
        "call_id"
      ],
      "title": "AgentFailedData",
      "type": "object"
    }
  },
  {
    "name": "agent.number_assigned",
    "title": "Agent number assigned",
    "summary": "A phone number was attached to an agent.",
    "description": "Sent when a phone number is attached to an agent; inbound calls to that number now reach the agent.",
    "reserved": false,
    "schema": {
      "description": "A phone number attached to an agent; inbound calls to that number now reach the agent.",
      "properties": {
        "agent_id": {
          "description": "The agent the number is now attached to.",
          "format": "uuid",
          "type": "string"
        },
        "assigned_at": {
          "description": "When the number was attached, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "phone_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The phone number."
        },
        "phone_number_id": {
          "description": "The phone number's id.",
          "format": "uuid",
          "type": "string"
        },
        "previous_agent_id": {
          "description": "The agent the number was taken from; null when it was not attached to one.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "agent_id",
        "phone_number_id",
        "phone_number",
        "assigned_at",
        "previous_agent_id"
      ],
      "title": "AgentNumberAssignedData",
      "type": "object"
    }
  },
  {
    "name": "agent.published",
    "title": "Agent published",
    "summary": "An agent version was published and is now live.",
    "description": "Sent when an agent version is published; new calls use it from `published_at` on.",
    "reserved": false,
    "schema": {
      "description": "An agent version that was published and is now live; new calls use it from `published_at` on.",
      "properties": {
        "agent_id": {
          "description": "The agent's id.",
          "format": "uuid",
          "type": "string"
        },
        "name": {
          "description": "The agent's display name in the published version.",
          "minLength": 1,
          "type": "string"
        },
        "previous_version": {
          "description": "The version that was live before; null on the agent's first publication.",
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "published_at": {
          "description": "When the version went live, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "published_by": {
          "allOf": [
            {
              "description": "Who made a change.",
              "properties": {
                "email": {
                  "description": "The user's e-mail address, for `user` actors.",
                  "format": "email",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "id": {
                  "description": "The actor's id: the user's id, the API key's id (`key_…`), or null for `operator` and `system`.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "description": "A display name (the user's name or the API key's name), when known.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "type": {
                  "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).",
                  "enum": [
                    "user",
                    "api_key",
                    "operator",
                    "system"
                  ],
                  "type": "string"
                }
              },
              "required": [
                "type",
                "id"
              ],
              "title": "Actor",
              "type": "object"
            }
          ],
          "description": "Who published the version."
        },
        "version": {
          "description": "The configuration version now live.",
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "agent_id",
        "version",
        "published_at",
        "name",
        "previous_version",
        "published_by"
      ],
      "title": "AgentPublishedData",
      "type": "object"
    }
  },
  {
    "name": "agent.updated",
    "title": "Agent updated",
    "summary": "An agent's configuration changed.",
    "description": "Sent when an agent's configuration is saved with changes, through the API or the dashboard. `changed_fields` names what changed.",
    "reserved": false,
    "schema": {
      "description": "An agent whose configuration was saved with changes, through the API or the dashboard. The changes take effect on calls once the version is published (`agent.published`).",
      "properties": {
        "agent_id": {
          "description": "The agent's id.",
          "format": "uuid",
          "type": "string"
        },
        "changed_fields": {
          "allOf": [
            {
              "description": "The names of the fields that changed, as dotted paths for nested settings (for example `prompt`, `voice.speed`). Never empty.",
              "items": {
                "pattern": "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$",
                "type": "string"
              },
              "minItems": 1,
              "title": "ChangedFields",
              "type": "array"
            }
          ],
          "description": "The configuration fields that changed, for example `prompt` or `voice.speed`."
        },
        "name": {
          "description": "The agent's display name after the change.",
          "minLength": 1,
          "type": "string"
        },
        "updated_at": {
          "description": "When the change was saved, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "updated_by": {
          "allOf": [
            {
              "description": "Who made a change.",
              "properties": {
                "email": {
                  "description": "The user's e-mail address, for `user` actors.",
                  "format": "email",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "id": {
                  "description": "The actor's id: the user's id, the API key's id (`key_…`), or null for `operator` and `system`.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "description": "A display name (the user's name or the API key's name), when known.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "type": {
                  "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).",
                  "enum": [
                    "user",
                    "api_key",
                    "operator",
                    "system"
                  ],
                  "type": "string"
                }
              },
              "required": [
                "type",
                "id"
              ],
              "title": "Actor",
              "type": "object"
            }
          ],
          "description": "Who saved the change."
        },
        "version": {
          "description": "The configuration version this change created.",
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "agent_id",
        "name",
        "version",
        "changed_fields",
        "updated_by",
        "updated_at"
      ],
      "title": "AgentUpdatedData",
      "type": "object"
    }
  },
  {
    "name": "appointment.cancelled",
    "title": "Appointment cancelled",
    "summary": "An appointment was cancelled.",
    "description": "Sent when an appointment is cancelled, by the customer, the business, or automatically.",
    "reserved": false,
    "schema": {
      "description": "An appointment that was cancelled, by the customer, the business or automatically.",
      "properties": {
        "appointment_id": {
          "description": "The appointment's id; the same on every event of the appointment.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call during which the agent booked the appointment; null when it was booked another way.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "cancellation_reason": {
          "description": "Why the appointment was cancelled, when a reason was given; null otherwise.",
          "type": [
            "string",
            "null"
          ]
        },
        "cancelled_at": {
          "description": "When the appointment was cancelled, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "cancelled_by": {
          "description": "Who cancelled: `customer` (on a call, by message or online), `business` (a person at the business) or `system` (automatically, for example when a booking was never confirmed).",
          "enum": [
            "customer",
            "business",
            "system"
          ],
          "type": "string"
        },
        "customer_email": {
          "description": "The customer's e-mail address; null when they did not give one.",
          "format": "email",
          "type": [
            "string",
            "null"
          ]
        },
        "customer_name": {
          "description": "The customer's full name.",
          "minLength": 1,
          "type": "string"
        },
        "customer_phone": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The customer's phone number."
        },
        "date": {
          "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.",
          "format": "date",
          "type": "string"
        },
        "duration_minutes": {
          "description": "How long the appointment lasts, in minutes.",
          "minimum": 1,
          "type": "integer"
        },
        "notes": {
          "description": "Free-text notes taken when booking; null when there are none.",
          "type": [
            "string",
            "null"
          ]
        },
        "service": {
          "description": "The service booked, as the business names it.",
          "minLength": 1,
          "type": "string"
        },
        "status": {
          "allOf": [
            {
              "description": "The appointment's status after the change this event reports.",
              "enum": [
                "scheduled",
                "confirmed",
                "rescheduled",
                "cancelled",
                "completed",
                "no_show"
              ],
              "title": "AppointmentStatus",
              "type": "string"
            }
          ],
          "description": "The appointment's status, `cancelled`."
        },
        "time": {
          "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.",
          "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$",
          "type": "string"
        },
        "timezone": {
          "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).",
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "appointment_id",
        "call_id",
        "customer_name",
        "customer_phone",
        "customer_email",
        "date",
        "time",
        "timezone",
        "service",
        "duration_minutes",
        "notes",
        "status",
        "cancelled_by",
        "cancellation_reason",
        "cancelled_at"
      ],
      "title": "AppointmentCancelledData",
      "type": "object"
    }
  },
  {
    "name": "appointment.created",
    "title": "Appointment created",
    "summary": "A new appointment was booked.",
    "description": "Sent when an appointment is booked, usually by the agent during a call (`call_id` names it).",
    "reserved": false,
    "schema": {
      "description": "A newly booked appointment, usually booked by the agent during a call (`call_id` names it).",
      "properties": {
        "appointment_id": {
          "description": "The appointment's id; the same on every event of the appointment.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call during which the agent booked the appointment; null when it was booked another way.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "created_at": {
          "description": "When the appointment was booked, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "customer_email": {
          "description": "The customer's e-mail address; null when they did not give one.",
          "format": "email",
          "type": [
            "string",
            "null"
          ]
        },
        "customer_name": {
          "description": "The customer's full name.",
          "minLength": 1,
          "type": "string"
        },
        "customer_phone": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The customer's phone number."
        },
        "date": {
          "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.",
          "format": "date",
          "type": "string"
        },
        "duration_minutes": {
          "description": "How long the appointment lasts, in minutes.",
          "minimum": 1,
          "type": "integer"
        },
        "notes": {
          "description": "Free-text notes taken when booking; null when there are none.",
          "type": [
            "string",
            "null"
          ]
        },
        "service": {
          "description": "The service booked, as the business names it.",
          "minLength": 1,
          "type": "string"
        },
        "status": {
          "allOf": [
            {
              "description": "The appointment's status after the change this event reports.",
              "enum": [
                "scheduled",
                "confirmed",
                "rescheduled",
                "cancelled",
                "completed",
                "no_show"
              ],
              "title": "AppointmentStatus",
              "type": "string"
            }
          ],
          "description": "The appointment's status once booked, usually `scheduled`."
        },
        "time": {
          "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.",
          "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$",
          "type": "string"
        },
        "timezone": {
          "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).",
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "appointment_id",
        "call_id",
        "customer_name",
        "customer_phone",
        "customer_email",
        "date",
        "time",
        "timezone",
        "service",
        "duration_minutes",
        "notes",
        "status",
        "created_at"
      ],
      "title": "AppointmentCreatedData",
      "type": "object"
    }
  },
  {
    "name": "appointment.reminder",
    "title": "Appointment reminder",
    "summary": "A reminder for an upcoming appointment was sent.",
    "description": "Sent when the platform sends the customer a reminder for an upcoming appointment.",
    "reserved": false,
    "schema": {
      "description": "An upcoming appointment the platform just sent the customer a reminder for.",
      "properties": {
        "appointment_id": {
          "description": "The appointment's id; the same on every event of the appointment.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call during which the agent booked the appointment; null when it was booked another way.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "customer_email": {
          "description": "The customer's e-mail address; null when they did not give one.",
          "format": "email",
          "type": [
            "string",
            "null"
          ]
        },
        "customer_name": {
          "description": "The customer's full name.",
          "minLength": 1,
          "type": "string"
        },
        "customer_phone": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The customer's phone number."
        },
        "date": {
          "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.",
          "format": "date",
          "type": "string"
        },
        "duration_minutes": {
          "description": "How long the appointment lasts, in minutes.",
          "minimum": 1,
          "type": "integer"
        },
        "notes": {
          "description": "Free-text notes taken when booking; null when there are none.",
          "type": [
            "string",
            "null"
          ]
        },
        "reminder_channel": {
          "description": "How the reminder was sent; `voice_call` means the agent called the customer.",
          "enum": [
            "sms",
            "whatsapp",
            "email",
            "voice_call"
          ],
          "type": "string"
        },
        "reminder_sent_at": {
          "description": "When the reminder was sent, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "service": {
          "description": "The service booked, as the business names it.",
          "minLength": 1,
          "type": "string"
        },
        "status": {
          "allOf": [
            {
              "description": "The appointment's status after the change this event reports.",
              "enum": [
                "scheduled",
                "confirmed",
                "rescheduled",
                "cancelled",
                "completed",
                "no_show"
              ],
              "title": "AppointmentStatus",
              "type": "string"
            }
          ],
          "description": "The appointment's status when the reminder was sent."
        },
        "time": {
          "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.",
          "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$",
          "type": "string"
        },
        "timezone": {
          "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).",
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "appointment_id",
        "call_id",
        "customer_name",
        "customer_phone",
        "customer_email",
        "date",
        "time",
        "timezone",
        "service",
        "duration_minutes",
        "notes",
        "status",
        "reminder_channel",
        "reminder_sent_at"
      ],
      "title": "AppointmentReminderData",
      "type": "object"
    }
  },
  {
    "name": "appointment.updated",
    "title": "Appointment updated",
    "summary": "An appointment was rescheduled or its details changed.",
    "description": "Sent when an appointment changes. The fields carry the new values; `changed_fields` and `previous_*` say what changed.",
    "reserved": false,
    "schema": {
      "description": "An appointment that was rescheduled or whose details changed. The fields carry the new values; `changed_fields` and `previous_date`/`previous_time` say what changed.",
      "properties": {
        "appointment_id": {
          "description": "The appointment's id; the same on every event of the appointment.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call during which the agent booked the appointment; null when it was booked another way.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "changed_fields": {
          "allOf": [
            {
              "description": "The names of the fields that changed, as dotted paths for nested settings (for example `prompt`, `voice.speed`). Never empty.",
              "items": {
                "pattern": "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$",
                "type": "string"
              },
              "minItems": 1,
              "title": "ChangedFields",
              "type": "array"
            }
          ],
          "description": "The appointment fields that changed, for example `time` or `service`."
        },
        "customer_email": {
          "description": "The customer's e-mail address; null when they did not give one.",
          "format": "email",
          "type": [
            "string",
            "null"
          ]
        },
        "customer_name": {
          "description": "The customer's full name.",
          "minLength": 1,
          "type": "string"
        },
        "customer_phone": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The customer's phone number."
        },
        "date": {
          "description": "The appointment's date (`YYYY-MM-DD`) in `timezone`.",
          "format": "date",
          "type": "string"
        },
        "duration_minutes": {
          "description": "How long the appointment lasts, in minutes.",
          "minimum": 1,
          "type": "integer"
        },
        "notes": {
          "description": "Free-text notes taken when booking; null when there are none.",
          "type": [
            "string",
            "null"
          ]
        },
        "previous_date": {
          "description": "The appointment's date before this change (equal to `date` when the date did not change).",
          "format": "date",
          "type": "string"
        },
        "previous_time": {
          "description": "The appointment's start time before this change (equal to `time` when the time did not change).",
          "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$",
          "type": "string"
        },
        "service": {
          "description": "The service booked, as the business names it.",
          "minLength": 1,
          "type": "string"
        },
        "status": {
          "allOf": [
            {
              "description": "The appointment's status after the change this event reports.",
              "enum": [
                "scheduled",
                "confirmed",
                "rescheduled",
                "cancelled",
                "completed",
                "no_show"
              ],
              "title": "AppointmentStatus",
              "type": "string"
            }
          ],
          "description": "The appointment's status after the change (`rescheduled` when the date or time moved)."
        },
        "time": {
          "description": "The appointment's start time (`HH:MM`, 24-hour clock) in `timezone`.",
          "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$",
          "type": "string"
        },
        "timezone": {
          "description": "The IANA time zone `date` and `time` are in (for example `America/Los_Angeles`).",
          "minLength": 1,
          "type": "string"
        },
        "updated_at": {
          "description": "When the change was made, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "appointment_id",
        "call_id",
        "customer_name",
        "customer_phone",
        "customer_email",
        "date",
        "time",
        "timezone",
        "service",
        "duration_minutes",
        "notes",
        "status",
        "changed_fields",
        "previous_date",
        "previous_time",
        "updated_at"
      ],
      "title": "AppointmentUpdatedData",
      "type": "object"
    }
  },
  {
    "name": "auth.welcome",
    "title": "Welcome",
    "summary": "A new account signed up.",
    "description": "Sent once, when an account is created and its owner signs up successfully for the first time.",
    "reserved": false,
    "schema": {
      "description": "A new account whose owner signed up successfully for the first time.",
      "properties": {
        "account_id": {
          "description": "The new account's id (`acct_` and a ULID), the same as the envelope's `account_id`.",
          "pattern": "^acct_[0-9A-Za-z]{10,64}$",
          "type": "string"
        },
        "created_at": {
          "description": "When the account was created, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "email": {
          "description": "The account owner's e-mail address.",
          "format": "email",
          "type": "string"
        },
        "name": {
          "description": "The account's display name (usually the business name), when given.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "account_id",
        "email",
        "created_at"
      ],
      "title": "AuthWelcomeData",
      "type": "object"
    }
  },
  {
    "name": "batch.completed",
    "title": "Batch completed",
    "summary": "Reserved: every call of an outbound batch has finished.",
    "description": "Reserved: catalogued and typed, but not sent yet; publishing it is refused until it is enabled. Will be sent when every call of an outbound batch (campaign) has finished.",
    "reserved": true,
    "schema": {
      "description": "Reserved, not sent yet: an outbound batch (campaign) whose calls have all finished.",
      "properties": {
        "agent_id": {
          "description": "The agent that placed the batch's calls.",
          "format": "uuid",
          "type": "string"
        },
        "batch_id": {
          "description": "The batch's id, as in `call.initiated`'s `batch_id`.",
          "format": "uuid",
          "type": "string"
        },
        "completed_at": {
          "description": "When the batch's last call finished, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "completed_calls": {
          "description": "How many of them connected and completed.",
          "minimum": 0,
          "type": "integer"
        },
        "cost": {
          "allOf": [
            {
              "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.",
              "examples": [
                {
                  "amount": 0.53,
                  "currency": "USD"
                }
              ],
              "properties": {
                "amount": {
                  "description": "The amount in major units, for example 0.53 for 53 cents.",
                  "minimum": 0,
                  "type": "number"
                },
                "currency": {
                  "allOf": [
                    {
                      "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
                      "examples": [
                        "USD",
                        "EUR"
                      ],
                      "pattern": "^[A-Z]{3}$",
                      "title": "CurrencyCode",
                      "type": "string"
                    }
                  ],
                  "description": "The ISO 4217 currency of `amount`."
                }
              },
              "required": [
                "amount",
                "currency"
              ],
              "title": "Money",
              "type": "object"
            }
          ],
          "description": "What the batch's calls cost the account in total."
        },
        "failed_calls": {
          "description": "How many of them failed after their last attempt (busy, no answer, error, …).",
          "minimum": 0,
          "type": "integer"
        },
        "name": {
          "description": "The batch's display name, when given.",
          "type": [
            "string",
            "null"
          ]
        },
        "total_calls": {
          "description": "How many calls the batch held.",
          "minimum": 0,
          "type": "integer"
        }
      },
      "required": [
        "batch_id",
        "agent_id",
        "total_calls",
        "completed_calls",
        "failed_calls",
        "cost",
        "completed_at"
      ],
      "title": "BatchCompletedData",
      "type": "object"
    }
  },
  {
    "name": "billing.balance_depleted",
    "title": "Balance depleted",
    "summary": "Reserved: the account balance reached zero.",
    "description": "Reserved: catalogued and typed, but not sent yet; publishing it is refused until it is enabled. Will be sent when the prepaid balance reaches zero and calls are paused.",
    "reserved": true,
    "schema": {
      "description": "Reserved, not sent yet: the prepaid balance reached zero and calls are paused.",
      "properties": {
        "balance": {
          "description": "The prepaid balance, in major units of `currency`: zero or below (a call in progress when the balance ran out can take it slightly negative).",
          "maximum": 0,
          "type": "number"
        },
        "calls_paused": {
          "description": "Whether new calls are paused until the account tops up.",
          "type": "boolean"
        },
        "currency": {
          "allOf": [
            {
              "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
              "examples": [
                "USD",
                "EUR"
              ],
              "pattern": "^[A-Z]{3}$",
              "title": "CurrencyCode",
              "type": "string"
            }
          ],
          "description": "The currency of `balance`."
        },
        "depleted_at": {
          "description": "When the balance reached zero, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "balance",
        "currency",
        "depleted_at",
        "calls_paused"
      ],
      "title": "BillingBalanceDepletedData",
      "type": "object"
    }
  },
  {
    "name": "billing.low_balance",
    "title": "Low balance",
    "summary": "The account balance fell below its threshold.",
    "description": "Sent once each time the prepaid balance falls below the account's low-balance threshold.",
    "reserved": false,
    "schema": {
      "description": "The prepaid balance fell below the account's low-balance threshold (sent once per crossing).",
      "properties": {
        "auto_topup_enabled": {
          "description": "Whether an automatic recharge is set up and will be attempted.",
          "type": "boolean"
        },
        "balance": {
          "description": "The prepaid balance now, in major units of `currency`.",
          "type": "number"
        },
        "currency": {
          "allOf": [
            {
              "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
              "examples": [
                "USD",
                "EUR"
              ],
              "pattern": "^[A-Z]{3}$",
              "title": "CurrencyCode",
              "type": "string"
            }
          ],
          "description": "The currency of `balance` and `threshold`."
        },
        "estimated_minutes_remaining": {
          "description": "Roughly how many call minutes the balance still pays for at the account's recent rate; null when there is too little usage to estimate.",
          "minimum": 0,
          "type": [
            "integer",
            "null"
          ]
        },
        "threshold": {
          "description": "The account's low-balance threshold, in major units of `currency`.",
          "minimum": 0,
          "type": "number"
        }
      },
      "required": [
        "balance",
        "threshold",
        "currency",
        "auto_topup_enabled"
      ],
      "title": "BillingLowBalanceData",
      "type": "object"
    }
  },
  {
    "name": "billing.payment_failed",
    "title": "Payment failed",
    "summary": "A payment attempt failed; the balance did not change.",
    "description": "Sent when a top-up or automatic recharge fails. `failure_code` is stable; `failure_reason` is the provider's message.",
    "reserved": false,
    "schema": {
      "description": "A top-up or automatic recharge that failed; the balance did not change.",
      "properties": {
        "amount": {
          "description": "The amount that could not be charged, in major units of `currency`.",
          "exclusiveMinimum": 0,
          "type": "number"
        },
        "automatic": {
          "description": "True for an automatic recharge (auto top-up), false for a top-up a person made.",
          "type": "boolean"
        },
        "balance": {
          "description": "The prepaid balance, unchanged by the failed payment, in major units of `currency`.",
          "type": "number"
        },
        "currency": {
          "allOf": [
            {
              "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
              "examples": [
                "USD",
                "EUR"
              ],
              "pattern": "^[A-Z]{3}$",
              "title": "CurrencyCode",
              "type": "string"
            }
          ],
          "description": "The currency of `amount` and `balance`."
        },
        "failed_at": {
          "description": "When the payment failed, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "failure_code": {
          "description": "A stable snake_case code to branch on, for example `card_declined`, `insufficient_funds`, `expired_card`, `authentication_required` or `processing_error`.",
          "pattern": "^[a-z][a-z0-9_]*$",
          "type": "string"
        },
        "failure_reason": {
          "description": "The payment provider's explanation, for people; wording may change, do not parse it.",
          "type": "string"
        },
        "next_retry_at": {
          "description": "When an automatic recharge will be tried again; null when it will not be retried.",
          "format": "date-time",
          "type": [
            "string",
            "null"
          ]
        },
        "payment_id": {
          "description": "The payment provider's id for the attempt, for reconciliation.",
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "amount",
        "currency",
        "balance",
        "payment_id",
        "failure_code",
        "failure_reason",
        "automatic",
        "failed_at",
        "next_retry_at"
      ],
      "title": "BillingPaymentFailedData",
      "type": "object"
    }
  },
  {
    "name": "billing.topup_confirmed",
    "title": "Top-up confirmed",
    "summary": "A wallet top-up was captured and credited.",
    "description": "Sent when a top-up payment is captured and the amount is credited to the account's prepaid balance.",
    "reserved": false,
    "schema": {
      "description": "A top-up payment that was captured and credited to the account's prepaid balance.",
      "properties": {
        "amount": {
          "description": "The amount credited, in major units of `currency` (dollars, not cents).",
          "exclusiveMinimum": 0,
          "type": "number"
        },
        "automatic": {
          "description": "True for an automatic recharge (auto top-up), false for a top-up a person made.",
          "type": "boolean"
        },
        "balance": {
          "description": "The prepaid balance after the credit, in major units of `currency`.",
          "type": "number"
        },
        "confirmed_at": {
          "description": "When the payment was captured, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "currency": {
          "allOf": [
            {
              "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
              "examples": [
                "USD",
                "EUR"
              ],
              "pattern": "^[A-Z]{3}$",
              "title": "CurrencyCode",
              "type": "string"
            }
          ],
          "description": "The currency of `amount` and `balance`."
        },
        "payment_id": {
          "description": "The payment provider's id for the payment, for reconciliation.",
          "minLength": 1,
          "type": "string"
        },
        "payment_method": {
          "description": "How the top-up was paid.",
          "enum": [
            "card",
            "bank_transfer",
            "digital_wallet",
            "manual"
          ],
          "type": "string"
        },
        "receipt_url": {
          "description": "Where the receipt can be viewed; null when the provider issued none.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "amount",
        "currency",
        "balance",
        "payment_id",
        "automatic",
        "confirmed_at"
      ],
      "title": "BillingTopupConfirmedData",
      "type": "object"
    }
  },
  {
    "name": "call.answered",
    "title": "Call answered",
    "summary": "An outbound call was picked up.",
    "description": "Sent when the callee picks up an outbound call. `answered_by` says whether answering-machine detection heard a person or a voicemail greeting.",
    "reserved": false,
    "schema": {
      "description": "An outbound call the callee picked up.",
      "properties": {
        "agent_id": {
          "description": "The agent that placed the call.",
          "format": "uuid",
          "type": "string"
        },
        "answered_at": {
          "description": "When the callee picked up, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "answered_by": {
          "description": "What answering-machine detection heard: `human` (a person), `voicemail` (an answering machine or voicemail greeting) or `unknown` (detection is off for the agent, or was inconclusive).",
          "enum": [
            "human",
            "voicemail",
            "unknown"
          ],
          "type": "string"
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "ring_duration_seconds": {
          "description": "How long the phone rang before it was answered, in whole seconds.",
          "minimum": 0,
          "type": "integer"
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "answered_at",
        "answered_by"
      ],
      "title": "CallAnsweredData",
      "type": "object"
    }
  },
  {
    "name": "call.completed",
    "title": "Call completed",
    "summary": "A call ended and its transcript, recording and extracted data are ready.",
    "description": "Sent once per connected call after post-call processing, a few seconds after `call.ended`. Carries the whole transcript, the outcome, the values the agent extracted, and the `custom_args_values` the call was registered with.",
    "reserved": false,
    "schema": {
      "description": "A connected call after post-call processing: its transcript, recording, outcome, the values the agent extracted and the `custom_args_values` the call was registered with.",
      "properties": {
        "agent_id": {
          "description": "The agent that handled the call.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "cost": {
          "allOf": [
            {
              "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.",
              "examples": [
                {
                  "amount": 0.53,
                  "currency": "USD"
                }
              ],
              "properties": {
                "amount": {
                  "description": "The amount in major units, for example 0.53 for 53 cents.",
                  "minimum": 0,
                  "type": "number"
                },
                "currency": {
                  "allOf": [
                    {
                      "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
                      "examples": [
                        "USD",
                        "EUR"
                      ],
                      "pattern": "^[A-Z]{3}$",
                      "title": "CurrencyCode",
                      "type": "string"
                    }
                  ],
                  "description": "The ISO 4217 currency of `amount`."
                }
              },
              "required": [
                "amount",
                "currency"
              ],
              "title": "Money",
              "type": "object"
            }
          ],
          "description": "What the call cost the account."
        },
        "custom_args_values": {
          "allOf": [
            {
              "additionalProperties": true,
              "description": "The `custom_args_values` given when the call was registered (template variables such as the callee's name), echoed back unchanged. An empty object when none were given.",
              "examples": [
                {
                  "callee_name": "John",
                  "company_name": "Acme Corp"
                }
              ],
              "title": "CustomArgsValues",
              "type": "object"
            }
          ],
          "description": "The `custom_args_values` given when the call was registered, echoed back unchanged."
        },
        "direction": {
          "allOf": [
            {
              "description": "Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.",
              "enum": [
                "inbound",
                "outbound"
              ],
              "title": "CallDirection",
              "type": "string"
            }
          ],
          "description": "Whether the person called in or the agent dialled out."
        },
        "duration_seconds": {
          "description": "Connected time in whole seconds.",
          "minimum": 0,
          "type": "integer"
        },
        "ended_at": {
          "description": "When the line closed, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "extracted_data": {
          "allOf": [
            {
              "additionalProperties": true,
              "description": "Structured values the agent extracted from the conversation, keyed by the extraction fields configured on the agent (for example `appointment_date`, `customer_name`). Keys and value types depend on that configuration, so the set is open.",
              "examples": [
                {
                  "appointment_date": "2026-04-10",
                  "appointment_time": "14:00",
                  "customer_name": "Maria Gonzalez",
                  "new_patient": true
                }
              ],
              "title": "ExtractedData",
              "type": "object"
            }
          ],
          "description": "The values the agent extracted, keyed by the extraction fields configured on the agent."
        },
        "outcome": {
          "description": "What the call achieved, in snake_case. Built-in outcomes are `appointment_booked`, `appointment_confirmed`, `appointment_rescheduled`, `appointment_cancelled`, `transferred_to_human`, `callback_requested`, `information_provided`, `voicemail_left`, `not_interested` and `no_outcome`; agents may define their own, so treat unknown values as `no_outcome`.",
          "pattern": "^[a-z][a-z0-9_]*$",
          "type": "string"
        },
        "phone_number": {
          "description": "The customer's number: who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.",
          "oneOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            },
            {
              "type": "null"
            }
          ]
        },
        "phone_number_id": {
          "description": "The id of the account's phone number on the call (the one called, or the one dialled from).",
          "format": "uuid",
          "type": "string"
        },
        "recording_url": {
          "description": "Where to fetch the recording; null when recording is off for the agent or the call.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "started_at": {
          "description": "When the call connected, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "summary": {
          "description": "A short summary of the conversation; null when summaries are off for the agent (the `call.intelligence.ready` event carries the full analysis).",
          "type": [
            "string",
            "null"
          ]
        },
        "transcript": {
          "description": "The whole transcript as plain text, one `Agent:` or `Customer:` line per turn.",
          "type": "string"
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "direction",
        "phone_number",
        "phone_number_id",
        "duration_seconds",
        "cost",
        "outcome",
        "transcript",
        "recording_url",
        "extracted_data",
        "custom_args_values",
        "summary",
        "started_at",
        "ended_at"
      ],
      "title": "CallCompletedData",
      "type": "object"
    }
  },
  {
    "name": "call.ended",
    "title": "Call ended",
    "summary": "A call terminated, with its status, reason, duration and cost.",
    "description": "Sent for every call as soon as the line closes, whatever the reason. The transcript and recording may still be processing: `call.completed` follows for connected calls with the transcript inline.",
    "reserved": false,
    "schema": {
      "description": "A call whose line closed, whatever the reason. Sent for every call, connected or not; the transcript and recording may still be processing (`call.completed` follows for connected calls).",
      "properties": {
        "agent_id": {
          "description": "The agent that handled the call.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "cost": {
          "allOf": [
            {
              "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.",
              "examples": [
                {
                  "amount": 0.53,
                  "currency": "USD"
                }
              ],
              "properties": {
                "amount": {
                  "description": "The amount in major units, for example 0.53 for 53 cents.",
                  "minimum": 0,
                  "type": "number"
                },
                "currency": {
                  "allOf": [
                    {
                      "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
                      "examples": [
                        "USD",
                        "EUR"
                      ],
                      "pattern": "^[A-Z]{3}$",
                      "title": "CurrencyCode",
                      "type": "string"
                    }
                  ],
                  "description": "The ISO 4217 currency of `amount`."
                }
              },
              "required": [
                "amount",
                "currency"
              ],
              "title": "Money",
              "type": "object"
            }
          ],
          "description": "What the call cost the account (0 when it never connected)."
        },
        "direction": {
          "allOf": [
            {
              "description": "Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.",
              "enum": [
                "inbound",
                "outbound"
              ],
              "title": "CallDirection",
              "type": "string"
            }
          ],
          "description": "Whether the person called in or the agent dialled out."
        },
        "duration_seconds": {
          "description": "Connected time in whole seconds; 0 when the call never connected.",
          "minimum": 0,
          "type": "integer"
        },
        "ended_at": {
          "description": "When the line closed, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "ended_reason": {
          "description": "Why the line closed: `customer_hung_up`, `agent_hung_up` (the agent ended the conversation), `transferred` (handed on with the transfer tool, see `call.transferred`), `voicemail` (an answering machine picked up and the agent hung up or left a message), `no_answer`, `busy`, `invalid_number`, `silence_timeout` (nobody spoke for too long), `max_duration_reached`, `insufficient_balance` (the account ran out of credit), `cancelled` (withdrawn before it connected) or `error` (a platform, carrier or provider failure).",
          "enum": [
            "customer_hung_up",
            "agent_hung_up",
            "transferred",
            "voicemail",
            "no_answer",
            "busy",
            "invalid_number",
            "silence_timeout",
            "max_duration_reached",
            "insufficient_balance",
            "cancelled",
            "error"
          ],
          "type": "string"
        },
        "recording_url": {
          "description": "Where to fetch the recording; null when the call never connected or recording is off.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "allOf": [
            {
              "description": "How a call finished: `completed` (connected and ended normally, including transfers), `no_answer`, `busy`, `failed` (could not be connected or broke off on an error) or `cancelled` (withdrawn before it connected).",
              "enum": [
                "completed",
                "no_answer",
                "busy",
                "failed",
                "cancelled"
              ],
              "title": "CallEndStatus",
              "type": "string"
            }
          ],
          "description": "How the call finished."
        },
        "transcript_url": {
          "description": "Where to fetch the transcript with the management API key; null when the call never connected or transcription is off.",
          "format": "uri",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "direction",
        "status",
        "ended_reason",
        "duration_seconds",
        "cost",
        "transcript_url",
        "recording_url",
        "ended_at"
      ],
      "title": "CallEndedData",
      "type": "object"
    }
  },
  {
    "name": "call.failed",
    "title": "Call failed",
    "summary": "An outbound call could not be connected (busy, no answer, error, …).",
    "description": "Sent when an outbound call does not connect. `will_retry` says whether the platform dials again under the call's retry settings; each attempt that fails sends its own event.",
    "reserved": false,
    "schema": {
      "description": "An outbound call attempt that did not connect. Each failed attempt sends its own event; `will_retry` says whether the platform dials again under the call's retry settings.",
      "properties": {
        "agent_id": {
          "description": "The agent that placed the call.",
          "format": "uuid",
          "type": "string"
        },
        "attempt": {
          "description": "Which attempt this was, starting at 1.",
          "minimum": 1,
          "type": "integer"
        },
        "call_id": {
          "description": "The call's id; the same on every attempt, event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "error": {
          "description": "The carrier's or platform's error, when there was one (always for `invalid_number` and `error`); null for plain busy, no-answer and rejected outcomes.",
          "oneOf": [
            {
              "description": "A machine-readable error code with a human-readable message.",
              "properties": {
                "code": {
                  "description": "A stable snake_case code to branch on (for example `llm_provider_error`).",
                  "pattern": "^[a-z][a-z0-9_]*$",
                  "type": "string"
                },
                "message": {
                  "description": "A human-readable explanation; wording may change, do not parse it.",
                  "type": "string"
                }
              },
              "required": [
                "code",
                "message"
              ],
              "title": "ErrorDetail",
              "type": "object"
            },
            {
              "type": "null"
            }
          ]
        },
        "failed_at": {
          "description": "When the attempt failed, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "from_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The account's number the call was placed from."
        },
        "reason": {
          "description": "Why the attempt failed: `busy`, `no_answer`, `rejected` (the callee declined), `voicemail` (an answering machine picked up and the agent is set to hang up on voicemail), `invalid_number` (the number does not exist or is not in service), `insufficient_balance` (the account ran out of credit) or `error` (a platform, carrier or provider failure; `error` says which).",
          "enum": [
            "busy",
            "no_answer",
            "rejected",
            "voicemail",
            "invalid_number",
            "insufficient_balance",
            "error"
          ],
          "type": "string"
        },
        "to_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The number that was dialled."
        },
        "will_retry": {
          "description": "Whether the platform will dial again under the call's retry settings; when false this was the last attempt.",
          "type": "boolean"
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "reason",
        "failed_at",
        "from_number",
        "to_number",
        "error",
        "attempt",
        "will_retry"
      ],
      "title": "CallFailedData",
      "type": "object"
    }
  },
  {
    "name": "call.initiated",
    "title": "Call initiated",
    "summary": "An outbound call started dialling.",
    "description": "Sent when the agent starts dialling an outbound call, before anyone answers. `call.answered` or `call.failed` follows.",
    "reserved": false,
    "schema": {
      "description": "An outbound call the agent started dialling, before anyone answered. `call.answered` or `call.failed` follows with the same `call_id`.",
      "properties": {
        "agent_id": {
          "description": "The agent placing the call.",
          "format": "uuid",
          "type": "string"
        },
        "batch_id": {
          "description": "The outbound batch (campaign) the call belongs to; null for a call placed on its own.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "custom_args_values": {
          "allOf": [
            {
              "additionalProperties": true,
              "description": "The `custom_args_values` given when the call was registered (template variables such as the callee's name), echoed back unchanged. An empty object when none were given.",
              "examples": [
                {
                  "callee_name": "John",
                  "company_name": "Acme Corp"
                }
              ],
              "title": "CustomArgsValues",
              "type": "object"
            }
          ],
          "description": "The `custom_args_values` given when the call was registered, echoed back unchanged."
        },
        "direction": {
          "description": "Always `outbound`, since only calls the agent dials out are initiated.",
          "enum": [
            "outbound"
          ],
          "type": "string"
        },
        "from_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The account's number the call is placed from."
        },
        "initiated_at": {
          "description": "When dialling started, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "phone_number_id": {
          "description": "The id of the account's phone number `from_number`.",
          "format": "uuid",
          "type": "string"
        },
        "to_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The number being dialled."
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "direction",
        "from_number",
        "to_number",
        "initiated_at",
        "phone_number_id",
        "batch_id",
        "custom_args_values"
      ],
      "title": "CallInitiatedData",
      "type": "object"
    }
  },
  {
    "name": "call.intelligence.ready",
    "title": "Call intelligence ready",
    "summary": "Post-call analysis (summary, sentiment, extraction, evaluation) is ready.",
    "description": "Sent when post-call analysis of a call finishes, usually shortly after `call.completed`. `evaluation` is null when the agent has no success criteria configured.",
    "reserved": false,
    "schema": {
      "description": "Post-call analysis of a call: its summary, the caller's sentiment, the extracted values and, when the agent has success criteria, the evaluation against them.",
      "properties": {
        "agent_id": {
          "description": "The agent that handled the call.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "cost": {
          "allOf": [
            {
              "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.",
              "examples": [
                {
                  "amount": 0.53,
                  "currency": "USD"
                }
              ],
              "properties": {
                "amount": {
                  "description": "The amount in major units, for example 0.53 for 53 cents.",
                  "minimum": 0,
                  "type": "number"
                },
                "currency": {
                  "allOf": [
                    {
                      "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
                      "examples": [
                        "USD",
                        "EUR"
                      ],
                      "pattern": "^[A-Z]{3}$",
                      "title": "CurrencyCode",
                      "type": "string"
                    }
                  ],
                  "description": "The ISO 4217 currency of `amount`."
                }
              },
              "required": [
                "amount",
                "currency"
              ],
              "title": "Money",
              "type": "object"
            }
          ],
          "description": "What the call cost the account, analysis included."
        },
        "duration": {
          "description": "The call's connected time in whole seconds.",
          "minimum": 0,
          "type": "integer"
        },
        "evaluation": {
          "description": "The call scored against the agent's success criteria; null when the agent has none configured.",
          "properties": {
            "criteria": {
              "description": "One verdict per success criterion, in the order configured on the agent.",
              "items": {
                "description": "The verdict on one success criterion.",
                "properties": {
                  "comment": {
                    "description": "Why the analysis decided so, when it said; null otherwise.",
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "name": {
                    "description": "The criterion, as configured on the agent.",
                    "type": "string"
                  },
                  "passed": {
                    "description": "Whether the call met this criterion.",
                    "type": "boolean"
                  }
                },
                "required": [
                  "name",
                  "passed",
                  "comment"
                ],
                "type": "object"
              },
              "type": "array"
            },
            "passed": {
              "description": "Whether the call met the agent's pass mark.",
              "type": "boolean"
            },
            "score": {
              "description": "The share of criteria met, weighted as configured, from 0 to 100.",
              "maximum": 100,
              "minimum": 0,
              "type": "number"
            }
          },
          "required": [
            "score",
            "passed",
            "criteria"
          ],
          "type": [
            "object",
            "null"
          ]
        },
        "extraction": {
          "allOf": [
            {
              "additionalProperties": true,
              "description": "Structured values the agent extracted from the conversation, keyed by the extraction fields configured on the agent (for example `appointment_date`, `customer_name`). Keys and value types depend on that configuration, so the set is open.",
              "examples": [
                {
                  "appointment_date": "2026-04-10",
                  "appointment_time": "14:00",
                  "customer_name": "Maria Gonzalez",
                  "new_patient": true
                }
              ],
              "title": "ExtractedData",
              "type": "object"
            }
          ],
          "description": "The values extracted from the conversation, keyed by the extraction fields configured on the agent."
        },
        "sentiment": {
          "allOf": [
            {
              "description": "The caller's overall sentiment over the conversation, as judged by post-call analysis.",
              "enum": [
                "positive",
                "neutral",
                "negative",
                "mixed"
              ],
              "title": "Sentiment",
              "type": "string"
            }
          ],
          "description": "The caller's overall sentiment."
        },
        "status": {
          "allOf": [
            {
              "description": "How a call finished: `completed` (connected and ended normally, including transfers), `no_answer`, `busy`, `failed` (could not be connected or broke off on an error) or `cancelled` (withdrawn before it connected).",
              "enum": [
                "completed",
                "no_answer",
                "busy",
                "failed",
                "cancelled"
              ],
              "title": "CallEndStatus",
              "type": "string"
            }
          ],
          "description": "How the analysed call finished."
        },
        "summary": {
          "description": "A short summary of the conversation.",
          "type": "string"
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "status",
        "duration",
        "cost",
        "summary",
        "sentiment",
        "extraction",
        "evaluation"
      ],
      "title": "CallIntelligenceReadyData",
      "type": "object"
    }
  },
  {
    "name": "call.started",
    "title": "Call started",
    "summary": "A call connected and the agent began speaking.",
    "description": "Sent for inbound and outbound calls when the call connects and the agent starts the conversation. `caller` is null when an inbound caller withheld their number.",
    "reserved": false,
    "schema": {
      "description": "A call, inbound or outbound, that connected: the agent has started the conversation.",
      "properties": {
        "agent_id": {
          "description": "The agent handling the call.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "caller": {
          "description": "The other party's number: the person who called in (inbound) or the number the agent dialled (outbound). Null when an inbound caller withheld their number.",
          "oneOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            },
            {
              "type": "null"
            }
          ]
        },
        "direction": {
          "allOf": [
            {
              "description": "Who placed the call: `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.",
              "enum": [
                "inbound",
                "outbound"
              ],
              "title": "CallDirection",
              "type": "string"
            }
          ],
          "description": "Whether the person called in or the agent dialled out."
        },
        "phone_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The account's phone number on the call, the number of `phone_number_id`."
        },
        "phone_number_id": {
          "description": "The id of the account's phone number on the call (the one called, or the one dialled from).",
          "format": "uuid",
          "type": "string"
        },
        "started_at": {
          "description": "When the call connected, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "direction",
        "caller",
        "phone_number_id",
        "phone_number",
        "started_at"
      ],
      "title": "CallStartedData",
      "type": "object"
    }
  },
  {
    "name": "call.tool_invoked",
    "title": "Call tool invoked",
    "summary": "The agent invoked a tool during a call.",
    "description": "Sent each time the agent calls a tool (a function or API integration) during a call, with its arguments and result.",
    "reserved": false,
    "schema": {
      "description": "One tool (a function or API integration) the agent called during a call, with its arguments and result.",
      "properties": {
        "agent_id": {
          "description": "The agent that invoked the tool.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "duration_ms": {
          "description": "How long the tool took to answer, in milliseconds.",
          "minimum": 0,
          "type": "integer"
        },
        "error": {
          "description": "What went wrong, when `status` is `failed` or `timed_out`; null or absent otherwise.",
          "oneOf": [
            {
              "description": "A machine-readable error code with a human-readable message.",
              "properties": {
                "code": {
                  "description": "A stable snake_case code to branch on (for example `llm_provider_error`).",
                  "pattern": "^[a-z][a-z0-9_]*$",
                  "type": "string"
                },
                "message": {
                  "description": "A human-readable explanation; wording may change, do not parse it.",
                  "type": "string"
                }
              },
              "required": [
                "code",
                "message"
              ],
              "title": "ErrorDetail",
              "type": "object"
            },
            {
              "type": "null"
            }
          ]
        },
        "invoked_at": {
          "description": "When the agent invoked the tool, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "parameters": {
          "additionalProperties": true,
          "description": "The arguments the agent passed, keyed by the tool's parameter names.",
          "type": "object"
        },
        "result": {
          "additionalProperties": true,
          "description": "The JSON object the tool returned to the agent; null when it failed, timed out or returned nothing.",
          "type": [
            "object",
            "null"
          ]
        },
        "status": {
          "description": "How the invocation went: `succeeded`, `failed` (the tool answered with an error; see `error`) or `timed_out` (no answer in time).",
          "enum": [
            "succeeded",
            "failed",
            "timed_out"
          ],
          "type": "string"
        },
        "tool_id": {
          "description": "The id of the tool as configured on the agent.",
          "format": "uuid",
          "type": "string"
        },
        "tool_name": {
          "description": "The tool's function name, as the language model calls it.",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "type": "string"
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "tool_id",
        "tool_name",
        "parameters",
        "invoked_at",
        "status",
        "result"
      ],
      "title": "CallToolInvokedData",
      "type": "object"
    }
  },
  {
    "name": "call.transferred",
    "title": "Call transferred",
    "summary": "A call was handed to a human or another number.",
    "description": "Sent when the agent forwards a call with its transfer tool. `call.ended` follows with `ended_reason: transferred`.",
    "reserved": false,
    "schema": {
      "description": "A call the agent forwarded to a person or another number with its transfer tool. `call.ended` follows with `ended_reason: transferred`.",
      "properties": {
        "agent_id": {
          "description": "The agent that transferred the call.",
          "format": "uuid",
          "type": "string"
        },
        "call_id": {
          "description": "The call's id; the same on every event and callback of the call.",
          "format": "uuid",
          "type": "string"
        },
        "reason": {
          "description": "Why the agent transferred the call, in the agent's words.",
          "type": "string"
        },
        "transfer_destination": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The number the call was forwarded to."
        },
        "transfer_type": {
          "description": "`warm` when the agent briefed the person taking over before connecting the caller, `cold` when it connected the caller straight away.",
          "enum": [
            "warm",
            "cold"
          ],
          "type": "string"
        },
        "transferred_at": {
          "description": "When the call was handed over, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "call_id",
        "agent_id",
        "transfer_destination",
        "transferred_at",
        "reason"
      ],
      "title": "CallTransferredData",
      "type": "object"
    }
  },
  {
    "name": "conversation.updated",
    "title": "Conversation updated",
    "summary": "A messaging conversation changed status or details.",
    "description": "Sent when a conversation changes, for example when it is handed to a human or resolved.",
    "reserved": false,
    "schema": {
      "description": "A messaging conversation whose status or details changed, for example handed to a person or resolved.",
      "properties": {
        "agent_id": {
          "description": "The agent the conversation belongs to.",
          "format": "uuid",
          "type": "string"
        },
        "changed_fields": {
          "allOf": [
            {
              "description": "The names of the fields that changed, as dotted paths for nested settings (for example `prompt`, `voice.speed`). Never empty.",
              "items": {
                "pattern": "^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$",
                "type": "string"
              },
              "minItems": 1,
              "title": "ChangedFields",
              "type": "array"
            }
          ],
          "description": "The conversation fields that changed, for example `status`."
        },
        "channel": {
          "allOf": [
            {
              "description": "The messaging channel a conversation runs on.",
              "enum": [
                "sms",
                "whatsapp",
                "web_chat",
                "email"
              ],
              "title": "MessageChannel",
              "type": "string"
            }
          ],
          "description": "The channel the conversation runs on."
        },
        "conversation_id": {
          "description": "The conversation's id.",
          "format": "uuid",
          "type": "string"
        },
        "status": {
          "description": "The conversation's status after the change: `open` (the agent is answering), `handed_off` (passed to a person at the business), `resolved` (finished with its question answered) or `closed` (ended without resolution, for example after a period of inactivity).",
          "enum": [
            "open",
            "handed_off",
            "resolved",
            "closed"
          ],
          "type": "string"
        },
        "updated_at": {
          "description": "When the change was made, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "conversation_id",
        "status",
        "changed_fields",
        "channel",
        "agent_id",
        "updated_at"
      ],
      "title": "ConversationUpdatedData",
      "type": "object"
    }
  },
  {
    "name": "custom.alert",
    "title": "Custom alert",
    "summary": "Reserved: an account-defined alert rule fired.",
    "description": "Reserved: catalogued and typed, but not sent yet; publishing it is refused until it is enabled. Will be sent when an alert rule defined by the account fires.",
    "reserved": true,
    "schema": {
      "description": "Reserved, not sent yet: an alert rule defined by the account fired.",
      "properties": {
        "agent_id": {
          "description": "The agent the rule watches; null for a rule over the whole account.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "alert_id": {
          "description": "The alert rule's id.",
          "format": "uuid",
          "type": "string"
        },
        "message": {
          "description": "What happened, for people.",
          "type": "string"
        },
        "metadata": {
          "additionalProperties": true,
          "description": "The values that made the rule fire (for example the count and the window), keyed by the rule.",
          "type": "object"
        },
        "name": {
          "description": "The alert rule's name.",
          "minLength": 1,
          "type": "string"
        },
        "severity": {
          "description": "The severity configured on the rule.",
          "enum": [
            "info",
            "warning",
            "critical"
          ],
          "type": "string"
        },
        "triggered_at": {
          "description": "When the rule fired, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "alert_id",
        "name",
        "severity",
        "message",
        "triggered_at",
        "agent_id"
      ],
      "title": "CustomAlertData",
      "type": "object"
    }
  },
  {
    "name": "message.received",
    "title": "Message received",
    "summary": "A customer sent a message to an agent.",
    "description": "Sent for every inbound message on a messaging channel (SMS, WhatsApp, web chat, e-mail).",
    "reserved": false,
    "schema": {
      "description": "An inbound message a customer sent on a messaging channel (SMS, WhatsApp, web chat or e-mail).",
      "properties": {
        "agent_id": {
          "description": "The agent handling the conversation.",
          "format": "uuid",
          "type": "string"
        },
        "attachments": {
          "description": "Files sent with the message, in order; empty when there are none.",
          "items": {
            "description": "One file sent with the message.",
            "properties": {
              "content_type": {
                "description": "The file's media type, for example `image/jpeg`.",
                "pattern": "^[a-z]+/[A-Za-z0-9.+-]+$",
                "type": "string"
              },
              "size_bytes": {
                "description": "The file's size in bytes.",
                "minimum": 0,
                "type": "integer"
              },
              "url": {
                "description": "Where to fetch the file.",
                "format": "uri",
                "type": "string"
              }
            },
            "required": [
              "url",
              "content_type",
              "size_bytes"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "channel": {
          "allOf": [
            {
              "description": "The messaging channel a conversation runs on.",
              "enum": [
                "sms",
                "whatsapp",
                "web_chat",
                "email"
              ],
              "title": "MessageChannel",
              "type": "string"
            }
          ],
          "description": "The channel the message arrived on."
        },
        "conversation_id": {
          "description": "The conversation the message belongs to; `conversation.updated` reports its changes.",
          "format": "uuid",
          "type": "string"
        },
        "from": {
          "description": "The sender, in the channel's own form: an E.164 number for `sms` and `whatsapp`, an e-mail address for `email`, an anonymous visitor id for `web_chat`.",
          "minLength": 1,
          "type": "string"
        },
        "message_id": {
          "description": "The message's id.",
          "format": "uuid",
          "type": "string"
        },
        "received_at": {
          "description": "When the platform received the message, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "text": {
          "description": "The message text; empty when the message carries only attachments.",
          "type": "string"
        }
      },
      "required": [
        "message_id",
        "conversation_id",
        "from",
        "channel",
        "text",
        "received_at",
        "agent_id",
        "attachments"
      ],
      "title": "MessageReceivedData",
      "type": "object"
    }
  },
  {
    "name": "phone_number.assigned",
    "title": "Phone number assigned",
    "summary": "A phone number was provisioned for the account.",
    "description": "Sent when a new phone number is provisioned for the account, attached to an agent or not yet (`agent_id: null`).",
    "reserved": false,
    "schema": {
      "description": "A phone number newly provisioned for the account, attached to an agent or not yet.",
      "properties": {
        "agent_id": {
          "description": "The agent the number is attached to; null when it is not attached to one yet.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "assigned_at": {
          "description": "When the number was provisioned, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "capabilities": {
          "description": "What the number can carry.",
          "items": {
            "description": "One capability of the number.",
            "enum": [
              "voice",
              "sms",
              "mms",
              "whatsapp"
            ],
            "type": "string"
          },
          "type": "array",
          "uniqueItems": true
        },
        "country": {
          "description": "The number's country, an ISO 3166-1 alpha-2 code in upper case.",
          "pattern": "^[A-Z]{2}$",
          "type": "string"
        },
        "monthly_cost": {
          "allOf": [
            {
              "description": "An amount of money. `amount` is a decimal number in the currency's major unit (dollars, not cents), rounded to the currency's minor unit; never negative.",
              "examples": [
                {
                  "amount": 0.53,
                  "currency": "USD"
                }
              ],
              "properties": {
                "amount": {
                  "description": "The amount in major units, for example 0.53 for 53 cents.",
                  "minimum": 0,
                  "type": "number"
                },
                "currency": {
                  "allOf": [
                    {
                      "description": "An ISO 4217 three-letter currency code in upper case (for example USD, EUR, INR).",
                      "examples": [
                        "USD",
                        "EUR"
                      ],
                      "pattern": "^[A-Z]{3}$",
                      "title": "CurrencyCode",
                      "type": "string"
                    }
                  ],
                  "description": "The ISO 4217 currency of `amount`."
                }
              },
              "required": [
                "amount",
                "currency"
              ],
              "title": "Money",
              "type": "object"
            }
          ],
          "description": "What keeping the number costs the account per month."
        },
        "phone_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The phone number."
        },
        "phone_number_id": {
          "description": "The new phone number's id.",
          "format": "uuid",
          "type": "string"
        }
      },
      "required": [
        "phone_number_id",
        "phone_number",
        "agent_id",
        "assigned_at"
      ],
      "title": "PhoneNumberAssignedData",
      "type": "object"
    }
  },
  {
    "name": "phone_number.released",
    "title": "Phone number released",
    "summary": "A phone number was released from the account.",
    "description": "Sent when a phone number is released; calls to it no longer reach any agent of the account.",
    "reserved": false,
    "schema": {
      "description": "A phone number released from the account; calls to it no longer reach any of the account's agents.",
      "properties": {
        "agent_id": {
          "description": "The agent the number was attached to when it was released; null when it was not attached.",
          "format": "uuid",
          "type": [
            "string",
            "null"
          ]
        },
        "phone_number": {
          "allOf": [
            {
              "description": "A phone number in E.164 format: a plus sign, the country code and the subscriber number, no spaces or punctuation, at most 15 digits (for example +14155550123).",
              "examples": [
                "+14155550123",
                "+442071838750"
              ],
              "pattern": "^\\+[1-9]\\d{1,14}$",
              "title": "E164PhoneNumber",
              "type": "string"
            }
          ],
          "description": "The phone number."
        },
        "phone_number_id": {
          "description": "The released phone number's id.",
          "format": "uuid",
          "type": "string"
        },
        "released_at": {
          "description": "When the number was released, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "phone_number_id",
        "phone_number",
        "agent_id",
        "released_at"
      ],
      "title": "PhoneNumberReleasedData",
      "type": "object"
    }
  },
  {
    "name": "system.api_key_created",
    "title": "API key created",
    "summary": "A management API key was issued (the key itself is never sent).",
    "description": "Sent when a management API key is created. Only the key's id, name and prefix are sent; the secret key is shown once, to its creator.",
    "reserved": false,
    "schema": {
      "description": "A management API key that was issued. Only its id, name and prefix are sent: the secret key is shown once, to its creator, and never appears in an event.",
      "properties": {
        "actor": {
          "allOf": [
            {
              "description": "Who made a change.",
              "properties": {
                "email": {
                  "description": "The user's e-mail address, for `user` actors.",
                  "format": "email",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "id": {
                  "description": "The actor's id: the user's id, the API key's id (`key_…`), or null for `operator` and `system`.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "description": "A display name (the user's name or the API key's name), when known.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "type": {
                  "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).",
                  "enum": [
                    "user",
                    "api_key",
                    "operator",
                    "system"
                  ],
                  "type": "string"
                }
              },
              "required": [
                "type",
                "id"
              ],
              "title": "Actor",
              "type": "object"
            }
          ],
          "description": "Who created the key."
        },
        "api_key_id": {
          "description": "The key's id (`key_` and a ULID); not the secret key.",
          "pattern": "^key_[0-9A-Za-z]{10,64}$",
          "type": "string"
        },
        "created_at": {
          "description": "When the key was created, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        },
        "name": {
          "description": "The name given to the key.",
          "minLength": 1,
          "type": "string"
        },
        "prefix": {
          "description": "The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.",
          "maxLength": 32,
          "minLength": 1,
          "type": "string"
        }
      },
      "required": [
        "api_key_id",
        "name",
        "prefix",
        "actor",
        "created_at"
      ],
      "title": "SystemApiKeyCreatedData",
      "type": "object"
    }
  },
  {
    "name": "system.api_key_revoked",
    "title": "API key revoked",
    "summary": "A management API key was revoked.",
    "description": "Sent when a management API key is revoked; requests made with it are refused from then on.",
    "reserved": false,
    "schema": {
      "description": "A management API key that was revoked; requests made with it are refused from then on.",
      "properties": {
        "actor": {
          "allOf": [
            {
              "description": "Who made a change.",
              "properties": {
                "email": {
                  "description": "The user's e-mail address, for `user` actors.",
                  "format": "email",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "id": {
                  "description": "The actor's id: the user's id, the API key's id (`key_…`), or null for `operator` and `system`.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "description": "A display name (the user's name or the API key's name), when known.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "type": {
                  "description": "The kind of actor: `user` (a person in the dashboard), `api_key` (a call to the management API), `operator` (the platform operator) or `system` (an automatic change).",
                  "enum": [
                    "user",
                    "api_key",
                    "operator",
                    "system"
                  ],
                  "type": "string"
                }
              },
              "required": [
                "type",
                "id"
              ],
              "title": "Actor",
              "type": "object"
            }
          ],
          "description": "Who revoked the key."
        },
        "api_key_id": {
          "description": "The revoked key's id (`key_` and a ULID); not the secret key.",
          "pattern": "^key_[0-9A-Za-z]{10,64}$",
          "type": "string"
        },
        "name": {
          "description": "The name given to the key.",
          "minLength": 1,
          "type": "string"
        },
        "prefix": {
          "description": "The first characters of the key, as shown in the dashboard to tell keys apart; never the whole key.",
          "maxLength": 32,
          "minLength": 1,
          "type": "string"
        },
        "revoked_at": {
          "description": "When the key was revoked, RFC 3339 in UTC.",
          "format": "date-time",
          "type": "string"
        }
      },
      "required": [
        "api_key_id",
        "name",
        "prefix",
        "actor",
        "revoked_at"
      ],
      "title": "SystemApiKeyRevokedData",
      "type": "object"
    }
  },
  {
    "name": "test.ping",
    "title": "Test ping",
    "summary": "A test delivery from \"send test event\".",
    "description": "Sent by `POST /v1/webhooks/{id}/test` when no event type is named, to check that an endpoint receives and verifies deliveries. Acknowledge it with a 2xx like any other event.",
    "reserved": false,
    "schema": {
      "description": "The test event `POST /v1/webhooks/{id}/test` sends when no type is named. It carries no business data: acknowledge it with a 2xx like any other event.",
      "properties": {
        "message": {
          "description": "A human-readable note saying this is a test.",
          "type": "string"
        },
        "webhook_id": {
          "description": "The endpoint being tested (`wh_` and a ULID), the same as the envelope's `webhook_id`.",
          "pattern": "^wh_[0-9A-Za-z]{10,64}$",
          "type": "string"
        }
      },
      "required": [
        "message",
        "webhook_id"
      ],
      "title": "TestPingData",
      "type": "object"
    }
  },
]
