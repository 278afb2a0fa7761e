import { describe, expect, test } from 'vitest'
import { expectAccepted, expectRejected } from './check.js'

describe('expectAccepted', () => {
  test('2xx within the deadline passes', () => {
    expect(expectAccepted({ status: 204, durationMs: 12, excerpt: '' }, 100)).toEqual({
      status: 'passed',
      expected: '2xx within 100 ms',
      actual: '204',
      durationMs: 12,
    })
  })

  test('2xx after the deadline fails with the measured time', () => {
    expect(expectAccepted({ status: 200, durationMs: 130, excerpt: '' }, 100)).toMatchObject({
      status: 'failed',
      actual: '200',
      detail: 'answered 200 in 130 ms, over the 100 ms deadline: acknowledge first, process later',
    })
  })

  test('non-2xx fails with the response excerpt', () => {
    expect(expectAccepted({ status: 400, durationMs: 3, excerpt: '{"title":\n "bad"}' }, 100)).toMatchObject({
      status: 'failed',
      actual: '400',
      detail: 'answered 400 in 3 ms: {"title": "bad"}',
    })
  })

  test('no response fails naming the error', () => {
    const answer = { error: 'ECONNRESET', errorMessage: 'socket hang up', durationMs: 4, excerpt: '' }
    expect(expectAccepted(answer, 100)).toMatchObject({
      status: 'failed',
      actual: 'ECONNRESET',
      detail: 'ECONNRESET: socket hang up',
    })
  })
})

describe('expectRejected', () => {
  test('401 passes without remark', () => {
    expect(expectRejected({ status: 401, durationMs: 1, excerpt: '' }, 'x')).toEqual({
      status: 'passed',
      expected: '4xx (401)',
      actual: '401',
      durationMs: 1,
    })
  })

  test('another 4xx passes with a remark', () => {
    expect(expectRejected({ status: 400, durationMs: 1, excerpt: '' }, 'x')).toMatchObject({
      status: 'passed',
      detail: 'answered 400; 401 is recommended',
    })
  })

  test.each([
    [200, 'accepted a delivery signed with another secret (200 in 1 ms)'],
    [
      500,
      'answered 500 to a delivery signed with another secret: refuse it with 401, not a server error (500 in 1 ms)',
    ],
    [
      302,
      'answered 302 to a delivery signed with another secret: refuse it with 401, not a server error (302 in 1 ms)',
    ],
  ])('%i fails', (status, detail) => {
    expect(
      expectRejected({ status, durationMs: 1, excerpt: '' }, 'signed with another secret'),
    ).toMatchObject({
      status: 'failed',
      actual: String(status),
      detail,
    })
  })
})
