// Type-level tests: `pnpm typecheck` (tsc over src, tests included) fails if these stop holding;
// vitest runs the runtime half.
import { describe, expectTypeOf, it } from 'vitest'
import type { CallCompletedData, EventMap, EventType, WebhookEvent } from './index.js'
import { examples, validateEvent } from './index.js'

describe('generated types', () => {
  it("EventMap['call.completed'] carries the spec's fields", () => {
    expectTypeOf<EventMap['call.completed']>().toEqualTypeOf<CallCompletedData>()
    expectTypeOf<CallCompletedData>().toHaveProperty('call_id').toEqualTypeOf<string>()
    expectTypeOf<CallCompletedData>().toHaveProperty('duration_seconds')
    expectTypeOf<CallCompletedData>().toHaveProperty('transcript')
    expectTypeOf<CallCompletedData>().toHaveProperty('recording_url')
    expectTypeOf<CallCompletedData>().toHaveProperty('extracted_data')
    expectTypeOf<CallCompletedData>().toHaveProperty('custom_args_values')
    expectTypeOf<CallCompletedData['direction']>().toEqualTypeOf<'inbound' | 'outbound'>()
  })

  it('narrows the union on type', () => {
    const result = validateEvent(examples['call.completed'])
    if (!result.ok) throw new Error('example must validate')
    const event: WebhookEvent = result.value
    if (event.type === 'call.completed') {
      expectTypeOf(event.data).toEqualTypeOf<CallCompletedData>()
      expectTypeOf(event.event).toEqualTypeOf<'call.completed'>()
    }
    if (event.type === 'billing.low_balance') {
      expectTypeOf(event.data).toEqualTypeOf<EventMap['billing.low_balance']>()
      // @ts-expect-error a low-balance event has no transcript
      event.data.transcript
    }
  })

  it('examples are typed by their own event', () => {
    expectTypeOf(examples['agent.published']).toEqualTypeOf<WebhookEvent<'agent.published'>>()
    expectTypeOf<'call.completed'>().toExtend<EventType>()
    // @ts-expect-error not an event type
    expectTypeOf<'call.teleported'>().toExtend<EventType>()
  })
})
