import { formatIssues, validateCallStatusCallback } from '@voicehooks/contracts'
import type { Sql } from '@voicehooks/store'
import { newId } from '../ids.js'
import { notifyDeliveries } from '../publish/publish.js'
import type { CallAnalysis, CallRow } from './call-row.js'
import { callbackPayload } from './callback-payload.js'

/**
 * Queues one callback delivery (kind `callback`) of the call as it is now, in the caller's
 * transaction. The payload is checked against the contract first: a callback the spec does not
 * allow is a bug here, never something to send.
 */
export async function enqueueCallback(
  tx: Sql,
  call: CallRow,
  options: { maxAttempts: number; analysis?: CallAnalysis | undefined },
): Promise<string> {
  const payload = callbackPayload(call, options.analysis)
  const checked = validateCallStatusCallback(payload)
  if (!checked.ok)
    throw new Error(`call-status callback breaks the contract:\n${formatIssues(checked.errors)}`)
  const id = newId('dlv')
  await tx.query(
    `INSERT INTO deliveries (id, account_id, kind, call_id, payload, status, attempt_count, max_attempts, next_attempt_at)
     VALUES ($1, $2, 'callback', $3, $4::jsonb, 'pending', 0, $5, now())`,
    [id, call.account_id, call.id, JSON.stringify(payload), options.maxAttempts],
  )
  await notifyDeliveries(tx)
  return id
}
