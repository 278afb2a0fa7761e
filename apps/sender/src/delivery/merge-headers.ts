import { headerProblem } from '../security/header-rules.js'

/**
 * Custom headers under the sender's own. Registration already refuses any header that could not be
 * sent or would pose as the sender's (security/header-rules.ts); the same rules apply again here, so
 * a row stored before them is sent without the offending header instead of failing every attempt.
 * Names compare case-insensitively, so a custom `Webhook-Signature` can never replace the real one.
 */
export function mergeHeaders(
  custom: Readonly<Record<string, unknown>> | null | undefined,
  own: Readonly<Record<string, string>>,
  headerPrefix: string,
): Record<string, string> {
  const ownNames = new Set(Object.keys(own).map((k) => k.toLowerCase()))
  const merged: Record<string, string> = {}
  for (const [name, value] of Object.entries(custom ?? {})) {
    if (ownNames.has(name.toLowerCase()) || headerProblem(name, value, headerPrefix) !== undefined) continue
    merged[name] = value as string
  }
  return Object.assign(merged, own)
}
