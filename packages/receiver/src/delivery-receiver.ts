import type { EventType, WebhookEvent } from '@voicehooks/contracts'
import { type HeadersLike, WebhookVerificationError } from '@voicehooks/signing/web'
import { bodyTooLarge, invalidSignature, ReceiverError } from './errors.js'
import { type EventHandler, EventHandlers } from './event-handlers.js'
import { headersRecord } from './headers-record.js'
import type { ClaimedDelivery, ClaimOutcome, UnknownEvent } from './idempotency-store.js'
import type { ResolvedOptions } from './options.js'
import type { DeliveryVerifier, ReceiverPlatform } from './platform.js'
import { contractViolation, readEvent } from './read-event.js'
import type { ErrorContext, ErrorHandler, ReceiveResult } from './receive-result.js'
import type { ReceiverEndpoint } from './receiver-endpoint.js'
import { utf8Length } from './utf8-length.js'

/**
 * The receiving pipeline, platform-free: size check, signature, parse, contract, idempotency,
 * dispatch, error reporting. `Webhooks` wraps it; the platform only supplies the HMAC.
 */
export class DeliveryReceiver {
  readonly #options: ResolvedOptions
  readonly #handlers = new EventHandlers()
  readonly #errorHandlers = new Set<ErrorHandler>()
  /** Event id → whether its processing in this process succeeded, while it runs. */
  readonly #running = new Map<string, Promise<boolean>>()
  readonly #pending = new Set<Promise<unknown>>()
  #warnedAlreadyParsed = false

  readonly #platform: ReceiverPlatform
  /** Secrets decoded and options checked once, not per delivery. */
  readonly #verify: DeliveryVerifier

  constructor(options: ResolvedOptions, platform: ReceiverPlatform) {
    this.#options = options
    this.#platform = platform
    this.#verify = platform.createVerifier(options.secret, options.verify)
  }

  /**
   * Calls `handler` with each new event of `type`, typed from the contract. Handlers of one event
   * run concurrently; any failure fails the event as a whole. Returns a function that removes it.
   */
  on<T extends EventType>(type: T, handler: (event: WebhookEvent<T>) => unknown): () => void {
    return this.#handlers.add(type, handler as EventHandler)
  }

  /** Calls `handler` with each new event of every known type (not unknown types, which are ignored). */
  onAny(handler: (event: WebhookEvent) => unknown): () => void {
    return this.#handlers.addAny(handler)
  }

  /**
   * Calls `handler` with every error: refused deliveries (also thrown by `receive()`), accepted
   * contract violations, and failures after the acknowledgement that no sender will see. Its own
   * failures are ignored. Without any error handler, failures after an acknowledgement are logged.
   */
  onError(handler: ErrorHandler): () => void {
    this.#errorHandlers.add(handler)
    return () => void this.#errorHandlers.delete(handler)
  }

  /**
   * Receives one delivery: verify, parse, validate, deduplicate, dispatch. Resolves to what to
   * acknowledge; rejects with a {@link ReceiverError} whose `status` is the answer to send.
   *
   * @param rawBody the body exactly as received (a re-serialised object never verifies).
   * @param headers the request headers: a Fetch `Headers` or Node's `req.headers`.
   * @throws {ReceiverError} `body_too_large`, `invalid_signature`, `invalid_json`, `contract_violation`,
   *   `handler_failed` (with `ackFirst: false`) or `idempotency_failed`.
   */
  async receive(rawBody: string | Uint8Array, headers: HeadersLike): Promise<ReceiveResult> {
    const { maxBodyBytes, onInvalid } = this.#options
    const size = typeof rawBody === 'string' ? utf8Length(rawBody) : rawBody.byteLength
    if (size > maxBodyBytes) throw this.#refuse(bodyTooLarge(maxBodyBytes, size))
    try {
      const verifying = this.#verify(rawBody, headers)
      // Only WebCrypto's verify is async: on Node the path stays synchronous.
      if (verifying instanceof Promise) await verifying
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error
      throw this.#refuse(invalidSignature(error))
    }

    let read: ReturnType<typeof readEvent>
    try {
      read = readEvent(rawBody, this.#options.validation)
    } catch (error) {
      throw error instanceof ReceiverError ? this.#refuse(error) : error
    }
    if (read.kind === 'invalid') {
      const error = contractViolation(read.issues)
      if (onInvalid === 'reject') throw this.#refuse(error, envelopeIds(read.payload))
      this.#report(error, { ...envelopeIds(read.payload), acknowledged: true })
      return { status: 'ignored', reason: 'contract_violation', event: read.payload, issues: read.issues }
    }

    const delivery = new Claim(read.event, read.kind === 'event', headers)
    if (read.kind === 'unknown_type') {
      if (await this.#claim(delivery)) await this.#complete(delivery, 'ignored', true)
      return { status: 'ignored', reason: 'unknown_type', event: read.event }
    }
    return this.#process(read.event, delivery)
  }

  /** Resolves once every handler run started so far (and any started meanwhile) has finished. */
  async drain(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending)
  }

  /** What the HTTP adapters (Node middleware, Fetch handler) need. */
  endpoint(): ReceiverEndpoint {
    return {
      maxBodyBytes: this.#options.maxBodyBytes,
      logger: this.#options.logger,
      receive: (body, headers) => this.receive(body, headers),
      refuse: (error) => this.#refuse(error),
      misconfigured: (error) => {
        this.#report(error, { acknowledged: false })
        if (this.#warnedAlreadyParsed) return
        this.#warnedAlreadyParsed = true
        this.#options.logger.error(`[@voicehooks/receiver] ${error.message}`)
      },
    }
  }

  async #process(event: WebhookEvent, delivery: ClaimedDelivery): Promise<ReceiveResult> {
    const { ackFirst } = this.#options
    for (;;) {
      if (await this.#claim(delivery)) break
      const running = this.#running.get(event.id)
      if (running === undefined || ackFirst) return { status: 'duplicate', event }
      // Without ack-first, a copy that arrives while the first runs here answers with its outcome: if
      // the first fails it released the claim, and this copy takes over instead of hiding the failure.
      if (await running) return { status: 'duplicate', event }
    }
    if (ackFirst) {
      const processing = this.#run(event, true).then(() => undefined)
      return { status: 'accepted', event, processing }
    }
    const failure = await this.#run(event, false)
    if (failure !== undefined) throw failure
    return { status: 'processed', event }
  }

  /** Dispatches a claimed event, tracked for duplicates and `drain()`; resolves to the failure, never rejects. */
  #run(event: WebhookEvent, acknowledged: boolean): Promise<ReceiverError | undefined> {
    const run = this.#dispatch(event, acknowledged)
    this.#pending.add(run)
    const succeeded: Promise<boolean> = run.then((failure) => {
      this.#pending.delete(run)
      if (this.#running.get(event.id) === succeeded) this.#running.delete(event.id)
      return failure === undefined
    })
    this.#running.set(event.id, succeeded)
    return run
  }

  async #dispatch(event: WebhookEvent, acknowledged: boolean): Promise<ReceiverError | undefined> {
    // Let the acknowledgement go out before a synchronous handler can hold the event loop.
    if (acknowledged) await this.#platform.yieldToAnswer()
    try {
      await this.#handlers.dispatch(event)
    } catch (cause) {
      const context: ErrorContext = { id: event.id, type: event.type, acknowledged }
      const error = new ReceiverError(
        'handler_failed',
        `A handler failed on ${event.type} event ${event.id}; it runs again when the event is redelivered`,
        { cause },
      )
      try {
        await this.#options.idempotency.release(event.id, cause)
      } catch (storeError) {
        this.#report(storeFailure('release', event.id, storeError), context)
      }
      this.#report(error, context)
      return error
    }
    await this.#complete({ id: event.id }, 'processed', acknowledged)
    return undefined
  }

  async #claim(delivery: ClaimedDelivery): Promise<boolean> {
    try {
      return await this.#options.idempotency.claim(delivery.id, delivery)
    } catch (cause) {
      throw this.#refuse(storeFailure('claim', delivery.id, cause), delivery)
    }
  }

