import { SIGNATURE_SCHEMES, type SignatureScheme } from '@voicehooks/signing'
import { senderValidation } from '../contract/sender-contract.js'
import { assertAllowedUrl, TargetError, type TargetPolicy } from '../security/target-guard.js'
import type { Input } from './input.js'
import { readOutboundHeaders } from './outbound-headers.js'

/** The editable fields of a webhook, as read from a create or update body. */
export interface WebhookFields {
  url?: string
  description?: string | null
  events?: string[] | null
  agent_id?: string | null
  active?: boolean
  signature_scheme?: SignatureScheme
  headers?: Record<string, string>
  alert_email?: string | null
  max_attempts?: number
  rate_limit_per_second?: number | null
}

/** Every field a create or update body may hold. */
export const WEBHOOK_FIELDS = [
  'url',
  'description',
  'events',
  'agent_id',
  'active',
  'signature_scheme',
  'headers',
  'alert_email',
  'max_attempts',
  'rate_limit_per_second',
] as const

export const EVENT_TYPE_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/

/**
 * Reads a URL the sender will POST to: malformed is a 400 ("must be a URI"); well formed but
 * refused by the target policy (scheme, credentials, private address) is a 422.
 */
export function readTargetUrl(
  input: Input,
  key: string,
  policy: TargetPolicy,
  required: boolean,
): string | undefined {
  const raw = required ? input.string(key, { required: true, max: 2048 }) : input.string(key, { max: 2048 })
  if (raw === undefined) return undefined
  if (!URL.canParse(raw)) {
    input.invalid(key, 'must be an absolute URI')
    return undefined
  }
  try {
    return assertAllowedUrl(raw, policy).href
  } catch (error) {
    if (!(error instanceof TargetError)) throw error
    input.refuse(key, error.message)
    return undefined
  }
}

function readEvents(input: Input): string[] | null | undefined {
  const value = input.values['events']
  if (value === undefined || value === null) return value
  if (!Array.isArray(value)) {
    input.invalid('events', 'must be an array of event type names, or null for every event type')
    return undefined
  }
  if (value.length === 0)
    input.invalid('events', 'must name at least one event type (or be null for every type)')
  if (value.length > 100) input.invalid('events', 'must name at most 100 event types')
  const seen = new Set<string>()
  value.forEach((name, i) => {
    const at = `/events/${i}`
    if (typeof name !== 'string' || !EVENT_TYPE_NAME.test(name)) {
      input.invalid(at, 'must be an event type name such as call.completed')
    } else if (seen.has(name)) {
      input.invalid(at, `lists ${name} twice`)
    } else if (!senderValidation().isEventType(name)) {
      input.refuse(at, `${name} is not an event type of the catalog (GET /v1/event-types)`)
    }
    if (typeof name === 'string') seen.add(name)
  })
  return value as string[]
}

/** Reads the webhook fields present in `input`; problems are recorded on it. */
export function readWebhookFields(
  input: Input,
  options: { policy: TargetPolicy; headerPrefix: string; create: boolean },
): WebhookFields {
  const fields: WebhookFields = {}
  const url = readTargetUrl(input, 'url', options.policy, options.create)
  if (url !== undefined) fields.url = url
  const description = input.nullableString('description', { max: 500 })
  if (description !== undefined) fields.description = description
  const events = readEvents(input)
  if (events !== undefined) fields.events = events
  const agentId = input.nullableString('agent_id', { min: 1, max: 255 })
  if (agentId !== undefined) fields.agent_id = agentId
  const active = input.boolean('active')
  if (active !== undefined) fields.active = active
  const scheme = input.oneOf('signature_scheme', SIGNATURE_SCHEMES)
  if (scheme !== undefined) fields.signature_scheme = scheme
  const headers = readOutboundHeaders(input, input.values['headers'], '/headers', options.headerPrefix)
  if (headers !== undefined) fields.headers = headers
  const alertEmail = input.email('alert_email', { nullable: true })
  if (alertEmail !== undefined) fields.alert_email = alertEmail
  const maxAttempts = input.integer('max_attempts', { min: 1, max: 20 })
  if (maxAttempts !== undefined) fields.max_attempts = maxAttempts
  const rate = input.nullableInteger('rate_limit_per_second', { min: 1, max: 10_000 })
  if (rate !== undefined) fields.rate_limit_per_second = rate
  if (!options.create && Object.keys(input.values).length === 0) {
    input.invalid('', 'must change at least one field')
  }
  return fields
}
