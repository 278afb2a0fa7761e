import { join } from 'node:path'
import { type Database, openStore, type PostgresOptions } from '@voicehooks/store'

/** Where the sender's store lives: `databaseUrl` for PostgreSQL, else PGlite in `dataDir` (in memory if neither). */
export interface SenderStoreOptions {
  databaseUrl?: string | undefined
  dataDir?: string | undefined
  postgres?: PostgresOptions
}

/** The sender's schema: versioned files, recorded in `schema_migrations`. */
export const SENDER_MIGRATIONS = {
  dir: join(import.meta.dirname, 'migrations'),
  table: 'schema_migrations',
  // Any constant: every sender process takes the same lock, so only one migrates at a time.
  lockKey: 724_119_031,
} as const

/** Opens the sender's store and runs its pending migrations. */
export function openSenderStore(options: SenderStoreOptions): Promise<Database> {
  return openStore({ ...options, migrations: SENDER_MIGRATIONS })
}
