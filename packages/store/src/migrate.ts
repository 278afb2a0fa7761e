import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Database } from './database.js'

/** Where an app's migrations are and how they are recorded. */
export interface MigrationOptions {
  /** Folder of `NNN_name.sql` files, applied in order of NNN. */
  dir: string
  /** Table recording applied versions; one per app, so two apps may share a database. */
  table: string
  /** Advisory lock key: every process of one app takes the same one, so only one migrates at a time. */
  lockKey: number
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

/**
 * Applies every `NNN_name.sql` of `dir` not yet recorded in `table`, in order, each in its own
 * transaction with the version row, so a crash mid-migration leaves it unapplied. Returns the files
 * applied now.
 */
export async function migrate(db: Database, options: MigrationOptions): Promise<string[]> {
  if (!IDENTIFIER.test(options.table))
    throw new RangeError(`migration table name ${options.table} is not an identifier`)
  const table = options.table
  await db.query(`CREATE TABLE IF NOT EXISTS ${table} (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
  const files = (await readdir(options.dir)).filter((f) => /^\d+_.+\.sql$/.test(f)).sort()
  const applied: string[] = []
  for (const file of files) {
    const version = Number.parseInt(file, 10)
    const sql = await readFile(join(options.dir, file), 'utf8')
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [options.lockKey])
      const seen = await tx.query(`SELECT 1 FROM ${table} WHERE version = $1`, [version])
      if (seen.rowCount > 0) return false
      for (const statement of splitStatements(sql)) await tx.query(statement)
      await tx.query(`INSERT INTO ${table} (version, name) VALUES ($1, $2)`, [version, file])
      return true
    })
    if (done) applied.push(file)
  }
  return applied
}

/** Splits a migration on semicolons at line ends (the files hold no functions or quoted semicolons). */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0)
}
