import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { createApiApp } from '../../src/api/app.js'
import { loadConfig } from '../../src/config.js'
import { createMetrics } from '../../src/metrics/index.js'
import { SecretBox } from '../../src/security/secret-box.js'
import { openSenderStore } from '../../src/store/open.js'
import { ApiClient } from './harness.js'

describe('GET /healthz', () => {
  it('answers 503 with the documented body when the database is gone', async () => {
    const db = await openSenderStore({})
    const app = createApiApp({
      db,
      config: loadConfig({}, { port: 0 }),
      logger: pino({ level: 'silent' }),
      secretBox: new SecretBox(randomBytes(32)),
      metrics: createMetrics(),
    })
    const server = createServer(app)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const client = new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, null)
    try {
      expect((await client.get('/healthz')).status).toBe(200)
      await db.close()
      const down = await client.get('/healthz')
      expect(down.status).toBe(503)
      expect(down.body).toEqual({ status: 'error', database: 'error' })
    } finally {
      server.close()
    }
  }, 120_000)
})
