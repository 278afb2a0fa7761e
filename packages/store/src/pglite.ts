import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
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

/**
 * PostgreSQL's 128 MB of shared buffers is sized for a server of its own; embedded in a sender
 * process, 32 MB keeps the queue's hot pages and roughly halves the process's memory.
 */
const SETTINGS = { postgresqlconf: ['shared_buffers = 32MB'] }

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
  let db: PGlite
  if (dataDir) {
    // PGlite creates only the last folder of the path; `.data/demo/sender` must work on a fresh clone.
    await mkdir(dataDir, { recursive: true })
    // A new folder is initialised by a second WebAssembly instance (initdb) that PGlite keeps alive
    // with the first, some 350 MB for the life of the process: create the cluster, close it, and
    // open it again without one.
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await (await PGlite.create(dataDir, SETTINGS)).close()
    db = await PGlite.create(dataDir, SETTINGS)
  } else {
    db = await PGlite.create(SETTINGS)
  }
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
