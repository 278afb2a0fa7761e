import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'

/** A stream the CLI writes to; `isTTY` decides between progress bars and plain output. */
export interface OutputStream {
  write(text: string): unknown
  isTTY?: boolean | undefined
  columns?: number | undefined
}

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout: OutputStream
  stderr: OutputStream
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  home: string
  /** Reads a file as UTF-8; `-` means standard input. */
  readText(path: string): Promise<string>
  fetch?: ((input: Request) => Promise<Response>) | undefined
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** The real process: its streams, environment, working folder and home. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    home: homedir(),
    readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  }
}
