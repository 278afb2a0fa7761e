import { type RequestHandler, Router } from 'express'
import { publishEvent } from '../publish/publish.js'
import { type ApiDeps, principalOf } from './context.js'
import { Input } from './input.js'
import { route } from './routes.js'
import { EVENT_TYPE_NAME } from './webhook-input.js'

/** `POST /v1/events`: validate against the contract, store and fan out in one transaction. */
export function eventsRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()

  route(router, '/v1/events', guards, {
    async post(req, res) {
      const input = Input.body(req.body, ['type', 'data', 'idempotency_key', 'timestamp'])
      const type = input.string('type', {
        required: true,
        max: 100,
        pattern: EVENT_TYPE_NAME,
        patternMessage: 'must be an event type name such as call.completed',
      })
      const data = input.object('data', { required: true })
      const bodyKey = input.string('idempotency_key', { min: 1, max: 255 })
      const occurredAt = input.dateTime('timestamp')
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
      res.status(202).json({
        id: published.id,
        type: published.type,
        deliveries: published.deliveries,
        duplicate: published.duplicate,
      })
    },
  })

  return router
}
