import type { SignatureScheme } from '@voicehooks/signing'
import { type CheckDefinition, expectRejected } from './check.js'

interface Removal {
  name: string
  headers: string[]
}

/**
 * Which headers each check removes. A header is removed together with every other header that
 * legitimately carries the same thing (`X-{Prefix}-Timestamp` repeats `webhook-timestamp`;
 * `webhook-signature` is sent beside every compatibility signature), so no fallback can excuse
 * accepting the delivery.
 */
function removals(scheme: SignatureScheme, prefix: string): Removal[] {
  const signature = `X-${prefix}-Signature`
  const timestamp = `X-${prefix}-Timestamp`
  switch (scheme) {
    case 'standard':
      return [
        { name: 'missing-webhook-id', headers: ['webhook-id'] },
        { name: 'missing-webhook-timestamp', headers: ['webhook-timestamp', timestamp] },
        { name: 'missing-webhook-signature', headers: ['webhook-signature'] },
      ]
    case 'hmac-sha256-hex':
      return [
        { name: 'missing-signature', headers: [signature, 'webhook-signature'] },
        { name: 'missing-timestamp', headers: [timestamp, 'webhook-timestamp'] },
      ]
    case 't-v1':
    case 'body-hex':
      return [{ name: 'missing-signature', headers: [signature, 'webhook-signature'] }]
  }
}

/** Correctly signed deliveries missing a header the scheme needs: each must be refused. */
export function headerChecks(scheme: SignatureScheme, prefix: string): CheckDefinition[] {
  return removals(scheme, prefix).map(({ name, headers }) => ({
    name,
    group: 'headers',
    async run(context) {
      const delivery = context.signed(context.event())
      const drop = new Set(headers.map((header) => header.toLowerCase()))
      delivery.headers = Object.fromEntries(
        Object.entries(delivery.headers).filter(([header]) => !drop.has(header.toLowerCase())),
      )
      return expectRejected(await context.send(delivery), `without ${headers.join(' / ')}`)
    },
  }))
}
