import type { Actor } from '@voicehooks/contracts'
import type { Database, Sql } from '@voicehooks/store'
import { newId } from '../ids.js'
import { rfc3339 } from '../publish/envelope.js'
import { publishInTransaction } from '../publish/publish.js'
import { generateApiKey } from './api-key-secret.js'
import { AccountError } from './errors.js'

/** An `api_keys` row, without its hash. */
export interface ApiKeyRow {
  id: string
  account_id: string
  name: string
  prefix: string
  created_at: Date | string
  last_used_at: Date | string | null
  revoked_at: Date | string | null
}

const COLUMNS = 'id, account_id, name, prefix, created_at, last_used_at, revoked_at'

/**
 * Creates an API key in the caller's transaction and emits `system.api_key_created` (with the
 * prefix, never the key). Returns the row and the key, which is not stored and cannot be shown again.
 */
export async function createApiKey(
  tx: Sql,
  input: { accountId: string; name: string; actor: Actor },
): Promise<{ row: ApiKeyRow; key: string }> {
  const secret = generateApiKey()
  const { rows } = await tx.query<ApiKeyRow>(
    `INSERT INTO api_keys (id, account_id, name, prefix, key_hash) VALUES ($1, $2, $3, $4, $5)
     RETURNING ${COLUMNS}`,
    [newId('key'), input.accountId, input.name, secret.prefix, secret.hash],
  )
  const row = rows[0]!
  await publishInTransaction(tx, {
    accountId: input.accountId,
    type: 'system.api_key_created',
    data: {
      api_key_id: row.id,
      name: row.name,
      prefix: row.prefix,
      actor: input.actor,
      created_at: rfc3339(row.created_at),
    },
  })
  return { row, key: secret.key }
}

/** One page of an account's keys, newest first, revoked ones included. */
export async function listApiKeys(
  db: Sql,
  accountId: string,
  page: { offset: number; limit: number },
): Promise<{ rows: ApiKeyRow[]; total: number }> {
  const [list, count] = await Promise.all([
    db.query<ApiKeyRow>(
      `SELECT ${COLUMNS} FROM api_keys WHERE account_id = $1 ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT $3`,
      [accountId, page.offset, page.limit],
    ),
    db.query<{ total: number }>('SELECT count(*)::int AS total FROM api_keys WHERE account_id = $1', [
      accountId,
    ]),
  ])
  return { rows: list.rows, total: Number(count.rows[0]?.total ?? 0) }
}

/**
 * Revokes a key of the account and emits `system.api_key_revoked`; revoking a revoked key changes
 * nothing and emits nothing.
 * @throws {AccountError} `api_key_not_found` when the account has no such key.
 */
export function revokeApiKey(
  db: Database,
  input: { accountId: string; keyId: string; actor: Actor },
): Promise<void> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ApiKeyRow & { newly: boolean }>(
      `UPDATE api_keys SET revoked_at = coalesce(revoked_at, now())
       WHERE id = $1 AND account_id = $2
       RETURNING ${COLUMNS}, (revoked_at = now()) AS newly`,
      [input.keyId, input.accountId],
    )
    const row = rows[0]
    if (!row) throw new AccountError('api_key_not_found', `No API key ${input.keyId} in this account.`)
    if (!row.newly) return
    await publishInTransaction(tx, {
      accountId: input.accountId,
      type: 'system.api_key_revoked',
      data: {
        api_key_id: row.id,
        name: row.name,
        prefix: row.prefix,
        actor: input.actor,
        revoked_at: rfc3339(row.revoked_at!),
      },
    })
  })
}
