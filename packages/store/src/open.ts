import type { Database } from './database.js'
import { type MigrationOptions, migrate } from './migrate.js'
import { openPglite } from './pglite.js'
import { openPostgres, type PostgresOptions } from './postgres.js'

/** Where a store lives: `databaseUrl` for PostgreSQL, else PGlite in `dataDir` (in memory if neither). */
export interface StoreOptions {
  databaseUrl?: string | undefined
  dataDir?: string | undefined
  /** Pool settings when on PostgreSQL. */
  postgres?: PostgresOptions
  /** Migrations to run before the store is handed out. */
  migrations?: MigrationOptions
}

/** Opens the store and runs its pending migrations; on a failed migration it closes it again. */
export async function openStore(options: StoreOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.postgres)
    : await openPglite(options.dataDir)
  if (options.migrations) {
    try {
      await migrate(db, options.migrations)
    } catch (error) {
      await db.close().catch(() => undefined)
      throw error
    }
  }
  return db
}
