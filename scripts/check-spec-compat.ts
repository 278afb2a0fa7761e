/**
 * `pnpm spec:compat` (part of `pnpm static`, so CI runs it): compares specs/ with the snapshot of the
 * specs as last released (released-specs/, written by `pnpm version-packages`), prints the report,
 * and fails when a change breaks receivers or API clients but no pending changeset bumps
 * @voicehooks/contracts by a major version.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CodegenError, diffSpecs, formatDiffTable } from '@voicehooks/codegen'
import { bumpOf, pendingChangesets } from './changesets.js'

// `--root DIR` checks another checkout (the release tests use a scratch copy).
const rootFlag = process.argv.indexOf('--root')
const root = rootFlag >= 0 ? resolve(process.argv[rootFlag + 1] ?? '.') : join(import.meta.dirname, '..')
const CONTRACT_PACKAGE = '@voicehooks/contracts'
const released = JSON.parse(readFileSync(join(root, 'released-specs', 'release.json'), 'utf8')) as {
  package: string
  version: string
}

const report = await diffSpecs('released-specs', 'specs', root).catch((error: unknown) => {
  if (!(error instanceof CodegenError)) throw error
  console.error(`spec:compat: ${error.message}`)
  process.exit(2)
})
console.log(
  formatDiffTable({ ...report, base: `released-specs (${released.package}@${released.version})` }).trimEnd(),
)

if (report.breaking === 0) {
  console.log('\nspec:compat: no breaking change since the last release')
  process.exit(0)
}
const bump = bumpOf(pendingChangesets(root), CONTRACT_PACKAGE)
if (bump === 'major') {
  console.log(
    `\nspec:compat: ${report.breaking} breaking change(s), announced by a major changeset of ${CONTRACT_PACKAGE}`,
  )
  process.exit(0)
}
console.error(
  `\nspec:compat: ${report.breaking} change(s) above break receivers or API clients of ${released.package}@${released.version}, ` +
    `but no pending changeset bumps ${CONTRACT_PACKAGE} by a major version${bump === undefined ? '' : ` (the largest is ${bump})`}. ` +
    'Make the change compatible, or run `pnpm changeset`, choose major for @voicehooks/contracts (and the packages whose ' +
    'types follow it, @voicehooks/receiver and @voicehooks/client) and say what users must change.',
)
process.exit(1)
