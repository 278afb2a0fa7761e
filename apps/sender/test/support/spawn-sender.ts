import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const SENDER_DIR = join(import.meta.dirname, '..', '..')

/** A sender in its own OS process (src/main.ts), so a test can SIGKILL it like a crashed machine. */
export interface SenderProcess {
  url: string
  child: ChildProcess
  /** Resolves with the exit code or signal once the process has gone. */
  exited: Promise<number | NodeJS.Signals | null>
  kill(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals | null>
}

/**
 * Starts `node src/main.ts` with `env` added to this process's environment and waits for its
 * "sender listening" log line (pino JSON on stdout) to learn the URL.
 */
export function spawnSender(
  env: Record<string, string>,
  name: string,
  /** Extra node flags, e.g. `--cpu-prof` for a profile. */
  nodeArgs: readonly string[] = [],
): Promise<SenderProcess> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--conditions=@voicehooks/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: SENDER_DIR,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code))
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  // A process that dies on its own says why: its last words are the test's best clue.
  child.once('exit', (code, signal) => {
    if (signal === null && code !== 0 && code !== null)
      console.error(`${name} exited with ${code}:\n${stderr.slice(-4000)}`)
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 30 s: ${stderr}`)), 30_000)
    void exited.then((how) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited (${String(how)}) before listening: ${stderr}`))
    })
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      let entry: { msg?: string; url?: string; level?: number }
      try {
        entry = JSON.parse(line) as typeof entry
      } catch {
        return
      }
      if (entry.msg === 'sender listening' && entry.url) {
        clearTimeout(timer)
        resolve({
          url: entry.url,
          child,
          exited,
          kill(signal = 'SIGTERM') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal)
            return exited
          },
        })
      } else if ((entry.level ?? 0) >= 50) {
        console.error(`${name}: ${line}`)
      }
    })
  })
}
