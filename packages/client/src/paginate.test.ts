import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../test/http-server.js'
import { createClient } from './client.js'
import { paginate } from './paginate.js'
import type { ListDeliveriesParams } from './types.js'

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams)

/** A server listing `total` webhooks `wh_0…` the way the sender pages them. */
async function webhookServer(total: number) {
  const items = Array.from({ length: total }, (_, i) => ({ id: `wh_${i}` }))
  return startServer((req) => {
    const query = new URL(req.url, 'http://x').searchParams
    const offset = Number(query.get('offset') ?? 0)
    const limit = Number(query.get('limit') ?? 20)
    const data = items.slice(offset, offset + limit)
    return { status: 200, body: { data, total, offset, limit, has_more: offset + data.length < total } }
  })
}

describe('paginate', () => {
  it('walks every page in order and stops when has_more is false', async () => {
    server = await webhookServer(45)
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    const ids: string[] = []
    for await (const w of paginate(client.webhooks.list, { limit: 20, include_inactive: true }))
      ids.push(w.id)
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => `wh_${i}`))
    expect(server.requests.map((r) => query(r.url))).toEqual([
      { include_inactive: 'true', offset: '0', limit: '20' },
      { include_inactive: 'true', offset: '20', limit: '20' },
      { include_inactive: 'true', offset: '40', limit: '20' },
    ])
  })

  it('asks for 100 a page by default and starts at the given offset', async () => {
    server = await webhookServer(130)
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    let count = 0
    for await (const _ of paginate(client.webhooks.list, { offset: 10 })) count++
    expect(count).toBe(120)
    expect(server.requests.map((r) => query(r.url))).toEqual([
      { offset: '10', limit: '100' },
      { offset: '110', limit: '100' },
    ])
  })

  it('makes one request for an empty list', async () => {
    server = await webhookServer(0)
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    const all = []
    for await (const w of paginate((p: ListDeliveriesParams) => client.deliveries.list('wh_1', p), {
      status: ['failed'],
    }))
      all.push(w)
    expect(all).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it('stops on an empty page even if the server wrongly says has_more', async () => {
    let calls = 0
    const pages = paginate(async (p: { offset?: number; limit?: number }) => {
      calls++
      return {
        data: calls === 1 ? [1, 2] : [],
        total: 99,
        offset: p.offset ?? 0,
        limit: p.limit ?? 100,
        has_more: true,
      }
    })
    const items: number[] = []
    for await (const n of pages) items.push(n)
    expect(items).toEqual([1, 2])
    expect(calls).toBe(2)
  })

  it('lets the caller stop early without fetching further pages', async () => {
    server = await webhookServer(300)
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    for await (const w of paginate(client.webhooks.list)) if (w.id === 'wh_5') break
    expect(server.requests).toHaveLength(1)
  })
})
