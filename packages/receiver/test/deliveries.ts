import { randomBytes } from 'node:crypto'
import { type EventType, examples, type WebhookEvent } from '@voicehooks/contracts'
import { type SignatureScheme, sign } from '@voicehooks/signing'

export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
export const OTHER_SECRET = 'whsec_k2Jz0vT0i9m5D6i1tYb2g3FJqTQj8s0nYwR3xq7H1uE='

/** A fixed clock, so timestamp checks are deterministic. */
export const NOW_SECONDS = 1_775_046_600
export const now = (): number => NOW_SECONDS * 1000

export interface Delivery {
  body: string
  headers: Record<string, string>
}

/** A fresh event id (`evt_` and 26 alphanumerics, as the contract wants), so tests never collide. */
export function freshId(): string {
  return `evt_${randomBytes(20)
    .toString('base64')
    .replace(/[^0-9A-Za-z]/g, '')
    .slice(0, 26)
    .padEnd(26, '0')}`
}

/** The catalog example of `type` with a fresh id (or `id`). */
export function exampleEvent<T extends EventType>(type: T, id = freshId()): WebhookEvent<T> {
  return { ...structuredClone(examples[type]), id } as WebhookEvent<T>
}

/** Any JSON value signed as a delivery. */
export function signBody(
  body: string,
  options: {
    id?: string
    secret?: string
    timestamp?: number
    scheme?: SignatureScheme
    prefix?: string
  } = {},
): Delivery {
  const headers = sign({
    id: options.id ?? freshId(),
    timestamp: options.timestamp ?? NOW_SECONDS,
    body,
    secret: options.secret ?? SECRET,
    ...(options.scheme === undefined ? {} : { scheme: options.scheme }),
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  })
  return { body, headers: { ...headers, 'content-type': 'application/json' } }
}

/** A correctly signed delivery of `event`. */
export function signEvent(
  event: { id: string } & Record<string, unknown>,
  options: Parameters<typeof signBody>[1] = {},
): Delivery {
  return signBody(JSON.stringify(event), { id: event.id, ...options })
}
