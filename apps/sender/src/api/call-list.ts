import { type RequestHandler, Router } from 'express'
import { CALL_STATUSES } from '../calls/call-row.js'
import { listCalls } from '../calls/list-calls.js'
import { type ApiDeps, principalOf } from './context.js'
import { Input } from './input.js'
import { page, readPage } from './pagination.js'
import { callJson } from './represent.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * `GET /v1/calls`: the account's calls, newest first. Mounted before the calls router and without
 * `route()`, because `/v1/calls` also takes `POST` there and `route()` answers 405 for other methods.
 */
export function callListRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()
  router.get('/v1/calls', ...guards, async (req, res) => {
    const query = Input.query(req.query)
    const agentId = query.string('agent_id', { pattern: UUID, patternMessage: 'must be a UUID' })
    const statuses = query.listOf('status', CALL_STATUSES)
    const request = readPage(query)
    query.done()
    const { rows, total } = await listCalls(deps.db, {
      accountId: principalOf(res).accountId,
      agentId,
      statuses,
      ...request,
    })
    res.json(page(rows.map(callJson), total, request))
  })
  return router
}
