import { isSignatureScheme, sign } from '@voicehooks/signing'
import { buildEnvelope, type EventRow } from '../publish/envelope.js'
import type { OutgoingRequest } from './http-sender.js'
import { mergeHeaders } from './merge-headers.js'
import { recordedHeaders } from './recorded-headers.js'

/** A request to send, and its headers as the attempt records them (configured values redacted). */
export interface BuiltRequest extends OutgoingRequest {
  recordedHeaders: Record<string, string>
}

/** Every delivery says who sent it. */
export const USER_AGENT = 'Voicehooks/0.1'

/** What a subscription delivery needs besides the event. */
export interface WebhookRequestInput {
  deliveryId: string
  /** 1-based number of this attempt. */
  attempt: number
  event: EventRow
  webhook: {
    id: string
    url: string
    signature_scheme: string
    headers: Readonly<Record<string, unknown>> | null
  }
  /** The endpoint's current secret. */
  secret: string
  /** The secret it replaced, while the rotation's grace period lasts. */
  previousSecret?: string | undefined
  /** `{Prefix}` of the `X-{Prefix}-*` headers. */
  prefix: string
  /** Unix seconds of the signature. */
  timestamp: number
}

/**
 * The signed POST of one attempt. The envelope is serialised once and those exact bytes are both
 * signed and sent; the timestamp is this attempt's, so a retry hours later is not stale.
 *
 * During a rotation the Standard Webhooks header carries both signatures (new first), as that
 * standard allows. The compatibility header (`X-{Prefix}-Signature`) carries one digest only, the
 * previous secret's, until the grace period ends or the new secret is promoted: receivers built on
 * the platforms' published snippets compare a single digest (or the first `v1=`), so two digests
 * there would reject every delivery whichever secret they hold.
 */
export function buildWebhookRequest(input: WebhookRequestInput): BuiltRequest {
  const { event, webhook, prefix } = input
  const body = JSON.stringify(buildEnvelope(event, webhook.id))
  const scheme = isSignatureScheme(webhook.signature_scheme) ? webhook.signature_scheme : 'standard'
  const base = { id: event.id, timestamp: input.timestamp, body, prefix }
  const rotating = input.previousSecret !== undefined
  const signature = sign({
    ...base,
    secrets: rotating ? [input.secret, input.previousSecret!] : [input.secret],
    scheme: rotating ? 'standard' : scheme,
  })
  if (rotating && scheme !== 'standard') {
    const compatibility = sign({ ...base, secret: input.previousSecret!, scheme })
    const name = Object.keys(compatibility).find(
      (h) => h.toLowerCase() === `x-${prefix.toLowerCase()}-signature`,
    )!
    signature[name] = compatibility[name]!
  }
  const own = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    ...signature,
    [`X-${prefix}-Event`]: event.type,
    [`X-${prefix}-Delivery`]: input.deliveryId,
    [`X-${prefix}-Attempt`]: String(input.attempt),
  }
  const headers = mergeHeaders(webhook.headers, own, prefix)
  return { url: webhook.url, headers, body, recordedHeaders: recordedHeaders(headers, own) }
}

/** `callback_args` given with `POST /v1/calls`. */
export interface CallbackArgs {
  headers?: Readonly<Record<string, unknown>>
  params?: Readonly<Record<string, unknown>>
}

export interface CallbackRequestInput {
  deliveryId: string
  attempt: number
  callbackUrl: string
  callbackArgs: CallbackArgs | null
  /** The stored status body, sent as it was built at publish time. */
  payload: unknown
  prefix: string
  timestamp: number
}

/**
 * A per-call status callback: the stored body to `callback_url` with `callback_args.params` in
 * the query string and `callback_args.headers` applied. Unsigned: a call has no endpoint secret,
 * so callers authenticate callbacks with their own headers (e.g. an `X-API-Key`).
 */
export function buildCallbackRequest(input: CallbackRequestInput): BuiltRequest {
  const url = new URL(input.callbackUrl)
  for (const [name, value] of Object.entries(input.callbackArgs?.params ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.append(name, String(value))
  }
  const own = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    [`X-${input.prefix}-Event`]: 'call.status',
    [`X-${input.prefix}-Timestamp`]: String(input.timestamp),
    [`X-${input.prefix}-Delivery`]: input.deliveryId,
    [`X-${input.prefix}-Attempt`]: String(input.attempt),
  }
  const headers = mergeHeaders(input.callbackArgs?.headers, own, input.prefix)
  return {
    url: url.toString(),
    headers,
    body: JSON.stringify(input.payload),
    recordedHeaders: recordedHeaders(headers, own),
  }
}
