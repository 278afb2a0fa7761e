import type { Database } from '@voicehooks/store'
import { newId } from '../ids.js'
import { rfc3339 } from '../publish/envelope.js'
import { publishInTransaction } from '../publish/publish.js'
import { type ApiKeyRow, createApiKey } from './api-keys.js'
import { AccountError } from './errors.js'

/** An `accounts` row. */
export interface AccountRow {
  id: string
  name: string
  email: string
  created_at: Date | string
}

/**
 * Creates an account with its first API key (named `default`) and emits `auth.welcome`, all in one
 * transaction. The key is returned once and never stored.
 * @throws {AccountError} `email_taken` when the address already has an account.
 */
export async function createAccount(
  db: Database,
  input: { name: string; email: string },
): Promise<{ account: AccountRow; apiKey: ApiKeyRow; key: string }> {
  try {
    return await db.transaction(async (tx) => {
      const { rows } = await tx.query<AccountRow>(
        'INSERT INTO accounts (id, name, email) VALUES ($1, $2, $3) RETURNING id, name, email, created_at',
        [newId('acct'), input.name, input.email],
      )
      const account = rows[0]!
      const { row, key } = await createApiKey(tx, {
        accountId: account.id,
        name: 'default',
        actor: { type: 'operator', id: null },
      })
      await publishInTransaction(tx, {
        accountId: account.id,
        type: 'auth.welcome',
        data: {
          account_id: account.id,
          email: account.email,
          name: account.name,
          created_at: rfc3339(account.created_at),
        },
      })
      return { account, apiKey: row, key }
    })
  } catch (error) {
    if (isUniqueViolation(error, 'accounts_email')) {
      throw new AccountError('email_taken', `An account for ${input.email} already exists.`)
    }
    throw error
  }
}

/** PostgreSQL's unique_violation (23505) on the named index, from pg or PGlite. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null
  if (e?.code !== '23505') return false
  return e.constraint === constraint || (typeof e.message === 'string' && e.message.includes(constraint))
}
