import type { ClaimedDelivery, ClaimOutcome, IdempotencyStore } from './idempotency-store.js'

/** Options of {@link MemoryIdempotencyStore}. */
export interface MemoryIdempotencyStoreOptions {
  /** How long an id is remembered after it was claimed; default 24 hours (longer than any retry schedule). */
  ttlMs?: number
  /** Most ids remembered; past it the oldest are forgotten first. Default 10 000. */
  maxEntries?: number
  /** Current time in milliseconds; default `Date.now`. */
  now?: () => number
}

interface Entry {
  expiresAt: number
}

/**
 * The default {@link IdempotencyStore}: ids in a bounded in-process map with a TTL. It forgets on
 * restart and is not shared between processes; use a database-backed store for either.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #entries = new Map<string, Entry>()
  readonly #ttlMs: number
  readonly #maxEntries: number
  readonly #now: () => number

  constructor(options: MemoryIdempotencyStoreOptions = {}) {
    this.#ttlMs = positive(options.ttlMs ?? 24 * 60 * 60 * 1000, 'ttlMs')
    this.#maxEntries = positive(options.maxEntries ?? 10_000, 'maxEntries')
    this.#now = options.now ?? Date.now
  }

  /** Ids currently remembered (expired ones included until next touched). */
  get size(): number {
    return this.#entries.size
  }

  async claim(id: string, _delivery?: ClaimedDelivery): Promise<boolean> {
    const now = this.#now()
    const entry = this.#entries.get(id)
    if (entry !== undefined && entry.expiresAt > now) return false
    // Re-insert so Map order stays oldest-first for eviction.
    this.#entries.delete(id)
    while (this.#entries.size >= this.#maxEntries) this.#evictOldest()
    this.#entries.set(id, { expiresAt: now + this.#ttlMs })
    return true
  }

  async complete(_id: string, _outcome?: ClaimOutcome): Promise<void> {
    // The claim already marks the id as seen for the TTL.
  }

  async release(id: string, _error?: unknown): Promise<void> {
    this.#entries.delete(id)
  }

  #evictOldest(): void {
    const oldest = this.#entries.keys().next()
    if (!oldest.done) this.#entries.delete(oldest.value)
  }
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`MemoryIdempotencyStore: ${name} must be a positive number, got ${String(value)}`)
  }
  return value
}
