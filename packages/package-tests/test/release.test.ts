// `pnpm release --dry-run`, as CI runs it: builds, packs every package through `pnpm publish
// --dry-run` and prints what a release would publish, uploading nothing. `--skip-checks` because
// the checks it would run (attw, publint, the consumer projects) are this suite's other files.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pnpm, run } from '../src/exec.js'
import { publishedPackages, WORKSPACE_ROOT } from '../src/workspace.js'

it('pnpm release --dry-run plans every published package and publishes nothing', async () => {
  const { command, prefix } = pnpm()
  const outcome = await run(command, [...prefix, 'release', '--dry-run', '--skip-checks'], {
    cwd: WORKSPACE_ROOT,
    timeoutMs: 300_000,
  })
  console.log(outcome.stdout)
  expect(outcome.code, `${outcome.stdout}\n${outcome.stderr}`).toBe(0)
  for (const pkg of publishedPackages())
    expect(outcome.stdout).toContain(`${pkg.name}@${pkg.manifest.version}`)
  expect(outcome.stdout).toMatch(
    new RegExp(
      `release --dry-run: ${publishedPackages().length} packages would be published .* with provenance`,
    ),
  )
})

describe('pnpm spec:compat', () => {
  let copy: string
  const check = () =>
    run(
      process.execPath,
      ['--conditions=@voicehooks/source', '--import', 'tsx', 'scripts/check-spec-compat.ts', '--root', copy],
      {
        cwd: WORKSPACE_ROOT,
      },
    )

  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'voicehooks-spec-compat-'))
    for (const folder of ['specs', 'released-specs'])
      await cp(join(WORKSPACE_ROOT, folder), join(copy, folder), { recursive: true })
    await mkdir(join(copy, '.changeset'))
  })
  afterAll(() => rm(copy, { recursive: true, force: true }))

  it('passes while the specs are compatible with the last release, and fails on a breaking change without a major changeset', async () => {
    expect((await check()).code).toBe(0)
    const file = join(copy, 'specs', 'asyncapi', 'schemas', 'envelope.yaml')
    const envelope = await readFile(file, 'utf8')
    await writeFile(file, envelope.replace(/\n {2}api_version:[^\n]*(\n {4}[^\n]*)*/, ''))
    const unannounced = await check()
    expect(unannounced.code, unannounced.stdout + unannounced.stderr).toBe(1)
    expect(unannounced.stdout).toMatch(
      /breaking\s+field-removed\s+\(envelope of every event\)\s+\/api_version/,
    )
    expect(unannounced.stderr).toMatch(/no pending changeset bumps @voicehooks\/contracts by a major version/)
    await writeFile(
      join(copy, '.changeset', 'minor.md'),
      '---\n"@voicehooks/contracts": minor\n---\n\nNot enough.\n',
    )
    expect((await check()).code).toBe(1)
    await writeFile(
      join(copy, '.changeset', 'major.md'),
      '---\n"@voicehooks/contracts": major\n---\n\nThe envelope drops api_version.\n',
    )
    const announced = await check()
    expect(announced.code, announced.stdout + announced.stderr).toBe(0)
    expect(announced.stdout).toMatch(/announced by a major changeset/)
  })
})
