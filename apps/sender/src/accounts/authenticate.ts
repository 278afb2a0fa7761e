import type { Sql } from '@voicehooks/store'
import { hashApiKey } from './api-key-secret.js'
import type { PortalScope } from './portal-sessions.js'

/**
 * Who a request acts for: the account, and the key it used (the `actor` of emitted events). For a
 * portal token, `keyId` is the session's id and `portal` its scope.
 */
export interface Principal {
  accountId: string
  keyId: string
  keyName: string
  portal?: PortalScope
}

// last_used_at is for people ("is this key still in use?"): minute precision is plenty and saves
// a write on almost every request.
const TOUCH_AFTER_MS = 60_000

/** Looks up a live (not revoked) API key; undefined for anything else. Records its use, at most once a minute. */
export async function authenticateApiKey(db: Sql, key: string): Promise<Principal | undefined> {
  if (!key.startsWith('vhk_')) return undefined
  const { rows } = await db.query<{
    id: string
    account_id: string
    name: string
    last_used_at: Date | null
  }>('SELECT id, account_id, name, last_used_at FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [
    hashApiKey(key),
  ])
  const row = rows[0]
  if (!row) return undefined
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > TOUCH_AFTER_MS) {
    await db.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [row.id])
  }
  return { accountId: row.account_id, keyId: row.id, keyName: row.name }
}
