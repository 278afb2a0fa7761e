import { type RequestHandler, Router } from 'express'
import {
  type BatchEvent,
  MAX_BATCH,
  type PublishResult,
  publishBatch,
  publishEvent,
} from '../publish/publish.js'
import { type ApiDeps, principalOf } from './context.js'
import { Input } from './input.js'
import { route } from './routes.js'
import { EVENT_TYPE_NAME } from './webhook-input.js'

/** `POST /v1/events` and `POST /v1/events/batch`: validate against the contract, store and fan out in one transaction. */
export function eventsRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()

  route(router, '/v1/events', guards, {
    async post(req, res) {
      const input = Input.body(req.body, EVENT_FIELDS)
      const { type, data, idempotencyKey: bodyKey, occurredAt } = readEvent(input)
      const header = req.get('idempotency-key')
      if (header !== undefined && (header.length === 0 || header.length > 255)) {
        input.invalidParameter('Idempotency-Key', 'must be 1 to 255 characters')
      } else if (header !== undefined && bodyKey !== undefined && header !== bodyKey) {
        input.invalidParameter('Idempotency-Key', 'must equal the body’s idempotency_key when both are given')
      }
      input.done()
      const published = await publishEvent(deps.queue, deps.db, {
        accountId: principalOf(res).accountId,
        type: type!,
        data,
        idempotencyKey: bodyKey ?? header,
        occurredAt,
      })
      res.status(202).json(publishedJson(published))
    },
  })

  route(router, '/v1/events/batch', guards, {
    async post(req, res) {
      const input = Input.body(req.body, ['events'])
      const list = input.values['events']
      const events: BatchEvent[] = []
      if (list === undefined) input.invalid('events', 'is required')
      else if (!Array.isArray(list)) input.invalid('events', 'must be an array of events')
      else if (list.length === 0 || list.length > MAX_BATCH) {
        input.invalid('events', `must hold 1 to ${MAX_BATCH} events, not ${list.length}`)
      } else {
        list.forEach((item, index) => {
          if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            input.invalid(`/events/${index}`, 'must be an event object { type, data }')
            return
          }
          const one = Input.nested(item as Record<string, unknown>, EVENT_FIELDS, `/events/${index}`)
          const event = readEvent(one)
          input.merge(one)
          events.push({ ...event, type: event.type!, data: event.data })
        })
      }
      input.done()
      const published = await publishBatch(deps.queue, deps.db, principalOf(res).accountId, events)
      res.status(202).json({ data: published.map(publishedJson) })
    },
  })

  return router
}

const EVENT_FIELDS = ['type', 'data', 'idempotency_key', 'timestamp'] as const

/** Reads one event (the body of `POST /v1/events`, an item of a batch); problems go to `input`. */
function readEvent(input: Input) {
  return {
    type: input.string('type', {
      required: true,
      max: 100,
      pattern: EVENT_TYPE_NAME,
      patternMessage: 'must be an event type name such as call.completed',
    }),
    data: input.object('data', { required: true }),
    idempotencyKey: input.string('idempotency_key', { min: 1, max: 255 }),
    occurredAt: input.dateTime('timestamp'),
  }
}

function publishedJson(published: PublishResult) {
  return {
    id: published.id,
    type: published.type,
    deliveries: published.deliveries,
    duplicate: published.duplicate,
  }
}
