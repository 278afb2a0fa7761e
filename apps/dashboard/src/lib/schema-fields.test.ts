import { describe, expect, it } from 'vitest'
import { schemaFields } from './schema-fields.js'

describe('schemaFields', () => {
  it('lists nested properties, array items and allOf parts with their flags', () => {
    const fields = schemaFields({
      type: 'object',
      required: ['call_id', 'cost'],
      allOf: [{ properties: { agent_id: { type: 'string', format: 'uuid' } }, required: ['agent_id'] }],
      properties: {
        call_id: { type: 'string', format: 'uuid', description: 'The call.' },
        cost: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } },
        transcript: {
          type: 'array',
          items: { type: 'object', properties: { text: { type: ['string', 'null'] } } },
        },
        status: { type: 'string', enum: ['ok', 'error'] },
      },
    })
    expect(fields.map((f) => [f.name, f.type, f.required, f.format ?? null])).toEqual([
      ['agent_id', 'string', true, 'uuid'],
      ['call_id', 'string', true, 'uuid'],
      ['cost', 'object', true, null],
      ['cost.amount', 'number', true, null],
      ['transcript', 'array of object', false, null],
      ['transcript[].text', 'string | null', false, null],
      ['status', 'string', false, null],
    ])
    expect(fields.find((f) => f.name === 'status')?.enum).toEqual(['ok', 'error'])
    expect(fields.find((f) => f.name === 'call_id')?.description).toBe('The call.')
  })

  it('answers nothing for what is not a schema', () => {
    expect(schemaFields(null)).toEqual([])
    expect(schemaFields({ type: 'string' })).toEqual([])
  })
})
