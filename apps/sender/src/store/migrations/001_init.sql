-- Voicehooks sender schema, version 1.
-- Ids are prefixed ULIDs made by the application (acct_, key_, wh_, evt_, dlv_).

CREATE TABLE accounts (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  email       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Keys are stored as SHA-256 of the whole key; only the short prefix is shown again.
CREATE TABLE api_keys (
  id            text PRIMARY KEY,
  account_id    text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name          text NOT NULL,
  prefix        text NOT NULL,
  key_hash      text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX api_keys_account ON api_keys (account_id, created_at);

CREATE TABLE webhooks (
  id                          text PRIMARY KEY,
  account_id                  text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  url                         text NOT NULL,
  description                 text,
  events                      text[],            -- NULL: every event type
  agent_id                    text,
  active                      boolean NOT NULL DEFAULT true,
  signature_scheme            text NOT NULL DEFAULT 'standard',
  headers                     jsonb NOT NULL DEFAULT '{}'::jsonb,
  alert_email                 text,
  max_attempts                integer NOT NULL DEFAULT 6,
  rate_limit_per_second       integer,
  secret_enc                  text NOT NULL,     -- AES-256-GCM, key from VOICEHOOKS_ENCRYPTION_KEY
  previous_secret_enc         text,              -- still signs until previous_secret_expires_at
  previous_secret_expires_at  timestamptz,
  consecutive_failures        integer NOT NULL DEFAULT 0,
  disabled_reason             text,
  disabled_at                 timestamptz,
  last_alert_at               timestamptz,
  deleted_at                  timestamptz,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_account ON webhooks (account_id, created_at, id) WHERE deleted_at IS NULL;

CREATE TABLE events (
  id               text PRIMARY KEY,
  account_id       text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  type             text NOT NULL,
  -- The exact envelope bytes' source: every delivery of this event serialises the same object,
  -- only webhook_id differs per endpoint.
  data             jsonb NOT NULL,
  occurred_at      timestamptz NOT NULL,
  idempotency_key  text,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX events_idempotency ON events (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Per-call status callbacks (POST /v1/calls): the call engine reports status, callbacks follow.
CREATE TABLE calls (
  id                  uuid PRIMARY KEY,
  account_id          text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  agent_id            text NOT NULL,
  direction           text NOT NULL,
  from_number         text NOT NULL,
  to_number           text NOT NULL,
  callback_url        text NOT NULL,
  callback_args       jsonb NOT NULL DEFAULT '{}'::jsonb,
  custom_args_values  jsonb NOT NULL DEFAULT '{}'::jsonb,
  status              text NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- The deliveries table is the queue. A row is claimable when status is pending, or processing
-- with an expired lease; in both cases next_attempt_at holds the moment it becomes due (for a
-- claimed row, its lease expiry), so one narrow partial index serves every claim.
CREATE TABLE deliveries (
  id                text PRIMARY KEY,
  account_id        text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind              text NOT NULL DEFAULT 'webhook' CHECK (kind IN ('webhook', 'callback')),
  event_id          text REFERENCES events (id) ON DELETE CASCADE,       -- kind = webhook
  webhook_id        text REFERENCES webhooks (id) ON DELETE CASCADE,     -- kind = webhook
  call_id           uuid REFERENCES calls (id) ON DELETE CASCADE,        -- kind = callback
  payload           jsonb,                                               -- kind = callback: the body
  status            text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'processing', 'delivered', 'failed', 'dead')),
  attempt_count     integer NOT NULL DEFAULT 0,
  max_attempts      integer NOT NULL,
  next_attempt_at   timestamptz,
  lease_owner       text,
  last_status_code  integer,
  last_error        text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  delivered_at      timestamptz
);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status IN ('pending', 'processing');
CREATE INDEX deliveries_webhook ON deliveries (webhook_id, created_at DESC, id) WHERE webhook_id IS NOT NULL;
CREATE INDEX deliveries_webhook_status ON deliveries (webhook_id, status) WHERE webhook_id IS NOT NULL;
CREATE INDEX deliveries_event ON deliveries (event_id);

CREATE TABLE attempts (
  delivery_id       text NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
  attempt           integer NOT NULL,
  started_at        timestamptz NOT NULL,
  duration_ms       integer NOT NULL,
  status_code       integer,
  error             text,
  response_excerpt  text,
  worker            text,
  PRIMARY KEY (delivery_id, attempt)
);

-- A SKIP LOCKED queue slows as dead tuples pile up at the head of deliveries_due
-- (docs/scaling.md): vacuum this table far more eagerly than the default.
ALTER TABLE deliveries SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000,
                            autovacuum_analyze_scale_factor = 0.02);
