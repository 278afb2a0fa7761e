CREATE INDEX things_name ON things (name);
