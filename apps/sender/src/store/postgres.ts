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

  let closed = false
  let reconnectDelayMs = 100

  /**
   * Takes a dedicated connection for LISTEN and subscribes every channel with handlers. When that
   * connection dies (server restart, terminated backend) it reconnects with backoff, so wake-ups
   * resume instead of silently degrading to polling; notifications sent meanwhile are lost, which
   * the workers' polling covers.
   */
  async function connectListener(): Promise<void> {
    const client = await pool.connect()
    client.on('notification', (msg) => {
      for (const h of handlers.get(msg.channel) ?? []) h(msg.payload ?? '')
    })
    client.on('error', () => {
      if (listener !== client) return
      listener = undefined
      client.release(true)
      scheduleReconnect()
    })
    for (const channel of handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
    listener = client
    reconnectDelayMs = 100
  }

  function scheduleReconnect(): void {
    if (closed) return
    const timer = setTimeout(() => {
      connectListener().catch(() => {
        reconnectDelayMs = Math.min(reconnectDelayMs * 2, 10_000)
        scheduleReconnect()
      })
    }, reconnectDelayMs)
    timer.unref()
  }

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
        client.release()
        return value
      } catch (error) {
        // A connection that cannot even roll back is broken: destroy it rather than pool it.
        const broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        )
        client.release(broken)
        throw error
      }
    },
    async listen(channel, onNotify) {
      let set = handlers.get(channel)
      if (!set) {
        set = new Set()
        handlers.set(channel, set)
        if (listener) await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      }
      set.add(onNotify)
      if (!listener) await connectListener()
      return async () => {
        set.delete(onNotify)
      }
    },
    async close() {
      closed = true
      listener?.release()
      listener = undefined
      await pool.end()
    },
  }
}
