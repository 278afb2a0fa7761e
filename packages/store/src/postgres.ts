import pg from 'pg'
import { type Database, runCallbacks, type Sql } from './database.js'
import { asStoreError } from './errors.js'

/** How a PostgreSQL store is pooled. */
export interface PostgresOptions {
  /** Connections in the pool; default 10. */
  max?: number
  /** How long a query waits for a connection before failing as unavailable; default 5 s. */
  connectTimeoutMs?: number
}

const LISTEN_RETRY_MAX_MS = 5000

/**
 * Opens a pooled PostgreSQL store. While the server is gone, every query fails at once with a
 * `StoreError('store_unavailable')` and the pool reconnects by itself when it is back; LISTEN holds
 * one dedicated connection that re-subscribes after a restart.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  })
  pool.on('error', () => {
    // An idle client lost its connection (server restart); the pool replaces it on next use.
  })
  await pool.query('SELECT 1').catch((error: unknown) => {
    void pool.end()
    throw asStoreError(error)
  })
  let listener: pg.PoolClient | undefined
  let connecting: Promise<void> | undefined
  const handlers = new Map<string, Set<(payload: string) => void>>()

  let closed = false
  let reconnectDelayMs = 100

  /**
   * Takes a dedicated connection for LISTEN and subscribes every channel with handlers. When that
   * connection dies (server restart, terminated backend) it reconnects with backoff, so wake-ups
   * resume instead of silently degrading to polling; notifications sent meanwhile are lost, which
   * the callers' polling covers.
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
    try {
      for (const channel of handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
    } catch (error) {
      client.release(true)
      throw error
    }
    if (closed) {
      client.release(true)
      return
    }
    listener = client
    reconnectDelayMs = 100
  }

  function scheduleReconnect(): void {
    if (closed) return
    const timer = setTimeout(() => {
      connecting = connectListener()
        .catch(() => {
          reconnectDelayMs = Math.min(reconnectDelayMs * 2, LISTEN_RETRY_MAX_MS)
          scheduleReconnect()
        })
        .finally(() => {
          connecting = undefined
        })
    }, reconnectDelayMs)
    timer.unref()
  }

  const run: Sql['query'] = async (text, params) => {
    try {
      const result = await pool.query(text, params as unknown[] | undefined)
      return { rows: result.rows, rowCount: result.rowCount ?? 0 }
    } catch (error) {
      throw asStoreError(error)
    }
  }

  return {
    kind: 'postgres',
    query: run,
    async transaction(fn) {
      let client: pg.PoolClient
      try {
        client = await pool.connect()
      } catch (error) {
        throw asStoreError(error)
      }
      // A checked-out client whose server goes away emits 'error' (the pool only listens on idle
      // ones); unheard, that event would end the process. The query in flight rejects anyway.
      const ignore = () => undefined
      client.on('error', ignore)
      const release = (broken: boolean) => {
        client.off('error', ignore)
        client.release(broken)
      }
      try {
        await client.query('BEGIN')
        const committed: (() => void)[] = []
        const tx: Sql = {
          async query(text, params) {
            const result = await client.query(text, params as unknown[] | undefined)
            return { rows: result.rows, rowCount: result.rowCount ?? 0 }
          },
          onCommit: (callback) => void committed.push(callback),
        }
        const value = await fn(tx)
        await client.query('COMMIT')
        release(false)
        runCallbacks(committed)
        return value
      } catch (error) {
        // A connection that cannot even roll back is broken: destroy it rather than pool it.
        const broken = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        )
        release(broken)
        throw asStoreError(error)
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
      if (!listener && !connecting) {
        try {
          await connectListener()
        } catch (error) {
          scheduleReconnect()
          throw asStoreError(error)
        }
      }
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
