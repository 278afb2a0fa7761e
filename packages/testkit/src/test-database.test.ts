import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { requirePostgres } from './postgres.js'
import { createTestDatabase } from './test-database.js'

const enabled = await requirePostgres('testkit database tests')

describe('createTestDatabase', () => {
  it('rejects a purpose that is not a plain identifier', async () => {
    await expect(createTestDatabase('x; DROP DATABASE test')).rejects.toThrow(
      'test database purpose must match',
    )
  })

  it.skipIf(!enabled)('creates a database of its own and drops it', async () => {
    const database = await createTestDatabase('testkit')
    expect(database.name).toMatch(/^vh_testkit_[0-9a-f]{12}$/)
    const client = new pg.Client({ connectionString: database.url })
    // Dropping WITH (FORCE) terminates this connection; the client reports that as an 'error' event.
    client.on('error', () => undefined)
    await client.connect()
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name')
    expect(rows[0]?.name).toBe(database.name)
    // drop() must not wait for this connection to close.
    await database.drop()
    await client.end().catch(() => undefined)
    const reopened = new pg.Client({ connectionString: database.url })
    await expect(reopened.connect()).rejects.toThrow(/does not exist/)
    await reopened.end().catch(() => undefined)
    await database.drop()
  })
})
