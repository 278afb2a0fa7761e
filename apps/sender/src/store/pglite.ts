import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import type { Database, Sql } from './database.js'

/**
 * Opens the embedded store: PGlite (PostgreSQL compiled to WASM) in a data folder, or in memory
 * when `dataDir` is omitted. One process only; PGlite does not fsync, so it survives a killed
 * process but not a power loss (README). Queries are serialised by PGlite itself.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  // PGlite creates only the last folder of the path; `.data/sender` must work on a fresh clone.
  if (dataDir) await mkdir(dataDir, { recursive: true })
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query(text, params) {
      const result = await q.query(text, params as unknown[] | undefined)
      return { rows: result.rows as never[], rowCount: result.affectedRows ?? result.rows.length }
    },
  })
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async listen(channel, onNotify) {
      const unsubscribe = await db.listen(channel, onNotify)
      return unsubscribe
    },
    close: () => db.close(),
  }
}
