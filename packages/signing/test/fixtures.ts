import type { SignatureScheme } from '../src/schemes.js'

/** A fixed clock for deterministic timestamp checks. */
export const NOW_SECONDS = 1_775_046_600
export const now = (): number => NOW_SECONDS * 1000

export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
export const OTHER_SECRET = 'whsec_k2Jz0vT0i9m5D6i1tYb2g3FJqTQj8s0nYwR3xq7H1uE='

export const BODY = JSON.stringify({
  id: 'evt_01JQ7Z8X',
  type: 'call.completed',
  event: 'call.completed',
  data: { call_id: 'c0ffee', transcript: 'Olá — ça va? 👋', duration_seconds: 42 },
})

/** The header carrying the scheme's own signature (the compatibility header for the compat schemes). */
export function signatureHeaderOf(scheme: SignatureScheme, prefix = 'Voicehooks'): string {
  return scheme === 'standard' ? 'webhook-signature' : `X-${prefix}-Signature`
}
