import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Database } from './database.js'

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations')
// Any constant: every sender process takes the same lock, so only one migrates at a time.
const MIGRATION_LOCK = 724_119_031

/** Applies every `NNN_name.sql` not yet recorded in schema_migrations, in order, each in its own transaction. */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
  const files = (await readdir(dir)).filter((f) => /^\d+_.+\.sql$/.test(f)).sort()
  const applied: string[] = []
  for (const file of files) {
    const version = Number.parseInt(file, 10)
    const sql = await readFile(join(dir, file), 'utf8')
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version])
      if (seen.rowCount > 0) return false
      for (const statement of splitStatements(sql)) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, file])
      return true
    })
    if (done) applied.push(file)
  }
  return applied
}

/** Splits a migration on semicolons at line ends (the files hold no functions or quoted semicolons). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0)
}
