import { describe, expect, it } from 'vitest'
import { CALL_STATUSES, type CallStatus } from './call-row.js'
import { refuseTransition } from './transitions.js'

describe('call status transitions', () => {
  it.each<[CallStatus, CallStatus]>([
    ['registered', 'ongoing'],
    ['registered', 'completed'],
    ['registered', 'cancelled'],
    ['ongoing', 'ongoing'],
    ['ongoing', 'completed'],
    ['ongoing', 'failed'],
    ['ongoing', 'error'],
  ])('allows %s → %s', (from, to) => {
    expect(refuseTransition(from, to, false)).toBeUndefined()
  })

  it('never goes back to registered', () => {
    expect(refuseTransition('registered', 'registered', false)).toMatch(/registered/)
    expect(refuseTransition('ongoing', 'registered', false)).toMatch(/cannot go back/)
  })

  it('refuses every move out of an ended call but the analysis report', () => {
    for (const from of ['completed', 'failed', 'error', 'cancelled'] as const) {
      for (const to of CALL_STATUSES) {
        const allowed = from === 'completed' && to === 'completed'
        expect(refuseTransition(from, to, true) === undefined, `${from} → ${to}`).toBe(allowed)
        expect(refuseTransition(from, to, false)).toMatch(/already ended/)
      }
    }
  })
})
