import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { catalog, examples } from '@voicehooks/contracts'
import { generateSecret } from '@voicehooks/signing'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startCorrectReceiver, startNoVerifyReceiver } from './fixtures/receivers.js'
import type { FixtureServer } from './fixtures/server.js'
import { findAll, parseXml } from './xml.js'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const source = join(packageDir, 'src/cli/bin.ts')
// vitest has no import.meta.resolve; tsx's package exports map `.` to its ESM loader for --import.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The CLI from source, as a child process; async, so fixture servers in this process keep answering. */
function cli(
  args: string[],
  env: Record<string, string> = {},
  entry = ['--conditions=@voicehooks/source', '--import', tsx, source],
) {
  return new Promise<Run>((resolve) => {
    execFile(
      process.execPath,
      [...entry, ...args],
      { cwd: dir, env: { ...process.env, ...env, NO_COLOR: '1' }, timeout: 15_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const secret = generateSecret()
const emittedCount = catalog.filter((entry) => !entry.reserved).length
let dir: string
let good: FixtureServer
let broken: FixtureServer

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vh-conformance-cli-'))
  await writeFile(join(dir, 'a-file'), '')
  good = await startCorrectReceiver({ secret })
  broken = await startNoVerifyReceiver()
})
afterAll(async () => {
  await Promise.all([good.close(), broken.close(), rm(dir, { recursive: true, force: true })])
})

describe('voicehooks-conformance test', () => {
  test('exit 0 against a conforming receiver; table and well-formed JUnit', async () => {
    const junit = join(dir, 'reports/good.xml')
    const run = await cli(['test', '--url', good.url, '--secret', secret, '--junit', junit])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^CHECK\s+EXPECTED\s+GOT\s+MS\s+RESULT\n/)
    expect(run.stdout).toMatch(/\ncall\.completed\s+2xx within 3000 ms\s+20\d\s+\d+\s+PASS\n/)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^PASS: \d+ of \d+ checks passed in /)

    const root = parseXml(await readFile(junit, 'utf8'))
    const total = emittedCount + 8 + 2
    expect(root.attributes).toMatchObject({ tests: String(total), failures: '0' })
    expect(findAll(root, 'testsuite').map((suite) => suite.attributes['name'])).toEqual([
      'examples',
      'signature',
      'timestamp',
      'headers',
      'delivery',
    ])
    expect(findAll(root, 'testcase')).toHaveLength(total)
    expect(findAll(root, 'failure')).toHaveLength(0)
  })

  test('exit 1 against a receiver that skips verification; failures in table and JUnit', async () => {
    const junit = join(dir, 'broken.xml')
    const run = await cli(['test', '--url', broken.url, '--junit', junit, '--deadline', '1000'], {
      VOICEHOOKS_WEBHOOK_SECRET: secret,
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/\nstale-timestamp\s+4xx \(401\)\s+200\s+\d+\s+FAIL\n/)
    expect(run.stdout).toContain(
      '\nFailures:\n  bad-signature: accepted a delivery whose signature is random bytes',
    )
    expect(run.stdout).toMatch(/FAIL: 8 of \d+ checks failed/)
    const root = parseXml(await readFile(junit, 'utf8'))
    const failures = findAll(root, 'failure')
    expect(failures).toHaveLength(8)
    expect(new Set(failures.map((failure) => failure.attributes['message']))).toEqual(
      new Set(['expected 4xx (401), got 200']),
    )
  })

  test('--json prints the report; --only narrows it', async () => {
    const run = await cli([
      'test',
      '--url',
      good.url,
      '--secret',
      secret,
      '--json',
      '--only',
      'test.ping,headers',
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as { ok: boolean; checks: { name: string; passed: boolean }[] }
    expect(report.ok).toBe(true)
    expect(report.checks.map((check) => check.name)).toEqual([
      'test.ping',
      'missing-webhook-id',
      'missing-webhook-timestamp',
      'missing-webhook-signature',
    ])
  })

  test('exit 1 naming the network error when nothing listens', async () => {
    const port = await closedPort()
    const run = await cli([
      'test',
      '--url',
      `http://127.0.0.1:${port}/hooks`,
      '--secret',
      secret,
      '--only',
      'test.ping',
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/\ntest\.ping\s+2xx within 3000 ms\s+ECONNREFUSED\s+\d+\s+FAIL\n/)
    expect(run.stdout).toContain(`  test.ping: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}`)
  })

  test.each([
    [['test', '--secret', 'whsec_x'], '--url is required'],
    [['test', '--url', 'http://127.0.0.1:9/'], '--secret is required (or set VOICEHOOKS_WEBHOOK_SECRET)'],
    [['test', '--url', 'http://x/', '--secret', secret, '--bogus'], "Unknown option '--bogus'"],
    [
      ['test', '--url', 'http://x/', '--secret', secret, '--deadline', '3s'],
      '--deadline must be a positive whole number',
    ],
    [
      ['test', '--url', 'http://x/', '--secret', secret, '--scheme', 'md5'],
      '--scheme must be one of standard',
    ],
    [['test', '--url', 'nowhere', '--secret', secret], 'url "nowhere" is not an absolute URL'],
    [['test', '--url', 'http://x/', '--secret', 'whsec_%%'], 'secret'],
    [['test', '--url', 'http://x/', '--secret', secret, '--only', 'nope'], 'unknown check "nope"'],
    [['test', '--url', 'http://x/', '--secret', secret, '--junit', 'a-file/r.xml'], 'cannot write --junit'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'missing command'],
    [['validate'], 'validate needs at least one FILE'],
    [['validate', 'missing.json'], 'missing.json: cannot read: no such file'],
  ])('exit 2 with one line for %j', async (args, message) => {
    const run = await cli(args as string[])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^voicehooks-conformance: /)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    if (message !== null) expect(run.stderr).toContain(message)
  })

  test('--help and --version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('voicehooks-conformance test --url URL --secret SECRET')
    const version = await cli(['--version'])
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  test('the repository launcher runs the CLI (built or from source)', async () => {
    const run = await cli(['--version'], {}, [join(packageDir, 'bin/voicehooks-conformance.js')])
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(
      (JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version,
    )
  })
})

describe('voicehooks-conformance validate', () => {
  test('accepts the catalog examples as NDJSON', async () => {
    const file = join(dir, 'examples.ndjson')
    await writeFile(file, catalog.map((entry) => JSON.stringify(entry.example)).join('\n'))
    const run = await cli(['validate', file])
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(`PASS: ${catalog.length} payloads in 1 file match the contract`)
  })

  test('rejects a mutated capture with the path of the fault', async () => {
    const event = structuredClone(examples['call.completed']) as unknown as { data: Record<string, unknown> }
    delete event.data['call_id']
    const file = join(dir, 'mutated.json')
    await writeFile(file, JSON.stringify([examples['test.ping'], event], null, 2))
    const run = await cli(['validate', file])
    expect(run.code).toBe(1)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+ ${examples['call.completed'].id} call\\.completed: /data/call_id is required$`,
      ),
    )
    expect(lines.at(-1)).toBe('FAIL: 1 of 2 payloads in 1 file break the contract (1 faults)')
  })

  test('exit 2 naming file and line for broken JSON', async () => {
    const file = join(dir, 'broken.ndjson')
    await writeFile(file, `${JSON.stringify(examples['test.ping'])}\n{"id": }\n`)
    const run = await cli(['validate', file])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${file}:2: invalid JSON at column 8`)
  })
})
