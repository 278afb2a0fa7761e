import { randomBytes } from 'node:crypto'
import { type EventType, examples, type WebhookEvent } from '@voicehooks/contracts'
import { generateSecret, sign } from '@voicehooks/signing'

export const SECRET = generateSecret()
export const OTHER_SECRET = generateSecret()

export interface Delivery {
  body: string
  headers: Record<string, string>
}

/** A fresh contract-valid event id (`evt_` and 26 alphanumerics). */
export function freshId(): string {
  const text = randomBytes(24)
    .toString('base64')
    .replace(/[^0-9A-Za-z]/g, '')
  return `evt_${text.slice(0, 26).padEnd(26, '0')}`
}

/** The catalog example of `type`, with a fresh id. */
export function exampleEvent<T extends EventType>(type: T): WebhookEvent<T> {
  return { ...structuredClone(examples[type]), id: freshId() } as WebhookEvent<T>
}

/** Signs `body` as the sender does, timestamped now (plus `skewSeconds`). */
export function signBody(
  body: string,
  id: string,
  options: { secret?: string; skewSeconds?: number } = {},
): Delivery {
  const timestamp = Math.floor(Date.now() / 1000) + (options.skewSeconds ?? 0)
  const headers = sign({ id, timestamp, body, secret: options.secret ?? SECRET })
  return { body, headers: { ...headers, 'content-type': 'application/json' } }
}

/** A correctly signed delivery of `event`. */
export function signEvent(
  event: { id: string } & object,
  options: { secret?: string; skewSeconds?: number } = {},
): Delivery {
  return signBody(JSON.stringify(event), event.id, options)
}

/** POSTs a delivery; the answer's status, content type and parsed body. */
export async function deliver(url: string, delivery: Delivery) {
  const response = await fetch(`${url}/webhooks`, {
    method: 'POST',
    body: delivery.body,
    headers: delivery.headers,
  })
  const text = await response.text()
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (text === '' ? undefined : JSON.parse(text)) as Record<string, unknown>,
  }
}

/** Polls `condition` until it holds or `timeoutMs` passes. */
export async function waitFor<T>(
  condition: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await condition()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** GETs `url` and parses the JSON answer as `T` (the assertions check the shape). */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  return (await response.json()) as T
}
