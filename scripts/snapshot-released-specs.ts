/**
 * Writes released-specs/: a copy of specs/ as the version about to be released, and release.json
 * naming that version. `pnpm version-packages` runs it after `changeset version`; `pnpm spec:compat`
 * compares later changes with it. Run alone (`pnpm specs:snapshot`) it records the current specs as
 * released, e.g. after a release made outside this flow.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const target = join(root, 'released-specs')
const contracts = JSON.parse(await readFile(join(root, 'packages', 'contracts', 'package.json'), 'utf8')) as {
  name: string
  version: string
}

await rm(target, { recursive: true, force: true })
await cp(join(root, 'specs'), target, { recursive: true })
await writeFile(
  join(target, 'release.json'),
  `${JSON.stringify({ package: contracts.name, version: contracts.version }, null, 2)}\n`,
)
console.log(`released-specs/: specs/ recorded as ${contracts.name}@${contracts.version}`)
