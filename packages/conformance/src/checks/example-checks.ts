import { catalog } from '@voicehooks/contracts'
import { type CheckDefinition, expectAccepted } from './check.js'

/** Every emitted (non-reserved) catalog example, correctly signed: each must be acknowledged in time. */
export function exampleChecks(): CheckDefinition[] {
  return catalog
    .filter((entry) => !entry.reserved)
    .map((entry) => ({
      name: entry.name,
      group: 'examples',
      async run(context) {
        const answer = await context.send(context.signed(context.event(entry.name)))
        return expectAccepted(answer, context.options.deadlineMs)
      },
    }))
}
