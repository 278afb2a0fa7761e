// A receiver typed and validated by another platform's contract. The contract here is written by
// hand in the shape codegen emits (its validators plain functions), so this package's tests need no
// codegen run; apps/sender/test/contract/fixture-platform.test.ts proves the generated one end to end.
import type { CompiledValidator, Contract } from '@voicehooks/contracts'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { freshId, now, SECRET, signEvent } from '../test/deliveries.js'
import type { ReceiveResult } from './receive-result.js'
import { Webhooks } from './webhooks.js'

interface AcmeEventMap {
  'invoice.paid': { invoice_id: string; amount_cents: number }
  'session.opened': { session_id: string }
}
type AcmeEvent = {
  [K in keyof AcmeEventMap]: { id: string; type: K; timestamp: string; data: AcmeEventMap[K] }
}[keyof AcmeEventMap]

/** A validator that reports `path` as failing unless `ok(value)`. */
function validator(ok: (value: Record<string, unknown>) => boolean, path: string): CompiledValidator {
  const validate: CompiledValidator = (value) => {
    const valid = typeof value === 'object' && value !== null && ok(value as Record<string, unknown>)
    validate.errors = valid
      ? null
      : [{ instancePath: path, schemaPath: '#', keyword: 'type', params: {}, message: 'is wrong' }]
    return valid
  }
  return validate
}

const paid: AcmeEvent = {
  id: freshId(),
  type: 'invoice.paid',
  timestamp: '2025-06-01T10:00:00Z',
  data: { invoice_id: 'inv_1', amount_cents: 1999 },
}
const opened: AcmeEvent = {
  id: freshId(),
  type: 'session.opened',
  timestamp: '2025-06-01T09:00:00Z',
  data: { session_id: 'ses_1' },
}

const acme: Contract<AcmeEventMap, AcmeEvent> = {
  title: 'Acme Voice webhooks',
  apiVersion: '2025-06-01',
  eventTypes: ['invoice.paid', 'session.opened'],
  catalog: [
    {
      name: 'invoice.paid',
      title: 'Invoice paid',
      summary: '',
      description: '',
      reserved: false,
      schema: {},
    },
    {
      name: 'session.opened',
      title: 'Session opened',
      summary: '',
      description: '',
      reserved: false,
      schema: {},
    },
  ],
  envelopeSchema: {},
  validators: {
    envelope: validator((e) => typeof e['id'] === 'string' && typeof e['type'] === 'string', '/id'),
    data: {
      'invoice.paid': validator((d) => typeof d['amount_cents'] === 'number', '/amount_cents'),
      'session.opened': validator((d) => typeof d['session_id'] === 'string', '/session_id'),
    },
  },
  examples: {
    'invoice.paid': [paid as Extract<AcmeEvent, { type: 'invoice.paid' }>],
    'session.opened': [opened as Extract<AcmeEvent, { type: 'session.opened' }>],
  },
  conventions: { headerPrefix: 'Acme', mirrorsType: false },
}

const silent = { error: () => undefined }

describe('new Webhooks({ secret, contract })', () => {
  it("types handlers by the contract's EventMap: a wrong field or type is a compile error", () => {
    const hooks = new Webhooks({ secret: SECRET, contract: acme })
    hooks.on('invoice.paid', (event) => {
      expectTypeOf(event.data).toEqualTypeOf<AcmeEventMap['invoice.paid']>()
      expectTypeOf(event.data.amount_cents).toEqualTypeOf<number>()
      // @ts-expect-error Acme's invoice.paid has no `amount` (it is `amount_cents`)
      event.data.amount
    })
    // @ts-expect-error call.completed is Voicehooks', not Acme's
    hooks.on('call.completed', () => undefined)
    hooks.onAny((event) => expectTypeOf(event).toEqualTypeOf<AcmeEvent>())
    expectTypeOf(hooks.receive).returns.toEqualTypeOf<Promise<ReceiveResult<AcmeEvent>>>()
  })

  it('validates with the contract, verifies its X-{Prefix}-* headers by default, and dispatches by type', async () => {
    const hooks = new Webhooks({
      secret: SECRET,
      contract: acme,
      scheme: 'hmac-sha256-hex',
      now,
      ackFirst: false,
      logger: silent,
    })
    const seen: number[] = []
    hooks.on('invoice.paid', (event) => void seen.push(event.data.amount_cents))
    const signed = signEvent({ ...paid }, { scheme: 'hmac-sha256-hex', prefix: 'Acme' })
    expect(Object.keys(signed.headers)).toContain('X-Acme-Signature')
    expect(await hooks.receive(signed.body, signed.headers)).toEqual({ status: 'processed', event: paid })
    expect(seen).toEqual([1999])

    const voicehooksStyle = signEvent({ ...paid, id: freshId() }, { scheme: 'hmac-sha256-hex' })
    await expect(hooks.receive(voicehooksStyle.body, voicehooksStyle.headers)).rejects.toMatchObject({
      code: 'invalid_signature',
    })
    const bad = { ...paid, id: freshId(), data: { invoice_id: 'inv_2' } }
    const signedBad = signEvent(bad, { scheme: 'hmac-sha256-hex', prefix: 'Acme' })
    await expect(hooks.receive(signedBad.body, signedBad.headers)).rejects.toMatchObject({
      code: 'contract_violation',
      issues: [{ path: '/data/amount_cents', message: 'is wrong', keyword: 'type' }],
    })
    const theirs = { id: freshId(), type: 'call.completed', timestamp: paid.timestamp, data: {} }
    const signedTheirs = signEvent(theirs, { scheme: 'hmac-sha256-hex', prefix: 'Acme' })
    expect(await hooks.receive(signedTheirs.body, signedTheirs.headers)).toMatchObject({
      status: 'ignored',
      reason: 'unknown_type',
    })
    expect(seen).toEqual([1999])
  })

  it('refuses something that is not a contract at construction', () => {
    expect(() => new Webhooks({ secret: SECRET, contract: {} as typeof acme })).toThrow(
      /`contract` must be a Contract/,
    )
  })
})
