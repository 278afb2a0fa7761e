-- Every event stored once, keyed by its event id; the status says how far processing got.
-- IF NOT EXISTS: databases made before migrations were versioned already hold these.
CREATE TABLE IF NOT EXISTS received_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'processed', 'ignored', 'failed')),
  body jsonb NOT NULL,
  headers jsonb NOT NULL,
  error text,
  received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  processed_at timestamptz
);
CREATE INDEX IF NOT EXISTS received_events_received_at ON received_events (received_at DESC);
CREATE INDEX IF NOT EXISTS received_events_type_received_at ON received_events (type, received_at DESC);
