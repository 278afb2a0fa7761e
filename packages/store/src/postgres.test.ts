import { createTestDatabase, requirePostgres, type TestDatabase, until } from '@voicehooks/testkit'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './database.js'
import { openPostgres } from './postgres.js'

const enabled = await requirePostgres('PostgreSQL store tests')

describe.skipIf(!enabled)('the PostgreSQL store', () => {
  let database: TestDatabase
  let db: Database
  let admin: pg.Client

  beforeAll(async () => {
    database = await createTestDatabase('store')
    db = await openPostgres(database.url)
    admin = new pg.Client({ connectionString: database.url })
    await admin.connect()
  })

  afterAll(async () => {
    await admin?.end()
    await db?.close()
    await database?.drop()
  })

  it('keeps LISTEN wake-ups after its connection is killed', async () => {
    let woken = 0
    await db.listen('vh_store_test', () => {
      woken += 1
    })
    await db.query(`SELECT pg_notify('vh_store_test', '')`)
    await until(() => woken >= 1, 'the first notification', 5000)

    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    )
    expect(killed.rowCount).toBe(1)
    // Notifications sent while it reconnects are lost by design (polling covers them): keep sending.
    await until(
      async () => {
        await db.query(`SELECT pg_notify('vh_store_test', '')`)
        return woken >= 2
      },
      'a notification after the listener reconnected',
      10_000,
    )
  })

  it('rolls back a failed transaction and keeps serving', async () => {
    await db.query('CREATE TABLE t (id int PRIMARY KEY)')
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (1)')
        await tx.query('INSERT INTO t VALUES (1)')
      }),
    ).rejects.toThrow(/duplicate key/)
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM t')
    expect(rows[0]!.n).toBe(0)
    expect(await db.transaction(async (tx) => (await tx.query('INSERT INTO t VALUES (2)')).rowCount)).toBe(1)
  })
})
