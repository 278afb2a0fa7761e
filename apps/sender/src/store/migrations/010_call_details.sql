-- What the call engine reports with POST /v1/calls/{id}/status: stored so every later callback and
-- GET /v1/calls/{id} carry what is known so far.
ALTER TABLE calls ADD COLUMN call_duration integer;
ALTER TABLE calls ADD COLUMN recording_url text;
ALTER TABLE calls ADD COLUMN transcript text;
ALTER TABLE calls ADD COLUMN retry integer NOT NULL DEFAULT 0;
ALTER TABLE calls ADD COLUMN analysis jsonb;
CREATE INDEX calls_account ON calls (account_id, created_at);
