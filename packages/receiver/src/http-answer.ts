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
  headers: Record<string, string>
  body: ReceivedBody | Problem
}

/** 200 `{received: true, status}`: every acknowledged outcome gets the same code, senders only read 2xx. */
export function acknowledgement(result: ReceiveResult): HttpAnswer {
  const body: ReceivedBody = { received: true, status: result.status }
  if (result.status === 'ignored') body.reason = result.reason
  return { status: 200, headers: { 'content-type': 'application/json' }, body }
}

/** The problem+json answer to an error; anything but a `ReceiverError` is a bare 500 that tells nothing. */
export function refusal(error: unknown): HttpAnswer {
  const body = error instanceof ReceiverError ? problemOf(error) : internalProblem
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' }
  if (error instanceof ReceiverError && error.code === 'method_not_allowed') headers['allow'] = 'POST'
  return { status: body.status, headers, body }
}

/** `Content-Type` a webhook may carry: JSON or `+json`; a missing one is let through (the signature decides). */
export function isJsonContentType(value: string | null | undefined): boolean {
  if (value === undefined || value === null || value.trim() === '') return true
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
