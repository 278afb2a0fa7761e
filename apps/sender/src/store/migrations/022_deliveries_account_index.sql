-- GET /v1/deliveries lists an account's webhook deliveries across endpoints, newest first.
CREATE INDEX deliveries_account_created ON deliveries (account_id, created_at DESC, id) WHERE kind = 'webhook';
