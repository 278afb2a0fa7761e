import { describe, expect, expectTypeOf, it } from 'vitest'
import type {
  ContractEvent,
  ContractEventMap,
  ContractEventType,
  EventMap,
  EventType,
  WebhookEvent,
} from './index.js'
import { type AnyContract, catalog, contractValidation, examples, voicehooksContract } from './index.js'

describe('voicehooksContract', () => {
  it('holds the same catalog, types and examples as the package exports', () => {
    expect(voicehooksContract.eventTypes).toEqual(catalog.map((e) => e.name))
    expect(voicehooksContract.conventions).toEqual({ headerPrefix: 'Voicehooks', mirrorsType: true })
    for (const entry of catalog) expect(voicehooksContract.examples[entry.name][0]).toEqual(entry.example)
  })

  it('validates every example of its own catalog, and names what breaks', () => {
    const validation = contractValidation(voicehooksContract)
    for (const type of voicehooksContract.eventTypes) {
      for (const example of voicehooksContract.examples[type])
        expect(validation.validateEvent(example).ok).toBe(true)
    }
    const bad = { ...examples['call.completed'], event: 'call.started' }
    expect(validation.validateEvent(bad)).toMatchObject({ ok: false, errors: [{ path: '/event' }] })
    const unknown = { ...examples['test.ping'], type: 'call.teleported', event: 'call.teleported' }
    expect(validation.validateEvent(unknown)).toMatchObject({ ok: false, reason: 'unknown_type' })
    expect(contractValidation(voicehooksContract)).toBe(validation) // built once per contract
  })

  it('checks `event` against `type` only for contracts whose envelope mirrors it', () => {
    const unmirrored: AnyContract = { ...voicehooksContract, conventions: { mirrorsType: false } }
    const event = { ...examples['test.ping'], event: 'something.else' }
    expect(contractValidation(unmirrored).validateEvent(event).ok).toBe(true)
    expect(contractValidation(voicehooksContract).validateEvent(event).ok).toBe(false)
  })

  it('types events, event types and the event map from the contract', () => {
    type C = typeof voicehooksContract
    expectTypeOf<ContractEventType<C>>().toEqualTypeOf<EventType>()
    expectTypeOf<ContractEventMap<C>>().toEqualTypeOf<EventMap>()
    expectTypeOf<ContractEvent<C, 'call.completed'>>().toEqualTypeOf<WebhookEvent<'call.completed'>>()
    const result = contractValidation(voicehooksContract).validateEvent(examples['call.completed'])
    if (result.ok && result.value.type === 'call.completed')
      expectTypeOf(result.value.data).toEqualTypeOf<EventMap['call.completed']>()
  })
})
