/** Thrown by {@link until} when the condition still does not hold at the deadline. */
export class UntilTimeoutError extends Error {
  readonly code = 'UNTIL_TIMEOUT'
  override name = 'UntilTimeoutError'
}

/**
 * Polls `check` until it answers something other than `undefined` or `false`, and returns that.
 * After `timeoutMs` it throws {@link UntilTimeoutError} `timed out after <timeoutMs> ms waiting for <what>`,
 * so a test waits for an event instead of sleeping a fixed time. `check` runs at least once.
 */
export async function until<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = 10_000,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline)
      throw new UntilTimeoutError(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
