import { type Database, isUnavailable } from '@voicehooks/store'
import type { Logger } from 'pino'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import type { SecretBox } from '../security/secret-box.js'
import { type BuiltRequest, buildCallbackRequest, buildWebhookRequest } from './build-request.js'
import type { ClaimedDelivery } from './claim.js'
import { decide } from './decide.js'
import type { DisabledWebhook } from './disable.js'
import type { HttpResult, HttpSender } from './http-sender.js'
import type { OutcomeBatcher } from './outcome-batcher.js'
import type { RateLimiter } from './rate-limiter.js'
import { deferClaim, markDead } from './record-attempt.js'
import type { RetryAfterBounds } from './schedule.js'

/** What one attempt needs from the worker pool. */
export interface AttemptContext {
  db: Database
  config: SenderConfig
  logger: Logger
  metrics: Metrics
  secretBox: SecretBox
  http: HttpSender
  workerId: string
  retryAfterBounds: RetryAfterBounds
  /** This process's buckets for endpoints with a `rate_limit_per_second`. */
  rateLimiter: RateLimiter
  /** Writes attempts' outcomes, the hot ones in batches. */
  outcomes: OutcomeBatcher
  /** Asks the pool to look for due work again after `ms` (a retry this worker scheduled). */
  wakeAfter(ms: number): void
  /** An endpoint was disabled and its alert mail is due. */
  onDisabled(webhook: DisabledWebhook): void
}

/**
 * Attempts one claimed delivery: build and sign the request, send it, decide, record. Never
 * throws: a failure to record leaves the row claimed, and the lease hands it to another worker.
 */
export async function runAttempt(
  claimed: ClaimedDelivery,
  ctx: AttemptContext,
  signal: AbortSignal,
): Promise<void> {
  const log = ctx.logger.child({
    delivery_id: claimed.id,
    webhook_id: claimed.webhook?.id,
    attempt: claimed.attempt,
  })
  try {
    const unsendable = whyUnsendable(claimed)
    if (unsendable !== undefined) {
      if (await markDead(ctx.db, claimed.id, ctx.workerId, claimed.attempt, unsendable)) {
        ctx.metrics.recordOutcome('dead')
        log.info({ reason: unsendable }, 'delivery dead without an attempt')
      }
      return
    }
    const rate = claimed.webhook?.rate_limit_per_second ?? null
    if (rate !== null) {
      const waitMs = ctx.rateLimiter.take(claimed.webhook!.id, rate)
      if (waitMs > 0) {
        // No token: back to the queue for when the next one is due, not a slot held waiting for it.
        // The pool skips this endpoint meanwhile, so its backlog does not crowd out other endpoints.
        if (await deferClaim(ctx.db, claimed.id, ctx.workerId, claimed.attempt, waitMs)) {
          ctx.wakeAfter(waitMs)
          log.debug(
            { rate_limit_per_second: rate, retry_in_ms: waitMs },
            'rate limited, returned to the queue',
          )
        }
        return
      }
    }
    const startedAt = new Date()
    let result: HttpResult | undefined
    let outgoing: BuiltRequest | undefined
    try {
      outgoing = buildRequest(claimed, ctx)
    } catch (error) {
      result = notSent(`cannot build the request: ${(error as Error).message}`)
    }
    if (outgoing) {
      result = await ctx.http.send(outgoing, signal)
      // Shutdown cut the attempt short: nothing is recorded, and stop() gives the row back.
      if (result.aborted) return
      ctx.metrics.observeAttempt(result.durationMs)
    }
    result ??= notSent('nothing to send')
    const decision = decide(result, {
      attempt: claimed.attempt,
      maxAttempts: claimed.max_attempts,
      retrySchedule: ctx.config.retrySchedule,
      retryJitter: ctx.config.retryJitter,
      retryAfterBounds: ctx.retryAfterBounds,
    })
    const recorded = await ctx.outcomes.record(
      {
        deliveryId: claimed.id,
        webhookId: claimed.webhook?.id ?? null,
        attempt: claimed.attempt,
        workerId: ctx.workerId,
        startedAt,
        durationMs: result.durationMs,
        statusCode: result.statusCode,
        error: result.error,
        responseExcerpt: result.responseExcerpt,
        requestHeaders: outgoing?.recordedHeaders,
      },
      decision,
    )
    const summary = { status_code: result.statusCode, duration_ms: result.durationMs, error: result.error }
    if (!recorded.applied) {
      log.warn(
        summary,
        'attempt finished after this worker lost the delivery (lease expired or endpoint disabled)',
      )
      return
    }
    switch (decision.kind) {
      case 'delivered':
        ctx.metrics.recordOutcome('delivered')
        log.debug(summary, 'delivered')
        break
      case 'retry':
        ctx.metrics.recordOutcome('retry')
        ctx.wakeAfter(decision.delayMs)
        log.info({ ...summary, retry_in_ms: decision.delayMs }, 'attempt failed, retry scheduled')
        break
      default:
        ctx.metrics.recordOutcome('failed')
        log.warn(
          summary,
          decision.kind === 'gone' ? 'endpoint answered 410 Gone' : 'delivery failed: retries exhausted',
        )
    }
    if (recorded.disabled) {
      ctx.metrics.recordOutcome('dead', recorded.disabled.deadDeliveries)
      log.warn(
        { reason: recorded.disabled.reason, dead_deliveries: recorded.disabled.deadDeliveries },
        'webhook disabled',
      )
      ctx.onDisabled(recorded.disabled)
    }
  } catch (error) {
    log[isUnavailable(error) ? 'warn' : 'error'](
      { err: error },
      'attempt could not be recorded; the lease will hand the delivery to another worker',
    )
  }
}

function whyUnsendable(claimed: ClaimedDelivery): string | undefined {
  if (claimed.kind === 'callback') return claimed.call ? undefined : 'call deleted'
  if (!claimed.webhook || claimed.webhook.deleted) return 'endpoint deleted'
  if (!claimed.webhook.active) return 'endpoint disabled'
  if (!claimed.event) return 'event deleted'
  return undefined
}

function buildRequest(claimed: ClaimedDelivery, ctx: AttemptContext): BuiltRequest {
  const timestamp = Math.floor(Date.now() / 1000)
  const prefix = ctx.config.headerPrefix
  if (claimed.kind === 'callback') {
    const call = claimed.call!
    return buildCallbackRequest({
      deliveryId: claimed.id,
      attempt: claimed.attempt,
      callbackUrl: call.callback_url,
      callbackArgs: call.callback_args,
      payload: claimed.payload,
      prefix,
      timestamp,
    })
  }
  const webhook = claimed.webhook!
  const secret = ctx.secretBox.open(webhook.secret_enc)
  const previousSecret = webhook.previous_secret_enc
    ? ctx.secretBox.open(webhook.previous_secret_enc)
    : undefined
  return buildWebhookRequest({
    deliveryId: claimed.id,
    attempt: claimed.attempt,
    event: claimed.event!,
    webhook,
    secret,
    previousSecret,
    prefix,
    timestamp,
  })
}

function notSent(error: string): HttpResult {
  return {
    ok: false,
    statusCode: undefined,
    durationMs: 0,
    error,
    responseExcerpt: undefined,
    retryAfter: undefined,
    aborted: false,
  }
}
