import { apiVersion } from '@voicehooks/contracts'
import { type CheckDefinition, type CheckOutcome, expectAccepted } from './check.js'

/** A type no catalog has: receivers must acknowledge and ignore it (DESIGN §2, forward compatibility). */
export const UNKNOWN_EVENT_TYPE = 'voicehooks.future_event'

/** Delivery semantics: at-least-once (duplicates) and forward compatibility (unknown types). */
export function deliveryChecks(): CheckDefinition[] {
  return [
    {
      name: 'duplicate-delivery',
      group: 'delivery',
      async run(context) {
        // The very same request twice, as a retry after a lost response looks to the receiver.
        const delivery = context.signed(context.event())
        const first = expectAccepted(await context.send(delivery), context.options.deadlineMs)
        const second = expectAccepted(await context.send(delivery), context.options.deadlineMs)
        return combine(first, second)
      },
    },
    {
      name: 'unknown-event-type',
      group: 'delivery',
      async run(context) {
        const template = context.event()
        const event = {
          id: template.id,
          type: UNKNOWN_EVENT_TYPE,
          event: UNKNOWN_EVENT_TYPE,
          timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          api_version: apiVersion,
          account_id: template['account_id'],
          webhook_id: template['webhook_id'],
          data: { future_id: 'fut_01J0000000000000000000000', introduced_in: 'a later api_version' },
        }
        const answer = await context.send(context.signed(event))
        return expectAccepted(answer, context.options.deadlineMs)
      },
    },
  ]
}

function combine(first: CheckOutcome, second: CheckOutcome): CheckOutcome {
  const failed = first.status === 'failed' ? first : second.status === 'failed' ? second : undefined
  const which = failed === first ? 'first delivery' : 'repeated delivery'
  return {
    status: failed === undefined ? 'passed' : 'failed',
    expected: `${first.expected}, twice`,
    actual: `${first.actual}, ${second.actual}`,
    durationMs: Math.max(first.durationMs, second.durationMs),
    ...(failed?.detail === undefined ? {} : { detail: `${which}: ${failed.detail}` }),
  }
}
