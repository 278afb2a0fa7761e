import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..', '..')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Runs scripts/demo.ts as `pnpm start` does, publishing `events` events, and answers its output and exit code. */
async function runDemo(
  dataDir: string,
  events: number,
): Promise<{ code: number | null; output: string; senderPort: number }> {
  const [senderPort, receiverPort] = [await freePort(), await freePort()]
  const child = spawn(
    process.execPath,
    ['--conditions=@voicehooks/source', '--import', 'tsx', 'scripts/demo.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DEMO_EVENTS: String(events),
        DEMO_INTERVAL_MS: '200',
        SENDER_PORT: String(senderPort),
        RECEIVER_PORT: String(receiverPort),
        LOG_LEVEL: 'warn',
        DEMO_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (c: Buffer) => {
    output += c.toString()
  })
  child.stderr.on('data', (c: Buffer) => {
    output += c.toString()
  })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { code, output, senderPort }
}

/** `pnpm start` runs scripts/demo.ts: the README's first command must keep working, and keep working when run again. */
describe('the demo (pnpm start)', () => {
  it('delivers sample events, and run again on the data it left reuses the same account and webhook', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vh-demo-'))
    try {
      const first = await runDemo(dataDir, 4)
      expect(first.output).toContain(`dashboard       http://127.0.0.1:${first.senderPort}/dashboard`)
      expect(first.output.match(/^receiver {2}<- /gm)).toHaveLength(4)
      expect(first.output).toContain('demo: 4/4 events received')
      expect(first.code, first.output).toBe(0)

      const second = await runDemo(dataDir, 2)
      expect(second.output).toContain('demo: 2/2 events received')
      expect(second.code, second.output).toBe(0)
      const key = (text: string) => /API key: (vhk_\S+)\)/.exec(text)?.[1]
      const hook = (text: string) => /webhook +(wh_\S+)/.exec(text)?.[1]
      expect(key(second.output)).toBe(key(first.output))
      expect(hook(second.output)).toBe(hook(first.output))
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 180_000)
})
