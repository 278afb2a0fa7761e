import type { Contract } from './contract.js'
import { apiVersion, catalogSpec, envelopeSchema, eventTypes } from './generated/catalog.js'
import { allExamples } from './generated/examples.js'
import type { EventMap, WebhookEvent } from './generated/types.js'
import { dataValidators, envelopeValidator } from './generated/validator-table.js'

/** Voicehooks' own contract. */
export type VoicehooksContract = Contract<EventMap, WebhookEvent>

/**
 * Voicehooks' own webhook contract (specs/asyncapi/webhooks.asyncapi.yaml), the default of every
 * receiver and sender that is given no other. The same shape `voicehooks-codegen generate` emits
 * for any platform's document.
 */
export const voicehooksContract: VoicehooksContract = {
  title: 'Voicehooks webhooks',
  apiVersion,
  eventTypes,
  catalog: catalogSpec,
  envelopeSchema,
  validators: { envelope: envelopeValidator, data: dataValidators },
  examples: allExamples,
  conventions: { headerPrefix: 'Voicehooks', mirrorsType: true },
}
