import { generateSecret } from '@voicehooks/signing'
import { type Request, type RequestHandler, type Response, Router } from 'express'
import { senderContract, senderValidation } from '../contract/sender-contract.js'
import { newId } from '../ids.js'
import { publishEvent } from '../publish/publish.js'
import { type ApiDeps, principalOf } from './context.js'
import { Input, looksLikeId } from './input.js'
import { page, readPage } from './pagination.js'
import { assertAgentInScope, inAgentScope, scopedAgentOf } from './portal-scope.js'
import { ApiProblem, notFound } from './problem.js'
import { iso, webhookJson } from './represent.js'
import { route } from './routes.js'
import { EVENT_TYPE_NAME, readWebhookFields, WEBHOOK_FIELDS, type WebhookFields } from './webhook-input.js'
import { findWebhook, listWebhooks, WEBHOOK_COLUMNS, type WebhookRow } from './webhook-store.js'

const DEFAULT_GRACE_SECONDS = 86_400
const TEST_PING_MESSAGE =
  'This is a test event from Voicehooks. Respond with any 2xx status to acknowledge it.'

/** Which secret signs `X-{Prefix}-Signature` right after a rotation; null for the standard scheme, which has none. */
function compatibilitySecret(row: WebhookRow, graceful: boolean): 'previous' | 'current' | null {
  if (row.signature_scheme === 'standard') return null
  return graceful ? 'previous' : 'current'
}

/**
 * The account's webhook named by `:webhook_id`, or 404 (also for deleted ones, other accounts' and, for a
 * portal limited to one agent, other agents').
 */
export async function webhookOf(deps: ApiDeps, req: Request, res: Response): Promise<WebhookRow> {
  const id = String(req.params['webhook_id'])
  const row = looksLikeId(id, 'wh') ? await findWebhook(deps.db, principalOf(res).accountId, id) : undefined
  if (!row || !inAgentScope(res, row.agent_id)) throw notFound('webhook', id)
  return row
}

/** SQL `SET` assignments and their parameters for the given fields, numbered from `first`. */
function assignments(fields: WebhookFields, first: number): { sql: string[]; params: unknown[] } {
  const sql: string[] = []
  const params: unknown[] = []
  const set = (column: string, value: unknown, cast = '') => {
    params.push(value)
    sql.push(`${column} = $${first + params.length - 1}${cast}`)
  }
  if (fields.url !== undefined) set('url', fields.url)
  if (fields.description !== undefined) set('description', fields.description)
  if (fields.events !== undefined) set('events', fields.events, '::text[]')
  if (fields.agent_id !== undefined) set('agent_id', fields.agent_id)
  if (fields.signature_scheme !== undefined) set('signature_scheme', fields.signature_scheme)
  if (fields.headers !== undefined) set('headers', JSON.stringify(fields.headers), '::jsonb')
  if (fields.alert_email !== undefined) set('alert_email', fields.alert_email)
  if (fields.max_attempts !== undefined) set('max_attempts', fields.max_attempts)
  if (fields.rate_limit_per_second !== undefined) set('rate_limit_per_second', fields.rate_limit_per_second)
  if (fields.active !== undefined) {
    set('active', fields.active)
    // Turning an endpoint on again forgets why the sender turned it off.
    if (fields.active) sql.push('disabled_reason = NULL', 'disabled_at = NULL', 'consecutive_failures = 0')
  }
  return { sql, params }
}

