import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { startPostgresCluster } from './cluster.js'

describe('startPostgresCluster', () => {
  it('runs a server of its own that can be stopped and started again on the same data', async () => {
    const cluster = await startPostgresCluster()
    try {
      const client = new pg.Client({ connectionString: cluster.url })
      await client.connect()
      await client.query('CREATE TABLE kept (n int)')
      await client.query('INSERT INTO kept VALUES (42)')
      await client.end()
      await cluster.stop()
      const refused = new pg.Client({ connectionString: cluster.url, connectionTimeoutMillis: 2000 })
      await expect(refused.connect()).rejects.toThrow()
      await cluster.start()
      const again = new pg.Client({ connectionString: cluster.url })
      await again.connect()
      expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 42 }])
      await again.end()
    } finally {
      await cluster.destroy()
    }
  }, 120_000)
})
