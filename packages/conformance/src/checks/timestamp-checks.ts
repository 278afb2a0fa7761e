import { type CheckDefinition, expectRejected } from './check.js'
import { nowSeconds } from './context.js'

/** Ten minutes: twice the usual five-minute tolerance, so no clock skew excuses accepting it. */
const OFFSET_SECONDS = 600

/** Correctly signed deliveries outside the replay window: each must be refused. */
export function timestampChecks(noSignedTimestamp: boolean): CheckDefinition[] {
  const skip = noSignedTimestamp
    ? 'the body-hex scheme signs no timestamp, so a replay cannot be detected (DESIGN §3: weaker)'
    : undefined
  const check = (name: string, offset: number, why: string): CheckDefinition => ({
    name,
    group: 'timestamp',
    ...(skip === undefined ? {} : { skip }),
    async run(context) {
      const delivery = context.signed(context.event(), { timestamp: nowSeconds() + offset })
      return expectRejected(await context.send(delivery), why)
    },
  })
  return [
    check('stale-timestamp', -OFFSET_SECONDS, 'signed 10 minutes ago (a replay)'),
    check('future-timestamp', OFFSET_SECONDS, 'timestamped 10 minutes in the future'),
  ]
}
