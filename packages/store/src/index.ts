/**
 * The one store adapter of the Voicehooks apps (sender and reference receiver): PostgreSQL through a
 * `pg` pool, or embedded PGlite in a data folder, behind one {@link Database} interface that runs
 * the same SQL on both; versioned migrations; and {@link StoreError} for a database that is down,
 * so callers answer 503 instead of 500.
 *
 * @example
 * ```ts
 * import { openStore } from '@voicehooks/store'
 *
 * const db = await openStore({
 *   dataDir: '.data/app',
 *   migrations: { dir: 'migrations', table: 'app_schema_migrations', lockKey: 1 },
 * })
 * const { rows } = await db.query<{ n: number }>('SELECT 1 AS n')
 * await db.close()
 * ```
 *
 * @packageDocumentation
 */
export type { Database, Sql, StoreKind } from './database.js'
export { asStoreError, isUnavailable, StoreError, type StoreErrorCode } from './errors.js'
export { type MigrationOptions, migrate, splitStatements } from './migrate.js'
export { openStore, type StoreOptions } from './open.js'
export { openPglite, rowCountOf } from './pglite.js'
export { openPostgres, type PostgresOptions } from './postgres.js'
