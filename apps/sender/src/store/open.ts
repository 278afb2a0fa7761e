import type { Database } from './database.js'
import { migrate } from './migrate.js'
import { openPglite } from './pglite.js'
import { openPostgres } from './postgres.js'

/** Where the store lives: `databaseUrl` for PostgreSQL, else PGlite in `dataDir` (in memory if neither). */
export interface StoreOptions {
  databaseUrl?: string
  dataDir?: string
}

/** Opens the store and runs pending migrations. */
export async function openStore(options: StoreOptions): Promise<Database> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir)
  await migrate(db)
  return db
}
