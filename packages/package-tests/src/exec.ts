import { spawn } from 'node:child_process'

/** How a command ended; never thrown, so a test can show its output when it fails. */
export interface Outcome {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  /** The whole environment of the command; default this process's. */
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
}

/** Runs a command to its end (or kills it at the timeout), collecting its output. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${options.timeoutMs} ms)`
      child.kill('SIGKILL')
    }, options.timeoutMs ?? 120_000)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ code: null, stdout, stderr: `${stderr}${error.message}` })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** `run`, failing with the command's whole output when it does not exit 0. */
export async function runOk(command: string, args: readonly string[], options: RunOptions): Promise<Outcome> {
  const outcome = await run(command, args, options)
  if (outcome.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${options.cwd}) exited ${outcome.code}\n${outcome.stdout}\n${outcome.stderr}`,
    )
  }
  return outcome
}

/**
 * pnpm as the running `pnpm test` was started (npm_execpath), else through npx with the pinned
 * version, so `pnpm pack` applies publishConfig and turns `workspace:^` into real ranges.
 */
export function pnpm(): { command: string; prefix: string[] } {
  const execPath = process.env['npm_execpath']
  if (execPath !== undefined && /pnpm/.test(execPath))
    return { command: process.execPath, prefix: [execPath] }
  return { command: 'npx', prefix: ['-y', 'pnpm@10.34.8'] }
}
