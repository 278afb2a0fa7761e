import { describe, expect, it } from 'vitest'
import {
  getHeader,
  parseHexSignatures,
  parseStandardSignatures,
  parseTimestamp,
  parseTimestampedSignatures,
  requireHeader,
} from './headers.js'

const digest = Buffer.alloc(32, 7)
const b64 = digest.toString('base64')
const hex = digest.toString('hex')

function failure(run: () => unknown): { code?: string; header?: string; message?: string } {
  try {
    run()
  } catch (error) {
    return error as { code: string; header: string; message: string }
  }
  throw new Error('expected a failure')
}

describe('getHeader', () => {
  it('reads Fetch Headers case-insensitively', () => {
    expect(getHeader(new Headers({ 'Webhook-Id': 'msg_1' }), 'webhook-id')).toBe('msg_1')
  })

  it('reads plain objects in any case, preferring the exact lowercase key', () => {
    expect(getHeader({ 'WEBHOOK-ID': 'msg_1' }, 'webhook-id')).toBe('msg_1')
    expect(getHeader({ 'webhook-id': 'a', 'Webhook-Id': 'b' }, 'webhook-id')).toBe('a')
  })

  it('joins repeated values as Fetch does, and treats blank as absent', () => {
    expect(getHeader({ 'webhook-signature': ['v1,a', 'v1,b'] }, 'webhook-signature')).toBe('v1,a, v1,b')
    expect(getHeader({ 'webhook-id': '  ' }, 'webhook-id')).toBeUndefined()
    expect(getHeader({ 'webhook-id': undefined }, 'webhook-id')).toBeUndefined()
    expect(getHeader(new Headers(), 'webhook-id')).toBeUndefined()
  })
})

describe('requireHeader', () => {
  it('falls back to later names and reports the name it used', () => {
    expect(requireHeader({ 'svix-id': 'm' }, ['webhook-id', 'svix-id'])).toEqual({
      name: 'svix-id',
      value: 'm',
    })
  })

  it('names the canonical header when none is present', () => {
    expect(failure(() => requireHeader({}, ['webhook-id', 'svix-id']))).toMatchObject({
      code: 'missing_header',
      header: 'webhook-id',
      message: 'Missing required header "webhook-id"',
    })
  })
})

describe('parseTimestamp', () => {
  it('parses unix seconds', () => {
    expect(parseTimestamp('1614265330', 'webhook-timestamp')).toBe(1614265330)
  })

  it.each(['abc', '12.5', '-5', '1614265330000', '0x10'])('refuses %s as malformed', (value) => {
    expect(failure(() => parseTimestamp(value, 'webhook-timestamp'))).toMatchObject({
      code: 'malformed_header',
      header: 'webhook-timestamp',
    })
  })
})

describe('parseStandardSignatures', () => {
  it('keeps every v1 entry and skips other versions', () => {
    expect(parseStandardSignatures(`v1a,xyz v1,${b64} v1,${b64}`, 'webhook-signature')).toHaveLength(2)
  })

  it('splits entries folded with commas by a proxy', () => {
    expect(parseStandardSignatures(`v1,${b64}, v1,${b64}`, 'webhook-signature')).toHaveLength(2)
  })

  it('ignores a broken entry when a usable one remains', () => {
    expect(parseStandardSignatures(`v1,!!! v1,${b64}`, 'webhook-signature')).toHaveLength(1)
  })

  it.each([
    ['bad base64', 'v1,not*base64', 'entry 1 is not valid base64'],
    ['empty value', 'v1,', 'entry 1 is not valid base64'],
    ['truncated digest', 'v1,AAAA', 'entry 1 is not a 32-byte digest'],
    ['no version', b64, 'entry 1 is not "<version>,<signature>"'],
    ['only unknown versions', 'v1a,abc', 'contains no "v1,<base64>" signature'],
  ])('reports %s as malformed', (_name, value, problem) => {
    expect(failure(() => parseStandardSignatures(value, 'webhook-signature'))).toMatchObject({
      code: 'malformed_header',
      header: 'webhook-signature',
      message: `Malformed header "webhook-signature": ${problem}`,
    })
  })
})

describe('parseHexSignatures', () => {
  it('reads comma- or space-separated digests in either case', () => {
    expect(parseHexSignatures(`${hex},${hex.toUpperCase()} ${hex}`, 'X-Voicehooks-Signature')).toHaveLength(3)
  })

  it.each(['zz', hex.slice(2), `sha256=${hex}`])('reports %s as malformed', (value) => {
    expect(failure(() => parseHexSignatures(value, 'X-Voicehooks-Signature'))).toMatchObject({
      code: 'malformed_header',
      header: 'X-Voicehooks-Signature',
    })
  })
})

describe('parseTimestampedSignatures', () => {
  it('reads t= and every v1=, ignoring other keys', () => {
    const parsed = parseTimestampedSignatures(
      `t=1614265330,v0=abc,v1=${hex}, v1=${hex}`,
      'X-Voicehooks-Signature',
    )
    expect(parsed.timestamp).toBe(1614265330)
    expect(parsed.candidates).toHaveLength(2)
  })

  it.each([
    ['t= missing', `v1=${hex}`, 'has no "t=<unix seconds>" element'],
    ['t= not a number', `t=soon,v1=${hex}`, '"t=" must be unix seconds, got "soon"'],
    ['t= twice', `t=1,t=2,v1=${hex}`, 'has more than one "t=" element'],
    ['v1= missing', 't=1614265330', 'contains no "v1=<hex>" signature'],
    ['v1= not hex', 't=1614265330,v1=xyz', 'a "v1=" value is not a 64-character hex digest'],
  ])('reports %s as malformed', (_name, value, problem) => {
    expect(failure(() => parseTimestampedSignatures(value, 'X-Acme-Signature'))).toMatchObject({
      code: 'malformed_header',
      header: 'X-Acme-Signature',
      message: `Malformed header "X-Acme-Signature": ${problem}`,
    })
  })
})