/** Webhook CRUD, secret rotation and test events: `/v1/webhooks…`. */
export function webhooksRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()
  const { db, config, secretBox } = deps
  const fieldOptions = (create: boolean) => ({
    policy: config.targetPolicy,
    headerPrefix: config.headerPrefix,
    create,
  })

  route(router, '/v1/webhooks', guards, {
    async post(req, res) {
      const input = Input.body(req.body, WEBHOOK_FIELDS)
      const fields = readWebhookFields(input, fieldOptions(true))
      input.done()
      assertAgentInScope(res, fields.agent_id)
      fields.agent_id ??= scopedAgentOf(res)
      const secret = generateSecret()
      const { rows } = await db.query<WebhookRow>(
        `INSERT INTO webhooks (id, account_id, url, description, events, agent_id, active, signature_scheme, headers,
                               alert_email, max_attempts, rate_limit_per_second, secret_enc)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9::jsonb, $10, $11, $12, $13)
         RETURNING ${WEBHOOK_COLUMNS}`,
        [
          newId('wh'),
          principalOf(res).accountId,
          fields.url,
          fields.description ?? null,
          fields.events ?? null,
          fields.agent_id ?? null,
          fields.active ?? true,
          fields.signature_scheme ?? 'standard',
          JSON.stringify(fields.headers ?? {}),
          fields.alert_email ?? null,
          fields.max_attempts ?? 6,
          fields.rate_limit_per_second ?? null,
          secretBox.seal(secret),
        ],
      )
      res.status(201).json({ ...webhookJson(rows[0]!), secret })
    },
    async get(req, res) {
      const query = Input.query(req.query)
      const agentId = query.string('agent_id', { min: 1, max: 255 })
      const includeInactive = query.boolean('include_inactive') ?? false
      const request = readPage(query)
      query.done()
      assertAgentInScope(res, agentId)
      const { rows, total } = await listWebhooks(db, {
        accountId: principalOf(res).accountId,
        agentId: agentId ?? scopedAgentOf(res),
        includeInactive,
        ...request,
      })
      res.json(page(rows.map(webhookJson), total, request))
    },
  })

  route(router, '/v1/webhooks/:webhook_id', guards, {
    async get(req, res) {
      res.json(webhookJson(await webhookOf(deps, req, res)))
    },
    async patch(req, res) {
      const webhook = await webhookOf(deps, req, res)
      const input = Input.body(req.body ?? {}, WEBHOOK_FIELDS)
      const fields = readWebhookFields(input, fieldOptions(false))
      input.done()
      assertAgentInScope(res, fields.agent_id)
      const { sql, params } = assignments(fields, 3)
      const row = await db.transaction(async (tx) => {
        const { rows } = await tx.query<WebhookRow>(
          `UPDATE webhooks SET ${[...sql, 'updated_at = now()'].join(', ')}
           WHERE id = $1 AND account_id = $2 AND deleted_at IS NULL
           RETURNING ${WEBHOOK_COLUMNS}`,
          [webhook.id, webhook.account_id, ...params],
        )
        // Turned on again: its lane forgets the breaker and the streak that turned it off.
        if (rows[0] && fields.active === true && !webhook.active)
          await deps.queue.resetWebhook(tx, webhook.id)
        return rows[0]
      })
      if (!row) throw notFound('webhook', webhook.id)
      res.json(webhookJson(row))
    },
    async delete(req, res) {
      const webhook = await webhookOf(deps, req, res)
      const deleted = await db.transaction(async (tx) => {
        const gone = await tx.query(
          'UPDATE webhooks SET deleted_at = now(), updated_at = now() WHERE id = $1 AND deleted_at IS NULL',
          [webhook.id],
        )
        // A worker holding one of these loses its lease (lease_owner), so its result is discarded.
        await deps.queue.killWebhook(tx, webhook.id, 'endpoint deleted')
        return gone.rowCount > 0
      })
      if (!deleted) throw notFound('webhook', webhook.id)
      res.status(204).end()
    },
  })

  route(router, '/v1/webhooks/:webhook_id/rotate-secret', guards, {
    async post(req, res) {
      const webhook = await webhookOf(deps, req, res)
      const input = Input.body(req.body, ['grace_period_seconds'])
      const grace = input.integer('grace_period_seconds', { min: 0, max: 604_800 }) ?? DEFAULT_GRACE_SECONDS
      input.done()
      const secret = generateSecret()
      // One rotation at a time: a second one would retire the secret that compatibility receivers
      // still verify with (the X-{Prefix}-Signature header keeps the previous secret's digest).
      const { rows } = await db.query<WebhookRow>(
        `UPDATE webhooks SET previous_secret_enc = secret_enc, secret_enc = $3,
           previous_secret_expires_at = now() + $4::int * interval '1 second', updated_at = now()
         WHERE id = $1 AND account_id = $2 AND deleted_at IS NULL
           AND (previous_secret_expires_at IS NULL OR previous_secret_expires_at <= now())
         RETURNING ${WEBHOOK_COLUMNS}`,
        [webhook.id, webhook.account_id, secretBox.seal(secret), grace],
      )
      const row = rows[0]
      if (!row) {
        const current = await webhookOf(deps, req, res)
        throw new ApiProblem(
          'conflict',
          `Webhook ${current.id} is still rotating its secret until ${iso(current.previous_secret_expires_at!)}: ` +
            'promote the new secret first (POST /v1/webhooks/{webhook_id}/promote-secret), then rotate again.',
        )
      }
      res.json({
        ...webhookJson(row),
        secret,
        previous_secret_expires_at: iso(row.previous_secret_expires_at!),
        compatibility_signature_secret: compatibilitySecret(row, grace > 0),
      })
    },
  })

  route(router, '/v1/webhooks/:webhook_id/promote-secret', guards, {
    async post(req, res) {
      const webhook = await webhookOf(deps, req, res)
      Input.body(req.body, []).done()
      // Ends the grace period now: the previous secret stops signing, and the compatibility header
      // switches to the new secret.
      const { rows } = await db.query<WebhookRow>(
        `UPDATE webhooks SET previous_secret_enc = NULL, previous_secret_expires_at = NULL, updated_at = now()
         WHERE id = $1 AND account_id = $2 AND deleted_at IS NULL AND previous_secret_expires_at > now()
         RETURNING ${WEBHOOK_COLUMNS}`,
        [webhook.id, webhook.account_id],
      )
      if (!rows[0]) {
        throw new ApiProblem(
          'conflict',
          `Webhook ${webhook.id} has no secret rotation in progress to promote.`,
        )
      }
      res.json(webhookJson(rows[0]))
    },
  })

  route(router, '/v1/webhooks/:webhook_id/test', guards, {
    async post(req, res) {
      const webhook = await webhookOf(deps, req, res)
      const input = Input.body(req.body, ['type'])
      const type =
        input.string('type', {
          max: 100,
          pattern: EVENT_TYPE_NAME,
          patternMessage: 'must be an event type name such as call.completed',
        }) ?? 'test.ping'
      const { isEventType, isReservedEventType } = senderValidation()
      if (input.ok && !isEventType(type)) input.invalid('type', `${type} is not an event type of the catalog`)
      else if (input.ok && isReservedEventType(type))
        input.invalid('type', `${type} is reserved and cannot be sent yet`)
      input.done()
      if (!webhook.active) {
        throw new ApiProblem('conflict', `Webhook ${webhook.id} is inactive; set active to true first.`)
      }
      const data =
        type === 'test.ping'
          ? { message: TEST_PING_MESSAGE, webhook_id: webhook.id }
          : structuredClone((senderContract().examples[type]![0] as { data: unknown }).data)
      const published = await publishEvent(deps.queue, db, {
        accountId: webhook.account_id,
        type,
        data,
        onlyWebhookId: webhook.id,
      })
      const deliveryId = published.deliveryIds[0]
      if (!deliveryId) throw notFound('webhook', webhook.id) // deleted while we published
      res.status(202).json({ event_id: published.id, delivery_id: deliveryId })
    },
  })

  return router
}
