import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BODY, NOW_SECONDS, now, OTHER_SECRET, SECRET, signatureHeaderOf } from '../test/fixtures.js'
import { WebhookConfigurationError, WebhookVerificationError } from './errors.js'
import type { HeadersLike } from './headers.js'
import { SIGNATURE_SCHEMES, type SignatureScheme } from './schemes.js'
import { sign } from './sign.js'
import { createVerifier, verify } from './verify.js'
import { checkVerifyOptions, type VerifiedWebhook, type VerifyOptions } from './verify-plan.js'
import { createVerifier as createVerifierWeb, verify as verifyWeb } from './web/verify.js'

type Verify = (
  body: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options?: VerifyOptions,
) => Promise<VerifiedWebhook>

// Every case runs against the one-shot verify and the prepared createVerifier, on both entries.
const entries: [string, Verify][] = [
  ['node', async (...args) => verify(...args)],
  ['web', verifyWeb],
  [
    'node createVerifier',
    async (body, headers, secret, options) => createVerifier(secret, options)(body, headers),
  ],
  [
    'web createVerifier',
    async (body, headers, secret, options) => createVerifierWeb(secret, options)(body, headers),
  ],
]

const THIRD_SECRET = 'whsec_c2VjcmV0LXRoYXQtc2lnbnMtbm90aGluZy0wMTIz'

function signed(scheme: SignatureScheme = 'standard', timestamp = NOW_SECONDS, secrets = [SECRET]) {
  return sign({ id: 'evt_1', timestamp, body: BODY, secrets, scheme })
}

function without(headers: Record<string, string>, ...names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)))
}

async function failure(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected verification to fail')
    },
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(WebhookVerificationError)
  const verificationError = error as WebhookVerificationError
  // Whatever failed, the secret never leaks into the message.
  for (const secret of [SECRET, OTHER_SECRET, THIRD_SECRET]) {
    expect(verificationError.message).not.toContain(secret.slice('whsec_'.length))
  }
  return verificationError
}

const timestampHeaderOf: Record<Exclude<SignatureScheme, 'body-hex'>, string> = {
  standard: 'webhook-timestamp',
  'hmac-sha256-hex': 'X-Voicehooks-Timestamp',
  't-v1': 'X-Voicehooks-Signature',
}

