import { formatIssues, validateCallStatusCallback } from '@voicehooks/contracts'
import type { Sql } from '@voicehooks/store'
import type { DeliveryQueue } from '../queue/index.js'
import type { CallAnalysis, CallRow } from './call-row.js'
import { callbackPayload } from './callback-payload.js'

/**
 * Queues one callback delivery (kind `callback`) of the call as it is now, in the caller's
 * transaction. The payload is checked against the contract first: a callback the spec does not
 * allow is a bug here, never something to send.
 */
export async function enqueueCallback(
  queue: DeliveryQueue,
  tx: Sql,
  call: CallRow,
  options: { maxAttempts: number; analysis?: CallAnalysis | undefined },
): Promise<string> {
  const payload = callbackPayload(call, options.analysis)
  const checked = validateCallStatusCallback(payload)
  if (!checked.ok)
    throw new Error(`call-status callback breaks the contract:\n${formatIssues(checked.errors)}`)
  const [id] = await queue.enqueue(tx, [
    {
      kind: 'callback',
      accountId: call.account_id,
      callId: call.id,
      payload,
      maxAttempts: options.maxAttempts,
    },
  ])
  return id!
}
