-- The Mailin budget shared by every dashboard on this database: Bucket4j's PostgreSQL backend keeps
-- the bucket's state here (gateway.SharedUpstreamBucket). PostgreSQL only: H2 runs one instance.
CREATE TABLE upstream_budget_bucket (
    id BIGINT PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
