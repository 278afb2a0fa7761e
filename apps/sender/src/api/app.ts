import express, { type Express } from 'express'
import { dashboardRouter } from '../dashboard/dashboard-router.js'
import { accountsRouter } from './accounts.js'
import { apiKeysRouter } from './api-keys.js'
import { requireApiKey, requireApiKeyOrOperator, requireOperator } from './auth.js'
import { callListRouter } from './call-list.js'
import { callsRouter } from './calls.js'
import type { ApiDeps } from './context.js'
import { deliveriesRouter } from './deliveries.js'
import { deliverySearchRouter } from './delivery-search.js'
import { errorHandler, notFoundHandler } from './error-handler.js'
import { eventTypesRouter } from './event-types.js'
import { eventsRouter } from './events.js'
import { operationsRouter } from './operations.js'
import { portalSessionsRouter } from './portal-sessions.js'
import { RateLimiter, rateLimitGuards } from './rate-limit.js'
import { requestLog } from './request-log.js'
import { jsonBody } from './routes.js'
import { storableQuery } from './text-safety.js'
import { webhooksRouter } from './webhooks.js'

/**
 * The management API as an Express app: `/v1` routes (API key, or the operator token for
 * `/v1/accounts`), `/healthz`, `/metrics` and the `/dashboard` page. Every error is problem+json.
 * Each credential gets a token bucket (`config.apiRateLimit`): over it, `429` with `Retry-After`.
 */
export function createApiApp(deps: ApiDeps): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  app.use(requestLog(deps.logger))
  app.use(storableQuery)

  const options = deps.config.apiRateLimit
  // Checked before authentication too, so a key over its limit costs no database query.
  const limit = rateLimitGuards(options ? new RateLimiter(options) : undefined)
  const body = jsonBody(deps.config.bodyLimitBytes)
  // Authenticate before reading a body: an anonymous client cannot make the sender parse anything.
  const account = [limit.before, requireApiKey(deps.db), limit.after, body]
  const operator = [requireOperator(deps.config.operatorToken), limit.after, body]
  const operatorOrAccount = [
    limit.before,
    requireApiKeyOrOperator(deps.db, deps.config.operatorToken),
    limit.after,
    body,
  ]

  app.use(operationsRouter(deps))
  app.use(accountsRouter(deps, operator))
  app.use(webhooksRouter(deps, account))
  app.use(deliveriesRouter(deps, account))
  app.use(deliverySearchRouter(deps, account))
  app.use(eventsRouter(deps, account))
  app.use(eventTypesRouter(account))
  app.use(callListRouter(deps, account))
  app.use(callsRouter(deps, account))
  app.use(apiKeysRouter(deps, account))
  app.use(portalSessionsRouter(deps, operatorOrAccount, account))
  app.use('/dashboard', dashboardRouter())
  app.use(notFoundHandler)
  app.use(errorHandler(deps.logger))
  return app
}
