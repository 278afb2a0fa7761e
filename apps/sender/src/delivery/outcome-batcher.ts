import type { Database } from '@voicehooks/store'
import type { AttemptDecision } from './decide.js'
import { type AttemptRecord, type RecordOptions, type RecordResult, recordAttempt } from './record-attempt.js'

export interface OutcomeBatcherOptions extends RecordOptions {
  db: Database
  /** Outcomes written by one transaction at most; a full batch is flushed at once. Default 64. */
  maxBatch?: number
  /** How long the first queued outcome waits for others before the batch is flushed. Default 5 ms. */
  lingerMs?: number
  /**
   * Attempts of this worker not yet finished or recorded. When every one of them is waiting in the
   * batch, nothing else can join it soon, so it is flushed without lingering.
   */
  pending?: () => number
}

interface Queued {
  record: AttemptRecord
  decision: Extract<AttemptDecision, { kind: 'delivered' | 'retry' }>
  resolve(result: RecordResult): void
  reject(error: unknown): void
}

// Every attempt row, written whether or not this worker still holds the delivery (the request was made).
const INSERT_ATTEMPTS = `
INSERT INTO attempts (delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt, worker,
                      request_headers)
SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[],
                     $9::jsonb[])
ON CONFLICT (delivery_id, attempt) DO NOTHING`

// Each delivery updated only while this worker still holds it (the per-row guard of recordAttempt),
// and the failure streak of the endpoints just delivered to reset, in one statement.
const UPDATE_DELIVERIES = `
WITH updated AS (
  UPDATE deliveries d
     SET status = CASE WHEN u.delivered THEN 'delivered' ELSE 'pending' END,
         delivered_at = CASE WHEN u.delivered THEN now() ELSE d.delivered_at END,
         next_attempt_at = CASE WHEN u.delivered THEN NULL ELSE now() + u.delay_ms * interval '1 millisecond' END,
         lease_owner = NULL, last_status_code = u.status_code, last_error = u.error, updated_at = now()
    FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::boolean[], $7::float8[], $8::text[])
         AS u(id, lease_owner, attempt, status_code, error, delivered, delay_ms, webhook_id)
   WHERE d.id = u.id AND d.lease_owner = u.lease_owner AND d.attempt_count = u.attempt AND d.status = 'processing'
  RETURNING d.id, u.attempt, u.delivered, u.webhook_id
), reset AS (
  UPDATE webhooks SET consecutive_failures = 0
   WHERE id IN (SELECT webhook_id FROM updated WHERE delivered AND webhook_id IS NOT NULL)
     AND consecutive_failures <> 0
)
SELECT id, attempt FROM updated`

/** PostgreSQL's deadlock_detected: two batches locked endpoints in different orders; the loser retries. */
const DEADLOCK = '40P01'
const FLUSH_TRIES = 3

/**
 * Records finished attempts in batches: the hot outcomes (delivered, retry scheduled) are queued
 * and written together in one transaction (one multi-row INSERT of attempts, one multi-row UPDATE
 * of deliveries) once `maxBatch` are queued, `lingerMs` after the first, or at once when every
 * pending attempt of the worker is waiting here. One commit then pays for many deliveries, which is
 * where a queue on PostgreSQL spends its time. The rare outcomes (failed, 410 Gone, which may
 * disable the endpoint and alert) are written one by one by {@link recordAttempt}, after the
 * batch queued before them, so the endpoint's failure streak sees outcomes in order.
 *
 * A crash before a flush loses only the records: the leases expire and the deliveries are sent
 * again (at least once), so the linger is kept short.
 */
export class OutcomeBatcher {
  readonly #o: Required<Omit<OutcomeBatcherOptions, 'pending'>> & Pick<OutcomeBatcherOptions, 'pending'>
  #queue: Queued[] = []
  #timer: NodeJS.Timeout | undefined
  readonly #flushing = new Set<Promise<void>>()
  #writing = 0

  constructor(options: OutcomeBatcherOptions) {
    this.#o = { maxBatch: 64, lingerMs: 5, ...options }
  }

  /** Outcomes queued and not yet being written. */
  get queued(): number {
    return this.#queue.length
  }

  /**
   * Records one attempt and its consequence, resolving once it is committed: `applied` is false
   * when this worker no longer held the delivery (the attempt row is written all the same).
   */
  async record(record: AttemptRecord, decision: AttemptDecision): Promise<RecordResult> {
    if (decision.kind !== 'delivered' && decision.kind !== 'retry') {
      await this.flush()
      return recordAttempt(this.#o.db, record, decision, {
        disableAfterFailures: this.#o.disableAfterFailures,
      })
    }
    return new Promise<RecordResult>((resolve, reject) => {
      this.#queue.push({ record, decision, resolve, reject })
      if (
        this.#queue.length >= this.#o.maxBatch ||
        this.#queue.length + this.#writing >= (this.#o.pending?.() ?? Infinity)
      ) {
        void this.#flushQueued()
      } else {
        this.#timer ??= setTimeout(() => void this.#flushQueued(), this.#o.lingerMs)
      }
    })
  }

  /** Writes everything queued now and waits for every write under way (shutdown calls it before giving claims back). */
  async flush(): Promise<void> {
    void this.#flushQueued()
    await Promise.allSettled([...this.#flushing])
  }

  #flushQueued(): Promise<void> {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer)
      this.#timer = undefined
    }
    const batch = this.#queue
    if (batch.length === 0) return Promise.resolve()
    this.#queue = []
    this.#writing += batch.length
    const writing = this.#write(batch).finally(() => {
      this.#writing -= batch.length
      this.#flushing.delete(writing)
    })
    this.#flushing.add(writing)
    return writing
  }

  async #write(batch: Queued[]): Promise<void> {
    let applied: Set<string>
    try {
      applied = await this.#commit(batch)
    } catch (error) {
      for (const q of batch) q.reject(error)
      return
    }
    for (const q of batch) {
      q.resolve({ applied: applied.has(key(q.record.deliveryId, q.record.attempt)), disabled: undefined })
    }
  }

  async #commit(batch: Queued[]): Promise<Set<string>> {
    for (let tries = 1; ; tries++) {
      try {
        return await this.#o.db.transaction(async (tx) => {
          const r = batch.map((q) => q.record)
          await tx.query(INSERT_ATTEMPTS, [
            r.map((a) => a.deliveryId),
            r.map((a) => a.attempt),
            r.map((a) => a.startedAt.toISOString()),
            r.map((a) => a.durationMs),
            r.map((a) => a.statusCode ?? null),
            r.map((a) => a.error ?? null),
            r.map((a) => a.responseExcerpt ?? null),
            r.map((a) => a.workerId),
            r.map((a) => (a.requestHeaders ? JSON.stringify(a.requestHeaders) : null)),
          ])
          const { rows } = await tx.query<{ id: string; attempt: number }>(UPDATE_DELIVERIES, [
            r.map((a) => a.deliveryId),
            r.map((a) => a.workerId),
            r.map((a) => a.attempt),
            r.map((a) => a.statusCode ?? null),
            r.map((a) => a.error ?? null),
            batch.map((q) => q.decision.kind === 'delivered'),
            batch.map((q) => (q.decision.kind === 'retry' ? q.decision.delayMs : 0)),
            r.map((a) => a.webhookId),
          ])
          return new Set(rows.map((row) => key(row.id, Number(row.attempt))))
        })
      } catch (error) {
        if ((error as { code?: unknown }).code !== DEADLOCK || tries >= FLUSH_TRIES) throw error
      }
    }
  }
}

function key(deliveryId: string, attempt: number): string {
  return `${deliveryId}#${attempt}`
}
