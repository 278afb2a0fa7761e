import { type Request, type RequestHandler, type Response, Router } from 'express'
import { buildEnvelope } from '../publish/envelope.js'
import { type FinishedStatus, replayDeliveries, requeueDelivery } from '../publish/requeue.js'
import { type ApiDeps, principalOf } from './context.js'
import {
  DELIVERY_STATUSES,
  type DeliveryRow,
  findDelivery,
  findEvent,
  listAttempts,
  listDeliveries,
  summarizeDeliveries,
} from './delivery-store.js'
import { Input, looksLikeId } from './input.js'
import { page, readPage } from './pagination.js'
import { inAgentScope } from './portal-scope.js'
import { ApiProblem, notFound } from './problem.js'
import { attemptJson, deliveryJson } from './represent.js'
import { route } from './routes.js'
import { findWebhook } from './webhook-store.js'
import { webhookOf } from './webhooks.js'

const REPLAYABLE: readonly FinishedStatus[] = ['delivered', 'failed', 'dead']

async function deliveryOf(deps: ApiDeps, req: Request, res: Response): Promise<DeliveryRow> {
  const id = String(req.params['delivery_id'])
  const row = looksLikeId(id, 'dlv') ? await findDelivery(deps.db, principalOf(res).accountId, id) : undefined
  if (!row || !inAgentScope(res, row.webhook_agent_id)) throw notFound('delivery', id)
  return row
}

/** Deliveries: a webhook's list, summary and replay, and one delivery with its attempts and retry. */
export function deliveriesRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()
  const { db } = deps

  route(router, '/v1/webhooks/:webhook_id/deliveries', guards, {
    async get(req, res) {
      const query = Input.query(req.query)
      const statuses = query.listOf('status', DELIVERY_STATUSES)
      const request = readPage(query)
      query.done()
      const webhook = await webhookOf(deps, req, res)
      const { rows, total } = await listDeliveries(db, {
        accountId: webhook.account_id,
        webhookId: webhook.id,
        statuses,
        ...request,
      })
      res.json(page(rows.map(deliveryJson), total, request))
    },
  })

  route(router, '/v1/webhooks/:webhook_id/deliveries/summary', guards, {
    async get(req, res) {
      const webhook = await webhookOf(deps, req, res)
      res.json(await summarizeDeliveries(db, webhook.account_id, webhook.id))
    },
  })

  route(router, '/v1/webhooks/:webhook_id/replay', guards, {
    async post(req, res) {
      const webhook = await webhookOf(deps, req, res)
      const input = Input.body(req.body, ['since', 'until', 'status'])
      const since = input.dateTime('since', { required: true })
      const until = input.dateTime('until')
      const statuses = input.listOf('status', REPLAYABLE) ?? ['failed', 'dead']
      if (input.ok && since && until && until <= since) input.refuse('until', 'must be after since')
      input.done()
      if (!webhook.active) {
        throw new ApiProblem('conflict', `Webhook ${webhook.id} is inactive; set active to true first.`)
      }
      const replayed = await db.transaction((tx) =>
        replayDeliveries(tx, {
          accountId: webhook.account_id,
          webhookId: webhook.id,
          since: since!,
          until,
          statuses,
        }),
      )
      if (replayed > 0) deps.wake?.()
      res.status(202).json({ replayed })
    },
  })

  route(router, '/v1/deliveries/:delivery_id', guards, {
    async get(req, res) {
      const delivery = await deliveryOf(deps, req, res)
      const [attempts, event] = await Promise.all([
        listAttempts(db, delivery.id),
        findEvent(db, delivery.event_id),
      ])
      res.json({
        ...deliveryJson(delivery),
        attempts: attempts.map(attemptJson),
        payload: event ? buildEnvelope(event, delivery.webhook_id) : {},
      })
    },
  })

  route(router, '/v1/deliveries/:delivery_id/retry', guards, {
    async post(req, res) {
      const delivery = await deliveryOf(deps, req, res)
      const webhook = await findWebhook(db, delivery.account_id, delivery.webhook_id)
      if (!webhook) {
        throw new ApiProblem(
          'conflict',
          `Delivery ${delivery.id} cannot be retried: its webhook was deleted.`,
        )
      }
      if (!webhook.active) {
        throw new ApiProblem(
          'conflict',
          `Webhook ${webhook.id} is inactive; set active to true before retrying.`,
        )
      }
      const queued = await db.transaction((tx) => requeueDelivery(tx, delivery.account_id, delivery.id))
      if (!queued) {
        throw new ApiProblem(
          'conflict',
          `Delivery ${delivery.id} is already queued or in flight (${delivery.status}).`,
        )
      }
      deps.wake?.()
      res.status(202).json(deliveryJson((await findDelivery(db, delivery.account_id, delivery.id))!))
    },
  })

  return router
}
