import type { ClaimedDelivery, ClaimOutcome, IdempotencyStore } from '@voicehooks/receiver'
import type { Database } from './database.js'

/** How far an event got. */
export type EventStatus = 'received' | 'processed' | 'ignored' | 'failed'

/** One stored event, as the API shows it. */
export interface StoredEvent {
  id: string
  type: string
  status: EventStatus
  body: unknown
  headers: Record<string, string>
  error: string | null
  received_at: Date
  processed_at: Date | null
}

/** A row of the list: everything but the body and headers. */
export type StoredEventSummary = Omit<StoredEvent, 'body' | 'headers'>

const SUMMARY_COLUMNS = 'id, type, status, error, received_at, processed_at'

/**
 * The `received_events` table as the receiver's idempotency store: claiming an event id inserts
 * its row, so the event is stored exactly once and committed before the delivery is acknowledged.
 */
export class EventStore implements IdempotencyStore {
  constructor(private readonly db: Database) {}

  /**
   * Inserts the event (`received`, or `ignored` for an unknown type); a second copy conflicts and
   * is a duplicate. A `failed` event is claimed again, so a redelivery retries it.
   */
  async claim(id: string, delivery: ClaimedDelivery): Promise<boolean> {
    const body = JSON.stringify(delivery.event)
    const headers = JSON.stringify(delivery.headers)
    const inserted = await this.db.query(
      `INSERT INTO received_events (id, type, status, body, headers)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [id, delivery.type, delivery.known ? 'received' : 'ignored', body, headers],
    )
    if (inserted.rowCount === 1) return true
    const retried = await this.db.query(
      `UPDATE received_events
          SET status = 'received', error = NULL, body = $2::jsonb, headers = $3::jsonb,
              received_at = clock_timestamp(), processed_at = NULL
        WHERE id = $1 AND status = 'failed'`,
      [id, body, headers],
    )
    return retried.rowCount === 1
  }

  async complete(id: string, outcome: ClaimOutcome): Promise<void> {
    await this.db.query(
      'UPDATE received_events SET status = $2, processed_at = clock_timestamp() WHERE id = $1',
      [id, outcome],
    )
  }

  async release(id: string, error: unknown): Promise<void> {
    await this.db.query(`UPDATE received_events SET status = 'failed', error = $2 WHERE id = $1`, [
      id,
      describeFailure(error).slice(0, 1000),
    ])
  }

  /** Newest first, optionally of one type. */
  async list(options: { type?: string | undefined; limit: number }): Promise<StoredEventSummary[]> {
    const { rows } = await this.db.query<StoredEventSummary>(
      `SELECT ${SUMMARY_COLUMNS} FROM received_events
        WHERE ($1::text IS NULL OR type = $1)
        ORDER BY received_at DESC, id DESC
        LIMIT $2`,
      [options.type ?? null, options.limit],
    )
    return rows
  }

  /** Events stored as `received` before `before` (a previous run's), oldest first, with their bodies. */
  async unprocessed(before: Date): Promise<StoredEvent[]> {
    const { rows } = await this.db.query<StoredEvent>(
      `SELECT ${SUMMARY_COLUMNS}, body, headers FROM received_events
        WHERE status = 'received' AND received_at < $1 ORDER BY received_at, id`,
      [before.toISOString()],
    )
    return rows
  }

  async get(id: string): Promise<StoredEvent | undefined> {
    const { rows } = await this.db.query<StoredEvent>(
      `SELECT ${SUMMARY_COLUMNS}, body, headers FROM received_events WHERE id = $1`,
      [id],
    )
    return rows[0]
  }
}

/** The handlers' own messages: the receiver gathers them in an `AggregateError`. */
function describeFailure(error: unknown): string {
  const errors = error instanceof AggregateError ? error.errors : [error]
  return errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))).join('; ')
}
