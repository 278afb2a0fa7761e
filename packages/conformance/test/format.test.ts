import { generateSecret } from '@voicehooks/signing'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ConformanceReport, formatSummary, formatTable, runConformance, toJUnit } from '../src/index.js'
import { startNoVerifyReceiver } from './fixtures/receivers.js'
import type { FixtureServer } from './fixtures/server.js'
import { findAll, parseXml } from './xml.js'

let server: FixtureServer
let report: ConformanceReport
beforeAll(async () => {
  server = await startNoVerifyReceiver()
  report = await runConformance({
    url: server.url,
    secret: generateSecret(),
    only: ['test.ping', 'signature'],
  })
})
afterAll(() => server.close())

describe('formatTable', () => {
  test('one aligned row per check, failures explained, summary last', () => {
    const lines = formatTable(report).split('\n')
    expect(lines[0]).toMatch(/^CHECK\s+EXPECTED\s+GOT\s+MS\s+RESULT$/)
    expect(lines[1]).toMatch(/^test\.ping\s+2xx within 3000 ms\s+200\s+\d+\s+PASS$/)
    expect(lines[2]).toMatch(/^bad-signature\s+4xx \(401\)\s+200\s+\d+\s+FAIL$/)
    // Columns line up: RESULT starts at the same offset in every row.
    const column = lines[0]!.indexOf('RESULT')
    for (const line of lines.slice(1, 5)) expect(line.slice(column)).toMatch(/^(PASS|FAIL)$/)
    expect(lines).toContain('Failures:')
    expect(lines).toContain(
      '  wrong-secret: accepted a delivery signed with another secret (200 in ' +
        report.checks[3]!.durationMs +
        ' ms: {"status":200})',
    )
    expect(lines.at(-1)).toBe(formatSummary(report))
    expect(lines.at(-1)).toMatch(
      /^FAIL: 3 of 4 checks failed \(1 passed\) in \d+\.\d s against http:\/\/127\.0\.0\.1:\d+\/webhooks \(scheme standard, deadline 3000 ms\)$/,
    )
  })

  test('skipped checks and remarks are listed as notes', () => {
    const skipped: ConformanceReport = {
      ...report,
      checks: [
        { ...report.checks[0]!, status: 'skipped', passed: false, actual: 'skipped', detail: 'no timestamp' },
      ],
      passed: 0,
      failed: 0,
      skipped: 1,
      ok: true,
    }
    const text = formatTable(skipped)
    expect(text).toContain('  test.ping (SKIP): no timestamp')
    expect(text.split('\n').at(-1)).toMatch(/^PASS: 0 of 1 checks passed, 1 skipped in/)
  })
})

describe('toJUnit', () => {
  test('well-formed: a testsuite per group, a testcase per check, failures with expected vs got', () => {
    const root = parseXml(toJUnit(report))
    expect(root.name).toBe('testsuites')
    expect(root.attributes).toMatchObject({ tests: '4', failures: '3', skipped: '0' })
    const suites = findAll(root, 'testsuite')
    expect(
      suites.map((suite) => [
        suite.attributes['name'],
        suite.attributes['tests'],
        suite.attributes['failures'],
      ]),
    ).toEqual([
      ['examples', '1', '0'],
      ['signature', '3', '3'],
    ])
    const cases = findAll(root, 'testcase')
    expect(cases.map((c) => c.attributes['name'])).toEqual([
      'test.ping',
      'bad-signature',
      'tampered-body',
      'wrong-secret',
    ])
    expect(cases[0]!.children).toEqual([])
    const failure = findAll(cases[2]!, 'failure')[0]!
    expect(failure.attributes['message']).toBe('expected 4xx (401), got 200')
    expect(failure.text).toContain('accepted a delivery whose body was changed after signing')
  })

  test('escapes markup and drops characters XML cannot carry', () => {
    const hostile: ConformanceReport = {
      ...report,
      checks: [{ ...report.checks[1]!, name: 'a<b>&"c\'', detail: '</failure><x a="1">&amp; \u0001 ✓' }],
    }
    const root = parseXml(toJUnit(hostile))
    const testcase = findAll(root, 'testcase')[0]!
    expect(testcase.attributes['name']).toBe('a<b>&"c\'')
    expect(findAll(testcase, 'failure')[0]!.text).toBe('</failure><x a="1">&amp;  ✓')
  })
})
