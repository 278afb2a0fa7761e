import type { Audience, Severity, SpecChange } from './rules.js'

/** The machine-readable report: `voicehooks-codegen diff --json`. */
export interface DiffReport {
  base: string
  head: string
  /** Breaking changes for either audience: the exit status is 1 when there are any. */
  breaking: number
  warnings: number
  compatible: number
  changes: SpecChange[]
}

export function diffReport(base: string, head: string, changes: readonly SpecChange[]): DiffReport {
  const count = (severity: Severity) => changes.filter((change) => change.severity === severity).length
  return {
    base,
    head,
    breaking: count('breaking'),
    warnings: count('warning'),
    compatible: count('compatible'),
    changes: [...changes],
  }
}

const HEADINGS: Record<Audience, string> = {
  receivers: 'Receivers (who read events)',
  clients: 'API clients (who send requests and read responses)',
}

/** The report as aligned text tables, one per audience. */
export function formatDiffTable(report: DiffReport): string {
  const lines = [
    `Contract changes from ${report.base} to ${report.head}: ${report.breaking} breaking, ` +
      `${report.warnings} warning${report.warnings === 1 ? '' : 's'}, ${report.compatible} compatible`,
  ]
  if (report.changes.length === 0) return `${lines[0]}\n\nNo changes.\n`
  for (const audience of ['receivers', 'clients'] as const) {
    const rows = report.changes.filter((change) => change.audience === audience)
    if (rows.length === 0) continue
    lines.push('', HEADINGS[audience])
    const table = [
      ['severity', 'rule', 'where', 'path', 'change'],
      ...rows.map((row) => [row.severity, row.rule, row.where, row.path, row.message]),
    ]
    const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)))
    for (const cells of table) {
      lines.push(
        `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
