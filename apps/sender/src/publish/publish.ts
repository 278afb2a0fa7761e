import { isEventType, isReservedEventType, validateData } from '@voicehooks/contracts'
import type { Database, Sql } from '@voicehooks/store'
import { newId } from '../ids.js'
import { DELIVERIES_CHANNEL } from '../store/channels.js'
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
 * Publishes an event in its own transaction: the event row and one delivery per matching webhook
 * commit together, so no event is ever stored without its deliveries (nor the reverse).
 */
export function publishEvent(db: Database, input: PublishInput): Promise<PublishResult> {
  checkEvent(input.type, input.data)
  return db.transaction((tx) => storeEvent(tx, input))
}

/**
 * The body of {@link publishEvent} inside a caller's transaction, for events emitted together with
 * another change (a new account's `auth.welcome`, a key's `system.api_key_created`). Validates too.
 */
export function publishInTransaction(tx: Sql, input: PublishInput): Promise<PublishResult> {
  checkEvent(input.type, input.data)
  return storeEvent(tx, input)
}

async function storeEvent(tx: Sql, input: PublishInput): Promise<PublishResult> {
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

  const agentId = agentOf(input.data)
  const targets = input.onlyWebhookId
    ? await tx.query<{ id: string; max_attempts: number }>(
        'SELECT id, max_attempts FROM webhooks WHERE id = $1 AND account_id = $2 AND deleted_at IS NULL',
        [input.onlyWebhookId, input.accountId],
      )
    : await tx.query<{ id: string; max_attempts: number }>(
        `SELECT id, max_attempts FROM webhooks
         WHERE account_id = $1 AND active AND deleted_at IS NULL
           AND (events IS NULL OR $2 = ANY (events))
           AND (agent_id IS NULL OR agent_id = $3)`,
        [input.accountId, input.type, agentId],
      )
  const deliveryIds = targets.rows.map(() => newId('dlv'))
  if (deliveryIds.length > 0) {
    await tx.query(
      `INSERT INTO deliveries (id, account_id, kind, event_id, webhook_id, status, attempt_count, max_attempts,
                               next_attempt_at)
       SELECT d.id, $1, 'webhook', $2, d.webhook_id, 'pending', 0, d.max_attempts, now()
       FROM unnest($3::text[], $4::text[], $5::int[]) AS d (id, webhook_id, max_attempts)`,
      [
        input.accountId,
        id,
        deliveryIds,
        targets.rows.map((w) => w.id),
        targets.rows.map((w) => w.max_attempts),
      ],
    )
    await notifyDeliveries(tx)
  }
  return { id, type: input.type, deliveries: deliveryIds.length, deliveryIds, duplicate: false }
}

/** Wakes idle delivery workers when the transaction commits (NOTIFY is transactional). */
export async function notifyDeliveries(tx: Sql): Promise<void> {
  await tx.query(`SELECT pg_notify('${DELIVERIES_CHANNEL}', '')`)
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

function agentOf(data: unknown): string | null {
  if (data && typeof data === 'object' && 'agent_id' in data) {
    const agent = (data as { agent_id: unknown }).agent_id
    if (typeof agent === 'string') return agent
  }
  return null
}
