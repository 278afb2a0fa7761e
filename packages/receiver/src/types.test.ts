// Type-level tests: `pnpm typecheck` (tsc over src, tests included) fails if these stop holding.
import type { CallCompletedData, EventMap, WebhookEvent } from '@voicehooks/contracts'
import { describe, expectTypeOf, it } from 'vitest'
import { SECRET } from '../test/deliveries.js'
import type { ReceiverError } from './errors.js'
import type { ErrorContext, ReceiveResult } from './receive-result.js'
import { constructEvent, type Webhook } from './webhook.js'
import { Webhooks } from './webhooks.js'

describe('handler types', () => {
  const hooks = new Webhooks({ secret: SECRET })

  it('types the event of on(type) from the contract', () => {
    hooks.on('call.completed', (event) => {
      expectTypeOf(event).toEqualTypeOf<WebhookEvent<'call.completed'>>()
      expectTypeOf(event.data).toEqualTypeOf<CallCompletedData>()
      expectTypeOf(event.type).toEqualTypeOf<'call.completed'>()
    })
    hooks.on('billing.low_balance', (event) => {
      expectTypeOf(event.data).toEqualTypeOf<EventMap['billing.low_balance']>()
      // @ts-expect-error a low-balance event has no transcript
      event.data.transcript
    })
  })

  it('refuses an event type that is not in the catalog', () => {
    // @ts-expect-error not an event type
    hooks.on('call.teleported', () => undefined)
  })

  it('gives onAny the union of every event, narrowed on type', () => {
    hooks.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<WebhookEvent>()
      if (event.type === 'call.completed') expectTypeOf(event.data).toEqualTypeOf<CallCompletedData>()
    })
  })

  it('types onError and receive()', () => {
    hooks.onError((error, context) => {
      expectTypeOf(error).toEqualTypeOf<ReceiverError>()
      expectTypeOf(context).toEqualTypeOf<ErrorContext>()
    })
    expectTypeOf(hooks.receive).returns.toEqualTypeOf<Promise<ReceiveResult>>()
    expectTypeOf<Extract<ReceiveResult, { status: 'accepted' }>['processing']>().toEqualTypeOf<
      Promise<void>
    >()
  })

  it('types what Webhook#verify() and constructEvent() return', () => {
    expectTypeOf<ReturnType<Webhook['verify']>>().toEqualTypeOf<WebhookEvent>()
    expectTypeOf(constructEvent).returns.toEqualTypeOf<WebhookEvent>()
    const narrow = (event: ReturnType<Webhook['verify']>) => {
      if (event.type === 'call.completed') expectTypeOf(event.data).toEqualTypeOf<CallCompletedData>()
    }
    expectTypeOf(narrow).toBeFunction()
  })
})
