import { join } from 'node:path'
import { type Database, openStore } from '@voicehooks/store'

export type { Database } from '@voicehooks/store'

/** Where the events live: `databaseUrl` (PostgreSQL), else PGlite in `dataDir` (`'memory'`: in memory). */
export interface DatabaseOptions {
  databaseUrl?: string | undefined
  dataDir?: string | undefined
}

/** The receiver's schema, recorded apart from the sender's so both may share one database. */
const RECEIVER_MIGRATIONS = {
  dir: join(import.meta.dirname, 'migrations'),
  table: 'receiver_schema_migrations',
  lockKey: 724_119_032,
}

/** Opens the database named by `options` (creating a PGlite folder with its parents) and migrates it. */
export function openDatabase(options: DatabaseOptions): Promise<Database> {
  return openStore({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir === 'memory' ? undefined : options.dataDir,
    migrations: RECEIVER_MIGRATIONS,
  })
}
