import type { ValidationIssue } from '@voicehooks/contracts'
import type { Database, Sql } from '@voicehooks/store'
import { senderValidation } from '../contract/sender-contract.js'
import { newId } from '../ids.js'
import type { DeliveryQueue, FanOut } from '../queue/index.js'
import { PublishError } from './publish-error.js'

/** An event to publish for one account. */
export interface PublishInput {
  accountId: string
  type: string
  data: unknown
  /** At most one event per key and account; a repeat answers the first event's id. */
  idempotencyKey?: string | undefined
  /** When it happened (the envelope's `timestamp`); defaults to now. */
  occurredAt?: Date | undefined
  /** Deliver to this webhook only, whatever its `events` and `agent_id` (the "send test event" button). */
  onlyWebhookId?: string | undefined
}

/** What publishing did. */
export interface PublishResult {
  id: string
  type: string
  /** Deliveries queued: 0 for a duplicate. */
  deliveries: number
  deliveryIds: string[]
  /** True when the idempotency key was used before: nothing was published, `id` is the first event's. */
  duplicate: boolean
}

/**
 * Refuses what must never be stored: an unknown or reserved type, or data that breaks the type's
 * contract (every failing path, under `/data`).
 */
export function checkEvent(type: string, data: unknown): void {
  const { isEventType, isReservedEventType, validateData } = senderValidation()
  if (!isEventType(type)) {
    throw new PublishError('unknown_type', `Unknown event type "${type}": see GET /v1/event-types.`, [
      { path: '/type', message: `is not an event type of the catalog: "${type}"` },
    ])
  }
  if (isReservedEventType(type)) {
    throw new PublishError('reserved_type', `Event type ${type} is reserved and cannot be published yet.`, [
      { path: '/type', message: `${type} is reserved: it cannot be published until it is enabled` },
    ])
  }
  const result = validateData(type, data)
  if (!result.ok) {
    const issues = result.errors.map((e) => ({ path: `/data${e.path}`, message: e.message }))
    throw new PublishError(
      'invalid_data',
      `The data of ${type} does not match its contract (${issues.length} problem${issues.length === 1 ? '' : 's'}).`,
      issues,
    )
  }
}

/**
 * Publishes an event in one statement of its own: the event row and one delivery per matching webhook
 * commit together, so no event is ever stored without its deliveries (nor the reverse).
 */
export async function publishEvent(
  queue: DeliveryQueue,
  db: Database,
  input: PublishInput,
): Promise<PublishResult> {
  checkEvent(input.type, input.data)
  for (let tries = 1; ; tries++) {
    try {
      // One statement stores the event and its deliveries: atomic on its own, no transaction needed.
      const id = newId('evt')
      const deliveryIds = await queue.storeAndFanOut(db, fanOutOf(input, id), {
        data: JSON.stringify(input.data),
        occurredAt: input.occurredAt,
        idempotencyKey: input.idempotencyKey,
      })
      if (deliveryIds === undefined) return await duplicateOf(db, input)
      return { id, type: input.type, deliveries: deliveryIds.length, deliveryIds, duplicate: false }
    } catch (error) {
      // Two publishes made the same idle lanes due in crossing order: the loser starts over.
      if ((error as { code?: unknown }).code !== DEADLOCK || tries >= 3) throw error
    }
  }
}

/** PostgreSQL's deadlock_detected. */
const DEADLOCK = '40P01'

/**
 * The body of {@link publishEvent} inside a caller's transaction, for events the sender emits itself
 * together with another change (a new account's `auth.welcome`, a key's `system.api_key_created`).
 * Validates too. A platform whose contract has no such event gets none: nothing is published
 * (`deliveries: 0`, empty `id`).
 */
export function publishInTransaction(
  queue: DeliveryQueue,
  tx: Sql,
  input: PublishInput,
): Promise<PublishResult> {
  if (!senderValidation().isEventType(input.type)) {
    return Promise.resolve({ id: '', type: input.type, deliveries: 0, deliveryIds: [], duplicate: false })
  }
  checkEvent(input.type, input.data)
  return storeEvent(queue, tx, input)
}

