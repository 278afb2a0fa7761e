/**
 * The spec diff: what changed between two versions of the contract, classified per audience.
 *
 * @example
 * ```ts
 * import { diffSpecs } from '@voicehooks/codegen'
 *
 * const report = await diffSpecs('released-specs', 'specs')
 * if (report.breaking > 0) console.log(formatDiffTable(report))
 * ```
 */

import { diffSpecSets } from './diff-specs.js'
import type { DiffReport } from './format-report.js'
import { diffReport } from './format-report.js'
import { loadSpecSet, pairSingleDocuments } from './load-spec-set.js'

export { DIFF_USAGE, diffCommand } from './diff-command.js'
export { type DiffReport, diffReport, formatDiffTable } from './format-report.js'
export { type Audience, RULES, type Rule, type Severity, type SpecChange } from './rules.js'

/**
 * Compares two versions of the specs (each a spec file, a folder, or a git ref of the repository at
 * `root`) and resolves to the classified report.
 *
 * @throws {CodegenError} `usage` for an argument that is none of those; `spec_invalid` for a
 *   document that cannot be read or dereferenced.
 */
export async function diffSpecs(base: string, head: string, root = process.cwd()): Promise<DiffReport> {
  const [before, after] = await Promise.all([loadSpecSet(base, root), loadSpecSet(head, root)])
  pairSingleDocuments(before, after)
  return diffReport(before.label, after.label, diffSpecSets(before, after))
}
