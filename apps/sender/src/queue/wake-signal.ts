/**
 * A wake-up flag with a timed wait: `notify()` before or during `wait()` ends it early, and
 * several notifications while the waiter is busy collapse into one.
 */
export class WakeSignal {
  #pending = false
  #release: (() => void) | undefined

  notify(): void {
    this.#pending = true
    this.#release?.()
  }

  /** Resolves at the next `notify()` (at once if one came since the last wait) or after `ms`. */
  async wait(ms: number): Promise<void> {
    if (!this.#pending) {
      let timer: NodeJS.Timeout | undefined
      await new Promise<void>((resolve) => {
        this.#release = resolve
        timer = setTimeout(resolve, ms)
      })
      clearTimeout(timer)
      this.#release = undefined
    }
    this.#pending = false
  }
}