async function storeEvent(queue: DeliveryQueue, tx: Sql, input: PublishInput): Promise<PublishResult> {
  const id = newId('evt')
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO events (id, account_id, type, data, occurred_at, idempotency_key)
     VALUES ($1, $2, $3, $4::jsonb, coalesce($5::timestamptz, now()), $6)
     ON CONFLICT (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [
      id,
      input.accountId,
      input.type,
      JSON.stringify(input.data),
      input.occurredAt?.toISOString() ?? null,
      input.idempotencyKey ?? null,
    ],
  )
  if (inserted.rowCount === 0) return duplicateOf(tx, input)
  const deliveryIds = await queue.fanOut(tx, fanOutOf(input, id))
  return { id, type: input.type, deliveries: deliveryIds.length, deliveryIds, duplicate: false }
}

async function duplicateOf(tx: Sql, input: PublishInput): Promise<PublishResult> {
  // The unique index made a concurrent first publisher win: its row is committed by now, and this
  // statement's snapshot (READ COMMITTED) sees it.
  const first = await tx.query<{ id: string; same: boolean }>(
    `SELECT id, (type = $3 AND data = $4::jsonb) AS same FROM events
     WHERE account_id = $1 AND idempotency_key = $2`,
    [input.accountId, input.idempotencyKey, input.type, JSON.stringify(input.data)],
  )
  const row = first.rows[0]
  if (!row) throw new Error('idempotency conflict without a stored event')
  if (!row.same) {
    throw new PublishError(
      'idempotency_conflict',
      `Idempotency key "${input.idempotencyKey}" was already used for event ${row.id} with a different type or data.`,
      [{ path: '/idempotency_key', message: 'was already used for a different event' }],
    )
  }
  return { id: row.id, type: input.type, deliveries: 0, deliveryIds: [], duplicate: true }
}

/** What the queue needs to fan event `eventId` of `input` out to its webhooks. */
function fanOutOf(input: PublishInput, eventId: string): FanOut {
  return {
    accountId: input.accountId,
    eventId,
    eventType: input.type,
    agentId: agentOf(input.data),
    onlyWebhookId: input.onlyWebhookId,
  }
}

function agentOf(data: unknown): string | null {
  if (data && typeof data === 'object' && 'agent_id' in data) {
    const agent = (data as { agent_id: unknown }).agent_id
    if (typeof agent === 'string') return agent
  }
  return null
}

/** One event of a batch, as read from the request. */
export type BatchEvent = Omit<PublishInput, 'accountId' | 'onlyWebhookId'>

/** Events in one batch at most. */
export const MAX_BATCH = 100

/**
 * Publishes up to {@link MAX_BATCH} events of one account in one transaction: every event is checked
 * first (a refusal names `/events/{index}/…` and stores nothing), then all are stored with their
 * fan-out in two statements. Results come back in the order given; an idempotency key used before
 * (or earlier in the batch) for the same type and data is a duplicate, for other data a conflict.
 */
export async function publishBatch(
  queue: DeliveryQueue,
  db: Database,
  accountId: string,
  events: readonly BatchEvent[],
): Promise<PublishResult[]> {
  checkBatch(events)
  for (let tries = 1; ; tries++) {
    try {
      return await db.transaction((tx) => storeBatch(queue, tx, accountId, events))
    } catch (error) {
      if ((error as { code?: unknown }).code !== DEADLOCK || tries >= 3) throw error
    }
  }
}

