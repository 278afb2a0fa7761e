import pg from 'pg'
import { TEST_DATABASE_URL } from './database-url.js'

/** Where a test runs its store: PGlite in process, or the PostgreSQL test server. */
export type Engine = 'pglite' | 'postgres'

/** Whether the PostgreSQL test server answers a query within 2 s. */
export async function postgresReachable(url: string = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

// CI must not pass by silently skipping the PostgreSQL half of the suite.
function requiredInCi(label: string): void {
  if (process.env['CI'] === 'true')
    throw new Error(
      `PostgreSQL is required in CI (CI=true) for ${label} but ${TEST_DATABASE_URL} is unreachable`,
    )
}

/**
 * The engines a suite runs on: PGlite always, PostgreSQL too when reachable. When it is not, warns
 * naming `label` (e.g. `'delivery tests'`) and answers `['pglite']`; under `CI=true` it throws instead.
 */
export async function testEngines(label: string): Promise<Engine[]> {
  if (await postgresReachable()) return ['pglite', 'postgres']
  requiredInCi(label)
  console.warn(`PostgreSQL not reachable at ${TEST_DATABASE_URL}: ${label} run on PGlite only`)
  return ['pglite']
}

/**
 * For suites that only make sense on PostgreSQL: `true` when reachable; otherwise warns that
 * `label` is skipped and answers `false`, or throws under `CI=true`.
 */
export async function requirePostgres(label: string): Promise<boolean> {
  if (await postgresReachable()) return true
  requiredInCi(label)
  console.warn(`${label} skipped: PostgreSQL not reachable at ${TEST_DATABASE_URL}`)
  return false
}
