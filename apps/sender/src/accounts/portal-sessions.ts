import { createHash, randomBytes } from 'node:crypto'
import type { Sql } from '@voicehooks/store'
import { newId } from '../ids.js'

/** How a portal looks: the platform's name, logo and accent colour. */
export interface PortalTheme {
  title?: string
  logo_url?: string
  accent_color?: string
}

/** A `portal_sessions` row, without its hash. */
export interface PortalSessionRow {
  id: string
  account_id: string
  agent_id: string | null
  theme: PortalTheme
  created_by: string
  created_at: Date | string
  expires_at: Date | string
}

/** What a portal token may reach: one account and, when `agentId` is set, that agent's webhooks only. */
export interface PortalScope {
  sessionId: string
  agentId: string | null
  expiresAt: Date
  theme: PortalTheme
}

const COLUMNS = 'id, account_id, agent_id, theme, created_by, created_at, expires_at'

/** SHA-256 hex of a token: 256 random bits need no slow hash (the same reasoning as for API keys). */
function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/**
 * Creates a portal session for `accountId` lasting `ttlMinutes`. Returns the row and the token
 * (`vhp_` and 43 base64url characters), which is not stored and cannot be shown again.
 */
export async function createPortalSession(
  db: Sql,
  input: {
    accountId: string
    agentId: string | null
    ttlMinutes: number
    theme: PortalTheme
    createdBy: string
  },
): Promise<{ row: PortalSessionRow; token: string }> {
  const token = `vhp_${randomBytes(32).toString('base64url')}`
  const { rows } = await db.query<PortalSessionRow>(
    `INSERT INTO portal_sessions (id, account_id, agent_id, token_hash, theme, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, now() + $7::int * interval '1 minute')
     RETURNING ${COLUMNS}`,
    [
      newId('ps'),
      input.accountId,
      input.agentId,
      hashToken(token),
      JSON.stringify(input.theme),
      input.createdBy,
      input.ttlMinutes,
    ],
  )
  return { row: rows[0]!, token }
}

/** The live (unexpired) session of a `vhp_` token; undefined for anything else. */
export async function authenticatePortalToken(db: Sql, token: string): Promise<PortalSessionRow | undefined> {
  if (!token.startsWith('vhp_')) return undefined
  const { rows } = await db.query<PortalSessionRow>(
    `SELECT ${COLUMNS} FROM portal_sessions WHERE token_hash = $1 AND expires_at > now()`,
    [hashToken(token)],
  )
  return rows[0]
}