describe.each(entries)('verify (%s)', (_entry, verifyWith) => {
  describe.each(SIGNATURE_SCHEMES)('scheme %s', (scheme) => {
    const header = signatureHeaderOf(scheme)
    const options = { scheme, now }

    it('passes for the signed body and reports id, timestamp and scheme', async () => {
      const result = await verifyWith(BODY, signed(scheme), SECRET, options)
      expect(result).toEqual({ id: 'evt_1', timestamp: NOW_SECONDS, scheme })
    })

    it('fails for a tampered body', async () => {
      const error = await failure(verifyWith(BODY.replace('42', '43'), signed(scheme), SECRET, options))
      expect(error).toMatchObject({ code: 'no_matching_signature', header })
      expect(error.message).toBe(
        `No signature in "${header}" matches the secret (wrong secret, or the body was changed or re-serialised)`,
      )
    })

    it('fails for a wrong secret', async () => {
      const error = await failure(verifyWith(BODY, signed(scheme), OTHER_SECRET, options))
      expect(error).toMatchObject({ code: 'no_matching_signature', header })
    })

    it('fails for re-serialised JSON and passes for the raw bytes', async () => {
      const raw = JSON.stringify(JSON.parse(BODY), null, 2) // as a sender with pretty-printing sends it
      const headers = sign({ id: 'evt_1', timestamp: NOW_SECONDS, body: raw, secret: SECRET, scheme })
      const reserialised = JSON.stringify(JSON.parse(raw))
      const error = await failure(verifyWith(reserialised, headers, SECRET, options))
      expect(error).toMatchObject({ code: 'no_matching_signature', header })
      const bytes = new TextEncoder().encode(raw)
      await expect(verifyWith(bytes, headers, SECRET, options)).resolves.toMatchObject({ scheme })
      await expect(verifyWith(Buffer.from(raw), headers, SECRET, options)).resolves.toMatchObject({ scheme })
    })

    it('fails when the signature header is missing', async () => {
      const error = await failure(verifyWith(BODY, without(signed(scheme), header), SECRET, options))
      expect(error).toMatchObject({
        code: 'missing_header',
        header,
        message: `Missing required header "${header}"`,
      })
    })

    it('passes with [wrong, right] secrets and fails with only wrong ones', async () => {
      await expect(verifyWith(BODY, signed(scheme), [OTHER_SECRET, SECRET], options)).resolves.toMatchObject({
        scheme,
      })
      const error = await failure(verifyWith(BODY, signed(scheme), [OTHER_SECRET, THIRD_SECRET], options))
      expect(error).toMatchObject({ code: 'no_matching_signature', header })
      expect(error.message).toContain('matches any of the 2 secrets')
    })

    it('passes with either secret of a rotation alone', async () => {
      const headers = signed(scheme, NOW_SECONDS, [SECRET, OTHER_SECRET])
      await expect(verifyWith(BODY, headers, SECRET, options)).resolves.toMatchObject({ scheme })
      await expect(verifyWith(BODY, headers, OTHER_SECRET, options)).resolves.toMatchObject({ scheme })
      await failure(verifyWith(BODY, headers, THIRD_SECRET, options))
    })

    if (scheme === 'body-hex') {
      it('ignores the timestamp: a day-old delivery still passes', async () => {
        await expect(
          verifyWith(BODY, signed(scheme, NOW_SECONDS - 86_400), SECRET, options),
        ).resolves.toMatchObject({
          timestamp: NOW_SECONDS - 86_400,
        })
      })
    } else {
      const timestampHeader = timestampHeaderOf[scheme]

      it('passes at exactly the tolerance in both directions', async () => {
        await verifyWith(BODY, signed(scheme, NOW_SECONDS - 300), SECRET, options)
        await verifyWith(BODY, signed(scheme, NOW_SECONDS + 300), SECRET, options)
      })

      it('fails 301 s in the past as timestamp_too_old', async () => {
        const error = await failure(verifyWith(BODY, signed(scheme, NOW_SECONDS - 301), SECRET, options))
        expect(error).toMatchObject({ code: 'timestamp_too_old', header: timestampHeader })
        expect(error.message).toContain('301s in the past (tolerance 300s)')
      })

      it('fails 301 s in the future as timestamp_too_new', async () => {
        const error = await failure(verifyWith(BODY, signed(scheme, NOW_SECONDS + 301), SECRET, options))
        expect(error).toMatchObject({ code: 'timestamp_too_new', header: timestampHeader })
      })

      it('honours toleranceSeconds', async () => {
        const headers = signed(scheme, NOW_SECONDS - 3600)
        await verifyWith(BODY, headers, SECRET, { ...options, toleranceSeconds: 3600 })
        expect(
          (await failure(verifyWith(BODY, headers, SECRET, { ...options, toleranceSeconds: 3599 }))).code,
        ).toBe('timestamp_too_old')
      })
    }
  })

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])(
    'standard: a missing %s is reported by name',
    async (name) => {
      const error = await failure(verifyWith(BODY, without(signed(), name), SECRET, { now }))
      expect(error).toMatchObject({ code: 'missing_header', header: name })
    },
  )

  it('hmac-sha256-hex: a missing timestamp names X-{Prefix}-Timestamp', async () => {
    const headers = without(signed('hmac-sha256-hex'), 'X-Voicehooks-Timestamp', 'webhook-timestamp')
    const error = await failure(verifyWith(BODY, headers, SECRET, { scheme: 'hmac-sha256-hex', now }))
    expect(error).toMatchObject({ code: 'missing_header', header: 'X-Voicehooks-Timestamp' })
  })

  it.each([
    ['v1, with bad base64', 'webhook-signature', 'v1,@@@not-base64@@@', 'webhook-signature'],
    ['an empty v1,', 'webhook-signature', 'v1,', 'webhook-signature'],
    ['a non-numeric timestamp', 'webhook-timestamp', 'yesterday', 'webhook-timestamp'],
    ['a timestamp in milliseconds', 'webhook-timestamp', String(NOW_SECONDS * 1000), 'webhook-timestamp'],
  ])('standard: %s is malformed_header', async (_name, name, value, header) => {
    const error = await failure(verifyWith(BODY, { ...signed(), [name]: value }, SECRET, { now }))
    expect(error).toMatchObject({ code: 'malformed_header', header })
  })

  it('t-v1: a signature without t= is malformed_header', async () => {
    const headers = signed('t-v1')
    const withoutT = headers['X-Voicehooks-Signature']!.replace(/^t=\d+,/, '')
    const error = await failure(
      verifyWith(BODY, { ...headers, 'X-Voicehooks-Signature': withoutT }, SECRET, { scheme: 't-v1', now }),
    )
    expect(error).toMatchObject({ code: 'malformed_header', header: 'X-Voicehooks-Signature' })
    expect(error.message).toBe('Malformed header "X-Voicehooks-Signature": has no "t=<unix seconds>" element')
  })

  it('hmac-sha256-hex: a non-numeric X-{Prefix}-Timestamp is malformed_header', async () => {
    const headers = { ...signed('hmac-sha256-hex'), 'X-Voicehooks-Timestamp': 'now' }
    const error = await failure(verifyWith(BODY, headers, SECRET, { scheme: 'hmac-sha256-hex', now }))
    expect(error).toMatchObject({ code: 'malformed_header', header: 'X-Voicehooks-Timestamp' })
  })

  it('reads a custom prefix case-insensitively, from Fetch Headers too', async () => {
    const headers = sign({
      id: 'evt_1',
      timestamp: NOW_SECONDS,
      body: BODY,
      secret: SECRET,
      scheme: 't-v1',
      prefix: 'Acme',
    })
    expect(Object.keys(headers)).toContain('X-Acme-Signature')
    const fetchHeaders = new Headers(without(headers, 'webhook-signature'))
    await expect(
      verifyWith(BODY, fetchHeaders, SECRET, { scheme: 't-v1', prefix: 'Acme', now }),
    ).resolves.toMatchObject({
      id: 'evt_1',
    })
    const error = await failure(verifyWith(BODY, fetchHeaders, SECRET, { scheme: 't-v1', now }))
    expect(error).toMatchObject({ code: 'missing_header', header: 'X-Voicehooks-Signature' })
  })

  it.each([
    ['an empty secret', ''],
    ['an empty list', []],
    ['a secret that is not base64', 'whsec_this is not base64'],
    ['a bad secret in a list', [SECRET, 'whsec_%%%']],
  ])('refuses %s as a configuration error (invalid_secret) before reading headers', async (_name, secret) => {
    const error = await Promise.resolve()
      .then(() => verifyWith(BODY, {}, secret, { now }))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(WebhookConfigurationError)
    expect(error).not.toBeInstanceOf(WebhookVerificationError)
    expect(error).toMatchObject({ code: 'invalid_secret' })
    expect(() => checkVerifyOptions(secret)).toThrow(WebhookConfigurationError)
  })

  it('keys compatibility schemes with any non-empty string', async () => {
    const headers = sign({ id: 'e', timestamp: NOW_SECONDS, body: BODY, secret: SECRET, scheme: 'body-hex' })
    const error = await failure(verifyWith(BODY, headers, 'plain shared secret', { scheme: 'body-hex' }))
    expect(error.code).toBe('no_matching_signature')
  })

  it('refuses a parsed body, an unknown scheme, a bad prefix and tolerance as configuration errors', async () => {
    const parsed = JSON.parse(BODY) as unknown as string
    await expect(verifyWith(parsed, signed(), SECRET, { now })).rejects.toMatchObject({
      name: 'WebhookConfigurationError',
      code: 'invalid_input',
      message: expect.stringMatching(/raw request body/),
    })
    const unknownScheme = { now, scheme: 'sha1' as SignatureScheme }
    await expect(verifyWith(BODY, signed(), SECRET, unknownScheme)).rejects.toMatchObject({
      code: 'invalid_option',
      option: 'scheme',
      message: expect.stringMatching(/Unknown signature scheme "sha1"/),
    })
    await expect(verifyWith(BODY, signed(), SECRET, { now, prefix: 'X Y' })).rejects.toMatchObject({
      code: 'invalid_option',
      option: 'prefix',
      message: expect.stringMatching(/Invalid header prefix/),
    })
    await expect(verifyWith(BODY, signed(), SECRET, { now, toleranceSeconds: -1 })).rejects.toMatchObject({
      code: 'invalid_option',
      option: 'toleranceSeconds',
    })
    expect(() => checkVerifyOptions(SECRET, { scheme: 'sha1' as SignatureScheme })).toThrow(
      WebhookConfigurationError,
    )
    expect(() => checkVerifyOptions(SECRET, { scheme: 't-v1', prefix: 'Acme' })).not.toThrow()
  })
})

