import { randomBytes } from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A ULID: 48-bit millisecond time then 80 random bits, Crockford base32, 26 characters.
 * Ids sort by creation time, which keeps list pages and index inserts in order.
 */
export function ulid(now = Date.now()): string {
  let time = ''
  let t = now
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32]! + time
    t = Math.floor(t / 32)
  }
  const bytes = randomBytes(16)
  let rand = ''
  for (let i = 0; i < 16; i++) rand += CROCKFORD[bytes[i]! % 32]
  return time + rand
}

/** The prefixes of every id the sender mints. */
export type IdPrefix = 'acct' | 'key' | 'wh' | 'evt' | 'dlv' | 'ps'

/** `newId('wh')` → `wh_01JQ8Z6Y3K4M5N6P7Q8R9S0T1V`. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${ulid()}`
}
