import type { Database } from '@voicehooks/store'
import { CallError } from './call-error.js'
import type { CallAnalysis, CallRow, CallStatus } from './call-row.js'
import { enqueueCallback } from './enqueue-callback.js'
import { refuseTransition } from './transitions.js'

/** A status change reported by the call engine (already validated). */
export interface CallStatusReport {
  status: CallStatus
  callDuration?: number | undefined
  recordingUrl?: string | undefined
  transcript?: string | undefined
  retry?: number | undefined
  analysis?: CallAnalysis | undefined
}

/**
 * Records a status change and queues the callback that reports it, in one transaction; fields not
 * reported keep what was known.
 * @throws {CallError} `call_not_found`, or `invalid_transition` for a move the lifecycle does not allow.
 */
export function reportCallStatus(
  db: Database,
  input: { accountId: string; callId: string; report: CallStatusReport },
  options: { maxAttempts: number },
): Promise<CallRow> {
  const { report } = input
  return db.transaction(async (tx) => {
    const current = await tx.query<Pick<CallRow, 'status'>>(
      'SELECT status FROM calls WHERE id = $1 AND account_id = $2 FOR UPDATE',
      [input.callId, input.accountId],
    )
    const from = current.rows[0]?.status
    if (!from) throw new CallError('call_not_found', `No call ${input.callId} in this account.`)
    const refused = refuseTransition(from, report.status, report.analysis !== undefined)
    if (refused) throw new CallError('invalid_transition', `Call ${input.callId}: ${refused}.`)
    const { rows } = await tx.query<CallRow>(
      `UPDATE calls SET status = $3, call_duration = coalesce($4, call_duration),
         recording_url = coalesce($5, recording_url), transcript = coalesce($6, transcript),
         retry = coalesce($7, retry), analysis = coalesce($8::jsonb, analysis), updated_at = now()
       WHERE id = $1 AND account_id = $2
       RETURNING *`,
      [
        input.callId,
        input.accountId,
        report.status,
        report.callDuration ?? null,
        report.recordingUrl ?? null,
        report.transcript ?? null,
        report.retry ?? null,
        report.analysis === undefined ? null : JSON.stringify(report.analysis),
      ],
    )
    const call = rows[0]!
    await enqueueCallback(tx, call, { ...options, analysis: report.analysis })
    return call
  })
}
