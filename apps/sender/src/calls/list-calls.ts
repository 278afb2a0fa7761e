import type { Sql } from '@voicehooks/store'
import type { CallRow } from './call-row.js'

/** One page of an account's calls, newest first, optionally of one agent and in some statuses. */
export async function listCalls(
  db: Sql,
  filter: {
    accountId: string
    agentId?: string | undefined
    statuses?: readonly string[] | undefined
    offset: number
    limit: number
  },
): Promise<{ rows: CallRow[]; total: number }> {
  const where = `account_id = $1 AND ($2::uuid IS NULL OR agent_id = $2::text)
    AND ($3::text[] IS NULL OR status = ANY ($3::text[]))`
  const params = [filter.accountId, filter.agentId ?? null, filter.statuses ? [...filter.statuses] : null]
  const [list, count] = await Promise.all([
    db.query<CallRow>(
      `SELECT * FROM calls WHERE ${where} ORDER BY created_at DESC, id DESC OFFSET $4 LIMIT $5`,
      [...params, filter.offset, filter.limit],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM calls WHERE ${where}`, params),
  ])
  return { rows: list.rows, total: Number(count.rows[0]?.total ?? 0) }
}