describe('createVerifier', () => {
  it('checks the configuration when it is created, before any delivery', () => {
    expect(() => createVerifier('whsec_%%%')).toThrow(WebhookConfigurationError)
    expect(() => createVerifierWeb(SECRET, { scheme: 'nope' as SignatureScheme })).toThrow(
      expect.objectContaining({ code: 'invalid_option', option: 'scheme' }),
    )
  })
})

describe('verify with Node IncomingHttpHeaders from a real request', () => {
  let url = ''
  const results: unknown[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      try {
        results.push(verify(Buffer.concat(chunks), req.headers, [OTHER_SECRET, SECRET], { scheme: 't-v1' }))
        res.writeHead(204).end()
      } catch (error) {
        results.push(error)
        res.writeHead(401).end((error as Error).message)
      }
    })
  })

  beforeAll(async () => {
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('accepts a signed POST and refuses a tampered one with 401', async () => {
    const timestamp = Math.floor(Date.now() / 1000)
    const headers = sign({ id: 'evt_9', timestamp, body: BODY, secrets: [SECRET], scheme: 't-v1' })
    const post = (body: string) =>
      fetch(url, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } })

    expect((await post(BODY)).status).toBe(204)
    expect(results.at(-1)).toEqual({ id: 'evt_9', timestamp, scheme: 't-v1' })

    const refused = await post(`${BODY}\n`)
    expect(refused.status).toBe(401)
    expect(await refused.text()).toContain('No signature in "X-Voicehooks-Signature"')
  })
})
