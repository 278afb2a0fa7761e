/**
 * The delivery queue (docs/architecture.md, "The queue"): the only module that writes `deliveries`
 * and `lanes`. Everything else asks it to enqueue, claim, complete, release, kill or requeue.
 */
export type { ClaimedDelivery, ClaimedWebhook } from './claim.js'
export type { AttemptRecord, Outcome, OutcomeKind } from './complete.js'
export { type CompletionResult, DeliveryQueue, type DeliveryQueueOptions } from './delivery-queue.js'
export { type DisabledWebhook, GONE_REASON } from './disable.js'
export type { FanOut, NewDelivery, NewEvent } from './enqueue.js'
export { breakerOpenFor, callbackLane, type Health, healthOf, type LanePolicy, webhookLane } from './lanes.js'
export type { FinishedStatus, ReplaySelection } from './requeue.js'
export { DELIVERIES_CHANNEL, QueueWake } from './wake.js'
