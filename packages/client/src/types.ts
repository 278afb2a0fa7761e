import type { components, operations } from '@voicehooks/contracts/management-api'

type Schemas = components['schemas']
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>

/** A registered webhook endpoint (its secret is never returned here). */
export type Webhook = Schemas['Webhook']
/** A webhook as created: `secret` is shown only in this answer. */
export type WebhookWithSecret = Schemas['WebhookWithSecret']
/** The body of `webhooks.create`. */
export type WebhookCreate = Schemas['WebhookCreate']
/** The body of `webhooks.update`: the fields to change. */
export type WebhookUpdate = Schemas['WebhookUpdate']
/** The answer of `webhooks.rotateSecret`: the new secret and when the previous one stops signing. */
export type RotateSecretResponse = Schemas['RotateSecretResponse']
/** The answer of `webhooks.test`. */
export type TestEventResponse = Schemas['TestEventResponse']
/** The signature scheme of an endpoint's compatibility header. */
export type SignatureScheme = Schemas['SignatureScheme']
/** One delivery of one event to one webhook. */
export type Delivery = Schemas['Delivery']
/** A delivery with every attempt and its payload. */
export type DeliveryDetail = Schemas['DeliveryDetail']
/** One attempt of a delivery. */
export type Attempt = Schemas['Attempt']
/** `pending` | `processing` | `delivered` | `failed` | `dead`. */
export type DeliveryStatus = Schemas['DeliveryStatus']
/** How many deliveries of a webhook are in each status. */
export type DeliverySummary = Schemas['DeliverySummary']
/** A webhook's recent deliveries counted per hour, with the success rate. */
export type DeliveryStats = Schemas['DeliveryStats']
/** One hour of {@link DeliveryStats}. */
export type DeliveryStatsBucket = Schemas['DeliveryStatsBucket']
/** The body of `webhooks.replay`. */
export type ReplayRequest = Schemas['ReplayRequest']
/** The answer of `webhooks.replay`: how many deliveries were queued again. */
export type ReplayResponse = Schemas['ReplayResponse']
/** The body of `events.send`. */
export type PublishEventRequest = Schemas['PublishEventRequest']
/** The answer of `events.send`. */
export type PublishEventResponse = Schemas['PublishEventResponse']
/** One event type of the catalog, with its data schema and an example. */
export type EventTypeInfo = Schemas['EventType']
/** The body of `calls.register`. */
export type CallRegistration = Schemas['CallRegistration']
/** A registered call. */
export type Call = Schemas['Call']
/** The body of `calls.reportStatus`. */
export type CallStatusReport = Schemas['CallStatusReport']
/** A call's status, `registered` to `completed`. */
export type CallStatus = Schemas['CallStatus']
/** The body of `portalSessions.create`: scope, lifetime and theme of a portal link. */
export type PortalSessionCreate = Schemas['PortalSessionCreate']
/** A portal link and its token (shown only when created). */
export type PortalSession = Schemas['PortalSession']
/** How a portal looks: title, logo, accent colour. */
export type PortalTheme = Schemas['PortalTheme']
/** The account and credential of a request (`me()`). */
export type Me = Schemas['Me']
/** An API key (never its secret value). */
export type ApiKey = Schemas['ApiKey']
/** An API key as created: `key` is shown only in this answer. */
export type ApiKeyWithSecret = Schemas['ApiKeyWithSecret']
/** The body of `apiKeys.create`. */
export type ApiKeyCreate = Schemas['ApiKeyCreate']
/** An account. */
export type Account = Schemas['Account']
/** The body of `accounts.create`. */
export type AccountCreate = Schemas['AccountCreate']
/** The answer of `accounts.create`: the account and its first API key. */
export type AccountCreated = Schemas['AccountCreated']
/** The answer of `health()`. */
export type Health = Schemas['Health']

/** Filters and page of `webhooks.list`. */
export type ListWebhooksParams = Query<'listWebhooks'>
/** Filters and page of `deliveries.list`. */
export type ListDeliveriesParams = Query<'listWebhookDeliveries'>
/** Filters, search and page of `deliveries.search` (across endpoints). */
export type SearchDeliveriesParams = Query<'listDeliveries'>
/** The window of `deliveries.stats`. */
export type DeliveryStatsParams = Query<'getWebhookDeliveryStats'>
/** Filters and page of `calls.list`. */
export type ListCallsParams = Query<'listCalls'>
/** Page of `events.types`. */
export type ListEventTypesParams = Query<'listEventTypes'>
/** Page of `apiKeys.list`. */
export type ListApiKeysParams = Query<'listApiKeys'>
