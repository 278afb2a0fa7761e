import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { type Database, runCallbacks, type Sql } from './database.js'

/**
 * PostgreSQL's row count from a PGlite result. PGlite reports `affectedRows` for every statement,
 * and it is 0 for a `SELECT`; callers that ask "did this query find a row?" need the rows returned,
 * as `pg` gives them.
 */
export function rowCountOf(result: { rows: readonly unknown[]; affectedRows?: number }): number {
  return Math.max(result.rows.length, result.affectedRows ?? 0)
}

function wrap(q: Pick<PGlite, 'query'>, committed?: (() => void)[]): Sql {
  return {
    async query(text, params) {
      const result = await q.query(text, params as unknown[] | undefined)
      return { rows: result.rows as never[], rowCount: rowCountOf(result) }
    },
    ...(committed ? { onCommit: (callback: () => void) => void committed.push(callback) } : {}),
  }
}

/**
 * Opens the embedded store: PGlite (PostgreSQL compiled to WASM) in a data folder, created with its
 * parents when missing, or in memory when `dataDir` is omitted. One process at a time; PGlite does
 * not fsync, so the folder survives a killed process but not a power loss. Queries are serialised
 * by PGlite itself.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  // PGlite creates only the last folder of the path; `.data/demo/sender` must work on a fresh clone.
  if (dataDir) await mkdir(dataDir, { recursive: true })
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
  return {
    kind: 'pglite',
    ...wrap(db),
    async transaction(fn) {
      const committed: (() => void)[] = []
      const value = await db.transaction((tx) => fn(wrap(tx, committed)))
      runCallbacks(committed)
      return value
    },
    async listen(channel, onNotify) {
      return db.listen(channel, onNotify)
    },
    close: () => db.close(),
  }
}
