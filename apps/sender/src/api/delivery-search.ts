import { type RequestHandler, Router } from 'express'
import { type ApiDeps, principalOf } from './context.js'
import { DELIVERY_STATUSES, deliveryStats, searchDeliveries } from './delivery-store.js'
import { Input } from './input.js'
import { page, readPage } from './pagination.js'
import { scopedAgentOf } from './portal-scope.js'
import { deliveryJson } from './represent.js'
import { route } from './routes.js'
import { EVENT_TYPE_NAME } from './webhook-input.js'
import { webhookOf } from './webhooks.js'

const WEBHOOK_ID = /^wh_[0-9A-Za-z]{10,64}$/
const SEARCHABLE_ID = /^(dlv|evt)_[0-9A-Za-z]{10,64}$/

/** Reads a repeatable query parameter of event type names. */
function eventTypes(query: Input): string[] | undefined {
  const raw = query.values['event_type']
  if (raw === undefined) return undefined
  const list = Array.isArray(raw) ? raw : [raw]
  const good = list.filter(
    (v): v is string => typeof v === 'string' && v.length <= 100 && EVENT_TYPE_NAME.test(v),
  )
  if (good.length !== list.length || list.length === 0) {
    query.invalid('event_type', 'must be event type names such as call.completed')
    return undefined
  }
  if (new Set(good).size !== good.length) query.invalid('event_type', 'lists a type twice')
  return good
}

/**
 * Deliveries across endpoints (`GET /v1/deliveries`, filtered and searchable) and a webhook's
 * per-hour delivery counts for charts (`GET /v1/webhooks/{id}/deliveries/stats`).
 */
export function deliverySearchRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()
  const { db } = deps

  route(router, '/v1/deliveries', guards, {
    async get(req, res) {
      const query = Input.query(req.query)
      const webhookId = query.string('webhook_id', {
        pattern: WEBHOOK_ID,
        patternMessage: 'must be a webhook id (wh_…)',
      })
      const statuses = query.listOf('status', DELIVERY_STATUSES)
      const types = eventTypes(query)
      const since = query.dateTime('since')
      const until = query.dateTime('until')
      const search = query.string('search', { min: 1, max: 100 })
      const request = readPage(query)
      if (query.ok && since && until && until <= since) query.refuse('until', 'must be after since')
      query.done()
      // An id that cannot be one of ours matches nothing; answering an empty page keeps search boxes simple.
      const searchable = search === undefined || SEARCHABLE_ID.test(search.trim())
      const { rows, total } = searchable
        ? await searchDeliveries(db, {
            accountId: principalOf(res).accountId,
            webhookId,
            statuses,
            eventTypes: types,
            since,
            until,
            search: search?.trim(),
            agentId: scopedAgentOf(res),
            ...request,
          })
        : { rows: [], total: 0 }
      res.json(page(rows.map(deliveryJson), total, request))
    },
  })

  route(router, '/v1/webhooks/:webhook_id/deliveries/stats', guards, {
    async get(req, res) {
      const query = Input.query(req.query)
      const hours = query.integer('hours', { min: 1, max: 168 }) ?? 24
      query.done()
      const webhook = await webhookOf(deps, req, res)
      const stats = await deliveryStats(db, { accountId: webhook.account_id, webhookId: webhook.id, hours })
      const totals = { delivered: 0, failed: 0, pending: 0 }
      for (const bucket of stats.buckets) {
        totals.delivered += bucket.delivered
        totals.failed += bucket.failed
        totals.pending += bucket.pending
      }
      const finished = totals.delivered + totals.failed
      res.json({
        since: stats.since,
        until: stats.until,
        bucket_seconds: 3600,
        buckets: stats.buckets,
        ...totals,
        success_rate: finished === 0 ? null : Math.round((totals.delivered / finished) * 10_000) / 10_000,
      })
    },
  })

  return router
}
