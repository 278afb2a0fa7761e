// The packed packages installed with npm into fresh projects outside the workspace, as a user gets
// them: programs run from `import` and from `require` on each Node line the engines allow, a
// TypeScript program compiled under node16 (ESM and CommonJS), node10 and bundler resolution and
// then run, and every bin with --help. The programs verify a signed delivery, dispatch a typed
// handler, run the conformance kit, and use the client against a sender started from
// apps/sender/src/main.ts on 127.0.0.1.
import { copyFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Outcome, run, runOk } from '../src/exec.js'
import { cleanNpmEnv, nodeBinary, plannedNodeVersions } from '../src/node-versions.js'
import { type RunningSender, startSender } from '../src/sender.js'
import { catalogVersion, WORKSPACE_ROOT } from '../src/workspace.js'

const fixtures = fileURLToPath(new URL('../consumer', import.meta.url))
const tarballs = inject('tarballs')
const TS_PROJECTS = ['node16-esm', 'node16-cjs', 'node10', 'bundler'] as const

let root: string
let sender: RunningSender
const nodes = new Map<string, string>()

/** Runs `file` (relative to the consumer root) with the Node of `version`, the sender's address in its env. */
function program(version: string, file: string): Promise<Outcome> {
  return run(nodes.get(version)!, [file], {
    cwd: root,
    env: { ...cleanNpmEnv(), SENDER_URL: sender.url, OPERATOR_TOKEN: sender.operatorToken },
    timeoutMs: 90_000,
  })
}

function explain(outcome: Outcome): string {
  return `exit ${outcome.code}\n${outcome.stdout}\n${outcome.stderr}\n--- sender ---\n${sender.output().slice(-4000)}`
}

beforeAll(async () => {
  // os.tmpdir() is outside the workspace: nothing here can resolve through the workspace's node_modules.
  root = await mkdtemp(join(tmpdir(), 'voicehooks-consumer-'))
  if (root.startsWith(WORKSPACE_ROOT)) throw new Error(`${root} is inside the workspace`)
  await cp(fixtures, root, { recursive: true })
  for (const project of TS_PROJECTS)
    await copyFile(join(root, 'ts', 'program.ts'), join(root, 'ts', project, 'program.ts'))
  await writeFile(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'voicehooks-consumer', private: true }, null, 2)}\n`,
  )
  const tools = ['typescript', 'esbuild', '@types/node'].map((name) => `${name}@${catalogVersion(name)}`)
  const install = runOk(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...tarballs.map((tarball) => tarball.file),
      ...tools,
    ],
    { cwd: root, env: cleanNpmEnv(), timeoutMs: 300_000 },
  )
  const binaries = Promise.all(
    plannedNodeVersions().map(async (version) => nodes.set(version, await nodeBinary(version))),
  )
  const [, , started] = await Promise.all([install, binaries, startSender()])
  sender = started
})

afterAll(async () => {
  await sender?.stop()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe.each(plannedNodeVersions())('Node %s', (version) => {
  it('ESM: imports every package; verifies, dispatches, passes conformance, talks to the sender', async () => {
    const outcome = await program(version, 'esm/main.mjs')
    console.log(outcome.stdout)
    expect(outcome.code, explain(outcome)).toBe(0)
    expect(outcome.stdout).toMatch(/verified a signed delivery/)
    expect(outcome.stdout).toMatch(/dispatched call\.completed/)
    expect(outcome.stdout).toMatch(/conformance: \d+ checks passed/)
    expect(outcome.stdout).toMatch(/client: account, webhook and test\.ping through the sender/)
  })

  it('CommonJS: requires every package; the same program passes', async () => {
    const outcome = await program(version, 'cjs/main.cjs')
    console.log(outcome.stdout)
    expect(outcome.code, explain(outcome)).toBe(0)
    expect(outcome.stdout).toMatch(/client: account, webhook and test\.ping through the sender/)
  })

  it('importing @voicehooks/codegen from a script named cli.mjs / cli.cjs runs no command', async () => {
    for (const file of ['esm/cli.mjs', 'cjs/cli.cjs']) {
      const outcome = await program(version, file)
      expect(outcome, file).toMatchObject({ code: 0, stdout: 'imported\n', stderr: '' })
    }
  })
})

describe('TypeScript', () => {
  const tsc = () => join(root, 'node_modules', '.bin', 'tsc')

  it.each(['node16-esm', 'node16-cjs', 'node10'])(
    '%s: compiles against the published types (strict, lib check on) and the output runs',
    async (project) => {
      const dir = join(root, 'ts', project)
      const compiled = await run(tsc(), ['-p', dir], { cwd: dir, env: cleanNpmEnv() })
      expect(compiled.code, `${compiled.stdout}${compiled.stderr}`).toBe(0)
      const outcome = await run(process.execPath, [join(dir, 'dist', 'program.js')], {
        cwd: dir,
        env: cleanNpmEnv(),
      })
      expect(outcome.code, explain(outcome)).toBe(0)
      expect(outcome.stdout).toMatch(/typescript: verified and dispatched call\.completed/)
    },
  )

  it('bundler: type-checks under moduleResolution bundler, then esbuild bundles it and the bundle runs', async () => {
    const dir = join(root, 'ts', 'bundler')
    const checked = await run(tsc(), ['-p', dir], { cwd: dir, env: cleanNpmEnv() })
    expect(checked.code, `${checked.stdout}${checked.stderr}`).toBe(0)
    const bundle = join(dir, 'dist', 'program.mjs')
    await runOk(
      join(root, 'node_modules', '.bin', 'esbuild'),
      [
        join(dir, 'program.ts'),
        '--bundle',
        '--platform=node',
        '--format=esm',
        `--outfile=${bundle}`,
        '--log-level=warning',
      ],
      { cwd: dir, env: cleanNpmEnv() },
    )
    const outcome = await run(process.execPath, [bundle], { cwd: dir, env: cleanNpmEnv() })
    expect(outcome.code, explain(outcome)).toBe(0)
    expect(outcome.stdout).toMatch(/typescript: verified and dispatched call\.completed/)
  })

  it('fails to compile when a handler uses a field its event does not have (the types are real)', async () => {
    const dir = join(root, 'ts', 'node16-esm')
    const broken = join(dir, 'broken.ts')
    await writeFile(
      broken,
      "import { Webhooks } from '@voicehooks/receiver'\n" +
        "new Webhooks({ secret: 'whsec_x' }).on('call.completed', (event) => event.data.no_such_field)\n",
    )
    const compiled = await run(
      tsc(),
      ['--noEmit', '--strict', '--module', 'node16', '--types', 'node', broken],
      {
        cwd: dir,
        env: cleanNpmEnv(),
      },
    )
    expect(compiled.code).not.toBe(0)
    expect(compiled.stdout).toMatch(/Property 'no_such_field' does not exist/)
  })
})

describe('bins', () => {
  it.each([
    ['voicehooks', /voicehooks <command>|Usage/i],
    ['voicehooks-conformance', /voicehooks-conformance test --url URL --secret SECRET/],
    ['voicehooks-codegen', /voicehooks-codegen diff <base> <head>/],
  ])('%s --help exits 0 with its usage', async (bin, usage) => {
    const outcome = await run(join(root, 'node_modules', '.bin', bin), ['--help'], {
      cwd: root,
      env: cleanNpmEnv(),
    })
    expect(outcome.code, `${outcome.stdout}${outcome.stderr}`).toBe(0)
    expect(outcome.stdout).toMatch(usage)
  })
})
