import { randomBytes } from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A fresh id shaped like the platform's (`evt_`, `wh_` + a ULID), so each run's deliveries are new
 * events to the receiver and its duplicate detection cannot hide a failure from an earlier run.
 */
export function newId(prefix: string): string {
  let time = Date.now()
  let head = ''
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head
    time = Math.floor(time / 32)
  }
  let tail = ''
  for (const byte of randomBytes(16)) tail += CROCKFORD[byte % 32]
  return `${prefix}_${head}${tail}`
}
