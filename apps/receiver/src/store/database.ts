import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

/**
 * The SQL the receiver runs, on either engine: PostgreSQL through a `pg` pool, or PGlite
 * (PostgreSQL compiled to WASM) in-process. Single statements only: each one commits by itself.
 */
export interface Database {
  readonly kind: 'postgres' | 'pglite'
  query<T extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>
  close(): Promise<void>
}

/** Where the events live: `databaseUrl` (PostgreSQL), else PGlite in `dataDir` (`'memory'`: in memory). */
export interface DatabaseOptions {
  databaseUrl?: string | undefined
  dataDir?: string | undefined
}

/** Opens the database named by `options`. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl)
  return openPglite(
    options.dataDir === undefined || options.dataDir === 'memory' ? undefined : options.dataDir,
  )
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // An idle client that lost its connection (server restart) is replaced on next use.
  pool.on('error', () => undefined)
  await pool.query('SELECT 1')
  return {
    kind: 'postgres',
    async query(text, params) {
      const result = await pool.query(text, params as unknown[] | undefined)
      return { rows: result.rows, rowCount: result.rowCount ?? 0 }
    },
    close: () => pool.end(),
  }
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const db = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir)
  return {
    kind: 'pglite',
    async query(text, params) {
      const result = await db.query(text, params as unknown[] | undefined)
      return { rows: result.rows as never[], rowCount: result.affectedRows ?? result.rows.length }
    },
    close: () => db.close(),
  }
}
