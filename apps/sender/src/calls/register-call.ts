import { randomUUID } from 'node:crypto'
import type { Database } from '@voicehooks/store'
import type { CallbackArgs, CallRow } from './call-row.js'
import { enqueueCallback } from './enqueue-callback.js'

/** A call to register for status callbacks (already validated). */
export interface CallRegistration {
  accountId: string
  agentId: string
  direction: 'inbound' | 'outbound'
  fromNumber: string
  toNumber: string
  callbackUrl: string
  callbackArgs: CallbackArgs
  customArgsValues: Record<string, unknown>
}

/** Stores the call as `registered` and queues its first callback, in one transaction. */
export function registerCall(
  db: Database,
  input: CallRegistration,
  options: { maxAttempts: number },
): Promise<CallRow> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<CallRow>(
      `INSERT INTO calls (id, account_id, agent_id, direction, from_number, to_number, callback_url, callback_args,
                          custom_args_values, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, 'registered')
       RETURNING *`,
      [
        randomUUID(),
        input.accountId,
        input.agentId,
        input.direction,
        input.fromNumber,
        input.toNumber,
        input.callbackUrl,
        JSON.stringify(input.callbackArgs),
        JSON.stringify(input.customArgsValues),
      ],
    )
    const call = rows[0]!
    await enqueueCallback(tx, call, options)
    return call
  })
}
