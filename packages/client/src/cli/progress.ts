import type { OutputStream } from './io.js'

/** A progress bar on stderr; every method is a no-op when stderr is not a terminal. */
export interface Progress {
  /** Sets how many units are done. */
  update(done: number, total?: number): void
  /** Adds `n` done units (default 1). */
  tick(n?: number): void
  /** Clears the bar so the next output starts on a clean line. */
  finish(): void
}

const NOOP: Progress = { update() {}, tick() {}, finish() {} }
const BAR_WIDTH = 30

/** Renders `label [#######.............] 12/40  30%`. */
export function renderProgress(label: string, done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(ratio * BAR_WIDTH)
  const bar = '#'.repeat(filled) + '.'.repeat(BAR_WIDTH - filled)
  return `${label} [${bar}] ${done}/${total} ${String(Math.floor(ratio * 100)).padStart(3)}%`
}

/**
 * Starts a progress bar on `stream`, only when it is a TTY: scripts piping stderr get no control
 * characters. Redraws at most every 50 ms, and always on the last unit.
 */
export function startProgress(stream: OutputStream, label: string, total: number): Progress {
  if (!stream.isTTY) return NOOP
  let done = 0
  let lastDraw = 0
  const draw = (force: boolean) => {
    const now = Date.now()
    if (!force && now - lastDraw < 50) return
    lastDraw = now
    stream.write(`\r\x1b[2K${renderProgress(label, done, total)}`)
  }
  draw(true)
  return {
    update(value, newTotal) {
      done = value
      if (newTotal !== undefined) total = newTotal
      draw(done >= total)
    },
    tick(n = 1) {
      this.update(done + n)
    },
    finish() {
      stream.write('\r\x1b[2K')
    },
  }
}
