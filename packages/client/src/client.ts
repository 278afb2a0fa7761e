import type { EventMap, EventType } from '@voicehooks/contracts'
import type { components, operations, paths } from '@voicehooks/contracts/management-api'
import type { Client } from 'openapi-fetch'
import * as openapiFetch from 'openapi-fetch'
import { unwrap } from './api-error.js'
import type { Page } from './page.js'
import { type RetryInfo, retryingFetch } from './retry-fetch.js'
import type {
  AccountCreate,
  AccountCreated,
  ApiKey,
  ApiKeyCreate,
  ApiKeyWithSecret,
  Call,
  CallRegistration,
  CallStatusReport,
  Delivery,
  DeliveryDetail,
  DeliveryStats,
  DeliveryStatsParams,
  DeliverySummary,
  EventTypeInfo,
  Health,
  ListApiKeysParams,
  ListCallsParams,
  ListDeliveriesParams,
  ListEventTypesParams,
  ListWebhooksParams,
  Me,
  PortalSession,
  PortalSessionCreate,
  PublishEventRequest,
  PublishEventResponse,
  ReplayRequest,
  ReplayResponse,
  RotateSecretResponse,
  SearchDeliveriesParams,
  TestEventResponse,
  Webhook,
  WebhookCreate,
  WebhookUpdate,
  WebhookWithSecret,
} from './types.js'
import { CLIENT_VERSION } from './version.js'

/**
 * openapi-fetch's factory. Its CommonJS build sets `exports.default`, which a `require`d namespace
 * shows as `default.default` (Node's view of CommonJS from ESM); its ESM build as `default`.
 */
const createFetchClient: typeof openapiFetch.default =
  typeof openapiFetch.default === 'function'
    ? openapiFetch.default
    : (openapiFetch.default as unknown as { default: typeof openapiFetch.default }).default

/** One callback delivery of a call: its status, attempts and the exact body POSTed to `callback_url`. */
export type CallbackDelivery = components['schemas']['CallbackDelivery']
/** The query of `calls.callbacks`: `offset` and `limit`. */
export type ListCallCallbacksParams = NonNullable<operations['listCallCallbacks']['parameters']['query']>

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Where the sender listens, e.g. `https://hooks.example.com` (a trailing `/v1` is accepted and ignored). */
  baseUrl: string
  /**
   * An account API key (`vhk_…`), sent as `Authorization: Bearer …`; a portal token (`vhp_…`) works the
   * same way within the portal's scope.
   */
  apiKey?: string | undefined
  /** A fetch to send requests with (default `globalThis.fetch`). */
  fetch?: ((input: Request) => Promise<Response>) | undefined
  /** Retries of 429/503 answers, and of network errors for idempotent requests (default 2). */
  retries?: number | undefined
  /** First retry delay in ms, doubled each retry, ±20 % jitter (default 500). A `Retry-After` header wins. */
  retryDelayMs?: number | undefined
  /** A `Retry-After` longer than this (ms) is not waited for: the error is thrown at once (default 60 000). */
  maxRetryDelayMs?: number | undefined
  /** Called before each retry wait. */
  onRetry?: ((info: RetryInfo) => void) | undefined
  /** Extra headers for every request. */
  headers?: Readonly<Record<string, string>> | undefined
}

/** An event to publish: typed by `type` from the contract. */
export type PublishEvent<T extends EventType = EventType> = Omit<PublishEventRequest, 'type' | 'data'> & {
  type: T
  data: EventMap[T]
}

