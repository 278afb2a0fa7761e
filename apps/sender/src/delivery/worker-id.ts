import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

/** `host/pid/random`: unique per process start, and readable in `lease_owner` and `attempts.worker`. */
export function defaultWorkerId(): string {
  return `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`
}
