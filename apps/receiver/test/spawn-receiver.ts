import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

const appDir = join(import.meta.dirname, '..')

/** The receiver app in its own process. */
export interface ReceiverProcess {
  child: ChildProcess
  output(): { stdout: string; stderr: string }
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>
}

/** `pnpm start` without pnpm: `src/main.ts` with the package script's node flags and only `env` (plus PATH). */
export function spawnReceiver(env: Record<string, string>): ReceiverProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=@voicehooks/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: appDir,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code))
  })
  return { child, output: () => ({ stdout, stderr }), exited }
}
