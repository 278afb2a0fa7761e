import type { ApiKeyRow } from '../accounts/api-keys.js'
import type { AccountRow } from '../accounts/create-account.js'
import type { CallRow } from '../calls/call-row.js'
import type { CallbackAttemptRow, CallbackDeliveryRow } from '../calls/callback-deliveries.js'
import type { AttemptRow, DeliveryRow, QueueStateRow } from './delivery-store.js'
import type { WebhookRow } from './webhook-store.js'

// The JSON the API answers with, one function per resource: exactly the fields of the OpenAPI
// document's schemas, so nothing internal (hashes, sealed secrets, leases) can leak by accident.

/** RFC 3339 in UTC with milliseconds, from pg's Date or PGlite's Date. */
export function iso(at: Date | string): string {
  return new Date(at).toISOString()
}

function isoOrNull(at: Date | string | null): string | null {
  return at === null ? null : iso(at)
}

export function webhookJson(row: WebhookRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    agent_id: row.agent_id,
    active: row.active,
    signature_scheme: row.signature_scheme,
    headers: row.headers,
    alert_email: row.alert_email,
    max_attempts: row.max_attempts,
    rate_limit_per_second: row.rate_limit_per_second,
    disabled_reason: row.disabled_reason,
    disabled_at: isoOrNull(row.disabled_at),
    consecutive_failures: row.consecutive_failures,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  }
}

/** The queue state both delivery kinds show, in the documents' field order after their own ids. */
function queueStateJson(row: QueueStateRow) {
  return {
    status: row.status,
    attempt_count: row.attempt_count,
    max_attempts: row.max_attempts,
    // For a processing row next_attempt_at holds its lease expiry, which is nobody's business.
    next_attempt_at: row.status === 'pending' ? isoOrNull(row.next_attempt_at) : null,
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    delivered_at: isoOrNull(row.delivered_at),
  }
}

export function deliveryJson(row: DeliveryRow) {
  return {
    id: row.id,
    event_id: row.event_id,
    webhook_id: row.webhook_id,
    event_type: row.event_type,
    ...queueStateJson(row),
  }
}

export function attemptJson(row: AttemptRow) {
  return {
    attempt: row.attempt,
    started_at: iso(row.started_at),
    duration_ms: row.duration_ms,
    status_code: row.status_code,
    error: row.error,
    response_excerpt: row.response_excerpt,
    request_headers: row.request_headers ?? null,
  }
}

export function callJson(row: CallRow) {
  return {
    id: row.id,
    status: row.status,
    direction: row.direction,
    agent_id: row.agent_id,
    from_number: row.from_number,
    to_number: row.to_number,
    callback_url: row.callback_url,
    custom_args_values: row.custom_args_values,
    call_duration: row.call_duration,
    recording_url: row.recording_url,
    transcript: row.transcript,
    retry: row.retry,
    analysis: row.analysis,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  }
}

export function callbackDeliveryJson(row: CallbackDeliveryRow & { attempts: CallbackAttemptRow[] }) {
  return {
    id: row.id,
    call_id: row.call_id,
    ...queueStateJson(row),
    payload: row.payload,
    attempts: row.attempts.map(attemptJson),
  }
}

export function apiKeyJson(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    created_at: iso(row.created_at),
    last_used_at: isoOrNull(row.last_used_at),
    revoked_at: isoOrNull(row.revoked_at),
  }
}

export function accountJson(row: AccountRow) {
  return { id: row.id, name: row.name, email: row.email, created_at: iso(row.created_at) }
}
