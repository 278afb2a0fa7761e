import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase, testEngines } from '@voicehooks/testkit'
import { afterAll, describe, expect, it } from 'vitest'
import { isUnavailable, StoreError } from './errors.js'
import { migrate } from './migrate.js'
import { openStore, type StoreOptions } from './open.js'
import { openPostgres } from './postgres.js'

const engines = await testEngines('store tests')
const MIGRATIONS = {
  dir: join(import.meta.dirname, '../test/migrations'),
  table: 'test_schema_migrations',
  lockKey: 42,
}
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

/** A place for a store that survives closing it: a PGlite folder or a PostgreSQL database of its own. */
async function persistentPlace(engine: string): Promise<StoreOptions> {
  if (engine === 'postgres') {
    const database = await createTestDatabase('store')
    cleanups.push(database.drop)
    return { databaseUrl: database.url }
  }
  const dir = await mkdtemp(join(tmpdir(), 'vh-store-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  // A parent that does not exist yet: the store creates the whole path.
  return { dataDir: join(dir, 'nested', 'data') }
}

describe.each(engines)('store on %s', (engine) => {
  it('reopens on the data it left: migrations already applied are not run again', async () => {
    const place = await persistentPlace(engine)
    const first = await openStore({ ...place, migrations: MIGRATIONS })
    await first.query('INSERT INTO things (id, name) VALUES (1, $1)', ['kept'])
    await first.close()

    const second = await openStore({ ...place, migrations: MIGRATIONS })
    expect(await migrate(second, MIGRATIONS)).toEqual([])
    const { rows } = await second.query<{ name: string }>('SELECT name FROM things')
    expect(rows).toEqual([{ name: 'kept' }])
    const versions = await second.query<{ version: number }>(
      'SELECT version FROM test_schema_migrations ORDER BY 1',
    )
    expect(versions.rows.map((r) => Number(r.version))).toEqual([1, 2])
    await second.close()
  })

  it('counts rows as PostgreSQL does: returned by a query, changed by a write', async () => {
    const db = await openStore({ ...(await persistentPlace(engine)), migrations: MIGRATIONS })
    expect((await db.query('INSERT INTO things (id, name) VALUES (1, $1), (2, $1)', ['a'])).rowCount).toBe(2)
    expect((await db.query('SELECT * FROM things')).rowCount).toBe(2)
    expect((await db.query('SELECT * FROM things WHERE id = 3')).rowCount).toBe(0)
    expect((await db.query(`UPDATE things SET name = 'b' WHERE id = 1`)).rowCount).toBe(1)
    expect((await db.query(`UPDATE things SET name = 'b' RETURNING id`)).rowCount).toBe(2)
    expect(
      (await db.query('INSERT INTO things (id, name) VALUES (1, $1) ON CONFLICT DO NOTHING', ['c'])).rowCount,
    ).toBe(0)
    const inTx = await db.transaction((tx) => tx.query('SELECT * FROM things'))
    expect(inTx.rowCount).toBe(2)
    await db.close()
  })
})

describe.each(engines)('transactions on %s', (engine) => {
  it('run onCommit callbacks after the commit, and never after a rollback', async () => {
    const db = await openStore({ ...(await persistentPlace(engine)), migrations: MIGRATIONS })
    const seen: string[] = []
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO things (id, name) VALUES (1, $1)', ['a'])
      tx.onCommit?.(async () => {
        // Another connection sees the row: the callback runs after the commit.
        const { rowCount } = await db.query('SELECT 1 FROM things WHERE id = 1')
        seen.push(`visible ${rowCount}`)
      })
      seen.push('in transaction')
    })
    await expect(
      db.transaction(async (tx) => {
        tx.onCommit?.(() => seen.push('rolled back'))
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(seen).toEqual(['in transaction', 'visible 1'])
    expect(db.onCommit).toBeUndefined()
    await db.close()
  })
})

describe('PostgreSQL outages', () => {
  it('reports an unreachable server as StoreError store_unavailable, not a raw socket error', async () => {
    // Nothing listens on port 1 of the loopback address.
    const opening = openPostgres('postgres://postgres@127.0.0.1:1/test', { connectTimeoutMs: 1000 })
    await expect(opening).rejects.toBeInstanceOf(StoreError)
    await expect(opening).rejects.toMatchObject({ code: 'store_unavailable' })
  })

  it('tells a failing statement from a missing server', () => {
    expect(
      isUnavailable(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe(true)
    expect(
      isUnavailable(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ).toBe(true)
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isUnavailable(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' }))).toBe(
      false,
    )
    expect(isUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false)
  })
})
