import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase, type Engine, testEngines as enginesFor } from '@voicehooks/testkit'
import { type Database, openDatabase } from '../src/store/database.js'

export type { Engine } from '@voicehooks/testkit'

/** PGlite always; PostgreSQL when reachable, and required (not skipped) when CI=true. */
export function testEngines(): Promise<Engine[]> {
  return enginesFor('receiver app tests')
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
  const { url: databaseUrl, drop } = await createTestDatabase('receiver')
  return {
    options: { databaseUrl },
    open: () => openDatabase({ databaseUrl }),
    drop,
  }
}
