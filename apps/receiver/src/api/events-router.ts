import { Router } from 'express'
import type { EventStore } from '../store/event-store.js'
import { sendProblem } from './problem.js'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 100

/**
 * What arrived: `GET /events?type=&limit=` (newest first, 1–100, default 20) and `GET /events/:id`
 * with the stored body and headers.
 */
export function eventsRouter(store: EventStore): Router {
  const router = Router()

  router.get('/events', async (req, res) => {
    const { type, limit: rawLimit } = req.query
    if (type !== undefined && (typeof type !== 'string' || type === '')) {
      sendProblem(res, 400, 'Invalid request', 'type must be one event type, e.g. ?type=call.completed', [
        { path: 'type', message: 'must be a single non-empty string' },
      ])
      return
    }
    let limit = DEFAULT_LIMIT
    if (rawLimit !== undefined) {
      limit = Number(rawLimit)
      if (typeof rawLimit !== 'string' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        sendProblem(res, 400, 'Invalid request', `limit must be a whole number from 1 to ${MAX_LIMIT}`, [
          {
            path: 'limit',
            message: `must be a whole number from 1 to ${MAX_LIMIT}, got ${JSON.stringify(rawLimit)}`,
          },
        ])
        return
      }
    }
    res.json({ data: await store.list({ type, limit }) })
  })

  router.get('/events/:id', async (req, res) => {
    const event = await store.get(req.params.id)
    if (event === undefined) {
      sendProblem(res, 404, 'Not found', `No event with id ${JSON.stringify(req.params.id)} was received`)
      return
    }
    res.json(event)
  })

  return router
}
