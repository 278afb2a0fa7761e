import type { CheckGroup, ConformanceCheck, ConformanceReport } from './report.js'

/**
 * The report as JUnit XML, which CI systems (GitHub Actions reporters, GitLab, Jenkins, Buildkite)
 * display per test: one `<testsuite>` per group, one `<testcase>` per check, a `<failure>` whose
 * message gives expected vs got, `<skipped>` for checks the scheme makes meaningless.
 */
export function toJUnit(report: ConformanceReport): string {
  const groups = new Map<CheckGroup, ConformanceCheck[]>()
  for (const check of report.checks) {
    const list = groups.get(check.group) ?? []
    list.push(check)
    groups.set(check.group, list)
  }
  const suites = [...groups].map(([group, checks]) => testsuite(group, checks, report.startedAt))
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="voicehooks-conformance" tests="${report.checks.length}" failures="${report.failed}" ` +
      `skipped="${report.skipped}" errors="0" time="${seconds(report.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}

function testsuite(group: CheckGroup, checks: ConformanceCheck[], timestamp: string): string {
  const failures = checks.filter((check) => check.status === 'failed').length
  const skipped = checks.filter((check) => check.status === 'skipped').length
  const time = seconds(checks.reduce((sum, check) => sum + check.durationMs, 0))
  return [
    `  <testsuite name="${escapeXml(group)}" tests="${checks.length}" failures="${failures}" skipped="${skipped}" ` +
      `errors="0" time="${time}" timestamp="${escapeXml(timestamp.replace(/\.\d+Z$/, ''))}">`,
    ...checks.map((check) => testcase(group, check)),
    '  </testsuite>',
  ].join('\n')
}

function testcase(group: CheckGroup, check: ConformanceCheck): string {
  const open = `    <testcase classname="voicehooks-conformance.${escapeXml(group)}" name="${escapeXml(check.name)}" time="${seconds(check.durationMs)}"`
  if (check.status === 'passed') return `${open}/>`
  if (check.status === 'skipped') {
    return `${open}>\n      <skipped message="${escapeXml(check.detail ?? 'skipped')}"/>\n    </testcase>`
  }
  const message = `expected ${check.expected}, got ${check.actual}`
  return [
    `${open}>`,
    `      <failure message="${escapeXml(message)}" type="ConformanceFailure">${escapeXml(check.detail ?? message)}</failure>`,
    '    </testcase>',
  ].join('\n')
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}

/** Escapes for both text and attribute values, dropping characters XML 1.0 cannot carry. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
