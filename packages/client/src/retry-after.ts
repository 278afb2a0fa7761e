/**
 * Reads `Retry-After` (delay-seconds or an HTTP-date) as milliseconds from `now`; `undefined` when
 * absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  // Date.parse accepts bare numbers like "-3" as years: an HTTP-date always names its weekday and month.
  if (!/[a-z]/i.test(text)) return undefined
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}
