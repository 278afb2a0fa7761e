-- Customer-portal sessions (POST /v1/portal-sessions): a short-lived bearer token that opens the dashboard
-- for one account, optionally for the webhooks of one agent only. Stored as SHA-256 like API keys.
CREATE TABLE portal_sessions (
  id          text PRIMARY KEY,
  account_id  text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  agent_id    text,
  token_hash  text NOT NULL UNIQUE,
  theme       jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX portal_sessions_account ON portal_sessions (account_id, created_at);
