import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { TEST_DATABASE_URL } from './database-url.js'

/** A database of one test file's own on the PostgreSQL test server. */
export interface TestDatabase {
  /** Connection URL of the new database. */
  url: string
  /** Its name, `vh_<purpose>_<random>`. */
  name: string
  /** Drops it, closing any connection still open; dropping twice is harmless. */
  drop(): Promise<void>
}

// The purpose is spliced into SQL as an identifier, and PostgreSQL cuts names at 63 bytes.
const PURPOSE = /^[a-z][a-z0-9_]{0,39}$/

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  try {
    await client.connect()
    await client.query(sql)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Creates `vh_<purpose>_<random>` on the PostgreSQL test server, so test files never share tables.
 * `purpose` is lower-case letters, digits and `_` (at most 40). Call `drop()` when done.
 */
export async function createTestDatabase(purpose: string): Promise<TestDatabase> {
  if (!PURPOSE.test(purpose))
    throw new Error(
      `test database purpose must match ${PURPOSE} (lower case, digits, _), got ${JSON.stringify(purpose)}`,
    )
  const name = `vh_${purpose}_${randomBytes(6).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(TEST_DATABASE_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    name,
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}
