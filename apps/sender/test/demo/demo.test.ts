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

/** `pnpm start` runs scripts/demo.ts: the README's first command must keep working. */
describe('the demo (pnpm start)', () => {
  it('starts the sender and the receiver and delivers sample events between them', async () => {
    const [senderPort, receiverPort] = [await freePort(), await freePort()]
    const dataDir = await mkdtemp(join(tmpdir(), 'vh-demo-'))
    const child = spawn(
      process.execPath,
      ['--conditions=@voicehooks/source', '--import', 'tsx', 'scripts/demo.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DEMO_EVENTS: '4',
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
    await rm(dataDir, { recursive: true, force: true })
    expect(output).toContain(`dashboard       http://127.0.0.1:${senderPort}/dashboard`)
    expect(output.match(/^receiver {2}<- /gm)).toHaveLength(4)
    expect(output).toContain('demo: 4/4 events received')
    expect(code, output).toBe(0)
  }, 120_000)
})
