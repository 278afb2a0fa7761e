import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { ConfigError, startSender } from '../../src/index.js'
import { ApiClient, OPERATOR_TOKEN } from './harness.js'

const APP_DIR = join(import.meta.dirname, '../..')

function collectingLogger() {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: pino({ level: 'info' }, sink), lines }
}

async function until<T>(
  read: () => T | undefined | Promise<T | undefined>,
  what: string,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('startSender', () => {
  it('refuses an unusable configuration with a ConfigError naming the variable', async () => {
    await expect(startSender({ env: { PORT: 'eighty' }, workers: false })).rejects.toThrow(ConfigError)
    await expect(
      startSender({ env: { VOICEHOOKS_ENCRYPTION_KEY: 'c2hvcnQ=' }, config: { port: 0 }, workers: false }),
    ).rejects.toMatchObject({ code: 'invalid_config', variable: 'VOICEHOOKS_ENCRYPTION_KEY' })
  })

  it('warns loudly without an encryption key, finishes in-flight requests on stop, and stops once', async () => {
    const { logger, lines } = collectingLogger()
    const sender = await startSender({
      env: {},
      config: { port: 0, operatorToken: OPERATOR_TOKEN },
      logger,
      workers: false,
    })
    expect(
      lines.find((l) => l['level'] === 40 && String(l['msg']).includes('VOICEHOOKS_ENCRYPTION_KEY')),
    ).toBeDefined()

    // Half a request is in flight when stop() begins; it still gets its answer.
    const body = JSON.stringify({ name: 'Late', email: 'late@example.com' })
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(`${sender.url}/v1/accounts`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${OPERATOR_TOKEN}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write(body.slice(0, 10))
      setTimeout(() => req.end(body.slice(10)), 300)
    })
    await new Promise((r) => setTimeout(r, 100))
    const stopped = sender.stop()
    expect(sender.stop()).toBe(stopped)
    expect(await answer).toBe(201)
    await stopped
    await expect(fetch(`${sender.url}/healthz`)).rejects.toThrow()
  })

  it('wakes its own workers when it queues a delivery', async () => {
    const received: string[] = []
    const receiver = createServer((req, res) => {
      let text = ''
      req.on('data', (c: Buffer) => (text += c.toString('utf8')))
      req.on('end', () => {
        received.push(text)
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const { port } = receiver.address() as AddressInfo
    // Polling is too slow to matter here: only the publish → wake() path can deliver in time.
    const sender = await startSender({
      env: { VOICEHOOKS_ENCRYPTION_KEY: randomBytes(32).toString('base64') },
      config: { port: 0, operatorToken: OPERATOR_TOKEN, pollIntervalMs: 600_000 },
      logger: pino({ level: 'silent' }),
    })
    try {
      const operator = new ApiClient(sender.url, OPERATOR_TOKEN)
      const account = await operator.post<{ api_key: { key: string } }>('/v1/accounts', {
        name: 'Wake',
        email: 'wake@example.com',
      })
      const api = operator.withToken(account.body.api_key.key)
      const hook = await api.post<{ id: string }>('/v1/webhooks', { url: `http://127.0.0.1:${port}/hooks` })
      const test = await api.post<{ event_id: string }>(`/v1/webhooks/${hook.body.id}/test`, {})
      const delivered = await until(
        () => received.find((body) => body.includes(test.body.event_id)),
        'the test event to arrive',
      )
      expect(JSON.parse(delivered)).toMatchObject({ type: 'test.ping', webhook_id: hook.body.id })
    } finally {
      await sender.stop()
      receiver.close()
    }
  })
})

describe('main.ts', () => {
  const run = (env: Record<string, string>) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@voicehooks/source', '--import', 'tsx', 'src/main.ts'],
      {
        cwd: APP_DIR,
        env: { PATH: process.env['PATH'] ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    return { child, exited, out: () => stdout, err: () => stderr }
  }

  it('prints one line and exits 1 for a bad configuration', async () => {
    const proc = run({ PORT: 'eighty' })
    expect(await proc.exited).toBe(1)
    expect(proc.err().trim().split('\n')).toEqual([
      expect.stringMatching(/^voicehooks sender: PORT: "eighty"/),
    ])
  }, 60_000)

  it('refuses to start in production without an encryption key, in one line naming it', async () => {
    const proc = run({ PORT: '0', NODE_ENV: 'production', VOICEHOOKS_DATA_DIR: 'unused' })
    expect(await proc.exited).toBe(1)
    expect(proc.err().trim().split('\n')).toEqual([
      expect.stringMatching(
        /^voicehooks sender: VOICEHOOKS_ENCRYPTION_KEY: is required when NODE_ENV=production/,
      ),
    ])
  }, 60_000)

  it('serves until SIGTERM, then stops gracefully with exit 0', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vh-main-'))
    try {
      const proc = run({ PORT: '0', VOICEHOOKS_DATA_DIR: dataDir, LOG_LEVEL: 'info' })
      const url = await until(
        () => /"url":"(http:[^"]+)"/.exec(proc.out())?.[1],
        'the sender to listen',
        90_000,
      )
      expect((await fetch(`${url}/healthz`)).status).toBe(200)
      proc.child.kill('SIGTERM')
      expect(await proc.exited).toBe(0)
      expect(proc.out()).toContain('sender stopped')
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
