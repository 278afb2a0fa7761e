/**
 * `pnpm release [--dry-run] [--skip-checks]`: builds every published package, runs the checks that
 * prove them (the spec compatibility check; attw, publint and the consumer tests of
 * @voicehooks/package-tests), then publishes the versions not on the registry yet with provenance
 * (`changeset publish`, which also tags them). `--dry-run` does all of it but the upload: each
 * package goes through `pnpm publish --dry-run` and the plan is printed. `--skip-checks` is for a
 * run whose checks already ran (CI runs the dry run from inside the package tests).
 *
 * Versions and changelogs come first, from the pending changesets: `pnpm version-packages`.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Bump, bumpOf, pendingChangesets } from './changesets.js'

const root = join(import.meta.dirname, '..')
const args = new Set(process.argv.slice(2))
const dryRun = args.has('--dry-run')
const skipChecks = args.has('--skip-checks')
for (const arg of args) {
  if (arg !== '--dry-run' && arg !== '--skip-checks')
    fail(`unknown flag ${arg} (flags: --dry-run, --skip-checks)`)
}

interface Manifest {
  name: string
  version: string
  private?: boolean
  dependencies?: Record<string, string>
}

function fail(message: string): never {
  console.error(`release: ${message}`)
  process.exit(1)
}

/** pnpm as this script was started by it, else the pinned version through npx. */
function pnpm(argv: string[], options: { cwd?: string; capture?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const execPath = process.env['npm_execpath']
  const [command, prefix] =
    execPath !== undefined && /pnpm/.test(execPath)
      ? [process.execPath, [execPath]]
      : ['npx', ['-y', 'pnpm@10.34.8']]
  const result = spawnSync(command, [...prefix, ...argv], {
    cwd: options.cwd ?? root,
    env: options.env ?? process.env,
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.status !== 0)
    fail(`pnpm ${argv.join(' ')} exited ${result.status}${options.capture ? `\n${output}` : ''}`)
  return output
}

/** `x.y.z` after a bump, as changesets computes it (`0.y.z` majors go to `1.0.0`). */
function nextVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map(Number)
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}

function step(title: string): void {
  console.log(`\n=== ${title}`)
}

/** The published packages, each after the workspace packages it depends on. */
function publishOrder(): { dir: string; manifest: Manifest }[] {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .flatMap((dir) => {
      try {
        return [{ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }]
      } catch {
        return []
      }
    })
    .filter(({ manifest }) => manifest.private !== true)
  const names = new Set(packages.map(({ manifest }) => manifest.name))
  const ordered: typeof packages = []
  const visit = (entry: (typeof packages)[number]) => {
    if (ordered.includes(entry)) return
    for (const dependency of Object.keys(entry.manifest.dependencies ?? {})) {
      const inner = packages.find(({ manifest }) => manifest.name === dependency)
      if (inner !== undefined && names.has(dependency)) visit(inner)
    }
    ordered.push(entry)
  }
  for (const entry of [...packages].sort((a, b) => a.manifest.name.localeCompare(b.manifest.name)))
    visit(entry)
  return ordered
}

const packages = publishOrder()

step('versions')
const pending = pendingChangesets(root)
if (pending.length > 0) {
  if (!dryRun)
    fail(
      `${pending.length} pending changeset(s): run \`pnpm version-packages\`, review and commit, then release`,
    )
  console.log(`${pending.length} pending changeset(s): \`pnpm version-packages\` would first bump`)
  for (const { manifest } of packages) {
    const bump = bumpOf(pending, manifest.name)
    if (bump === undefined) continue
    const files = pending
      .filter((changeset) => changeset.bumps.has(manifest.name))
      .map((changeset) => changeset.file)
    console.log(
      `  ${manifest.name} ${manifest.version} → ${nextVersion(manifest.version, bump)} (${bump}: ${files.join(', ')})`,
    )
  }
  console.log(
    "  (and give a patch to the packages that depend on a bumped one); this dry run packs today's versions:",
  )
}
const released = JSON.parse(readFileSync(join(root, 'released-specs', 'release.json'), 'utf8')) as {
  version: string
}
const contracts = packages.find(({ manifest }) => manifest.name === '@voicehooks/contracts')!.manifest
if (pending.length === 0 && released.version !== contracts.version) {
  fail(
    `released-specs/ records @voicehooks/contracts@${released.version} but the package is ${contracts.version}: ` +
      'run `pnpm version-packages` (or `pnpm specs:snapshot`) and commit',
  )
}
for (const { manifest } of packages) console.log(`${manifest.name}@${manifest.version}`)

step('build')
pnpm(['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'])

if (skipChecks) {
  step('checks skipped (--skip-checks): they ran in this CI run already')
} else {
  step('checks: spec compatibility')
  pnpm(['run', 'spec:compat'])
  step('checks: attw, publint and consumer projects (@voicehooks/package-tests)')
  pnpm(['--filter', '@voicehooks/package-tests', 'test'])
}

if (dryRun) {
  step('publish (dry run: nothing is uploaded)')
  const rows: string[] = []
  for (const { dir, manifest } of packages) {
    const output = pnpm(['publish', '--dry-run', '--no-git-checks', '--access', 'public'], {
      cwd: dir,
      capture: true,
    })
    const field = (name: string) => new RegExp(`npm notice ${name}:\\s*(.+)`).exec(output)?.[1]?.trim() ?? '?'
    if (!output.includes(`+ ${manifest.name}@${manifest.version}`))
      fail(`pnpm publish --dry-run of ${manifest.name} said:\n${output}`)
    rows.push(
      `${`${manifest.name}@${manifest.version}`.padEnd(34)} ${field('package size').padStart(9)}  ${field('total files')} files`,
    )
  }
  console.log(rows.join('\n'))
  console.log(
    `\nrelease --dry-run: ${packages.length} packages would be published to the npm registry with provenance ` +
      '(`changeset publish` with NPM_CONFIG_PROVENANCE=true, from CI), each version tagged in git.',
  )
} else {
  step('publish')
  pnpm(['exec', 'changeset', 'publish'], { env: { ...process.env, NPM_CONFIG_PROVENANCE: 'true' } })
  console.log('\nrelease: published; push the tags (git push --follow-tags)')
}
