import type { EventType, WebhookEvent } from '@voicehooks/contracts'

/** A handler of one event type, called with the verified and validated event. */
export type EventHandler<T extends EventType = EventType> = (event: WebhookEvent<T>) => unknown

/** Handlers by event type plus catch-all handlers. */
export class EventHandlers {
  readonly #byType = new Map<string, Set<EventHandler>>()
  readonly #any = new Set<EventHandler>()

  /** Adds a handler of `type`; returns a function that removes it. */
  add(type: EventType, handler: EventHandler): () => void {
    let set = this.#byType.get(type)
    if (set === undefined) {
      set = new Set()
      this.#byType.set(type, set)
    }
    const handlers = set
    handlers.add(handler)
    return () => void handlers.delete(handler)
  }

  /** Adds a handler of every known event type; returns a function that removes it. */
  addAny(handler: EventHandler): () => void {
    this.#any.add(handler)
    return () => void this.#any.delete(handler)
  }

  /**
   * Runs every handler of `event.type` and every catch-all handler concurrently and waits for all.
   * Handlers are independent: one failing does not stop the others; every failure is gathered in
   * one `AggregateError`.
   */
  async dispatch(event: WebhookEvent): Promise<void> {
    const typed = this.#byType.get(event.type)
    const count = (typed?.size ?? 0) + this.#any.size
    if (count === 0) return
    if (count === 1) {
      // The common case, one handler: no array, no allSettled.
      const [handler] = typed !== undefined && typed.size === 1 ? typed : this.#any
      try {
        await handler!(event)
      } catch (error) {
        throw aggregate([error], 1)
      }
      return
    }
    const handlers = [...(typed ?? []), ...this.#any]
    const outcomes = await Promise.allSettled(handlers.map((handler) => call(handler, event)))
    const errors = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))
    if (errors.length > 0) throw aggregate(errors, handlers.length)
  }
}

function aggregate(errors: unknown[], of: number): AggregateError {
  const first = errors[0] instanceof Error ? errors[0].message : String(errors[0])
  return new AggregateError(errors, `${errors.length} of ${of} handlers failed: ${first}`)
}

async function call(handler: EventHandler, event: WebhookEvent): Promise<unknown> {
  return handler(event)
}
