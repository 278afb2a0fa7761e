import { Router } from 'express'
import type { ApiDeps } from './context.js'
import { route } from './routes.js'

/** Unauthenticated probes: `GET /healthz` (checks the database) and `GET /metrics` (Prometheus). */
export function operationsRouter(deps: ApiDeps): Router {
  const router = Router()
  route(router, '/healthz', [], {
    async get(_req, res) {
      try {
        await deps.db.query('SELECT 1')
        res.json({ status: 'ok', database: 'ok' })
      } catch (error) {
        deps.logger.warn({ err: error }, 'health check: the database did not answer')
        res.status(503).json({ status: 'error', database: 'error' })
      }
    },
  })
  route(router, '/metrics', [], {
    async get(_req, res) {
      res.type(deps.metrics.contentType).send(await deps.metrics.render(deps.db))
    },
  })
  return router
}
