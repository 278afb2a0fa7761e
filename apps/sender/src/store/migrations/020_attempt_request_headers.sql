-- The request headers each attempt sent (signatures included; values of headers the account configured are
-- stored redacted), for the dashboard's delivery page. NULL for attempts recorded before this column.
ALTER TABLE attempts ADD COLUMN request_headers jsonb;