  /** Records the outcome; a failure is reported, not thrown: the handlers did run. */
  async #complete(delivery: Pick<ClaimedDelivery, 'id'>, outcome: ClaimOutcome, acknowledged: boolean) {
    try {
      await this.#options.idempotency.complete(delivery.id, outcome)
    } catch (cause) {
      this.#report(storeFailure('complete', delivery.id, cause), { id: delivery.id, acknowledged })
    }
  }

  /** Reports an error of a delivery that is answered with it, and returns it for throwing. */
  #refuse(error: ReceiverError, ids: { id?: string; type?: string } = {}): ReceiverError {
    const context: ErrorContext = { acknowledged: false }
    if (ids.id !== undefined) context.id = ids.id
    if (ids.type !== undefined) context.type = ids.type
    this.#report(error, context)
    return error
  }

  #report(error: ReceiverError, context: ErrorContext): void {
    if (this.#errorHandlers.size === 0) {
      // Nobody else will ever see these: the sender got a 2xx, or the store is failing.
      if (context.acknowledged || error.code === 'handler_failed' || error.code === 'idempotency_failed') {
        this.#options.logger.error(
          `[@voicehooks/receiver] ${error.code}: ${error.message}`,
          error.cause ?? '',
        )
      }
      return
    }
    for (const handler of this.#errorHandlers) {
      try {
        const result = handler(error, context)
        if (result instanceof Promise) result.catch(() => undefined)
      } catch {
        // An error handler's own failure must not turn into the delivery's failure.
      }
    }
  }
}

/** A {@link ClaimedDelivery} whose header record is only built when a store reads it. */
class Claim implements ClaimedDelivery {
  readonly id: string
  readonly type: string
  readonly known: boolean
  readonly event: WebhookEvent | UnknownEvent
  readonly #headers: HeadersLike
  #record: Readonly<Record<string, string>> | undefined

  constructor(event: WebhookEvent | UnknownEvent, known: boolean, headers: HeadersLike) {
    this.id = event.id
    this.type = event.type
    this.known = known
    this.event = event
    this.#headers = headers
  }

  get headers(): Readonly<Record<string, string>> {
    this.#record ??= headersRecord(this.#headers)
    return this.#record
  }

  toJSON(): ClaimedDelivery {
    return { id: this.id, type: this.type, known: this.known, event: this.event, headers: this.headers }
  }
}

function storeFailure(operation: string, id: string, cause: unknown): ReceiverError {
  // The store's own message stays in `cause`: it may name hosts or tables the sender must not see.
  return new ReceiverError('idempotency_failed', `The idempotency store failed to ${operation} event ${id}`, {
    cause,
  })
}

/** `id` and `type` of a body that failed validation, when they are strings. */
function envelopeIds(payload: unknown): { id?: string; type?: string } {
  if (typeof payload !== 'object' || payload === null) return {}
  const { id, type } = payload as { id?: unknown; type?: unknown }
  return {
    ...(typeof id === 'string' ? { id } : {}),
    ...(typeof type === 'string' ? { type } : {}),
  }
}
