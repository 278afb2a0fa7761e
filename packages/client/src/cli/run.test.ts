import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examples } from '@voicehooks/contracts'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { testIo } from '../../test/cli-io.js'
import { problem, type Recorded, type Reply, startServer, type TestServer } from '../../test/http-server.js'
import { ExitCode } from './exit-codes.js'
import { runCli } from './run.js'

const webhook = (i: number) => ({
  id: `wh_${String(i).padStart(12, '0')}`,
  url: `https://hooks.example.com/${i}`,
  description: null,
  events: i % 2 ? null : ['call.completed'],
  agent_id: null,
  active: true,
  signature_scheme: 'standard',
  headers: {},
  alert_email: null,
  max_attempts: 6,
  rate_limit_per_second: null,
  disabled_reason: null,
  created_at: '2026-04-01T12:00:00Z',
  updated_at: '2026-04-01T12:00:00Z',
})
const hooks = Array.from({ length: 25 }, (_, i) => webhook(i))

/** A stand-in for the sender's API with just enough routes; the e2e test runs the real one. */
function route(req: Recorded): Reply {
  const url = new URL(req.url, 'http://x')
  const key = `${req.method} ${url.pathname}`
  if (req.headers['authorization'] !== 'Bearer vhk_test')
    return problem(401, 'Unauthorized', 'Unknown API key.')
  if (key === 'GET /v1/webhooks') {
    const offset = Number(url.searchParams.get('offset') ?? 0)
    const limit = Number(url.searchParams.get('limit') ?? 20)
    const data = hooks.slice(offset, offset + limit)
    return {
      status: 200,
      body: { data, total: hooks.length, offset, limit, has_more: offset + data.length < hooks.length },
    }
  }
  if (key === 'GET /v1/webhooks/wh_404')
    return problem(404, 'Not found', 'No webhook wh_404 in this account.')
  if (key === 'PATCH /v1/webhooks/wh_000000000001')
    return { status: 200, body: { ...webhook(1), ...JSON.parse(req.body) } }
  if (key === 'POST /v1/events') {
    const body = JSON.parse(req.body) as { type: string }
    if (body.type === 'call.failed' || body.type === 'call.answered') {
      // call.answered: a detail that quotes its one failing path, as the sender writes for a single error.
      const detail =
        body.type === 'call.answered'
          ? '/data/reason must be one of: busy, no_answer, error'
          : 'The data of call.failed has 1 problem.'
      return problem(422, 'Unprocessable', detail, {
        errors: [{ path: '/data/reason', message: 'must be one of: busy, no_answer, error' }],
      })
    }
    return { status: 202, body: { id: 'evt_000000000001', type: body.type, deliveries: 2, duplicate: false } }
  }
  if (key === 'POST /v1/webhooks/wh_000000000001/replay') return { status: 202, body: { replayed: 3 } }
  if (key === 'GET /v1/webhooks/wh_000000000001/deliveries/summary') {
    // Counts as a replay settles: the first poll still sees work in flight.
    const polls = server.requests.filter((r) => r.url.endsWith('/summary')).length
    const inFlight = Math.max(0, 3 - polls)
    return {
      status: 200,
      body: { total: 10, pending: inFlight, processing: 0, delivered: 10 - inFlight, failed: 0, dead: 0 },
    }
  }
  return problem(404, 'Not found', `no route ${key}`)
}

let server: TestServer
let dir: string
beforeAll(async () => {
  server = await startServer(route)
  dir = await mkdtemp(join(tmpdir(), 'vh-cli-'))
})
afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})
afterEach(() => {
  server.requests.length = 0
})

async function cli(
  args: string[],
  env: Record<string, string> = {},
  options: { tty?: boolean; stdin?: string } = {},
) {
  const io = testIo({
    cwd: dir,
    home: dir,
    stdin: options.stdin,
    env: { VOICEHOOKS_API_URL: server.url, VOICEHOOKS_API_KEY: 'vhk_test', VOICEHOOKS_POLL_MS: '10', ...env },
    tty: options.tty,
  })
  const code = await runCli(args, io)
  return { code, stdout: io.stdout.text, stderr: io.stderr.text }
}