function checkBatch(events: readonly BatchEvent[]): void {
  const refused: PublishError[] = []
  const issues: Pick<ValidationIssue, 'path' | 'message'>[] = []
  events.forEach((event, index) => {
    try {
      checkEvent(event.type, event.data)
    } catch (error) {
      if (!(error instanceof PublishError)) throw error
      refused.push(error)
      for (const issue of error.issues)
        issues.push({ path: `/events/${index}${issue.path}`, message: issue.message })
    }
  })
  if (refused.length === 0) return
  // A type the catalog does not offer is a request to change (400) before data can be judged (422).
  const code = refused.find((e) => e.code !== 'invalid_data')?.code ?? 'invalid_data'
  const n = refused.length
  throw new PublishError(
    code,
    `${n} of the ${events.length} events ${n === 1 ? 'is' : 'are'} refused; nothing was published.`,
    issues,
  )
}

// Every event of the batch in one INSERT; a key already used (before, or earlier in this batch)
// inserts nothing and is looked up below.
const INSERT_EVENTS = `
INSERT INTO events (id, account_id, type, data, occurred_at, idempotency_key)
SELECT e.id, $1, e.type, e.data, coalesce(e.occurred_at, now()), e.idempotency_key
  FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::timestamptz[], $6::text[], $7::int[])
    AS e (id, type, data, occurred_at, idempotency_key, ord)
 ORDER BY e.ord
ON CONFLICT (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
RETURNING id`

async function storeBatch(
  queue: DeliveryQueue,
  tx: Sql,
  accountId: string,
  events: readonly BatchEvent[],
): Promise<PublishResult[]> {
  const ids = events.map(() => newId('evt'))
  const inserted = await tx.query<{ id: string }>(INSERT_EVENTS, [
    accountId,
    ids,
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => e.occurredAt?.toISOString() ?? null),
    events.map((e) => e.idempotencyKey ?? null),
    events.map((_, i) => i),
  ])
  const stored = new Set(inserted.rows.map((row) => row.id))
  const duplicates = events
    .map((e, i) => (stored.has(ids[i]!) ? undefined : e))
    .filter((e) => e !== undefined)
  // The event each duplicate's key already names, by the duplicate's place among them.
  const first: { id: string; same: boolean }[] = []
  if (duplicates.length > 0) {
    const { rows } = await tx.query<{ n: number; id: string; same: boolean }>(
      `SELECT d.n, ev.id, (ev.type = d.type AND ev.data = d.data) AS same
         FROM unnest($2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS d (key, type, data, n)
         JOIN events ev ON ev.account_id = $1 AND ev.idempotency_key = d.key
        ORDER BY d.n`,
      [
        accountId,
        duplicates.map((e) => e.idempotencyKey!),
        duplicates.map((e) => e.type),
        duplicates.map((e) => JSON.stringify(e.data)),
      ],
    )
    for (const row of rows) first[Number(row.n) - 1] = { id: row.id, same: row.same }
  }
  const fanOuts = events
    .map((e, i) => ({ e, id: ids[i]! }))
    .filter(({ id }) => stored.has(id))
    .map(({ e, id }) => ({ accountId, eventId: id, eventType: e.type, agentId: agentOf(e.data) }))
  const deliveries = await queue.fanOutAll(tx, fanOuts)
  const deliveriesOf = new Map(fanOuts.map((f, i) => [f.eventId, deliveries[i]!]))
  let duplicate = 0
  return events.map((event, index) => {
    const id = ids[index]!
    if (stored.has(id)) {
      const queued = deliveriesOf.get(id)!
      return { id, type: event.type, deliveries: queued.length, deliveryIds: queued, duplicate: false }
    }
    const original = first[duplicate++]
    if (!original) throw new Error('idempotency conflict without a stored event')
    if (!original.same) {
      throw new PublishError(
        'idempotency_conflict',
        `Idempotency key "${event.idempotencyKey}" was already used for event ${original.id} with a different type or data.`,
        [{ path: `/events/${index}/idempotency_key`, message: 'was already used for a different event' }],
      )
    }
    return { id: original.id, type: event.type, deliveries: 0, deliveryIds: [], duplicate: true }
  })
}
