import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { type Database, openDatabase } from '../src/store/database.js'

export type Engine = 'pglite' | 'postgres'

/** Where PostgreSQL test databases are created (trust auth). */
export const ADMIN_URL =
  process.env['VOICEHOOKS_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** PGlite always; PostgreSQL when reachable, and required (not skipped) when CI=true. */
export async function testEngines(): Promise<Engine[]> {
  if (await postgresReachable()) return ['pglite', 'postgres']
  if (process.env['CI'] === 'true')
    throw new Error(`PostgreSQL is required in CI but ${ADMIN_URL} is unreachable`)
  console.warn(`PostgreSQL at ${ADMIN_URL} is unreachable: receiver app tests run on PGlite only`)
  return ['pglite']
}

/** A database of the test's own, and a way to look into it after the receiver closed it. */
export interface TestDatabase {
  /** `startReceiver` options naming it. */
  options: { databaseUrl?: string; dataDir?: string }
  /** A second connection; PGlite in memory has none (`persistent: false`). */
  open(): Promise<Database>
  drop(): Promise<void>
}

/**
 * PGlite in memory (or in a temp folder when `persistent`), or a fresh PostgreSQL database
 * `vh_receiver_<random>` dropped afterwards.
 */
export async function testDatabase(engine: Engine, persistent = false): Promise<TestDatabase> {
  if (engine === 'pglite') {
    if (!persistent) {
      return {
        options: { dataDir: 'memory' },
        open: () => Promise.reject(new Error('PGlite in memory cannot be reopened')),
        drop: async () => undefined,
      }
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'vh-receiver-'))
    return {
      options: { dataDir },
      open: () => openDatabase({ dataDir }),
      drop: () => rm(dataDir, { recursive: true, force: true }),
    }
  }
  const name = `vh_receiver_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  const databaseUrl = url.toString()
  return {
    options: { databaseUrl },
    open: () => openDatabase({ databaseUrl }),
    async drop() {
      const cleanup = new pg.Client({ connectionString: ADMIN_URL })
      await cleanup.connect()
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await cleanup.end()
    },
  }
}
