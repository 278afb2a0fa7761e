import type { HeadersLike } from '@voicehooks/signing/web'

/** Request headers as a plain record with lowercase names; repeated headers joined with `", "`. */
export function headersRecord(headers: HeadersLike): Record<string, string> {
  const record: Record<string, string> = {}
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    ;(headers as Headers).forEach((value, name) => {
      record[name.toLowerCase()] = value
    })
    return record
  }
  for (const [name, value] of Object.entries(
    headers as Record<string, string | readonly string[] | undefined>,
  )) {
    if (value === undefined) continue
    record[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ')
  }
  return record
}
