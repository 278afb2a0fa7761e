import type { CheckStatus, ConformanceReport } from './report.js'

const RESULT: Readonly<Record<CheckStatus, string>> = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' }

/**
 * The report as a plain-text table (check, expected, got, ms, result), then the reason for every
 * failure and remark, then {@link formatSummary}. No colours: it goes to CI logs.
 */
export function formatTable(report: ConformanceReport): string {
  const header = ['CHECK', 'EXPECTED', 'GOT', 'MS', 'RESULT']
  const rows = report.checks.map((check) => [
    check.name,
    check.expected,
    check.actual,
    check.status === 'skipped' ? '-' : String(check.durationMs),
    RESULT[check.status],
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd()
  const lines = [line(header), ...rows.map(line)]

  const failures = report.checks.filter((check) => check.status === 'failed')
  if (failures.length > 0) {
    lines.push(
      '',
      'Failures:',
      ...failures.map((check) => `  ${check.name}: ${check.detail ?? check.actual}`),
    )
  }
  const notes = report.checks.filter((check) => check.status !== 'failed' && check.detail !== undefined)
  if (notes.length > 0) {
    lines.push(
      '',
      'Notes:',
      ...notes.map((check) => `  ${check.name} (${RESULT[check.status]}): ${check.detail}`),
    )
  }
  lines.push('', formatSummary(report))
  return lines.join('\n')
}

/** One line: verdict, counts, time and target, e.g. `FAIL: 2 of 33 checks failed (31 passed) in 1.2 s against …`. */
export function formatSummary(report: ConformanceReport): string {
  const total = report.checks.length
  const seconds = (report.durationMs / 1000).toFixed(1)
  const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : ''
  const verdict = report.ok
    ? `PASS: ${report.passed} of ${total} checks passed${skipped}`
    : `FAIL: ${report.failed} of ${total} checks failed (${report.passed} passed${skipped})`
  return `${verdict} in ${seconds} s against ${report.url} (scheme ${report.scheme}, deadline ${report.deadlineMs} ms)`
}
