import { describe, expect, it } from 'vitest'
import { BODY, NOW_SECONDS, OTHER_SECRET, SECRET } from '../test/fixtures.js'
import { WebhookConfigurationError } from './errors.js'
import type { SignatureScheme } from './schemes.js'
import { sign } from './sign.js'
import type { SignOptions } from './sign-plan.js'
import { sign as signWeb } from './web/sign.js'

const base = { id: 'evt_1', timestamp: NOW_SECONDS, body: BODY, secret: SECRET }

describe.each([
  ['node', async (options: SignOptions) => sign(options)],
  ['web', signWeb],
])('sign (%s)', (_entry, signWith) => {
  it('returns the Standard Webhooks headers and X-Voicehooks-Timestamp for the default scheme', async () => {
    const headers = await signWith(base)
    expect(Object.keys(headers)).toEqual([
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
      'X-Voicehooks-Timestamp',
    ])
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
  })

  it.each([
    ['hmac-sha256-hex', /^[0-9a-f]{64}$/],
    ['t-v1', new RegExp(`^t=${NOW_SECONDS},v1=[0-9a-f]{64}$`)],
    ['body-hex', /^[0-9a-f]{64}$/],
  ])('adds X-{Prefix}-Signature for %s, keeping the standard headers', async (scheme, pattern) => {
    const headers = await signWith({ ...base, scheme: scheme as SignatureScheme, prefix: 'Acme' })
    expect(Object.keys(headers)).toEqual([
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
      'X-Acme-Timestamp',
      'X-Acme-Signature',
    ])
    expect(headers['X-Acme-Signature']).toMatch(pattern)
  })

  it('signs with every secret of a rotation, space-separated', async () => {
    const headers = await signWith({ ...base, secret: undefined, secrets: [SECRET, OTHER_SECRET] })
    const single = await signWith(base)
    const [first, second] = headers['webhook-signature']!.split(' ')
    expect(first).toBe(single['webhook-signature'])
    expect(second).toMatch(/^v1,/)
    expect(second).not.toBe(first)
  })

  it('signs bytes exactly as the same text', async () => {
    const fromBytes = await signWith({ ...base, body: new TextEncoder().encode(BODY) })
    expect(fromBytes).toEqual(await signWith(base))
  })

  it.each<[string, Partial<SignOptions> & Record<string, unknown>, string, RegExp]>([
    ['no secret', { secret: undefined }, 'invalid_secret', /pass `secret` or a non-empty `secrets` list/],
    ['an empty secrets list', { secret: undefined, secrets: [] }, 'invalid_secret', /non-empty/],
    ['an empty secret', { secret: '' }, 'invalid_secret', /secret is empty/],
    ['a non-base64 secret', { secret: 'whsec_not base64' }, 'invalid_secret', /standard base64/],
    ['a bad second secret', { secret: undefined, secrets: [SECRET, '%'] }, 'invalid_secret', /secrets\[1\]/],
    [
      'a millisecond timestamp',
      { timestamp: NOW_SECONDS * 1000 },
      'invalid_input',
      /looks like milliseconds/,
    ],
    ['a fractional timestamp', { timestamp: 1.5 }, 'invalid_input', /whole unix seconds/],
    ['an id with a space', { id: 'evt 1' }, 'invalid_input', /id must be/],
    ['an object body', { body: { a: 1 } as unknown as string }, 'invalid_input', /body must be/],
    [
      'an unknown scheme',
      { scheme: 'md5' as SignatureScheme },
      'invalid_option',
      /Unknown signature scheme "md5"/,
    ],
    ['a prefix with a space', { prefix: 'Ac me' }, 'invalid_option', /Invalid header prefix/],
  ])('refuses %s', async (_name, override, code, message) => {
    const error = await Promise.resolve()
      .then(() => signWith({ ...base, ...override }))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(WebhookConfigurationError)
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) })
    expect((error as Error).message).not.toContain(SECRET.slice(6))
  })
})
