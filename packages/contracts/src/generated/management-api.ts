// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Management API types (openapi-typescript): made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Liveness and readiness in one: `200` when the sender can reach its database, `503` (same body, with `error`) when it cannot. Not authenticated.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description The sender's metrics in the Prometheus text exposition format (version 0.0.4): deliveries by status, attempt durations, queue depth. Not authenticated: expose it only to the scraper.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account (operator)
         * @description Operator only: authenticated with the deployment's operator token, not an API key. Creates an account and its first API key (shown only here) and emits `auth.welcome`. An e-mail address that already has an account answers `409`.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the account's API keys, newest first, revoked ones included (with `revoked_at` set).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key for this account and answers with the key itself, shown only here. Emits `system.api_key_created` (with the prefix, never the key).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (`key_…`), not the key itself. Not in this account answers `404`.
                 * @example key_01KERKG4010J4ZQ0C4T2BNV8SX
                 */
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key at once (it may be the key making this request) and emits `system.api_key_revoked`. Revoking a key that is already revoked changes nothing and answers `204` again.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calls
         * @description The account's registered calls, newest first, optionally of one agent or in some statuses.
         */
        get: operations["listCalls"];
        put?: never;
        /**
         * Register a call for status callbacks
         * @description Registers a call (status `registered`) and where to report it: every status change reported with
         *     `POST /v1/calls/{call_id}/status` is POSTed to `callback_url` as the call-status envelope of
         *     `call-callbacks.asyncapi.yaml`, with `callback_args.headers` added to the request and
         *     `callback_args.params` added to the query string. The same URL rules as for webhooks apply.
         */
        post: operations["registerCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{call_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's id (a UUID). An id that is malformed or not in this account answers `404`.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                call_id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        /**
         * Get a call
         * @description Returns a registered call and what is known of it so far.
         */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{call_id}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's id (a UUID). An id that is malformed or not in this account answers `404`.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                call_id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        /**
         * List a call's callbacks
         * @description The call's callback deliveries, newest first: one per reported status change (and the registration), each with the exact body POSTed to `callback_url` and every attempt so far. Callbacks are retried on the same schedule as webhook deliveries.
         */
        get: operations["listCallCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{call_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's id (a UUID). An id that is malformed or not in this account answers `404`.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                call_id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a call's status
         * @description The call engine reports a status change; the sender records it and queues a callback to the call's
         *     `callback_url`. Calls move `registered` → `ongoing` → `completed`; `failed`, `error` and `cancelled`
         *     end a call from `registered` or `ongoing`. A report that would move an ended call answers `409`,
         *     except one more `completed` report carrying `analysis` on a completed call, which sends the analysis
         *     callback.
         */
        post: operations["reportCallStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deliveries across webhooks
         * @description Lists the account's webhook deliveries across every endpoint (deleted ones included), newest first, filtered by endpoint, status, event type and creation time, or found by id: `search` matches a delivery id (`dlv_…`) or an event id (`evt_…`, every delivery of that event) exactly. Attempts are not included: get one delivery for them. With a portal token scoped to an agent, only deliveries to that agent's webhooks are listed.
         */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The delivery's id (`dlv_…`). An id that is malformed or not in this account answers `404`.
                 * @example dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        /**
         * Get a delivery with its attempts
         * @description Returns one delivery, every attempt made so far (oldest first) and the event envelope it sends. Deliveries of deleted webhooks stay readable.
         */
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The delivery's id (`dlv_…`). An id that is malformed or not in this account answers `404`.
                 * @example dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a delivery now
         * @description Queues one more attempt of this delivery at once, outside its retry schedule: it becomes `pending`
         *     and, if that attempt fails, goes back to `failed` without further automatic retries (so
         *     `attempt_count` can exceed `max_attempts`). Any finished delivery (`delivered`, `failed`, `dead`) can
         *     be retried; one that is `pending` or `processing` answers `409`, as does one whose webhook is deleted
         *     or inactive.
         */
        post: operations["retryDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the event catalog
         * @description Every event type in the contract, in catalog order, with its `data` JSON Schema and an example, reserved ones included (marked `reserved: true`). The catalog fits in one page of `limit=100`.
         */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an event
         * @description Validates `data` against the event type's contract, stores the event and one delivery per active
         *     webhook that subscribes to it, in one transaction, and answers before anything is sent. A webhook
         *     with an `agent_id` only receives events whose `data.agent_id` equals it. Data that breaks the
         *     contract answers `422` with every failing path (`/data/…`); an unknown type, or a reserved one that is
         *     not enabled, answers `400` at `/type`. See "Idempotency" above for `Idempotency-Key`.
         */
        post: operations["publishEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish up to 100 events at once
         * @description Publishes 1 to 100 events in one request and one transaction: every event is validated first, and
         *     if any is refused nothing is stored (`422` with every failing path, under `/events/{index}/…`, such
         *     as `/events/3/data/call_id`; an unknown or reserved type answers `400` at `/events/{index}/type`).
         *     Otherwise every event is stored with its deliveries, as `POST /v1/events` stores one, and the
         *     answer lists one result per event, in the order sent. Each event may carry its own
         *     `idempotency_key`: a key used before (in an earlier request, or earlier in this batch) for the same
         *     type and data is a duplicate (`duplicate: true`, the first event's `id`, no deliveries); used for
         *     different data, the whole batch answers `409` at that event's `idempotency_key`. The
         *     `Idempotency-Key` header does not apply to batches.
         */
        post: operations["publishEventBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the credential of this request
         * @description The account the request's credential belongs to, which credential it is (an API key or a portal session) and, for a portal session, its scope, expiry and theme. The dashboard calls it to sign in.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer-portal link
         * @description Creates a short-lived link to the dashboard limited to one account and, with `agent_id`, to the
         *     webhooks of that agent: hand it to the account's owner (or embed it) so they manage their endpoints
         *     and read their deliveries without ever seeing an API key. The answer's `url` opens the dashboard;
         *     its token travels in the URL's fragment, so it is not sent to servers or logged by proxies, and the
         *     dashboard removes it from the address bar. The token is shown only here; the sender stores its hash.
         *
         *     With the operator token, name the account in `account_id`. With an account API key, the session is
         *     for the key's account (`account_id`, if given, must be it).
         *
         *     The token (`vhp_…`) is a bearer credential for the management API until `expires_at`, limited to
         *     the portal's scope: webhooks (list, create, read, update, delete, rotate the secret, send a test
         *     event, replay), deliveries (list, read, retry), the event catalog and `GET /v1/me`. Anything else
         *     (API keys, publishing events, calls, new portal sessions) answers `403`; webhooks and deliveries of
         *     other agents answer `404`, as ids of other accounts do; an expired token answers `401`.
         */
        post: operations["createPortalSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Lists the account's webhooks, newest first. Inactive ones (deactivated through the API or disabled by the sender) are left out unless `include_inactive=true`. Deleted webhooks are never listed.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Registers an endpoint and answers with its signing `secret`, shown only in this response and after a
         *     rotation: store it. `url` must be https outside development, and private, loopback and link-local
         *     targets are refused (`422`) unless the deployment's allow-list names them. Omit `events` (or send
         *     `null`) to receive every event type, including ones added later; otherwise each name must be in the
         *     catalog (`GET /v1/event-types`).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Returns one webhook, active or not. Its secret is never returned here.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the webhook. Its deliveries that are still waiting or in flight (`pending`, `processing`) become `dead` and are never sent; their history stays readable through `GET /v1/deliveries/{delivery_id}`. The id then answers `404`.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the fields given and leaves the others as they are; `null` clears a nullable field (`events:
         *     null` subscribes to every event type). `headers` is replaced as a whole. Setting `active: false` stops
         *     deliveries without deleting anything; setting `active: true` re-enables an endpoint, clears its
         *     `disabled_reason` and resets its consecutive-failure count. The same URL rules as on creation apply.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description Lists the deliveries to this webhook, newest first, optionally only those in the given statuses (`?status=failed&status=dead`). Attempts are not included: get one delivery for them.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/deliveries/stats": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Chart a webhook's recent deliveries
         * @description The deliveries to this webhook created in the last `hours` hours, counted per hour of creation by where they are now: `delivered`, `failed` (`failed` or `dead`) or `pending` (`pending` or `processing`), oldest hour first, with the totals and the success rate (delivered over delivered and failed). For a "last 24 hours" chart.
         */
        get: operations["getWebhookDeliveryStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/deliveries/summary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Count a webhook's deliveries by status
         * @description How many deliveries to this webhook are in each status, for dashboards and alerting.
         */
        get: operations["getWebhookDeliverySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/promote-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a secret rotation now
         * @description Ends the grace period of the rotation in progress: the previous secret stops signing at once, and the compatibility header (`X-{Prefix}-Signature`) carries the new secret's digest from the next delivery on. Call it once every receiver verifies with the new secret. `409` when no rotation is in progress.
         */
        post: operations["promoteWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a webhook's deliveries
         * @description Queues again every delivery to this webhook created at or after `since` (and before `until`, when
         *     given) whose status is in `status` (default `failed` and `dead`), for example after fixing an outage.
         *     Each is queued like `POST /v1/deliveries/{delivery_id}/retry`: one more attempt at once, recorded in
         *     the same delivery. Deliveries already `pending` or `processing` are skipped. An inactive webhook
         *     answers `409`; `until` not after `since` answers `422`.
         */
        post: operations["replayWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook's signing secret
         * @description Generates a new secret and answers with it (shown only here). During the grace period:
         *
         *     - the Standard Webhooks header carries both signatures (`webhook-signature: v1,<new> v1,<old>`, new
         *       first), so a receiver verifying with either secret accepts every delivery;
         *     - the compatibility header of `hmac-sha256-hex`, `t-v1` and `body-hex` endpoints
         *       (`X-{Prefix}-Signature`) keeps carrying **one** digest, the previous secret's, because receivers
         *       built on those formats compare a single hex digest (or the first `v1=`). They keep working on the
         *       old secret; switch them to the new one and call `POST /v1/webhooks/{webhook_id}/promote-secret`
         *       (or let the grace period end), after which that header carries the new secret's digest.
         *       Deliveries that reach a receiver in the moment between its switch and the promotion fail its check
         *       and are retried on the schedule.
         *
         *     After `previous_secret_expires_at` only the new secret signs. A grace period of `0` retires the old
         *     secret at once. One rotation at a time: rotating again while a grace period lasts answers `409`.
         *     Send `{}` for the default grace period of one day.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Publishes the catalog example of `type` (default `test.ping`) to this webhook only, whatever its
         *     `events` filter, signed and retried like any delivery. Follow it with
         *     `GET /v1/deliveries/{delivery_id}`. An inactive webhook answers `409`; an unknown or reserved type `400` at `/type`.
         */
        post: operations["sendTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Account
         * @description A customer account; everything else belongs to one.
         * @example {
         *       "id": "acct_01KERKG400GYA8F79VD773KAHE",
         *       "name": "Acme Dental",
         *       "email": "owner@acme-dental.example.com",
         *       "created_at": "2026-04-01T12:00:00Z"
         *     }
         */
        Account: {
            /**
             * Format: date-time
             * @description When the account was created.
             */
            created_at: string;
            /**
             * Format: email
             * @description The owner's e-mail address; `auth.welcome` is sent for it.
             */
            email: string;
            id: components["schemas"]["AccountId"];
            /** @description The account's name, such as the company. */
            name: string;
        };
        /**
         * AccountCreate
         * @description An account to create.
         * @example {
         *       "name": "Acme Dental",
         *       "email": "owner@acme-dental.example.com"
         *     }
         */
        AccountCreate: {
            /**
             * Format: email
             * @description The owner's e-mail address; one account per address.
             */
            email: string;
            /** @description The account's name, such as the company. */
            name: string;
        };
        /**
         * AccountCreated
         * @description A new account and its first API key.
         * @example {
         *       "account": {
         *         "id": "acct_01KERKG400GYA8F79VD773KAHE",
         *         "name": "Acme Dental",
         *         "email": "owner@acme-dental.example.com",
         *         "created_at": "2026-04-01T12:00:00Z"
         *       },
         *       "api_key": {
         *         "id": "key_01KERKG4010J4ZQ0C4T2BNV8SX",
         *         "name": "default",
         *         "prefix": "vhk_7Hq2",
         *         "created_at": "2026-04-01T12:00:00Z",
         *         "last_used_at": null,
         *         "revoked_at": null,
         *         "key": "vhk_7Hq2kP9xW3mN5bV8cL1zR4tY6uJ0aS2d"
         *       }
         *     }
         */
        AccountCreated: {
            account: components["schemas"]["Account"];
            api_key: components["schemas"]["ApiKeyWithSecret"];
        };
        /**
         * AccountId
         * @description An account's id, `acct_` and a ULID.
         * @example acct_01KERKG400GYA8F79VD773KAHE
         */
        AccountId: string;
        /**
         * ApiKey
         * @description A management API key, without its secret value.
         * @example {
         *       "id": "key_01KERKG4010J4ZQ0C4T2BNV8SX",
         *       "name": "CI deploy",
         *       "prefix": "vhk_7Hq2",
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "last_used_at": null,
         *       "revoked_at": null
         *     }
         */
        ApiKey: {
            /**
             * Format: date-time
             * @description When the key was created.
             */
            created_at: string;
            id: components["schemas"]["ApiKeyId"];
            /**
             * Format: date-time
             * @description When the key last authenticated a request; null if never.
             */
            last_used_at: string | null;
            /** @description A name for people, such as where the key is used. */
            name: string;
            /** @description The key's first characters, to recognise it (`vhk_` and a few more). */
            prefix: string;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it works.
             */
            revoked_at: string | null;
        };
        /**
         * ApiKeyCreate
         * @description An API key to create.
         * @example {
         *       "name": "CI deploy"
         *     }
         */
        ApiKeyCreate: {
            /** @description A name for people, such as where the key will be used. */
            name: string;
        };
        /**
         * ApiKeyId
         * @description An API key's id, `key_` and a ULID (not the key itself).
         * @example key_01KERKG4010J4ZQ0C4T2BNV8SX
         */
        ApiKeyId: string;
        /**
         * ApiKeyList
         * @description A page of API keys.
         * @example {
         *       "data": [],
         *       "total": 0,
         *       "offset": 0,
         *       "limit": 20,
         *       "has_more": false
         *     }
         */
        ApiKeyList: {
            /** @description The API keys on this page. */
            data: components["schemas"]["ApiKey"][];
            /** @description Whether items follow this page (`offset + data.length < total`). */
            has_more: boolean;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` this page starts at. */
            offset: number;
            /** @description How many API keys the account has, revoked ones included. */
            total: number;
        };
        /**
         * ApiKeyWithSecret
         * @description An API key with its secret value; only in the answer that creates it.
         * @example {
         *       "id": "key_01KERKG4010J4ZQ0C4T2BNV8SX",
         *       "name": "CI deploy",
         *       "prefix": "vhk_7Hq2",
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "last_used_at": null,
         *       "revoked_at": null,
         *       "key": "vhk_7Hq2kP9xW3mN5bV8cL1zR4tY6uJ0aS2d"
         *     }
         */
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description The key to send as `Authorization: Bearer <key>`: `vhk_` and random characters. Shown only here; the sender keeps only its hash. */
            key: string;
        };
        /**
         * Attempt
         * @description One HTTP request of a delivery and its outcome.
         * @example {
         *       "attempt": 1,
         *       "started_at": "2026-04-01T12:00:00.012Z",
         *       "duration_ms": 3001,
         *       "status_code": null,
         *       "error": "timed out after 3000 ms",
         *       "response_excerpt": null,
         *       "request_headers": {
         *         "content-type": "application/json",
         *         "user-agent": "Voicehooks/0.1",
         *         "webhook-id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
         *         "webhook-timestamp": "1775044800",
         *         "webhook-signature": "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
         *         "X-Voicehooks-Event": "call.completed",
         *         "X-Voicehooks-Timestamp": "1775044800",
         *         "X-Voicehooks-Delivery": "dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB",
         *         "X-Voicehooks-Attempt": "1",
         *         "X-Gateway-Token": "[redacted]"
         *       }
         *     }
         */
        Attempt: {
            /** @description The attempt's number, from 1. */
            attempt: number;
            /** @description Milliseconds from connecting to the end of the answer (or the failure). */
            duration_ms: number;
            /** @description Why the attempt failed; null when it succeeded. */
            error: string | null;
            /** @description The HTTP headers the request was sent with: the sender's own (content type, signatures, event, delivery and attempt numbers) as sent, and every header the account configured (an endpoint's `headers`, a call's `callback_args.headers`) with its value shown as `[redacted]`. A signature is an HMAC of the request, never the secret. Null when nothing was sent (the request could not be built) or the attempt predates header recording. */
            request_headers: {
                [key: string]: string;
            } | null;
            /** @description The start of the answer's body (at most 4 KiB); null when there was none. */
            response_excerpt: string | null;
            /**
             * Format: date-time
             * @description When the request started.
             */
            started_at: string;
            /** @description The HTTP status answered; null when there was no answer (timeout, refused, DNS). */
            status_code: number | null;
        };
        /**
         * Call
         * @description A registered call and what is known of it. `callback_args` is not returned: its headers may carry credentials.
         * @example {
         *       "id": "550e8400-e29b-41d4-a716-446655440000",
         *       "status": "registered",
         *       "direction": "outbound",
         *       "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
         *       "from_number": "+19875550123",
         *       "to_number": "+12345550199",
         *       "callback_url": "https://crm.example.com/callback",
         *       "custom_args_values": {
         *         "callee_name": "John"
         *       },
         *       "call_duration": null,
         *       "recording_url": null,
         *       "transcript": null,
         *       "retry": 0,
         *       "analysis": null,
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "updated_at": "2026-04-01T12:00:00Z"
         *     }
         */
        Call: {
            /**
             * Format: uuid
             * @description The agent that handles the call.
             */
            agent_id: string;
            /** @description Post-call analysis, once reported; null before. */
            analysis: components["schemas"]["CallAnalysis"] | null;
            /** @description Connected time in whole seconds, once the call has ended; null before. */
            call_duration: number | null;
            /**
             * Format: uri
             * @description Where the status callbacks go.
             */
            callback_url: string;
            /**
             * Format: date-time
             * @description When the call was registered.
             */
            created_at: string;
            /** @description The values given at registration, echoed in every callback; `{}` when none. */
            custom_args_values: {
                [key: string]: unknown;
            };
            direction: components["schemas"]["CallDirection"];
            from_number: components["schemas"]["E164"];
            /**
             * Format: uuid
             * @description The call's id; the `call_id` of every callback.
             */
            id: string;
            /**
             * Format: uri
             * @description Where to fetch the recording, once available; null otherwise.
             */
            recording_url: string | null;
            /** @description How many times the call has been retried (0 on the first attempt). */
            retry: number;
            status: components["schemas"]["CallStatus"];
            to_number: components["schemas"]["E164"];
            /** @description The transcript as plain text, once the call has ended; null otherwise. */
            transcript: string | null;
            /**
             * Format: date-time
             * @description When its status was last reported.
             */
            updated_at: string;
        };
        /**
         * CallAnalysis
         * @description Post-call analysis, sent in an extra callback after `completed`.
         * @example {
         *       "summary": "The caller booked a dental cleaning for 10 April at 14:00.",
         *       "sentiment": "positive",
         *       "extracted_data": {
         *         "appointment_date": "2026-04-10",
         *         "customer_name": "Maria Gonzalez"
         *       }
         *     }
         */
        CallAnalysis: {
            /** @description Values the agent extracted from the conversation, keyed by the agent's extraction fields. */
            extracted_data: {
                [key: string]: unknown;
            };
            /**
             * @description The caller's overall sentiment.
             * @enum {string}
             */
            sentiment: "positive" | "neutral" | "negative" | "mixed";
            /** @description A short summary of the conversation. */
            summary: string;
        };
        /**
         * CallArgs
         * @description Extra request parts for a call's status callbacks.
         * @example {
         *       "headers": {
         *         "X-API-Key": "sk_live_1234567890abcdef"
         *       },
         *       "params": {
         *         "source": "api",
         *         "version": "v1"
         *       }
         *     }
         */
        CallArgs: {
            /** @description Headers added to every callback request, for example an API key your endpoint checks. The same rules as a webhook's `headers`: RFC 9110 names and sendable values, no hop-by-hop or framing headers, and none of the sender's own (`Content-Type: application/json` is always sent; headers posing as signatures or `X-{Prefix}-*` are refused with `422`). */
            headers?: components["schemas"]["WebhookHeaders"];
            /** @description Query parameters added to `callback_url` on every callback (at most 20; names of 1–100 characters, values of at most 1000). */
            params?: {
                [key: string]: string;
            };
        };
        /**
         * CallbackDelivery
         * @description One call-status callback on its way to the call's `callback_url`, with its attempts and the body it sends.
         * @example {
         *       "id": "dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB",
         *       "call_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "status": "delivered",
         *       "attempt_count": 1,
         *       "max_attempts": 6,
         *       "next_attempt_at": null,
         *       "last_status_code": 200,
         *       "last_error": null,
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "updated_at": "2026-04-01T12:00:00.2Z",
         *       "delivered_at": "2026-04-01T12:00:00.2Z",
         *       "payload": {
         *         "status": "success",
         *         "message": "Call Details",
         *         "data": {
         *           "call_id": "550e8400-e29b-41d4-a716-446655440000",
         *           "status": "ongoing"
         *         }
         *       },
         *       "attempts": [
         *         {
         *           "attempt": 1,
         *           "started_at": "2026-04-01T12:00:00.010Z",
         *           "duration_ms": 41,
         *           "status_code": 200,
         *           "error": null,
         *           "response_excerpt": "ok",
         *           "request_headers": null
         *         }
         *       ]
         *     }
         */
        CallbackDelivery: {
            /** @description Attempts made so far. */
            attempt_count: number;
            /** @description Every attempt so far, oldest first. */
            attempts: components["schemas"]["Attempt"][];
            /**
             * Format: uuid
             * @description The call it reports on.
             */
            call_id: string;
            /**
             * Format: date-time
             * @description When the callback was queued (when the status was reported).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When an attempt got a 2xx answer; null until then.
             */
            delivered_at: string | null;
            id: components["schemas"]["DeliveryId"];
            /** @description Why the last attempt failed; null after a success or before any attempt. */
            last_error: string | null;
            /** @description The HTTP status of the last attempt; null before any, or when it got no answer. */
            last_status_code: number | null;
            /** @description Attempts allowed by the retry schedule, the first included. */
            max_attempts: number;
            /**
             * Format: date-time
             * @description When the next attempt is due, while `pending`; null otherwise.
             */
            next_attempt_at: string | null;
            /** @description The body POSTed to `callback_url` (`{status, message, data}`, `data.status` the call's status at the time), as defined in `call-callbacks.asyncapi.yaml`. */
            payload: {
                [key: string]: unknown;
            };
            status: components["schemas"]["DeliveryStatus"];
            /**
             * Format: date-time
             * @description When the callback last changed.
             */
            updated_at: string;
        };
        /**
         * CallbackDeliveryList
         * @description A page of a call's callback deliveries.
         * @example {
         *       "data": [],
         *       "total": 0,
         *       "offset": 0,
         *       "limit": 20,
         *       "has_more": false
         *     }
         */
        CallbackDeliveryList: {
            /** @description The callback deliveries on this page. */
            data: components["schemas"]["CallbackDelivery"][];
            /** @description Whether items follow this page (`offset + data.length < total`). */
            has_more: boolean;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` this page starts at. */
            offset: number;
            /** @description How many callback deliveries the call has, on every page. */
            total: number;
        };
        /**
         * CallDirection
         * @description `inbound` when a person called one of the account's numbers, `outbound` when the agent dialled out.
         * @example outbound
         * @enum {string}
         */
        CallDirection: "inbound" | "outbound";
        /**
         * CallList
         * @description A page of calls.
         * @example {
         *       "data": [],
         *       "total": 0,
         *       "offset": 0,
         *       "limit": 20,
         *       "has_more": false
         *     }
         */
        CallList: {
            /** @description The calls on this page. */
            data: components["schemas"]["Call"][];
            /** @description Whether items follow this page (`offset + data.length < total`). */
            has_more: boolean;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` this page starts at. */
            offset: number;
            /** @description How many calls match the filters, on every page. */
            total: number;
        };
        /**
         * CallRegistration
         * @description A call to report status callbacks for.
         * @example {
         *       "callback_url": "https://crm.example.com/callback",
         *       "callback_args": {
         *         "headers": {
         *           "X-API-Key": "sk_live_1234567890abcdef"
         *         },
         *         "params": {
         *           "source": "api"
         *         }
         *       },
         *       "custom_args_values": {
         *         "callee_name": "John",
         *         "company_name": "Acme Corp"
         *       },
         *       "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
         *       "from_number": "+19875550123",
         *       "to_number": "+12345550199"
         *     }
         */
        CallRegistration: {
            /**
             * Format: uuid
             * @description The agent that handles the call.
             */
            agent_id: string;
            callback_args?: components["schemas"]["CallArgs"];
            /**
             * Format: uri
             * @description Where to POST the call's status callbacks; https outside development.
             */
            callback_url: string;
            /** @description Values of your own (template variables such as the callee's name), echoed in every callback. */
            custom_args_values?: {
                [key: string]: unknown;
            };
            /** @description Who places the call. Default `outbound`. */
            direction?: components["schemas"]["CallDirection"];
            /** @description The number the call is placed from. */
            from_number: components["schemas"]["E164"];
            /** @description The number being called. */
            to_number: components["schemas"]["E164"];
        };
        /**
         * CallStatus
         * @description `registered` (queued, waiting to be dialled), `ongoing` (in progress), `completed` (finished normally), `failed` (not answered or rejected), `error` (could not be connected) or `cancelled`.
         * @example completed
         * @enum {string}
         */
        CallStatus: "registered" | "ongoing" | "completed" | "failed" | "error" | "cancelled";
        /**
         * CallStatusReport
         * @description A status change reported by the call engine, and what became known with it.
         * @example {
         *       "status": "ongoing"
         *     }
         * @example {
         *       "status": "completed",
         *       "call_duration": 121,
         *       "recording_url": "https://media.example.com/rec/550e8400.mp3",
         *       "transcript": "Hello, this is John from Acme Corp..."
         *     }
         */
        CallStatusReport: {
            analysis?: components["schemas"]["CallAnalysis"];
            /** @description Connected time in whole seconds, when the call has ended. */
            call_duration?: number;
            /**
             * Format: uri
             * @description Where to fetch the recording.
             */
            recording_url?: string;
            /** @description How many times the call has been retried. */
            retry?: number;
            status: components["schemas"]["CallStatus"];
            /** @description The transcript as plain text. */
            transcript?: string;
        };
        /**
         * Delivery
         * @description One event on its way to one webhook endpoint.
         * @example {
         *       "id": "dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB",
         *       "event_id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
         *       "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
         *       "event_type": "call.completed",
         *       "status": "pending",
         *       "attempt_count": 2,
         *       "max_attempts": 6,
         *       "next_attempt_at": "2026-04-01T12:00:36Z",
         *       "last_status_code": 503,
         *       "last_error": "HTTP 503: Service Unavailable",
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "updated_at": "2026-04-01T12:00:06Z",
         *       "delivered_at": null
         *     }
         */
        Delivery: {
            /** @description Attempts made so far; can exceed `max_attempts` after a manual retry or replay. */
            attempt_count: number;
            /**
             * Format: date-time
             * @description When the delivery was queued (when the event was published).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When an attempt got a 2xx answer; null until then.
             */
            delivered_at: string | null;
            event_id: components["schemas"]["EventId"];
            event_type: components["schemas"]["EventTypeName"];
            id: components["schemas"]["DeliveryId"];
            /** @description Why the last attempt failed (timeout, connection refused, non-2xx status, redirect); null after a success or before any attempt. */
            last_error: string | null;
            /** @description The HTTP status of the last attempt; null before any, or when it got no answer. */
            last_status_code: number | null;
            /** @description Attempts allowed by the retry schedule, the first included. */
            max_attempts: number;
            /**
             * Format: date-time
             * @description When the next attempt is due, while `pending`; null otherwise.
             */
            next_attempt_at: string | null;
            status: components["schemas"]["DeliveryStatus"];
            /**
             * Format: date-time
             * @description When the delivery last changed.
             */
            updated_at: string;
            webhook_id: components["schemas"]["WebhookId"];
        };
        /**
         * DeliveryDetail
         * @description A delivery, its attempts and the event envelope it sends.
         * @example {
         *       "id": "dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB",
         *       "event_id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
         *       "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
         *       "event_type": "test.ping",
         *       "status": "delivered",
         *       "attempt_count": 2,
         *       "max_attempts": 6,
         *       "next_attempt_at": null,
         *       "last_status_code": 200,
         *       "last_error": null,
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "updated_at": "2026-04-01T12:00:01.2Z",
         *       "delivered_at": "2026-04-01T12:00:01.2Z",
         *       "attempts": [
         *         {
         *           "attempt": 1,
         *           "started_at": "2026-04-01T12:00:00.010Z",
         *           "duration_ms": 41,
         *           "status_code": 500,
         *           "error": "HTTP 500: Internal Server Error",
         *           "response_excerpt": "{\"error\":\"db locked\"}",
         *           "request_headers": null
         *         },
         *         {
         *           "attempt": 2,
         *           "started_at": "2026-04-01T12:00:01.100Z",
         *           "duration_ms": 38,
         *           "status_code": 200,
         *           "error": null,
         *           "response_excerpt": "ok",
         *           "request_headers": null
         *         }
         *       ],
         *       "payload": {
         *         "id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
         *         "type": "test.ping",
         *         "event": "test.ping",
         *         "timestamp": "2026-04-01T12:00:00Z",
         *         "api_version": "2026-11-01",
         *         "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
         *         "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
         *         "data": {
         *           "message": "This is a test event from Voicehooks. Respond with any 2xx status to acknowledge it.",
         *           "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK"
         *         }
         *       }
         *     }
         */
        DeliveryDetail: components["schemas"]["Delivery"] & {
            /** @description Every attempt so far, oldest first. */
            attempts: components["schemas"]["Attempt"][];
            /** @description The event envelope POSTed to the endpoint (`{id, type, event, timestamp, api_version, account_id, webhook_id, data}`), as defined in `webhooks.asyncapi.yaml`. */
            payload: {
                [key: string]: unknown;
            };
        };
        /**
         * DeliveryId
         * @description A delivery's id, `dlv_` and a ULID.
         * @example dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB
         */
        DeliveryId: string;
        /**
         * DeliveryList
         * @description A page of deliveries.
         * @example {
         *       "data": [],
         *       "total": 0,
         *       "offset": 0,
         *       "limit": 20,
         *       "has_more": false
         *     }
         */
        DeliveryList: {
            /** @description The deliveries on this page. */
            data: components["schemas"]["Delivery"][];
            /** @description Whether items follow this page (`offset + data.length < total`). */
            has_more: boolean;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` this page starts at. */
            offset: number;
            /** @description How many deliveries match the filters, on every page. */
            total: number;
        };
        /**
         * DeliveryStats
         * @description A webhook's recent deliveries counted per hour of creation, with totals and the success rate.
         * @example {
         *       "since": "2026-04-01T11:00:00Z",
         *       "until": "2026-04-01T13:00:00Z",
         *       "bucket_seconds": 3600,
         *       "buckets": [
         *         {
         *           "start": "2026-04-01T11:00:00Z",
         *           "delivered": 40,
         *           "failed": 2,
         *           "pending": 0
         *         },
         *         {
         *           "start": "2026-04-01T12:00:00Z",
         *           "delivered": 18,
         *           "failed": 0,
         *           "pending": 1
         *         }
         *       ],
         *       "delivered": 58,
         *       "failed": 2,
         *       "pending": 1,
         *       "success_rate": 0.9667
         *     }
         */
        DeliveryStats: {
            /** @description The length of each bucket, 3600. */
            bucket_seconds: number;
            /** @description One bucket per hour, oldest first, empty hours included. */
            buckets: components["schemas"]["DeliveryStatsBucket"][];
            /** @description Deliveries of the window that were delivered. */
            delivered: number;
            /** @description Deliveries of the window that failed (`failed` or `dead`). */
            failed: number;
            /** @description Deliveries of the window still queued or in flight. */
            pending: number;
            /**
             * Format: date-time
             * @description The start of the first bucket (a whole hour, UTC).
             */
            since: string;
            /** @description `delivered / (delivered + failed)`, from 0 to 1; null when none has finished. */
            success_rate: number | null;
            /**
             * Format: date-time
             * @description The end of the last bucket (the next whole hour after now).
             */
            until: string;
        };
        /**
         * DeliveryStatsBucket
         * @description The deliveries created in one hour, by where they are now.
         * @example {
         *       "start": "2026-04-01T12:00:00Z",
         *       "delivered": 18,
         *       "failed": 0,
         *       "pending": 1
         *     }
         */
        DeliveryStatsBucket: {
            /** @description Delivered. */
            delivered: number;
            /** @description Failed or dead. */
            failed: number;
            /** @description Pending or processing. */
            pending: number;
            /**
             * Format: date-time
             * @description The start of the hour.
             */
            start: string;
        };
        /**
         * DeliveryStatus
         * @description `pending` (queued or waiting for a retry), `processing` (an attempt is in flight), `delivered` (a 2xx
         *     answer), `failed` (every attempt failed) or `dead` (never to be sent: the endpoint was deleted or
         *     disabled for good).
         * @example failed
         * @enum {string}
         */
        DeliveryStatus: "pending" | "processing" | "delivered" | "failed" | "dead";
        /**
         * DeliverySummary
         * @description How many of a webhook's deliveries are in each status.
         * @example {
         *       "total": 1030,
         *       "pending": 2,
         *       "processing": 1,
         *       "delivered": 1020,
         *       "failed": 5,
         *       "dead": 2
         *     }
         */
        DeliverySummary: {
            /** @description Never to be sent. */
            dead: number;
            /** @description Answered with a 2xx. */
            delivered: number;
            /** @description Every attempt failed. */
            failed: number;
            /** @description Queued or waiting for a retry. */
            pending: number;
            /** @description An attempt in flight. */
            processing: number;
            /** @description Every delivery to the webhook; the sum of the others. */
            total: number;
        };
        /**
         * E164
         * @description A phone number in E.164 format, a plus sign and up to 15 digits, no spaces.
         * @example +14155550123
         */
        E164: string;
        /**
         * EventId
         * @description An event's id, `evt_` and a ULID; the envelope's `id` and the `webhook-id` header.
         * @example evt_01KN4EMBG072V9T0DMXF4B66AD
         */
        EventId: string;
        /**
         * EventType
         * @description One event type of the catalog.
         * @example {
         *       "name": "test.ping",
         *       "summary": "A test delivery from \"send test event\".",
         *       "description": "Sent by `POST /v1/webhooks/{id}/test` when no event type is named.",
         *       "reserved": false,
         *       "schema": {
         *         "type": "object",
         *         "required": [
         *           "message",
         *           "webhook_id"
         *         ],
         *         "properties": {
         *           "message": {
         *             "type": "string"
         *           },
         *           "webhook_id": {
         *             "type": "string"
         *           }
         *         }
         *       },
         *       "example": {
         *         "message": "This is a test event from Voicehooks. Respond with any 2xx status to acknowledge it.",
         *         "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK"
         *       }
         *     }
         */
        EventType: {
            /** @description When it is sent and what to do with it. */
            description: string;
            /** @description An example `data` that matches `schema`. */
            example: {
                [key: string]: unknown;
            };
            name: components["schemas"]["EventTypeName"];
            /** @description True for types catalogued but not sent yet; publishing one is refused until it is enabled. */
            reserved: boolean;
            /** @description The JSON Schema of the event's `data`, as the AsyncAPI documents define it: draft-07, not draft 2020-12. It carries no `$schema`, so tell your validator the draft (for ajv, the default `Ajv` class rather than `Ajv2020`). */
            schema: {
                [key: string]: unknown;
            };
            /** @description One line on what the event means. */
            summary: string;
        };
        /**
         * EventTypeList
         * @description A page of the event catalog.
         * @example {
         *       "data": [],
         *       "total": 0,
         *       "offset": 0,
         *       "limit": 20,
         *       "has_more": false
         *     }
         */
        EventTypeList: {
            /** @description The event types on this page. */
            data: components["schemas"]["EventType"][];
            /** @description Whether items follow this page (`offset + data.length < total`). */
            has_more: boolean;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` this page starts at. */
            offset: number;
            /** @description How many event types the catalog holds. */
            total: number;
        };
        /**
         * EventTypeName
         * @description An event type, `resource.action` in snake_case, as listed by `GET /v1/event-types`.
         * @example call.completed
         */
        EventTypeName: string;
        /**
         * Health
         * @description Whether the sender and its database work.
         * @example {
         *       "status": "ok",
         *       "database": "ok"
         *     }
         */
        Health: {
            /**
             * @description `ok` when the database answered a query, `error` otherwise.
             * @enum {string}
             */
            database: "ok" | "error";
            /**
             * @description `ok` when the sender can serve requests, `error` otherwise.
             * @enum {string}
             */
            status: "ok" | "error";
        };
        /**
         * Me
         * @description The account and credential of a request.
         * @example {
         *       "account": {
         *         "id": "acct_01KERKG400GYA8F79VD773KAHE",
         *         "name": "Acme Dental"
         *       },
         *       "credential": {
         *         "type": "api_key",
         *         "id": "key_01KERKG4010J4ZQ0C4T2BNV8SX",
         *         "name": "default"
         *       },
         *       "portal": null
         *     }
         */
        Me: {
            /** @description The account the credential acts for. */
            account: {
                id: components["schemas"]["AccountId"];
                /** @description The account's name. */
                name: string;
            };
            /** @description Which credential authenticated the request. */
            credential: {
                /** @description The API key's id (`key_…`) or the portal session's id (`ps_…`). */
                id: string;
                /** @description The API key's name; null for a portal session. */
                name: string | null;
                /**
                 * @description `api_key` or `portal_session`.
                 * @enum {string}
                 */
                type: "api_key" | "portal_session";
            };
            /** @description For a portal session, its scope, expiry and theme; null for an API key. */
            portal: null | {
                /** @description The agent the portal is limited to; null for every webhook of the account. */
                agent_id: string | null;
                /**
                 * Format: date-time
                 * @description When the token stops working.
                 */
                expires_at: string;
                theme: components["schemas"]["PortalTheme"];
            };
        };
        /**
         * PortalSession
         * @description A portal link and its token; the token is shown only in the answer that creates it.
         * @example {
         *       "id": "ps_01KN4EMBG0N1Y4QH0W8ZQ5V7TB",
         *       "url": "http://localhost:8080/dashboard/portal#token=vhp_7Hq2kP9xW3mN5bV8cL1zR4tY6uJ0aS2d",
         *       "token": "vhp_7Hq2kP9xW3mN5bV8cL1zR4tY6uJ0aS2d",
         *       "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
         *       "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
         *       "theme": {
         *         "title": "Acme Voice",
         *         "accent_color": "#0f766e"
         *       },
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "expires_at": "2026-04-01T12:30:00Z"
         *     }
         */
        PortalSession: {
            account_id: components["schemas"]["AccountId"];
            /** @description The agent the portal is limited to; null for every webhook of the account. */
            agent_id: string | null;
            /**
             * Format: date-time
             * @description When the session was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the token stops working.
             */
            expires_at: string;
            /** @description The session's id, `ps_` and a ULID. */
            id: string;
            theme: components["schemas"]["PortalTheme"];
            /** @description The bearer token (`vhp_…`), usable as `Authorization: Bearer <token>` on the routes of the portal's scope until `expires_at`. */
            token: string;
            /**
             * Format: uri
             * @description The link to hand out: the dashboard's portal page with the token in the fragment (`…/dashboard/portal#token=vhp_…`), on the host and scheme the request came in on.
             */
            url: string;
        };
        /**
         * PortalSessionCreate
         * @description The scope, lifetime and look of a portal link.
         * @example {
         *       "account_id": "acct_01KERKG400GYA8F79VD773KAHE",
         *       "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
         *       "ttl_minutes": 30,
         *       "theme": {
         *         "title": "Acme Voice",
         *         "accent_color": "#0f766e"
         *       }
         *     }
         */
        PortalSessionCreate: {
            /** @description The account the portal opens. Required with the operator token; with an API key it may be left out, and if given must be the key's account. */
            account_id?: components["schemas"]["AccountId"];
            /** @description Limit the portal to the webhooks of this agent: it lists, reads and changes only webhooks whose `agent_id` is this, and creates webhooks with it. Omit for every webhook of the account. */
            agent_id?: string;
            theme?: components["schemas"]["PortalTheme"];
            /** @description How long the link works, 1 to 1440 minutes (a day). Default `60`. */
            ttl_minutes?: number;
        };
        /**
         * PortalTheme
         * @description How the portal looks, so it can pass for a page of the platform that hands it out.
         * @example {
         *       "title": "Acme Voice",
         *       "logo_url": "https://cdn.acme.example.com/logo.svg",
         *       "accent_color": "#0f766e"
         *     }
         */
        PortalTheme: {
            /** @description The colour of buttons and links, as `#rrggbb`. */
            accent_color?: string;
            /**
             * Format: uri
             * @description An https image shown in the portal's header.
             */
            logo_url?: string;
            /** @description Shown in the portal's header instead of "Voicehooks", such as the platform's name. */
            title?: string;
        };
        /**
         * Problem
         * @description An error, as RFC 9457 problem details. Every 4xx and 5xx answer of the API has this body.
         * @example {
         *       "type": "/problems/invalid-request",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "The request body has 1 problem.",
         *       "instance": "/v1/webhooks",
         *       "errors": [
         *         {
         *           "path": "/url",
         *           "message": "must be a URI"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description What went wrong this time, in a sentence that names the failing input. */
            detail: string;
            /** @description One entry per failing input, when the problem is about the request's content. */
            errors?: components["schemas"]["ProblemError"][];
            /**
             * Format: uri-reference
             * @description A URI reference identifying this occurrence, such as the request path.
             */
            instance?: string;
            /** @description The HTTP status code of this answer. */
            status: number;
            /** @description A short, human-readable summary of the kind of problem; the same for every occurrence. */
            title: string;
            /**
             * Format: uri-reference
             * @description A URI reference naming the kind of problem, such as `/problems/invalid-request`.
             */
            type: string;
        };
        /**
         * ProblemError
         * @description One failing input of a request.
         * @example {
         *       "path": "/data/call_id",
         *       "message": "must match format \"uuid\""
         *     }
         */
        ProblemError: {
            /** @description What is wrong with it. */
            message: string;
            /** @description Where: a JSON Pointer into the request body (`/events/0`, `/data/call_id`, `''` for the whole body), or the name of a query, path or header parameter (`limit`, `Idempotency-Key`). */
            path: string;
        };
        /**
         * PublishEventBatchRequest
         * @description Up to 100 events to publish together.
         * @example {
         *       "events": [
         *         {
         *           "type": "test.ping",
         *           "data": {
         *             "message": "first of two",
         *             "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK"
         *           }
         *         },
         *         {
         *           "type": "test.ping",
         *           "idempotency_key": "ping-2",
         *           "data": {
         *             "message": "second of two",
         *             "webhook_id": "wh_01KERKS8Z07QRDTVMD9F99CQBK"
         *           }
         *         }
         *       ]
         *     }
         */
        PublishEventBatchRequest: {
            events: components["schemas"]["PublishEventRequest"][];
        };
        /**
         * PublishEventBatchResponse
         * @description One result per event, in the order they were sent.
         * @example {
         *       "data": [
         *         {
         *           "id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
         *           "type": "test.ping",
         *           "deliveries": 2,
         *           "duplicate": false
         *         },
         *         {
         *           "id": "evt_01KN4EMBG1QZ9N5X8K2D4F6H7J",
         *           "type": "test.ping",
         *           "deliveries": 2,
         *           "duplicate": false
         *         }
         *       ]
         *     }
         */
        PublishEventBatchResponse: {
            data: components["schemas"]["PublishEventResponse"][];
        };
        /**
         * PublishEventRequest
         * @description An event to publish to every webhook that subscribes to its type.
         * @example {
         *       "type": "call.failed",
         *       "idempotency_key": "call-550e8400-failed",
         *       "data": {
         *         "call_id": "550e8400-e29b-41d4-a716-446655440000",
         *         "agent_id": "830f767a-397e-4b39-82ff-235cd344e2f9",
         *         "reason": "no_answer",
         *         "failed_at": "2026-04-01T12:00:00Z",
         *         "from_number": "+14155550100",
         *         "to_number": "+13125550164",
         *         "error": null,
         *         "attempt": 1,
         *         "will_retry": true
         *       }
         *     }
         */
        PublishEventRequest: {
            /** @description The event's payload; must match the type's `data` schema (`GET /v1/event-types`). */
            data: {
                [key: string]: unknown;
            };
            /** @description Publish at most one event per key and account; the same as the `Idempotency-Key` header. */
            idempotency_key?: string;
            /**
             * Format: date-time
             * @description When the event happened; the envelope's `timestamp`. Defaults to the time of publishing.
             */
            timestamp?: string;
            type: components["schemas"]["EventTypeName"];
        };
        /**
         * PublishEventResponse
         * @description The stored event and how many deliveries it made.
         * @example {
         *       "id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
         *       "type": "call.failed",
         *       "deliveries": 2,
         *       "duplicate": false
         *     }
         */
        PublishEventResponse: {
            /** @description How many deliveries were queued, one per subscribed active webhook (0 for a duplicate). */
            deliveries: number;
            /** @description True when the idempotency key was already used: nothing was published and `id` is the original event's. */
            duplicate: boolean;
            id: components["schemas"]["EventId"];
            type: components["schemas"]["EventTypeName"];
        };
        /**
         * ReplayRequest
         * @description Which of the webhook's deliveries to queue again.
         * @example {
         *       "since": "2026-04-01T00:00:00Z"
         *     }
         * @example {
         *       "since": "2026-04-01T00:00:00Z",
         *       "until": "2026-04-01T06:00:00Z",
         *       "status": [
         *         "failed"
         *       ]
         *     }
         */
        ReplayRequest: {
            /**
             * Format: date-time
             * @description Replay deliveries created at or after this time.
             */
            since: string;
            /** @description Replay deliveries in these statuses. Default `["failed", "dead"]`. Only finished deliveries can be replayed: `pending` and `processing` ones are already queued, and naming them is refused (`400`). */
            status?: ("delivered" | "failed" | "dead")[];
            /**
             * Format: date-time
             * @description Replay deliveries created before this time; omitted means now. Must be after `since`.
             */
            until?: string;
        };
        /**
         * ReplayResponse
         * @description The outcome of a replay.
         * @example {
         *       "replayed": 17
         *     }
         */
        ReplayResponse: {
            /** @description How many deliveries were queued again. */
            replayed: number;
        };
        /**
         * RotateSecretRequest
         * @description How long the previous secret keeps signing after the rotation.
         * @example {
         *       "grace_period_seconds": 3600
         *     }
         */
        RotateSecretRequest: {
            /** @description Seconds both secrets sign, at most 604800 (7 days); 0 retires the previous secret at once. Default `86400` (one day). */
            grace_period_seconds?: number;
        };
        /**
         * RotateSecretResponse
         * @description The webhook with its new secret, and when the previous secret stops signing.
         * @example {
         *       "id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
         *       "url": "https://hooks.example.com/voicehooks",
         *       "description": null,
         *       "events": null,
         *       "agent_id": null,
         *       "active": true,
         *       "signature_scheme": "t-v1",
         *       "headers": {},
         *       "alert_email": null,
         *       "max_attempts": 6,
         *       "rate_limit_per_second": null,
         *       "disabled_reason": null,
         *       "disabled_at": null,
         *       "consecutive_failures": 0,
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "updated_at": "2026-04-02T09:00:00Z",
         *       "secret": "whsec_3q2+7wTWhO8FiMbyk1hk2XSg4vdGFhXZ",
         *       "previous_secret_expires_at": "2026-04-03T09:00:00Z",
         *       "compatibility_signature_secret": "previous"
         *     }
         */
        RotateSecretResponse: components["schemas"]["WebhookWithSecret"] & {
            /**
             * @description Which secret signs the compatibility header `X-{Prefix}-Signature` now: `previous` until the grace period ends or the new secret is promoted, `current` when the grace period was 0, `null` for the `standard` scheme, which sends no such header.
             * @enum {string|null}
             */
            compatibility_signature_secret: "previous" | "current" | null;
            /**
             * Format: date-time
             * @description Until when the previous secret also signs deliveries; the time of the rotation when the grace period was 0.
             */
            previous_secret_expires_at: string;
        };
        /**
         * SignatureScheme
         * @description The compatibility signature sent in `X-{Prefix}-Signature` besides the Standard Webhooks headers:
         *     `standard` (none), `hmac-sha256-hex` (hex HMAC of `{ts}.{body}`), `t-v1` (`t={ts},v1={hex}`) or
         *     `body-hex` (hex HMAC of the body alone: no replay protection, weaker).
         * @default standard
         * @example standard
         * @enum {string}
         */
        SignatureScheme: "standard" | "hmac-sha256-hex" | "t-v1" | "body-hex";
        /**
         * TestEventRequest
         * @description Which catalog example to send; `{}` sends `test.ping`.
         * @example {}
         * @example {
         *       "type": "call.completed"
         *     }
         */
        TestEventRequest: {
            /** @description The event type whose catalog example is sent; not a reserved type. Default `test.ping`. */
            type?: components["schemas"]["EventTypeName"];
        };
        /**
         * TestEventResponse
         * @description The test event and its delivery to this webhook.
         * @example {
         *       "event_id": "evt_01KN4EMBG072V9T0DMXF4B66AD",
         *       "delivery_id": "dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB"
         *     }
         */
        TestEventResponse: {
            delivery_id: components["schemas"]["DeliveryId"];
            event_id: components["schemas"]["EventId"];
        };
        /**
         * Webhook
         * @description A webhook endpoint registered by the account. Its secret is never included.
         * @example {
         *       "id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
         *       "url": "https://hooks.example.com/voicehooks",
         *       "description": "Bookings service",
         *       "events": [
         *         "call.completed",
         *         "appointment.created"
         *       ],
         *       "agent_id": null,
         *       "active": true,
         *       "signature_scheme": "standard",
         *       "headers": {},
         *       "alert_email": "oncall@example.com",
         *       "max_attempts": 6,
         *       "rate_limit_per_second": null,
         *       "disabled_reason": null,
         *       "disabled_at": null,
         *       "consecutive_failures": 0,
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "updated_at": "2026-04-01T12:00:00Z"
         *     }
         */
        Webhook: {
            /** @description Whether deliveries are sent. False when the account deactivated the endpoint or the sender disabled it (see `disabled_reason`). */
            active: boolean;
            /** @description When set, the endpoint receives only events whose `data.agent_id` equals it; null for every agent. */
            agent_id: string | null;
            /**
             * Format: email
             * @description Mailed (at most once an hour) when the sender disables the endpoint; null for no mail.
             */
            alert_email: string | null;
            /** @description Deliveries in a row that failed (retries exhausted) since the last success; at 10 the sender disables the endpoint. Reset by a successful delivery and by activating the endpoint. */
            consecutive_failures: number;
            /**
             * Format: date-time
             * @description When the webhook was registered.
             */
            created_at: string;
            /** @description A note for people, such as what the endpoint is for; null when none was given. */
            description: string | null;
            /**
             * Format: date-time
             * @description When the sender disabled the endpoint; null unless `disabled_reason` is set.
             */
            disabled_at: string | null;
            /** @description Why the sender disabled the endpoint (it answered `410 Gone`, or 10 deliveries in a row failed); null when it was not disabled by the sender. Cleared when the endpoint is activated again. */
            disabled_reason: string | null;
            events: components["schemas"]["WebhookEvents"];
            headers: components["schemas"]["WebhookHeaders"];
            id: components["schemas"]["WebhookId"];
            /** @description How many attempts a delivery gets, the first included, before it is `failed`. */
            max_attempts: number;
            /** @description The most deliveries sent to this endpoint per second; null for no limit. */
            rate_limit_per_second: number | null;
            signature_scheme: components["schemas"]["SignatureScheme"];
            /**
             * Format: date-time
             * @description When the webhook was last changed, by the account or the sender.
             */
            updated_at: string;
            /**
             * Format: uri
             * @description Where deliveries are POSTed.
             */
            url: string;
        };
        /**
         * WebhookCreate
         * @description A webhook to register. Only `url` is required.
         * @example {
         *       "url": "https://hooks.example.com/voicehooks",
         *       "events": [
         *         "call.completed",
         *         "call.failed"
         *       ],
         *       "description": "Bookings service",
         *       "alert_email": "oncall@example.com"
         *     }
         */
        WebhookCreate: {
            /** @description Whether deliveries are sent from the start. Default `true`. */
            active?: boolean;
            /** @description Receive only events whose `data.agent_id` equals this; omit or null for every agent. */
            agent_id?: string | null;
            /**
             * Format: email
             * @description Where to mail (at most once an hour) when the sender disables the endpoint.
             */
            alert_email?: string | null;
            /** @description A note for people, such as what the endpoint is for. */
            description?: string | null;
            events?: components["schemas"]["WebhookEvents"];
            headers?: components["schemas"]["WebhookHeaders"];
            /** @description How many attempts a delivery gets, the first included. Default `6` (the first try and 5 retries). */
            max_attempts?: number;
            /** @description The most deliveries to send to this endpoint per second; omit or null for no limit. */
            rate_limit_per_second?: number | null;
            signature_scheme?: components["schemas"]["SignatureScheme"];
            /**
             * Format: uri
             * @description Where to POST deliveries; https outside development.
             */
            url: string;
        };
        /**
         * WebhookEvents
         * @description The event types the endpoint receives; `null` means every event type, including ones added later.
         * @example [
         *       "call.completed",
         *       "call.failed",
         *       "appointment.created"
         *     ]
         */
        WebhookEvents: components["schemas"]["EventTypeName"][] | null;
        /**
         * WebhookHeaders
         * @description Extra HTTP headers sent with every request, such as a static token the receiving gateway checks. Names are RFC 9110 tokens, each at most once in any letter case; values are printable ASCII (space and tab allowed inside) without control characters, DEL, non-ASCII or leading/trailing spaces, since such a value could never be sent (`400` at the header's path). Hop-by-hop and framing headers (`Connection`, `Keep-Alive`, `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`, `Expect`, `Content-Length`, `Host`) and the headers the sender sets itself (`Content-Type`, `User-Agent`, any `webhook-*` header and any `X-{Prefix}-*` header, where `{Prefix}` is the deployment's header prefix, `Voicehooks` by default) are refused with `422`.
         * @example {
         *       "X-Gateway-Token": "gw_7f3a9c"
         *     }
         */
        WebhookHeaders: {
            [key: string]: string;
        };
        /**
         * WebhookId
         * @description A webhook's id, `wh_` and a ULID.
         * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
         */
        WebhookId: string;
        /**
         * WebhookList
         * @description A page of webhooks.
         * @example {
         *       "data": [],
         *       "total": 0,
         *       "offset": 0,
         *       "limit": 20,
         *       "has_more": false
         *     }
         */
        WebhookList: {
            /** @description The webhooks on this page. */
            data: components["schemas"]["Webhook"][];
            /** @description Whether items follow this page (`offset + data.length < total`). */
            has_more: boolean;
            /** @description The `limit` applied. */
            limit: number;
            /** @description The `offset` this page starts at. */
            offset: number;
            /** @description How many webhooks match the filters, on every page. */
            total: number;
        };
        /**
         * WebhookUpdate
         * @description The fields to change; at least one. Fields left out keep their value; null clears a nullable field.
         * @example {
         *       "active": false
         *     }
         * @example {
         *       "events": null,
         *       "alert_email": null
         *     }
         */
        WebhookUpdate: {
            /** @description False stops deliveries; true starts them again and clears `disabled_reason` and the failure count. */
            active?: boolean;
            /** @description Scope the endpoint to this agent; null for every agent. */
            agent_id?: string | null;
            /**
             * Format: email
             * @description Where to mail when the sender disables the endpoint; null for no mail.
             */
            alert_email?: string | null;
            /** @description A note for people; null to clear it. */
            description?: string | null;
            events?: components["schemas"]["WebhookEvents"];
            headers?: components["schemas"]["WebhookHeaders"];
            /** @description How many attempts a delivery gets, the first included; applies to new deliveries. */
            max_attempts?: number;
            /** @description The most deliveries per second; null for no limit. */
            rate_limit_per_second?: number | null;
            signature_scheme?: components["schemas"]["SignatureScheme"];
            /**
             * Format: uri
             * @description Where to POST deliveries; https outside development.
             */
            url?: string;
        };
        /**
         * WebhookWithSecret
         * @description A webhook with its signing secret; only in the answers to creation and rotation.
         * @example {
         *       "id": "wh_01KERKS8Z07QRDTVMD9F99CQBK",
         *       "url": "https://hooks.example.com/voicehooks",
         *       "description": "Bookings service",
         *       "events": null,
         *       "agent_id": null,
         *       "active": true,
         *       "signature_scheme": "standard",
         *       "headers": {},
         *       "alert_email": null,
         *       "max_attempts": 6,
         *       "rate_limit_per_second": null,
         *       "disabled_reason": null,
         *       "disabled_at": null,
         *       "consecutive_failures": 0,
         *       "created_at": "2026-04-01T12:00:00Z",
         *       "updated_at": "2026-04-01T12:00:00Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description The signing secret, `whsec_` and the base64 of 24 to 64 random bytes. Shown only in this answer: store it to verify deliveries. */
            secret: string;
        };
    };
    responses: {
        /** @description The body is not JSON, cannot be decoded (a `Content-Encoding` that does not match it, an unknown charset), or the request does not match this document; `errors` names each failing field. Text anywhere in a body or query (event data, headers, names, idempotency keys) must be valid Unicode without the NUL character (U+0000): a lone surrogate such as `"\ud800"` or a `"\u0000"` is refused here at its path, since it could not be stored. Date-times must exist on the calendar (`2026-02-30T00:00:00Z` is refused, not rolled over to March). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/invalid-request",
                 *       "title": "Invalid request",
                 *       "status": 400,
                 *       "detail": "The request body has 2 problems.",
                 *       "errors": [
                 *         {
                 *           "path": "/url",
                 *           "message": "must be a URI"
                 *         },
                 *         {
                 *           "path": "/max_attempts",
                 *           "message": "must be <= 20"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the resource's current state. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/conflict",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "Webhook wh_01KERKS8Z07QRDTVMD9F99CQBK is inactive; set active to true first."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any other error, as a problem document: `405` (the method is not allowed here; `Allow` lists the ones that are), `503` (the sender cannot reach its database, for example while PostgreSQL restarts; nothing was changed, retry after `Retry-After` seconds) or `500` (the sender failed; the cause is logged, never returned). */
        Error: {
            headers: {
                /** @description With `503`, seconds after which to retry. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/internal",
                 *       "title": "Internal server error",
                 *       "status": 500,
                 *       "detail": "The sender failed to handle this request; it has been logged."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credential is valid but may not do this: a portal token used outside the portal's scope, or an API key naming another account. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "A portal session cannot use POST /v1/events."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in this account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No webhook wh_01KERKS8Z07QRDTVMD9F99CQBK in this account."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is over the size limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The request body is over the 1048576-byte limit."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests with this credential (a per-process token bucket, see Rate limits); retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Rate limit exceeded; retry in 5 seconds."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Missing, malformed, unknown or revoked credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "Send an API key as \"Authorization: Bearer vhk_…\"."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but refused: event data that breaks its contract, or a refused URL; `errors` names each failing path. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unprocessable",
                 *       "title": "Event data does not match the contract",
                 *       "status": 422,
                 *       "detail": "The data of call.completed has 2 problems.",
                 *       "errors": [
                 *         {
                 *           "path": "/data/call_id",
                 *           "message": "must match format \"uuid\""
                 *         },
                 *         {
                 *           "path": "/data",
                 *           "message": "must have required property 'duration_seconds'"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The API key's id (`key_…`), not the key itself. Not in this account answers `404`.
         * @example key_01KERKG4010J4ZQ0C4T2BNV8SX
         */
        ApiKeyId: string;
        /**
         * @description The call's id (a UUID). An id that is malformed or not in this account answers `404`.
         * @example 550e8400-e29b-41d4-a716-446655440000
         */
        CallId: string;
        /**
         * @description The delivery's id (`dlv_…`). An id that is malformed or not in this account answers `404`.
         * @example dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB
         */
        DeliveryId: string;
        /**
         * @description Makes the request safe to retry: the same key in the same account publishes at most one event. The same as the body's `idempotency_key`; if both are given they must be equal.
         * @example order-4711-paid
         */
        IdempotencyKey: string;
        /** @description The most items to return, 1 to 100. */
        Limit: number;
        /** @description How many matching items to skip. */
        Offset: number;
        /**
         * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
         * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
         */
        WebhookId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying.
         * @example 5
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "database": "error"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP voicehooks_deliveries_total Deliveries finished, by outcome.
                     *     # TYPE voicehooks_deliveries_total counter
                     *     voicehooks_deliveries_total{status="delivered"} 1027
                     *     voicehooks_deliveries_total{status="failed"} 3
                     */
                    "text/plain": string;
                };
            };
            default: components["responses"]["Error"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreate"];
            };
        };
        responses: {
            /** @description The account and its first API key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description The most items to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description How many matching items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The key, with its secret value. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id (`key_…`), not the key itself. Not in this account answers `404`.
                 * @example key_01KERKG4010J4ZQ0C4T2BNV8SX
                 */
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCalls: {
        parameters: {
            query?: {
                /**
                 * @description Only calls of this agent.
                 * @example 830f767a-397e-4b39-82ff-235cd344e2f9
                 */
                agent_id?: string;
                /** @description The most items to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description How many matching items to skip. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Only calls in one of these statuses; repeat the parameter for several.
                 * @example [
                 *       "ongoing"
                 *     ]
                 */
                status?: components["schemas"]["CallStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    registerCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallRegistration"];
            };
        };
        responses: {
            /** @description The registered call. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's id (a UUID). An id that is malformed or not in this account answers `404`.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                call_id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listCallCallbacks: {
        parameters: {
            query?: {
                /** @description The most items to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description How many matching items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The call's id (a UUID). An id that is malformed or not in this account answers `404`.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                call_id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of callback deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    reportCallStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The call's id (a UUID). An id that is malformed or not in this account answers `404`.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                call_id: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallStatusReport"];
            };
        };
        responses: {
            /** @description The call as updated; its callback is queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description Only deliveries of one of these event types; repeat the parameter for several.
                 * @example [
                 *       "call.completed"
                 *     ]
                 */
                event_type?: components["schemas"]["EventTypeName"][];
                /** @description The most items to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description How many matching items to skip. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description A delivery id or an event id, matched exactly.
                 * @example evt_01KN4EMBG072V9T0DMXF4B66AD
                 */
                search?: string;
                /**
                 * @description Only deliveries created at or after this time.
                 * @example 2026-04-01T00:00:00Z
                 */
                since?: string;
                /**
                 * @description Only deliveries in one of these statuses; repeat the parameter for several.
                 * @example [
                 *       "failed",
                 *       "dead"
                 *     ]
                 */
                status?: components["schemas"]["DeliveryStatus"][];
                /**
                 * @description Only deliveries created before this time; must be after `since`.
                 * @example 2026-04-02T00:00:00Z
                 */
                until?: string;
                /** @description Only deliveries to this webhook. */
                webhook_id?: components["schemas"]["WebhookId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The delivery's id (`dlv_…`). An id that is malformed or not in this account answers `404`.
                 * @example dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    retryDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The delivery's id (`dlv_…`). An id that is malformed or not in this account answers `404`.
                 * @example dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listEventTypes: {
        parameters: {
            query?: {
                /** @description The most items to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description How many matching items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    publishEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: the same key in the same account publishes at most one event. The same as the body's `idempotency_key`; if both are given they must be equal.
                 * @example order-4711-paid
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishEventRequest"];
            };
        };
        responses: {
            /** @description The event was stored and its deliveries queued (or it was a duplicate). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishEventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    publishEventBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishEventBatchRequest"];
            };
        };
        responses: {
            /** @description Every event was stored and its deliveries queued (or it was a duplicate). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishEventBatchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and credential. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createPortalSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalSessionCreate"];
            };
        };
        responses: {
            /** @description The session, with its link and token (shown only here). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /**
                 * @description Only webhooks scoped to this agent.
                 * @example 830f767a-397e-4b39-82ff-235cd344e2f9
                 */
                agent_id?: string;
                /** @description Also list webhooks whose `active` is false. */
                include_inactive?: boolean;
                /** @description The most items to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description How many matching items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The webhook, with its signing secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The updated webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The most items to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description How many matching items to skip. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Only deliveries in one of these statuses; repeat the parameter for several.
                 * @example [
                 *       "failed",
                 *       "dead"
                 *     ]
                 */
                status?: components["schemas"]["DeliveryStatus"][];
            };
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getWebhookDeliveryStats: {
        parameters: {
            query?: {
                /** @description How many hours back, 1 to 168 (a week). */
                hours?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts, one bucket per hour. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getWebhookDeliverySummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverySummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    promoteWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The webhook, its rotation finished. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    replayWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayRequest"];
            };
        };
        responses: {
            /** @description How many deliveries were queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateSecretRequest"];
            };
        };
        responses: {
            /** @description The webhook with its new secret and when the previous secret stops signing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotateSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    sendTestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id (`wh_…`). An id that is malformed or not in this account answers `404`.
                 * @example wh_01KERKS8Z07QRDTVMD9F99CQBK
                 */
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestEventRequest"];
            };
        };
        responses: {
            /** @description The test event was queued for delivery. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestEventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
}
