import {
  type AnyContract,
  type ContractValidation,
  contractValidation,
  type ValidationIssue,
  voicehooksContract,
  type WebhookEvent,
} from '@voicehooks/contracts'
import { ReceiverError } from './errors.js'
import type { UnknownEvent } from './idempotency-store.js'

/** A verified body, parsed and checked against the contract. */
export type ReadEvent =
  | { kind: 'event'; event: WebhookEvent }
  | { kind: 'unknown_type'; event: UnknownEvent }
  | { kind: 'invalid'; payload: unknown; issues: ValidationIssue[] }

const utf8 = new TextDecoder('utf-8', { fatal: true })

const voicehooks = contractValidation(voicehooksContract)

/**
 * Decodes (strict UTF-8), parses and validates a body against the receiver's contract (default
 * Voicehooks'); `invalid_json` when it is not JSON.
 */
export function readEvent(
  rawBody: string | Uint8Array,
  validation: ContractValidation<AnyContract> = voicehooks,
): ReadEvent {
  let payload: unknown
  try {
    payload = JSON.parse(typeof rawBody === 'string' ? rawBody : utf8.decode(rawBody))
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'the body is not UTF-8'
    throw new ReceiverError('invalid_json', `Body is not valid JSON: ${reason}`, { cause: error })
  }
  const result = validation.validateEvent(payload)
  // The pipeline is typed for any contract by its callers (`Webhooks<C>`); inside, events are Voicehooks-shaped.
  if (result.ok) return { kind: 'event', event: result.value as WebhookEvent }
  if (result.reason === 'unknown_type') return { kind: 'unknown_type', event: payload as UnknownEvent }
  return { kind: 'invalid', payload, issues: result.errors }
}

/** `contract_violation` naming the first failing fields; `issues` holds every one. */
export function contractViolation(issues: readonly ValidationIssue[]): ReceiverError {
  return new ReceiverError('contract_violation', describeIssues(issues), { issues })
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path || '(root)'} ${issue.message}`)
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''
  return `Event does not match the contract: ${shown.join('; ')}${more}`
}
