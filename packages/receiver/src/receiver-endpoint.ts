import type { HeadersLike } from '@voicehooks/signing/web'
import type { ReceiverError } from './errors.js'
import type { ReceiveResult } from './receive-result.js'

/** What an HTTP adapter (Node middleware, Fetch handler) needs from a `Webhooks` instance. */
export interface ReceiverEndpoint {
  readonly maxBodyBytes: number
  readonly logger: Pick<Console, 'error'>
  receive(rawBody: string | Uint8Array, headers: HeadersLike): Promise<ReceiveResult>
  /** Reports an error the adapter answers itself (405, 415, 413 while streaming) and returns it. */
  refuse(error: ReceiverError): ReceiverError
  /** Reports a body parsed before the adapter saw it, logging it once. */
  misconfigured(error: ReceiverError): void
}
