import pg from 'pg'
import type { Database, Sql } from './database.js'

// Return timestamptz and bigint as strings/Dates exactly as pg gives them; counts come back as
// strings (int8), callers convert with Number().

/** Opens a pooled PostgreSQL store. LISTEN holds one dedicated connection. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 })
  pool.on('error', () => {
    // An idle client lost its connection (server restart); the pool replaces it on next use.
  })
  await pool.query('SELECT 1')
  let listener: pg.PoolClient | undefined
  const handlers = new Map<string, Set<(payload: string) => void>>()

  const run: Sql['query'] = async (text, params) => {
    const result = await pool.query(text, params as unknown[] | undefined)
    return { rows: result.rows, rowCount: result.rowCount ?? 0 }
  }

  return {
    kind: 'postgres',
    query: run,
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const tx: Sql = {
          async query(text, params) {
            const result = await client.query(text, params as unknown[] | undefined)
            return { rows: result.rows, rowCount: result.rowCount ?? 0 }
          },
        }
        const value = await fn(tx)
        await client.query('COMMIT')
        return value
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async listen(channel, onNotify) {
      if (!listener) {
        listener = await pool.connect()
        listener.on('notification', (msg) => {
          for (const h of handlers.get(msg.channel) ?? []) h(msg.payload ?? '')
        })
      }
      let set = handlers.get(channel)
      if (!set) {
        set = new Set()
        handlers.set(channel, set)
        await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      }
      set.add(onNotify)
      return async () => {
        set.delete(onNotify)
      }
    },
    async close() {
      listener?.release()
      listener = undefined
      await pool.end()
    },
  }
}
