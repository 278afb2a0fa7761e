import { ReceiverError } from './errors.js'
import { internalProblem, type Problem, problemOf } from './problem.js'
import type { ReceiveResult, ReceiveStatus } from './receive-result.js'

/** The 2xx body acknowledging a delivery. */
export interface ReceivedBody {
  received: true
  status: ReceiveStatus
  /** Why an `ignored` delivery was ignored. */
  reason?: 'unknown_type' | 'contract_violation'
}

/** An HTTP answer, independent of the framework that sends it. */
export interface HttpAnswer {
  status: number
  contentType: 'application/json' | 'application/problem+json'
  /** `Allow`, for a 405. */
  allow?: string
  body: ReceivedBody | Problem
}

const JSON_TYPE = 'application/json'
const PROBLEM_TYPE = 'application/problem+json'

function ack(status: ReceiveStatus, reason?: ReceivedBody['reason']): HttpAnswer {
  const body: ReceivedBody = { received: true, status }
  if (reason !== undefined) body.reason = reason
  return Object.freeze({ status: 200, contentType: JSON_TYPE, body: Object.freeze(body) })
}

// Every acknowledgement is one of these: built (and serialised, below) once, not per delivery.
const ACKS = {
  processed: ack('processed'),
  accepted: ack('accepted'),
  duplicate: ack('duplicate'),
  unknown_type: ack('ignored', 'unknown_type'),
  contract_violation: ack('ignored', 'contract_violation'),
} as const

/** 200 `{received: true, status}`: every acknowledged outcome gets the same code, senders only read 2xx. */
export function acknowledgement(result: ReceiveResult): HttpAnswer {
  return result.status === 'ignored' ? ACKS[result.reason] : ACKS[result.status]
}

/** The problem+json answer to an error; anything but a `ReceiverError` is a bare 500 that tells nothing. */
export function refusal(error: unknown): HttpAnswer {
  const body = error instanceof ReceiverError ? problemOf(error) : internalProblem
  const answer: HttpAnswer = { status: body.status, contentType: PROBLEM_TYPE, body }
  if (error instanceof ReceiverError && error.code === 'method_not_allowed') answer.allow = 'POST'
  return answer
}

/** 404 for a request outside the middleware's `path`. */
export const notFound: HttpAnswer = Object.freeze({
  status: 404,
  contentType: PROBLEM_TYPE,
  body: Object.freeze({
    type: '/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'No webhook endpoint at this path',
    code: 'not_found',
  }),
})

const texts = new WeakMap<HttpAnswer, { text: string; length: string }>()
const encoder = new TextEncoder()

/** The body as JSON text and its UTF-8 length; cached for the shared (frozen) answers. */
export function serialised(answer: HttpAnswer): { text: string; length: string } {
  const cached = texts.get(answer)
  if (cached !== undefined) return cached
  const text = JSON.stringify(answer.body)
  const entry = { text, length: String(encoder.encode(text).byteLength) }
  if (Object.isFrozen(answer)) texts.set(answer, entry)
  return entry
}

/** `Content-Type` a webhook may carry: JSON or `+json`; a missing one is let through (the signature decides). */
export function isJsonContentType(value: string | null | undefined): boolean {
  if (value === undefined || value === null) return true
  // The one value every sender of this contract uses, without a regular expression.
  if (value === JSON_TYPE) return true
  if (value.trim() === '') return true
  return /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(value.trim())
}

/** `unsupported_media_type`, naming what was sent. */
export function unsupportedMediaType(value: string): ReceiverError {
  return new ReceiverError(
    'unsupported_media_type',
    `Content-Type must be application/json, got ${JSON.stringify(value.slice(0, 100))}`,
  )
}

/** `method_not_allowed`, naming the method. */
export function methodNotAllowed(method: string | undefined): ReceiverError {
  return new ReceiverError(
    'method_not_allowed',
    `Webhooks are delivered with POST, got ${method ?? 'no method'}`,
  )
}
