/** A date-time in the reader's locale, e.g. "1 Apr 2026, 14:30:05". */
export function localTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
}

/** The same instant in UTC, for the hover text: "2026-04-01 12:30:05 UTC". */
export function utcTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} UTC`
}

/** "3 s ago", "5 min ago", "2 h ago", "4 d ago"; "in 20 s" for the future. */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000)
  const abs = Math.abs(seconds)
  const [value, unit] =
    abs < 60
      ? [abs, 's']
      : abs < 3600
        ? [Math.round(abs / 60), 'min']
        : abs < 86_400
          ? [Math.round(abs / 3600), 'h']
          : [Math.round(abs / 86_400), 'd']
  return seconds < 0 || abs === 0 ? `${value} ${unit} ago` : `in ${value} ${unit}`
}

/** A ratio as a percentage with at most one decimal: 0.9667 → "96.7 %". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10} %`
}

/** A `datetime-local` input's value (local time) as RFC 3339 UTC, or undefined when empty. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** RFC 3339 as a `datetime-local` input's value, in local time. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
