-- GET /v1/calls/{id}/callbacks lists a call's callback deliveries newest first.
CREATE INDEX deliveries_call ON deliveries (call_id, created_at DESC, id) WHERE call_id IS NOT NULL;
