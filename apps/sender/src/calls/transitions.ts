import type { CallStatus } from './call-row.js'

const ENDED: ReadonlySet<CallStatus> = new Set(['completed', 'failed', 'error', 'cancelled'])

/** True for a status no report may move a call out of. */
export function isEnded(status: CallStatus): boolean {
  return ENDED.has(status)
}

/**
 * Why a reported status cannot follow the current one, or undefined when it can. Calls move
 * registered → ongoing → completed, and failed, error or cancelled end a call from registered or
 * ongoing. The one report an ended call accepts is a second `completed` carrying the analysis.
 */
export function refuseTransition(from: CallStatus, to: CallStatus, hasAnalysis: boolean): string | undefined {
  if (from === 'completed' && to === 'completed' && hasAnalysis) return undefined
  if (isEnded(from)) return `the call has already ended (${from}); it cannot become ${to}`
  if (to === 'registered') return `the call is ${from}; it cannot go back to registered`
  return undefined
}