describe('output', () => {
  it('prints a page of webhooks as an aligned table, with a hint when there is more', async () => {
    const { code, stdout, stderr } = await cli(['webhooks', 'list', '--limit', '2'])
    expect(code).toBe(ExitCode.ok)
    expect(stdout).toBe(
      [
        'ID               URL                          EVENTS          ACTIVE  SCHEME    AGENT  CREATED',
        'wh_000000000000  https://hooks.example.com/0  call.completed  yes     standard  -      2026-04-01T12:00:00Z',
        'wh_000000000001  https://hooks.example.com/1  all             yes     standard  -      2026-04-01T12:00:00Z',
        '',
      ].join('\n'),
    )
    expect(stderr).toBe('2 of 25 shown; --all lists every page\n')
  })

  it('prints the exact API JSON with --json', async () => {
    const { stdout } = await cli(['webhooks', 'list', '--limit', '3', '--json'])
    expect(JSON.parse(stdout)).toEqual({
      data: hooks.slice(0, 3),
      total: 25,
      offset: 0,
      limit: 3,
      has_more: true,
    })
  })

  it('walks every page with --all', async () => {
    const { code, stdout } = await cli(['webhooks', 'list', '--all', '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(hooks)
    expect(server.requests).toHaveLength(1)
    const table = await cli(['webhooks', 'list', '--all', '--limit', '10'])
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(26)
    expect(server.requests).toHaveLength(4)
  })

  it('sends PATCH fields from flags', async () => {
    const { code, stdout } = await cli([
      'webhooks',
      'update',
      'wh_000000000001',
      '--active',
      'false',
      '--events',
      'all',
      '--description',
      '',
    ])
    expect(code).toBe(0)
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ active: false, events: null, description: null })
    expect(stdout).toMatch(/^active\s+no$/m)
  })
})

describe('errors and exit codes', () => {
  it('prints one line for an API error and exits 1', async () => {
    const { code, stdout, stderr } = await cli(['webhooks', 'get', 'wh_404'])
    expect(code).toBe(ExitCode.api)
    expect(stdout).toBe('')
    expect(stderr).toBe('error: 404 Not found — No webhook wh_404 in this account.\n')
  })

  it('lists the failing paths of a 422', async () => {
    const data = join(dir, 'failed.json')
    await writeFile(data, JSON.stringify(examples['call.failed'].data))
    const { code, stderr } = await cli(['events', 'send', 'call.failed', '--data', data])
    expect(code).toBe(ExitCode.api)
    expect(stderr).toBe(
      'error: 422 Unprocessable — The data of call.failed has 1 problem.\n  /data/reason: must be one of: busy, no_answer, error\n',
    )
  })

  it('validates event data locally: every failing path, exit 3, no request', async () => {
    const bad = { ...examples['call.completed'].data, call_id: 'not-a-uuid' } as Record<string, unknown>
    delete bad['duration_seconds']
    await writeFile(join(dir, 'bad.json'), JSON.stringify(bad))
    const { code, stderr } = await cli(['events', 'send', 'call.completed', '--data', 'bad.json'])
    expect(code).toBe(ExitCode.validation)
    expect(stderr).toContain('error: data for call.completed does not match the contract (2 problems)\n')
    expect(stderr).toContain('  /duration_seconds: is required\n')
    expect(stderr).toMatch(/ {2}\/call_id: must match format "uuid"\n/)
    expect(stderr).toContain('nothing was sent')
    expect(server.requests).toHaveLength(0)
  })

  it('refuses unknown event types and invalid JSON locally (exit 3)', async () => {
    await writeFile(join(dir, 'ok.json'), '{}')
    await writeFile(join(dir, 'broken.json'), '{"a":')
    const unknown = await cli(['events', 'send', 'call.exploded', '--data', 'ok.json'])
    expect(unknown.code).toBe(ExitCode.validation)
    expect(unknown.stderr).toContain('unknown event type "call.exploded"')
    const broken = await cli(['events', 'send', 'test.ping', '--data', 'broken.json'])
    expect(broken.code).toBe(ExitCode.validation)
    expect(broken.stderr).toContain('--data broken.json is not valid JSON')
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    [['webhooks', 'get'], 'error: missing ID\nusage: voicehooks webhooks get ID\n'],
    [['webhooks', 'get', 'a', 'b'], 'error: unexpected argument "b"'],
    [['webhooks', 'list', '--bogus'], 'error: unknown flag --bogus for "webhooks list"'],
    [['webhooks', 'list', '--limit', '500'], 'error: --limit: "500" must be a whole number from 1 to 100'],
    [['webhooks', 'create'], 'error: --url URL is required'],
    [['webhooks', 'create', '--url'], 'error: --url needs a value'],
    [['webhooks', 'update', 'wh_1'], 'error: nothing to update'],
    [['webhooks', 'update', 'wh_1', '--active', 'maybe'], 'error: --active: "maybe" must be true or false'],
    [
      ['deliveries', 'list', 'wh_1', '--status', 'lost'],
      'error: --status: "lost" is not one of pending, processing',
    ],
    [['replay', 'wh_1', '--since', 'yesterday'], 'error: --since: "yesterday" must be a date-time'],
    [['events', 'send', 'test.ping', '--data', 'missing.json'], 'error: cannot read --data missing.json'],
    [['webhooks', 'explode'], 'error: unknown command "webhooks explode"'],
    [['frobnicate'], 'error: unknown command "frobnicate"'],
  ])('%j is a usage error (exit 2) without a request', async (args, message) => {
    const { code, stderr } = await cli(args)
    expect(code).toBe(ExitCode.usage)
    expect(stderr.startsWith(message) || stderr.includes(message)).toBe(true)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(server.requests).toHaveLength(0)
  })

  it('exits 4 without an API key, naming where to put one', async () => {
    const { code, stderr } = await cli(['webhooks', 'list'], { VOICEHOOKS_API_KEY: '' })
    expect(code).toBe(ExitCode.network)
    expect(stderr).toMatch(
      /^error: no API key: pass --api-key, set VOICEHOOKS_API_KEY or put "apiKey" in .*config\.json\n$/,
    )
  })

  it('exits 4 when the API cannot be reached', async () => {
    const closed = await startServer(() => ({ status: 200 }))
    await closed.close()
    const { code, stderr } = await cli(['webhooks', 'get', 'wh_1'], { VOICEHOOKS_API_URL: closed.url })
    expect(code).toBe(ExitCode.network)
    expect(stderr).toMatch(
      /^error: cannot reach the API: GET http:\/\/127\.0\.0\.1:\d+\/v1\/webhooks\/wh_1 failed: ECONNREFUSED/,
    )
  })

  it('does not repeat a failing path the detail already quotes', async () => {
    const data = join(dir, 'quoted.json')
    await writeFile(data, JSON.stringify(examples['call.answered'].data))
    const { code, stderr } = await cli(['events', 'send', 'call.answered', '--data', data])
    expect(code).toBe(ExitCode.api)
    expect(stderr).toBe('error: 422 Unprocessable — /data/reason must be one of: busy, no_answer, error\n')
  })

  it('adds a hint to a 401', async () => {
    const { code, stderr } = await cli(['webhooks', 'list', '--api-key', 'vhk_wrong'])
    expect(code).toBe(ExitCode.api)
    expect(stderr).toBe(
      'error: 401 Unauthorized — Unknown API key.\n  check --api-key, VOICEHOOKS_API_KEY or the config file\n',
    )
  })
})

