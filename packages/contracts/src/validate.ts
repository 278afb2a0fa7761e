import { catalogSpec, eventTypes } from './generated/catalog.js'
import type {
  CallStatusCallback,
  EventMap,
  EventType,
  ReservedEventType,
  WebhookEvent,
} from './generated/types.js'
import { callbackValidators, dataValidators, envelopeValidator } from './generated/validator-table.js'
import { toIssues, type ValidationIssue } from './validation-issue.js'

/** The outcome of a validation: the typed value, or every issue found. */
export type ValidationResult<T> =
  | { ok: true; value: T }
  | {
      ok: false
      /** `unknown_type` when the envelope is fine but its type is not in the catalog (receivers ignore those). */
      reason: 'invalid' | 'unknown_type'
      errors: ValidationIssue[]
    }

const known: ReadonlySet<string> = new Set(eventTypes)
const reserved: ReadonlySet<string> = new Set(catalogSpec.filter((e) => e.reserved).map((e) => e.name))

/** True when `name` is an event type of the catalog (emitted or reserved). */
export function isEventType(name: unknown): name is EventType {
  return typeof name === 'string' && known.has(name)
}

/** True when `name` is catalogued but reserved: typed, never published until enabled. */
export function isReservedEventType(name: unknown): name is ReservedEventType {
  return typeof name === 'string' && reserved.has(name)
}

/**
 * Validates `data` of one event type against its precompiled schema.
 *
 * @example
 * ```ts
 * const r = validateData('call.completed', body.data)
 * if (!r.ok) console.error(r.errors) // [{ path: '/call_id', message: 'is required', keyword: 'required' }]
 * ```
 */
export function validateData<T extends EventType>(type: T, data: unknown): ValidationResult<EventMap[T]> {
  const validator = isEventType(type) ? dataValidators[type] : undefined
  if (!validator) {
    return {
      ok: false,
      reason: 'unknown_type',
      errors: [{ path: '', message: `unknown event type "${String(type)}"`, keyword: 'unknown_type' }],
    }
  }
  if (validator(data)) return { ok: true, value: data as EventMap[T] }
  return { ok: false, reason: 'invalid', errors: toIssues(validator.errors) }
}

/**
 * Validates a whole delivered envelope: the shared fields first, then `data` against the schema of
 * its `type` (a dispatch on type, several times faster than a `oneOf` over every event).
 * Unknown fields are allowed everywhere (forward compatibility); an unknown type is reported with
 * `reason: 'unknown_type'` so receivers can acknowledge and ignore it.
 *
 * @example
 * ```ts
 * const r = validateEvent(JSON.parse(rawBody))
 * if (r.ok && r.value.type === 'call.completed') r.value.data.transcript // typed
 * ```
 */
export function validateEvent(input: unknown): ValidationResult<WebhookEvent> {
  if (!envelopeValidator(input))
    return { ok: false, reason: 'invalid', errors: toIssues(envelopeValidator.errors) }
  const envelope = input as { type: string; event: string; data: unknown }
  if (envelope.event !== envelope.type) {
    return {
      ok: false,
      reason: 'invalid',
      errors: [{ path: '/event', message: `must equal type "${envelope.type}"`, keyword: 'const' }],
    }
  }
  if (!isEventType(envelope.type)) {
    return {
      ok: false,
      reason: 'unknown_type',
      errors: [{ path: '/type', message: `unknown event type "${envelope.type}"`, keyword: 'unknown_type' }],
    }
  }
  const validator = dataValidators[envelope.type]
  if (validator(envelope.data)) return { ok: true, value: input as WebhookEvent }
  return { ok: false, reason: 'invalid', errors: toIssues(validator.errors, '/data') }
}

/** Validates a per-call status callback body (`{status, data, message}`). */
export function validateCallStatusCallback(input: unknown): ValidationResult<CallStatusCallback> {
  const validator = callbackValidators['call.status']!
  if (validator(input)) return { ok: true, value: input as CallStatusCallback }
  return { ok: false, reason: 'invalid', errors: toIssues(validator.errors) }
}
