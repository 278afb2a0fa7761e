import type { Sql } from '@voicehooks/store'
import { type Request, type RequestHandler, type Response, Router } from 'express'
import { CALL_STATUSES, type CallAnalysis, type CallbackArgs, type CallRow } from '../calls/call-row.js'
import { listCallbackDeliveries } from '../calls/callback-deliveries.js'
import { registerCall } from '../calls/register-call.js'
import { reportCallStatus } from '../calls/report-status.js'
import { type ApiDeps, principalOf } from './context.js'
import { Input } from './input.js'
import { readOutboundHeaders, readQueryParams } from './outbound-headers.js'
import { page, readPage } from './pagination.js'
import { notFound } from './problem.js'
import { callbackDeliveryJson, callJson } from './represent.js'
import { route } from './routes.js'
import { readTargetUrl } from './webhook-input.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const E164 = /^\+[1-9]\d{1,14}$/
/** The largest value of an `integer` column; the API documents it as the field's maximum. */
const INT32_MAX = 2_147_483_647
const SENTIMENTS = ['positive', 'neutral', 'negative', 'mixed'] as const

function readCallbackArgs(input: Input, headerPrefix: string): CallbackArgs {
  const args = input.object('callback_args')
  if (!args) return {}
  for (const key of Object.keys(args)) {
    if (key !== 'headers' && key !== 'params') input.invalid(`/callback_args/${key}`, 'is not a known field')
  }
  const headers = readOutboundHeaders(input, args['headers'], '/callback_args/headers', headerPrefix)
  const params = readQueryParams(input, args['params'], '/callback_args/params')
  return { ...(headers ? { headers } : {}), ...(params ? { params } : {}) }
}

function readAnalysis(input: Input): CallAnalysis | undefined {
  const analysis = input.object('analysis')
  if (!analysis) return undefined
  const { summary, sentiment, extracted_data } = analysis
  if (typeof summary !== 'string') input.invalid('/analysis/summary', 'is required and must be a string')
  if (!SENTIMENTS.includes(sentiment as (typeof SENTIMENTS)[number])) {
    input.invalid('/analysis/sentiment', `must be one of: ${SENTIMENTS.join(', ')}`)
  }
  if (extracted_data === null || typeof extracted_data !== 'object' || Array.isArray(extracted_data)) {
    input.invalid('/analysis/extracted_data', 'is required and must be an object')
  }
  return analysis as CallAnalysis
}

async function callOf(db: Sql, req: Request, res: Response): Promise<CallRow> {
  const id = String(req.params['call_id'])
  if (!UUID.test(id)) throw notFound('call', id)
  const { rows } = await db.query<CallRow>('SELECT * FROM calls WHERE id = $1 AND account_id = $2', [
    id,
    principalOf(res).accountId,
  ])
  if (!rows[0]) throw notFound('call', id)
  return rows[0]
}

/** Calls whose status changes are called back: register, report status, read, list the callbacks. */
export function callsRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()
  const { db, config } = deps
  // A callback gets the same retry schedule as a webhook delivery.
  const callbackOptions = { maxAttempts: config.retrySchedule.length + 1 }

  route(router, '/v1/calls', guards, {
    async post(req, res) {
      const input = Input.body(req.body, [
        'callback_url',
        'callback_args',
        'custom_args_values',
        'agent_id',
        'from_number',
        'to_number',
        'direction',
      ])
      const callbackUrl = readTargetUrl(input, 'callback_url', config.targetPolicy, true)
      const callbackArgs = readCallbackArgs(input, config.headerPrefix)
      const customArgsValues = input.object('custom_args_values') ?? {}
      const agentId = input.string('agent_id', {
        required: true,
        pattern: UUID,
        patternMessage: 'must be a UUID',
      })
      const e164 = {
        required: true as const,
        pattern: E164,
        patternMessage: 'must be an E.164 number like +14155550123',
      }
      const fromNumber = input.string('from_number', e164)
      const toNumber = input.string('to_number', e164)
      const direction = input.oneOf('direction', ['inbound', 'outbound'] as const) ?? 'outbound'
      input.done()
      const call = await registerCall(
        db,
        {
          accountId: principalOf(res).accountId,
          agentId: agentId!,
          direction,
          fromNumber: fromNumber!,
          toNumber: toNumber!,
          callbackUrl: callbackUrl!,
          callbackArgs,
          customArgsValues,
        },
        callbackOptions,
      )
      deps.wake?.()
      res.status(201).json(callJson(call))
    },
  })

  route(router, '/v1/calls/:call_id', guards, {
    async get(req, res) {
      res.json(callJson(await callOf(db, req, res)))
    },
  })

  route(router, '/v1/calls/:call_id/callbacks', guards, {
    async get(req, res) {
      const query = Input.query(req.query)
      const request = readPage(query)
      query.done()
      const call = await callOf(db, req, res)
      const { rows, total } = await listCallbackDeliveries(db, {
        accountId: call.account_id,
        callId: call.id,
        ...request,
      })
      res.json(page(rows.map(callbackDeliveryJson), total, request))
    },
  })

  route(router, '/v1/calls/:call_id/status', guards, {
    async post(req, res) {
      const call = await callOf(db, req, res)
      const input = Input.body(req.body, [
        'status',
        'call_duration',
        'recording_url',
        'transcript',
        'retry',
        'analysis',
      ])
      const status = input.oneOf('status', CALL_STATUSES)
      if (!input.has('status')) input.invalid('status', 'is required')
      const callDuration = input.integer('call_duration', { min: 0, max: INT32_MAX })
      const recordingUrl = input.string('recording_url', { max: 2048 })
      if (recordingUrl !== undefined && !URL.canParse(recordingUrl))
        input.invalid('recording_url', 'must be a URI')
      const transcript = input.string('transcript')
      const retry = input.integer('retry', { min: 0, max: INT32_MAX })
      const analysis = readAnalysis(input)
      input.done()
      const updated = await reportCallStatus(
        db,
        {
          accountId: call.account_id,
          callId: call.id,
          report: { status: status!, callDuration, recordingUrl, transcript, retry, analysis },
        },
        callbackOptions,
      )
      deps.wake?.()
      res.status(202).json(callJson(updated))
    },
  })

  return router
}
