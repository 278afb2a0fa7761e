import type { Request, Response } from 'express'
import type { PortalScope } from '../accounts/portal-sessions.js'
import { principalOf } from './context.js'
import { ApiProblem } from './problem.js'

// What a portal token may do, by method and route pattern: manage webhooks and read their deliveries and
// the catalog. API keys, publishing, calls and new portal sessions stay with the platform.
const PORTAL_ROUTES = new Set([
  'GET /v1/me',
  'GET /v1/event-types',
  'GET /v1/webhooks',
  'POST /v1/webhooks',
  'GET /v1/webhooks/:webhook_id',
  'PATCH /v1/webhooks/:webhook_id',
  'DELETE /v1/webhooks/:webhook_id',
  'POST /v1/webhooks/:webhook_id/rotate-secret',
  'POST /v1/webhooks/:webhook_id/test',
  'POST /v1/webhooks/:webhook_id/replay',
  'GET /v1/webhooks/:webhook_id/deliveries',
  'GET /v1/webhooks/:webhook_id/deliveries/summary',
  'GET /v1/webhooks/:webhook_id/deliveries/stats',
  'GET /v1/deliveries',
  'GET /v1/deliveries/:delivery_id',
  'POST /v1/deliveries/:delivery_id/retry',
])

/** `403` unless a portal token may use this route (checked once the token is authenticated). */
export function assertPortalRoute(req: Request): void {
  const method = req.method === 'HEAD' ? 'GET' : req.method
  const pattern = (req.route as { path?: unknown } | undefined)?.path
  if (typeof pattern === 'string' && PORTAL_ROUTES.has(`${method} ${pattern}`)) return
  throw new ApiProblem('forbidden', `A portal session cannot use ${req.method} ${req.path}.`)
}

/** The portal scope of the request's credential; undefined for an API key. */
export function portalScopeOf(res: Response): PortalScope | undefined {
  return principalOf(res).portal
}

/** The agent a portal token is limited to; undefined when the credential sees every webhook. */
export function scopedAgentOf(res: Response): string | undefined {
  return principalOf(res).portal?.agentId ?? undefined
}

/** Whether a webhook of `agentId` is visible to the request (always, unless a portal limits the agent). */
export function inAgentScope(res: Response, agentId: string | null): boolean {
  const scoped = scopedAgentOf(res)
  return scoped === undefined || agentId === scoped
}

/** `403` when a portal limited to one agent is asked to set a webhook's `agent_id` to another. */
export function assertAgentInScope(res: Response, agentId: string | null | undefined): void {
  const scoped = scopedAgentOf(res)
  if (scoped === undefined || agentId === undefined || agentId === scoped) return
  throw new ApiProblem('forbidden', `This portal manages the webhooks of agent ${scoped} only.`, [
    { path: '/agent_id', message: `must be ${scoped}` },
  ])
}
