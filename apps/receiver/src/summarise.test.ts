import { examples } from '@voicehooks/contracts'
import { describe, expect, it } from 'vitest'
import { summarise } from './summarise.js'

describe('summarise', () => {
  it('names the type, the id and the fields that identify what happened', () => {
    const event = examples['call.completed']
    const line = summarise(event)
    expect(line.startsWith(`call.completed ${event.id} call_id=${event.data.call_id}`)).toBe(true)
    expect(line).toContain(`duration_seconds=${event.data.duration_seconds}`)
    expect(line).not.toContain('\n')
  })

  it('summarises every catalog example on one line', () => {
    for (const event of Object.values(examples)) {
      const line = summarise(event)
      expect(line.split(' ').slice(0, 2)).toEqual([event.type, event.id])
      expect(line).not.toMatch(/[\n{]/)
    }
  })

  it('quotes values with spaces and cuts long ones', () => {
    const event = examples['appointment.created']
    const line = summarise({
      ...event,
      data: { ...event.data, customer_name: 'A'.repeat(20) + ' ' + 'B'.repeat(30) },
    })
    expect(line).toMatch(/customer_name="A{20} B{18}…"/)
  })
})
