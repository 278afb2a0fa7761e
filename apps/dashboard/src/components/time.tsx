import { localTime, relativeTime, utcTime } from '../lib/format.js'

/** A time in the reader's locale, with UTC on hover; `relative` adds "5 min ago". */
export function Time({ iso, relative = false }: { iso: string | null | undefined; relative?: boolean }) {
  if (!iso) return <span class="muted">—</span>
  return (
    <time dateTime={iso} title={utcTime(iso)}>
      {localTime(iso)}
      {relative ? <span class="muted"> ({relativeTime(iso)})</span> : null}
    </time>
  )
}
