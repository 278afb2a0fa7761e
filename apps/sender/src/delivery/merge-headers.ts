/** Set by the HTTP layer from the body and connection; a caller-supplied value would break the request. */
const TRANSPORT_HEADERS = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'proxy-connection',
])

/**
 * Endpoint-configured headers under the sender's own: names compare case-insensitively, so a
 * custom `Webhook-Signature` or `x-voicehooks-event` can never replace the real one, and
 * transport headers are dropped.
 */
export function mergeHeaders(
  custom: Readonly<Record<string, unknown>> | null | undefined,
  own: Readonly<Record<string, string>>,
): Record<string, string> {
  const ownNames = new Set(Object.keys(own).map((k) => k.toLowerCase()))
  const merged: Record<string, string> = {}
  for (const [name, value] of Object.entries(custom ?? {})) {
    const lower = name.toLowerCase()
    if (ownNames.has(lower) || TRANSPORT_HEADERS.has(lower) || typeof value !== 'string') continue
    merged[name] = value
  }
  return Object.assign(merged, own)
}