describe('help', () => {
  it('documents every exit code in --help', async () => {
    const { code, stdout } = await cli(['--help'])
    expect(code).toBe(0)
    for (const line of [
      '0  success',
      '1  API error',
      '2  usage error',
      '3  local validation error',
      '4  network or configuration error',
    ]) {
      expect(stdout).toContain(line)
    }
  })

  it('prints help on stderr and exits 2 with no command', async () => {
    const { code, stdout, stderr } = await cli([])
    expect(code).toBe(ExitCode.usage)
    expect(stdout).toBe('')
    expect(stderr).toContain('Usage: voicehooks <command>')
  })

  it('shows a command usage with --help', async () => {
    const { code, stdout } = await cli(['events', 'send', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: voicehooks events send TYPE --data FILE|-')
  })
})

describe('events send', () => {
  it('reads --data - from standard input and prints the answer', async () => {
    const stdin = JSON.stringify(examples['test.ping'].data)
    const { code, stdout } = await cli(['events', 'send', 'test.ping', '--data', '-'], {}, { stdin })
    expect(code).toBe(0)
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      type: 'test.ping',
      data: examples['test.ping'].data,
    })
    expect(stdout).toMatch(/^id\s+evt_000000000001\ntype\s+test\.ping\ndeliveries\s+2\nduplicate\s+no\n$/)
  })
})

describe('bulk sends and replay', () => {
  it('sends --count events with numbered idempotency keys and a progress bar on a TTY', async () => {
    await writeFile(join(dir, 'ping.json'), JSON.stringify(examples['test.ping'].data))
    const { code, stdout, stderr } = await cli(
      ['events', 'send', 'test.ping', '--data', 'ping.json', '--count', '5', '--idempotency-key', 'bulk'],
      {},
      { tty: true },
    )
    expect(code).toBe(0)
    expect(stdout).toBe('sent 5 test.ping events: 10 deliveries queued\n')
    expect(stderr).toContain('5/5 100%')
    const keys = server.requests.map((r) => r.headers['idempotency-key']).sort()
    expect(keys).toEqual(['bulk-1', 'bulk-2', 'bulk-3', 'bulk-4', 'bulk-5'])
  })

  it('replays, then follows the deliveries with a progress bar on a TTY', async () => {
    const { code, stdout, stderr } = await cli(
      ['replay', 'wh_000000000001', '--since', '2026-04-01T00:00:00+02:00', '--status', 'failed'],
      {},
      { tty: true },
    )
    expect(code).toBe(0)
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      since: '2026-03-31T22:00:00.000Z',
      status: ['failed'],
    })
    expect(stdout).toMatch(/^queued 3 deliveries of wh_000000000001 again\n/)
    expect(stdout).toMatch(/^pending\s+0$/m)
    expect(stderr).toContain('replaying [')
    expect(stderr).toContain('3/3 100%')
  })

  it('does not follow or draw when stderr is not a terminal', async () => {
    const { code, stdout, stderr } = await cli(['replay', 'wh_000000000001', '--since', '1h', '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({ replayed: 3 })
    expect(stderr).toBe('')
    expect(server.requests).toHaveLength(1)
  })
})