/** The management API, one method per operation. Every method throws `VoicehooksApiError` on a non-2xx answer. */
export interface VoicehooksClient {
  webhooks: {
    /** `POST /v1/webhooks`: registers an endpoint; the answer's `secret` is shown only here. */
    create(body: WebhookCreate): Promise<WebhookWithSecret>
    /** `GET /v1/webhooks`: one page; use {@link paginate} for all. */
    list(params?: ListWebhooksParams): Promise<Page<Webhook>>
    /** `GET /v1/webhooks/{id}`. */
    get(id: string): Promise<Webhook>
    /** `PATCH /v1/webhooks/{id}`: changes the given fields (`active: false` pauses deliveries). */
    update(id: string, body: WebhookUpdate): Promise<Webhook>
    /** `DELETE /v1/webhooks/{id}`: its pending deliveries become `dead`. */
    delete(id: string): Promise<void>
    /** `POST /v1/webhooks/{id}/rotate-secret`: both secrets sign for `grace_period_seconds` (default one day). */
    rotateSecret(id: string, body?: { grace_period_seconds?: number }): Promise<RotateSecretResponse>
    /** `POST /v1/webhooks/{id}/test`: sends the catalog example of `type` (default `test.ping`) to this endpoint. */
    test(id: string, body?: { type?: string }): Promise<TestEventResponse>
    /** `POST /v1/webhooks/{id}/replay`: queues again the deliveries since a time (default statuses failed, dead). */
    replay(id: string, body: ReplayRequest): Promise<ReplayResponse>
  }
  deliveries: {
    /** `GET /v1/webhooks/{webhookId}/deliveries`: one page, newest first, optionally filtered by status. */
    list(webhookId: string, params?: ListDeliveriesParams): Promise<Page<Delivery>>
    /** `GET /v1/deliveries/{id}`: with every attempt and the payload. */
    get(id: string): Promise<DeliveryDetail>
    /** `POST /v1/deliveries/{id}/retry`: one more attempt now. */
    retry(id: string): Promise<Delivery>
    /** `GET /v1/webhooks/{webhookId}/deliveries/summary`: counts by status. */
    summary(webhookId: string): Promise<DeliverySummary>
    /**
     * `GET /v1/deliveries`: one page across every endpoint, newest first, filtered by `webhook_id`, `status`,
     * `event_type`, `since`/`until`, or found by `search` (a delivery or event id).
     */
    search(params?: SearchDeliveriesParams): Promise<Page<Delivery>>
    /** `GET /v1/webhooks/{webhookId}/deliveries/stats`: per-hour counts of the last `hours` (default 24). */
    stats(webhookId: string, params?: DeliveryStatsParams): Promise<DeliveryStats>
  }
  events: {
    /**
     * `POST /v1/events`: publishes an event to every subscribed endpoint. With `idempotency_key` the
     * request is also sent as `Idempotency-Key`, so it is retried safely after a network error.
     */
    send<T extends EventType>(body: PublishEvent<T>): Promise<PublishEventResponse>
    /**
     * `POST /v1/events/batch`: publishes 1 to 100 events in one request and one transaction (all or
     * none); one result per event, in order. Each event may carry its own `idempotency_key`.
     */
    sendBatch(events: readonly PublishEvent[]): Promise<PublishEventResponse[]>
    /** `GET /v1/event-types`: the catalog (one page of up to 100). */
    types(params?: ListEventTypesParams): Promise<Page<EventTypeInfo>>
  }
  apiKeys: {
    /** `POST /v1/api-keys`: the answer's `key` is shown only here. */
    create(body: ApiKeyCreate): Promise<ApiKeyWithSecret>
    /** `GET /v1/api-keys`: revoked keys included. */
    list(params?: ListApiKeysParams): Promise<Page<ApiKey>>
    /** `DELETE /v1/api-keys/{id}`. */
    revoke(id: string): Promise<void>
  }
  accounts: {
    /** `POST /v1/accounts` (operator only): the account and its first API key. */
    create(body: AccountCreate, auth: { operatorToken: string }): Promise<AccountCreated>
  }
  calls: {
    /** `POST /v1/calls`: status changes are then POSTed to `callback_url`. */
    register(body: CallRegistration): Promise<Call>
    /** `GET /v1/calls/{id}`. */
    get(id: string): Promise<Call>
    /** `POST /v1/calls/{id}/status`: records a status change and queues its callback. */
    reportStatus(id: string, body: CallStatusReport): Promise<Call>
    /** `GET /v1/calls/{id}/callbacks`: one page of the call's callback deliveries, newest first, with attempts. */
    callbacks(callId: string, params?: ListCallCallbacksParams): Promise<Page<CallbackDelivery>>
    /** `GET /v1/calls`: one page of the account's calls, newest first, by `agent_id` and `status`. */
    list(params?: ListCallsParams): Promise<Page<Call>>
  }
  portalSessions: {
    /**
     * `POST /v1/portal-sessions`: a short-lived dashboard link for one account (optionally one agent's
     * webhooks). With an API key it is for the key's account; pass `{ operatorToken }` to name any account.
     */
    create(body: PortalSessionCreate, auth?: { operatorToken: string }): Promise<PortalSession>
  }
  /** `GET /v1/me`: the account and credential of this client (and a portal's scope and theme). */
  me(): Promise<Me>
  /** `GET /healthz`: resolves for 200 and for 503 (both carry the health document). */
  health(): Promise<Health>
  /** `GET /metrics`: Prometheus text. */
  metrics(): Promise<string>
  /** The underlying openapi-fetch client (same base URL, auth and retries) for anything not wrapped. */
  readonly raw: Client<paths>
}

function normaliseBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')
}

/**
 * Creates a typed client of the management API.
 *
 * @example
 * ```ts
 * import { createClient, paginate } from '@voicehooks/client'
 *
 * const client = createClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: process.env.VOICEHOOKS_API_KEY })
 * const { id, secret } = await client.webhooks.create({ url: 'https://example.com/hooks', events: ['call.completed'] })
 * await client.events.send({ type: 'test.ping', data: { message: 'hi', webhook_id: id } })
 * for await (const d of paginate((p: ListDeliveriesParams) => client.deliveries.list(id, p), { status: ['failed'] })) console.log(d.id)
 * ```
 */
