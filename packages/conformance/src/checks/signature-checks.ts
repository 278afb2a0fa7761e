import { randomBytes } from 'node:crypto'
import { generateSecret } from '@voicehooks/signing'
import { type CheckDefinition, expectRejected } from './check.js'
import { tamperOneByte } from './tamper.js'

/** Forged signatures: each must be refused. */
export function signatureChecks(): CheckDefinition[] {
  return [
    {
      name: 'bad-signature',
      group: 'signature',
      async run(context) {
        const delivery = context.signed(context.event())
        delivery.headers = randomiseSignatures(delivery.headers)
        return expectRejected(await context.send(delivery), 'whose signature is random bytes')
      },
    },
    {
      name: 'tampered-body',
      group: 'signature',
      async run(context) {
        const delivery = context.signed(context.event())
        delivery.body = tamperOneByte(delivery.body)
        return expectRejected(
          await context.send(delivery),
          'whose body was changed after signing (one byte of data)',
        )
      },
    },
    {
      name: 'wrong-secret',
      group: 'signature',
      async run(context) {
        const delivery = context.signed(context.event(), { secret: generateSecret() })
        return expectRejected(await context.send(delivery), 'signed with another secret')
      },
    },
  ]
}

/** Keeps each signature header's format (so it parses) but replaces every digest with random bytes. */
function randomiseSignatures(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'webhook-signature') result[name] = `v1,${randomBytes(32).toString('base64')}`
    else if (/-signature$/i.test(name)) {
      result[name] = value.replace(/[0-9a-f]{64}/g, () => randomBytes(32).toString('hex'))
    } else result[name] = value
  }
  return result
}
