import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { until } from '@voicehooks/testkit'
import { WORKSPACE_ROOT } from './workspace.js'

/** The reference sender, started from apps/sender/src/main.ts as `pnpm start` would. */
export interface RunningSender {
  url: string
  operatorToken: string
  /** What it printed, for a failing test's message. */
  output(): string
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/** Starts the sender on 127.0.0.1 with an embedded store of its own; resolves once /healthz answers. */
export async function startSender(): Promise<RunningSender> {
  const dataDir = await mkdtemp(join(tmpdir(), 'voicehooks-consumer-sender-'))
  const port = await freePort()
  const operatorToken = randomBytes(24).toString('base64url')
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@voicehooks/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: join(WORKSPACE_ROOT, 'apps', 'sender'),
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        VOICEHOOKS_DATA_DIR: dataDir,
        VOICEHOOKS_OPERATOR_TOKEN: operatorToken,
        VOICEHOOKS_RETRY_SCHEDULE: '1s,2s',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk
  })
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    await until(
      async () => {
        if (child.exitCode !== null) throw new Error(`the sender exited ${child.exitCode}:\n${output}`)
        return (await fetch(`${url}/healthz`).catch(() => undefined))?.ok === true
      },
      'the sender to answer /healthz',
      90_000,
      200,
    )
  } catch (error) {
    await stop()
    throw error
  }
  return { url, operatorToken, output: () => output, stop }
}
