import { describe, expect, it } from 'vitest'
import { BODY, NOW_SECONDS, now, SECRET, signatureHeaderOf } from '../test/fixtures.js'
import { WebhookVerificationError } from './errors.js'
import { isSignatureScheme, SIGNATURE_SCHEMES, type SignatureScheme } from './schemes.js'
import { sign } from './sign.js'
import { verify } from './verify.js'
import { sign as signWeb } from './web/sign.js'
import { verify as verifyWeb } from './web/verify.js'

const options = { id: 'evt_1', timestamp: NOW_SECONDS, body: BODY, secret: SECRET }

/** Only the headers a scheme needs, so a test proves which signature was checked. */
function own(scheme: SignatureScheme, headers: Record<string, string>): Record<string, string> {
  if (scheme === 'standard') return headers
  const { 'webhook-signature': _standard, ...rest } = headers
  return rest
}

/** The digest inside a scheme's signature header. */
function digestOf(scheme: SignatureScheme, value: string): Buffer {
  if (scheme === 'standard') return Buffer.from(value.slice('v1,'.length), 'base64')
  if (scheme === 't-v1') return Buffer.from(value.replace(/^t=\d+,v1=/, ''), 'hex')
  return Buffer.from(value, 'hex')
}

/** `digest` written in a scheme's header format. */
function formatAs(scheme: SignatureScheme, digest: Buffer): string {
  if (scheme === 'standard') return `v1,${digest.toString('base64')}`
  if (scheme === 't-v1') return `t=${NOW_SECONDS},v1=${digest.toString('hex')}`
  return digest.toString('hex')
}

describe('SIGNATURE_SCHEMES', () => {
  it('lists every scheme, default first, and cannot be changed', () => {
    expect(SIGNATURE_SCHEMES).toEqual(['standard', 'hmac-sha256-hex', 't-v1', 'body-hex'])
    expect(Object.isFrozen(SIGNATURE_SCHEMES)).toBe(true)
    expect(SIGNATURE_SCHEMES.every(isSignatureScheme)).toBe(true)
    expect(isSignatureScheme('toString')).toBe(false)
  })
})

describe.each(SIGNATURE_SCHEMES)('scheme %s', (scheme) => {
  it('round-trips node → node, web → web, node → web and web → node', async () => {
    const fromNode = own(scheme, sign({ ...options, scheme }))
    const fromWeb = own(scheme, await signWeb({ ...options, scheme }))
    expect(fromWeb).toEqual(fromNode)
    const expected = { id: 'evt_1', timestamp: NOW_SECONDS, scheme }
    expect(verify(BODY, fromNode, SECRET, { scheme, now })).toEqual(expected)
    expect(verify(BODY, fromWeb, SECRET, { scheme, now })).toEqual(expected)
    expect(await verifyWeb(BODY, fromNode, SECRET, { scheme, now })).toEqual(expected)
    expect(await verifyWeb(BODY, fromWeb, SECRET, { scheme, now })).toEqual(expected)
  })

  describe.each(SIGNATURE_SCHEMES.filter((other) => other !== scheme))('never verifies as %s', (other) => {
    const signed = sign({ ...options, scheme })
    const value = signed[signatureHeaderOf(scheme)]!
    const base = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(NOW_SECONDS),
      'X-Voicehooks-Timestamp': String(NOW_SECONDS),
    }

    it('with its header value moved into the other scheme’s header', async () => {
      const headers = { ...base, [signatureHeaderOf(other)]: value }
      for (const run of [
        () => verify(BODY, headers, SECRET, { scheme: other, now }),
        () => verifyWeb(BODY, headers, SECRET, { scheme: other, now }),
      ]) {
        const error = await Promise.resolve()
          .then(run)
          .catch((caught: unknown) => caught)
        expect(error).toBeInstanceOf(WebhookVerificationError)
        expect((error as WebhookVerificationError).code).toMatch(/^(malformed_header|no_matching_signature)$/)
      }
    })

    // DESIGN §3 gives hmac-sha256-hex and t-v1 the same key and signed bytes ("{ts}.{body}"): the same
    // HMAC in two header formats. Every other pair differs in key or signed bytes.
    const sameHmac =
      new Set([scheme, other]).size === 2 &&
      [scheme, other].every((s) => s === 'hmac-sha256-hex' || s === 't-v1')

    it(`with its digest rewritten in the other scheme’s format (${sameHmac ? 'same HMAC by design' : 'refused'})`, async () => {
      const headers = { ...base, [signatureHeaderOf(other)]: formatAs(other, digestOf(scheme, value)) }
      if (sameHmac) {
        expect(verify(BODY, headers, SECRET, { scheme: other, now }).scheme).toBe(other)
        return
      }
      const expected = { code: 'no_matching_signature', header: signatureHeaderOf(other) }
      expect(() => verify(BODY, headers, SECRET, { scheme: other, now })).toThrow(
        expect.objectContaining(expected),
      )
      await expect(verifyWeb(BODY, headers, SECRET, { scheme: other, now })).rejects.toMatchObject(expected)
    })
  })
})
