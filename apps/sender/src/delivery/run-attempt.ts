import { isUnavailable } from '@voicehooks/store'
import type { Logger } from 'pino'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import type {
  ClaimedDelivery,
  CompletionResult,
  DeliveryQueue,
  DisabledWebhook,
  Outcome,
} from '../queue/index.js'
import { healthOf } from '../queue/index.js'
import type { SecretBox } from '../security/secret-box.js'
import { type BuiltRequest, buildCallbackRequest, buildWebhookRequest } from './build-request.js'
import { decide } from './decide.js'
import type { HttpResult, HttpSender } from './http-sender.js'
import type { RetryAfterBounds } from './schedule.js'

/** What one attempt needs from the worker pool. */
export interface AttemptContext {
  queue: DeliveryQueue
  config: SenderConfig
  logger: Logger
  metrics: Metrics
  secretBox: SecretBox
  http: HttpSender
  workerId: string
  retryAfterBounds: RetryAfterBounds
  /** Asks the pool to look for due work again after `ms` (a retry this worker scheduled). */
  wakeAfter(ms: number): void
  /** An endpoint was disabled and its alert mail is due. */
  onDisabled(webhook: DisabledWebhook): void
}

/** An attempt that was sent (or refused before sending) and whose outcome is on its way to the queue. */
export interface AttemptRun {
  /** Resolves when the HTTP exchange is over: the worker's slot is free from then on. */
  sent: Promise<void>
  /** Resolves once the outcome is written (or the attempt was cut short by shutdown). Never rejects. */
  recorded: Promise<void>
}

/**
 * Attempts one claimed delivery: build and sign the request, send it, decide, and hand the outcome
 * to the queue, which writes it in a batch. The slot is free as soon as the answer is in, not when
 * the batch is written. Never throws: an outcome that cannot be written leaves the row claimed, and
 * the lease hands it to another worker.
 */
export function runAttempt(claimed: ClaimedDelivery, ctx: AttemptContext, signal: AbortSignal): AttemptRun {
  let release!: () => void
  const sent = new Promise<void>((resolve) => {
    release = resolve
  })
  const recorded = attempt(claimed, ctx, signal, release).finally(release)
  return { sent, recorded }
}

async function attempt(
  claimed: ClaimedDelivery,
  ctx: AttemptContext,
  signal: AbortSignal,
  sent: () => void,
): Promise<void> {
  const base = {
    deliveryId: claimed.id,
    lane: claimed.lane,
    webhookId: claimed.webhook?.id ?? null,
    attempt: claimed.attempt,
    workerId: ctx.workerId,
  }
  const log = () =>
    ctx.logger.child({ delivery_id: claimed.id, webhook_id: claimed.webhook?.id, attempt: claimed.attempt })
  try {
    const unsendable = whyUnsendable(claimed)
    if (unsendable !== undefined) {
      sent()
      const written = await ctx.queue.complete({ ...base, kind: 'dead', reason: unsendable })
      if (written.applied) {
        ctx.metrics.recordOutcome('dead')
        log().info({ reason: unsendable }, 'delivery dead without an attempt')
      }
      return
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
    sent()
    result ??= notSent('nothing to send')
    const decision = decide(result, {
      attempt: claimed.attempt,
      maxAttempts: claimed.max_attempts,
      retrySchedule: ctx.config.retrySchedule,
      retryJitter: ctx.config.retryJitter,
      retryAfterBounds: ctx.retryAfterBounds,
    })
    const outcome: Outcome = {
      ...base,
      kind: decision.kind,
      ...(decision.kind === 'retry' ? { delayMs: decision.delayMs } : {}),
      record: {
        startedAt,
        durationMs: result.durationMs,
        statusCode: result.statusCode,
        error: result.error,
        responseExcerpt: result.responseExcerpt,
        requestHeaders: outgoing?.recordedHeaders,
      },
      health: healthOf(result, ctx.queue.lanePolicy.fastMs),
    }
    report(await ctx.queue.complete(outcome), outcome, result, ctx, log)
  } catch (error) {
    sent()
    log()[isUnavailable(error) ? 'warn' : 'error'](
      { err: error },
      'attempt could not be recorded; the lease will hand the delivery to another worker',
    )
  }
}

function report(
  written: CompletionResult,
  outcome: Outcome,
  result: HttpResult,
  ctx: AttemptContext,
  log: () => Logger,
): void {
  const summary = { status_code: result.statusCode, duration_ms: result.durationMs, error: result.error }
  if (!written.applied) {
    log().warn(
      summary,
      'attempt finished after this worker lost the delivery (lease expired or endpoint disabled)',
    )
    return
  }
  switch (outcome.kind) {
    case 'delivered':
      ctx.metrics.recordOutcome('delivered')
      break
    case 'retry':
      ctx.metrics.recordOutcome('retry')
      ctx.wakeAfter(outcome.delayMs ?? 0)
      log().info({ ...summary, retry_in_ms: outcome.delayMs }, 'attempt failed, retry scheduled')
      break
    default:
      ctx.metrics.recordOutcome('failed')
      log().warn(
        summary,
        outcome.kind === 'gone' ? 'endpoint answered 410 Gone' : 'delivery failed: retries exhausted',
      )
  }
  if (written.disabled) {
    ctx.metrics.recordOutcome('dead', written.disabled.deadDeliveries)
    log().warn(
      { reason: written.disabled.reason, dead_deliveries: written.disabled.deadDeliveries },
      'webhook disabled',
    )
    ctx.onDisabled(written.disabled)
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
    timedOut: false,
  }
}