export function createClient(options: ClientOptions): VoicehooksClient {
  const headers: Record<string, string> = {
    'user-agent': `voicehooks-client/${CLIENT_VERSION}`,
    ...options.headers,
  }
  if (options.apiKey) headers['authorization'] = `Bearer ${options.apiKey}`
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request))
  const raw = createFetchClient<paths>({
    baseUrl: normaliseBaseUrl(options.baseUrl),
    headers,
    fetch: retryingFetch(baseFetch, {
      retries: options.retries ?? 2,
      retryDelayMs: options.retryDelayMs ?? 500,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
      onRetry: options.onRetry,
    }),
  })
  const webhook = (id: string) => ({ params: { path: { webhook_id: id } } })
  const delivery = (id: string) => ({ params: { path: { delivery_id: id } } })
  const call = (id: string) => ({ params: { path: { call_id: id } } })

  return {
    raw,
    webhooks: {
      create: (body) => unwrap(raw.POST('/v1/webhooks', { body })),
      list: (params = {}) => unwrap(raw.GET('/v1/webhooks', { params: { query: params } })),
      get: (id) => unwrap(raw.GET('/v1/webhooks/{webhook_id}', webhook(id))),
      update: (id, body) => unwrap(raw.PATCH('/v1/webhooks/{webhook_id}', { ...webhook(id), body })),
      delete: (id) => unwrap(raw.DELETE('/v1/webhooks/{webhook_id}', webhook(id))),
      rotateSecret: (id, body = {}) =>
        unwrap(raw.POST('/v1/webhooks/{webhook_id}/rotate-secret', { ...webhook(id), body })),
      test: (id, body = {}) => unwrap(raw.POST('/v1/webhooks/{webhook_id}/test', { ...webhook(id), body })),
      replay: (id, body) => unwrap(raw.POST('/v1/webhooks/{webhook_id}/replay', { ...webhook(id), body })),
    },
    deliveries: {
      list: (webhookId, params = {}) =>
        unwrap(
          raw.GET('/v1/webhooks/{webhook_id}/deliveries', {
            params: { ...webhook(webhookId).params, query: params },
          }),
        ),
      get: (id) => unwrap(raw.GET('/v1/deliveries/{delivery_id}', delivery(id))),
      retry: (id) => unwrap(raw.POST('/v1/deliveries/{delivery_id}/retry', delivery(id))),
      summary: (webhookId) =>
        unwrap(raw.GET('/v1/webhooks/{webhook_id}/deliveries/summary', webhook(webhookId))),
      search: (params = {}) => unwrap(raw.GET('/v1/deliveries', { params: { query: params } })),
      stats: (webhookId, params = {}) =>
        unwrap(
          raw.GET('/v1/webhooks/{webhook_id}/deliveries/stats', {
            params: { ...webhook(webhookId).params, query: params },
          }),
        ),
    },
    events: {
      send: (body) =>
        unwrap(
          raw.POST('/v1/events', {
            // Generated data interfaces have no index signature, so they need a cast to the spec's open object.
            body: body as unknown as PublishEventRequest,
            params: { header: body.idempotency_key ? { 'Idempotency-Key': body.idempotency_key } : {} },
          }),
        ),
      sendBatch: async (events) =>
        (
          await unwrap(
            raw.POST('/v1/events/batch', {
              body: { events: events as unknown as PublishEventRequest[] },
            }),
          )
        ).data,
      types: (params = {}) => unwrap(raw.GET('/v1/event-types', { params: { query: params } })),
    },
    apiKeys: {
      create: (body) => unwrap(raw.POST('/v1/api-keys', { body })),
      list: (params = {}) => unwrap(raw.GET('/v1/api-keys', { params: { query: params } })),
      revoke: (id) =>
        unwrap(raw.DELETE('/v1/api-keys/{api_key_id}', { params: { path: { api_key_id: id } } })),
    },
    accounts: {
      create: (body, auth) =>
        unwrap(
          raw.POST('/v1/accounts', { body, headers: { authorization: `Bearer ${auth.operatorToken}` } }),
        ),
    },
    calls: {
      register: (body) => unwrap(raw.POST('/v1/calls', { body })),
      get: (id) => unwrap(raw.GET('/v1/calls/{call_id}', call(id))),
      reportStatus: (id, body) => unwrap(raw.POST('/v1/calls/{call_id}/status', { ...call(id), body })),
      callbacks: (callId, params = {}) =>
        unwrap(
          raw.GET('/v1/calls/{call_id}/callbacks', { params: { ...call(callId).params, query: params } }),
        ),
      list: (params = {}) => unwrap(raw.GET('/v1/calls', { params: { query: params } })),
    },
    portalSessions: {
      create: (body, auth) =>
        unwrap(
          raw.POST('/v1/portal-sessions', {
            body,
            ...(auth ? { headers: { authorization: `Bearer ${auth.operatorToken}` } } : {}),
          }),
        ),
    },
    me: () => unwrap(raw.GET('/v1/me')),
    async health() {
      const { data, error, response } = await raw.GET('/healthz')
      if (response.status === 503 && error) return error as Health
      return unwrap(Promise.resolve({ data, error, response }))
    },
    metrics: () => unwrap(raw.GET('/metrics', { parseAs: 'text' })),
  }
}
