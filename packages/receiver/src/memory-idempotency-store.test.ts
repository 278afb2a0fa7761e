import { describe, expect, it } from 'vitest'
import type { ClaimedDelivery } from './idempotency-store.js'
import { MemoryIdempotencyStore } from './memory-idempotency-store.js'

const delivery = {} as ClaimedDelivery

describe('MemoryIdempotencyStore', () => {
  it('grants the first claim of an id and refuses the next ones, concurrent or later', async () => {
    const store = new MemoryIdempotencyStore()
    const claims = await Promise.all([store.claim('evt_a', delivery), store.claim('evt_a', delivery)])
    expect(claims).toEqual([true, false])
    await store.complete('evt_a', 'processed')
    expect(await store.claim('evt_a', delivery)).toBe(false)
    expect(await store.claim('evt_b', delivery)).toBe(true)
  })

  it('grants the id again once released', async () => {
    const store = new MemoryIdempotencyStore()
    await store.claim('evt_a', delivery)
    await store.release('evt_a', new Error('handler failed'))
    expect(await store.claim('evt_a', delivery)).toBe(true)
  })

  it('forgets an id after its TTL', async () => {
    let now = 1_000
    const store = new MemoryIdempotencyStore({ ttlMs: 100, now: () => now })
    await store.claim('evt_a', delivery)
    now += 99
    expect(await store.claim('evt_a', delivery)).toBe(false)
    now += 1
    expect(await store.claim('evt_a', delivery)).toBe(true)
  })

  it('keeps at most maxEntries ids, forgetting the oldest first', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 2 })
    await store.claim('evt_1', delivery)
    await store.claim('evt_2', delivery)
    await store.claim('evt_3', delivery)
    expect(store.size).toBe(2)
    expect(await store.claim('evt_3', delivery)).toBe(false)
    expect(await store.claim('evt_2', delivery)).toBe(false)
    expect(await store.claim('evt_1', delivery)).toBe(true)
  })

  it('refuses a TTL or size that is not positive', () => {
    expect(() => new MemoryIdempotencyStore({ ttlMs: 0 })).toThrow(/ttlMs/)
    expect(() => new MemoryIdempotencyStore({ maxEntries: -1 })).toThrow(/maxEntries/)
  })
})
