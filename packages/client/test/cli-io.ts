import { readFile } from 'node:fs/promises'
import type { CliIo, OutputStream } from '../src/cli/io.js'

/** An output stream that keeps what was written. */
export interface Captured extends OutputStream {
  text: string
}

export function capture(isTTY = false): Captured {
  const stream: Captured = {
    text: '',
    isTTY,
    write(chunk: string) {
      stream.text += chunk
      return true
    },
  }
  return stream
}

/** A CLI io on the real file system, with captured streams and the given environment. */
export function testIo(options: {
  cwd: string
  home: string
  env?: Record<string, string | undefined>
  stdin?: string
  tty?: boolean
}): CliIo & { stdout: Captured; stderr: Captured } {
  return {
    stdout: capture(options.tty),
    stderr: capture(options.tty),
    env: options.env ?? {},
    cwd: options.cwd,
    home: options.home,
    readText: async (path) => (path === '-' ? (options.stdin ?? '') : readFile(path, 'utf8')),
  }
}
