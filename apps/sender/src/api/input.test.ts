import { describe, expect, it } from 'vitest'
import { Input, parseDateTime } from './input.js'
import { ApiProblem } from './problem.js'
import { findUnstorableText } from './text-safety.js'

function problemOf(fn: () => void): ApiProblem {
  try {
    fn()
  } catch (error) {
    if (error instanceof ApiProblem) return error
    throw error
  }
  throw new Error('expected a problem')
}

describe('Input', () => {
  it('gathers every body problem and answers 400 before 422', () => {
    const input = Input.body({ a: 5, b: 'x', extra: true }, ['a', 'b', 'c'])
    input.string('a')
    input.string('c', { required: true })
    input.refuse('b', 'is refused')
    const problem = problemOf(() => input.done())
    expect(problem.status).toBe(400)
    expect(problem.errors).toEqual([
      { path: '/extra', message: 'is not a known field' },
      { path: '/a', message: 'must be a string' },
      { path: '/c', message: 'is required' },
    ])
  })

  it('answers 422 when the only problems are refusals', () => {
    const input = Input.body({ url: 'http://10.0.0.1' }, ['url'])
    input.refuse('url', 'points at a private address')
    const problem = problemOf(() => input.done())
    expect(problem.status).toBe(422)
    expect(problem.errors).toEqual([{ path: '/url', message: 'points at a private address' }])
  })

  it('refuses a body that is not an object', () => {
    for (const body of [null, [1], 'text', 3]) {
      expect(problemOf(() => Input.body(body, [])).errors).toEqual([
        { path: '', message: 'must be a JSON object' },
      ])
    }
  })

  it('parses query integers, booleans and repeated lists, naming parameters plainly', () => {
    const query = Input.query({ limit: '5', include: 'true', status: ['failed', 'dead'], bad: '1e3' })
    expect(query.integer('limit', { min: 1, max: 100 })).toBe(5)
    expect(query.boolean('include')).toBe(true)
    expect(query.listOf('status', ['failed', 'dead', 'pending'])).toEqual(['failed', 'dead'])
    expect(query.integer('bad')).toBeUndefined()
    expect(problemOf(() => query.done()).errors).toEqual([{ path: 'bad', message: 'must be an integer' }])
  })

  it('checks RFC 3339 date-times and e-mail addresses', () => {
    const input = Input.body(
      { at: '2026-04-01T12:00:00+02:00', bad: '2026-04-01', mail: 'a@b', ok: 'a@b.io' },
      ['at', 'bad', 'mail', 'ok'],
    )
    expect(input.dateTime('at')?.toISOString()).toBe('2026-04-01T10:00:00.000Z')
    expect(input.dateTime('bad')).toBeUndefined()
    expect(input.email('mail')).toBeUndefined()
    expect(input.email('ok')).toBe('a@b.io')
    expect(problemOf(() => input.done()).errors?.map((e) => e.path)).toEqual(['/bad', '/mail'])
  })

  it.each([
    ['2026-02-30T00:00:00Z', 'a day February never has'],
    ['2025-02-29T00:00:00Z', 'February 29th of a common year'],
    ['2026-04-31T00:00:00Z', 'April 31st'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-00-10T00:00:00Z', 'month 0'],
    ['2026-01-00T00:00:00Z', 'day 0'],
    ['2026-01-01T24:00:00Z', 'hour 24'],
    ['2026-01-01T23:60:00Z', 'minute 60'],
    ['2026-12-31T23:59:60Z', 'a leap second'],
    ['2026-01-01T00:00:00+24:00', 'offset +24:00'],
    ['2026-01-01 00:00:00Z', 'a space for T'],
    ['2026-01-01T00:00:00', 'no time zone'],
  ])('refuses %s (%s)', (text) => {
    expect(parseDateTime(text)).toBeUndefined()
  })

  it.each([
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00.000Z'],
    ['2026-04-01T12:00:00.123456+02:00', '2026-04-01T10:00:00.123Z'],
    ['2026-12-31t23:59:59z', '2026-12-31T23:59:59.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseDateTime(text)?.toISOString()).toBe(iso)
  })
})

describe('findUnstorableText', () => {
  it('names every string and key the store cannot hold, by JSON Pointer', () => {
    expect(
      findUnstorableText({
        name: 'a\u0000b',
        ok: 'fine ✓ 😀',
        data: { list: ['x', '\ud800'], 'a/b\u0000': 1 },
      }),
    ).toEqual([
      { path: '/name', message: 'must not contain the NUL character (U+0000)' },
      { path: '/data/list/1', message: expect.stringMatching(/lone surrogate/) },
      {
        path: '/data/a~1b\u0000',
        message: expect.stringMatching(/^has a name that must not contain the NUL/),
      },
    ])
    expect(findUnstorableText({ a: '\udc00x', b: 'ok' })).toHaveLength(1)
    expect(findUnstorableText(['ok', 1, null, true, { nested: ['deep'] }])).toEqual([])
  })

  it('refuses nesting past 64 levels without walking (or overflowing the stack on) the rest', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    expect(findUnstorableText(deep)).toEqual([
      { path: `/0`.repeat(64), message: 'is nested more than 64 levels deep' },
    ])
    expect(findUnstorableText(JSON.parse(`${'['.repeat(64)}${']'.repeat(64)}`))).toEqual([])
  })
})
