-- The delivery queue by lane (docs/architecture.md, "The queue"): one lane per webhook (its id) and
-- one per account for call callbacks ('cb:' || account_id). A claim takes the lanes that have been
-- due longest, locking each lane's row so that the lane's limits (in-flight cap, rate, circuit
-- breaker) hold across every sender process, then takes the lane's oldest due deliveries; a lane
-- it served is due again from now, behind the others (round robin).
ALTER TABLE deliveries ADD COLUMN lane text;
UPDATE deliveries SET lane = coalesce(webhook_id, 'cb:' || account_id);
ALTER TABLE deliveries ALTER COLUMN lane SET NOT NULL;

-- A lane's due work in order, and its attempts in flight (counted against its cap).
CREATE INDEX deliveries_lane_due ON deliveries (lane, next_attempt_at) WHERE status = 'pending';
CREATE INDEX deliveries_lane_processing ON deliveries (lane) WHERE status = 'processing';
-- Leases that ran out (a worker died): handed back by the maintenance sweep.
CREATE INDEX deliveries_lease ON deliveries (next_attempt_at) WHERE status = 'processing';
DROP INDEX deliveries_due;

CREATE TABLE lanes (
  lane             text PRIMARY KEY,
  account_id       text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  webhook_id       text REFERENCES webhooks (id) ON DELETE CASCADE,
  -- When it is next eligible for a claim: its earliest pending delivery's due time, or the time it
  -- was last served while work was left; NULL when it has none. Claims take the smallest first.
  due_at           timestamptz,
  -- Empty checks in a row: a lane found empty is checked again after 1 s, 2 s, … up to a minute.
  idle_checks      integer NOT NULL DEFAULT 0,
  -- Attempts allowed in flight at once, across processes; adapts to how the endpoint answers.
  max_in_flight    integer NOT NULL,
  -- Circuit breaker: closed, or open until open_until, then one probe at a time.
  breaker          text NOT NULL DEFAULT 'closed' CHECK (breaker IN ('closed', 'open')),
  open_until       timestamptz,
  -- Unhealthy attempts in a row (timeouts, refused connections, 5xx, 429).
  failures_in_row  integer NOT NULL DEFAULT 0,
  -- Token bucket of the webhook's rate_limit_per_second, shared by every process.
  tokens           double precision,
  tokens_at        timestamptz
) WITH (fillfactor = 70);
CREATE INDEX lanes_due ON lanes (due_at) WHERE due_at IS NOT NULL;

INSERT INTO lanes (lane, account_id, webhook_id, due_at, max_in_flight)
SELECT lane, min(account_id), min(webhook_id), min(next_attempt_at) FILTER (WHERE status IN ('pending', 'processing')), 8
  FROM deliveries GROUP BY lane;

-- Both tables change on every claim and completion: vacuum them far more eagerly than the default,
-- so dead tuples do not pile up at the head of the queue's indexes.
ALTER TABLE lanes SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200,
                       autovacuum_analyze_scale_factor = 0.05);
ALTER TABLE deliveries SET (autovacuum_vacuum_scale_factor = 0.005, autovacuum_vacuum_threshold = 1000,
                            autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0.02);
