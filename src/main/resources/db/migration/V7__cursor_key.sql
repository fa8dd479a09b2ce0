-- The keys that sign paging cursors (API.md §12), shared by every instance through the
-- database so that a cursor issued by one is honoured by all without configuration.
-- Generations only grow: the newest one that has been published long enough signs, the
-- ones before it are still accepted for a grace period after they were replaced.
-- Instances that start or rotate at the same moment all insert the same generation with
-- ON CONFLICT DO NOTHING and then read back the one row that won.

CREATE TABLE cursor_key (
    generation integer     NOT NULL,
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cursor_key_pkey PRIMARY KEY (generation),
    CONSTRAINT cursor_key_generation_check CHECK (generation > 0),
    CONSTRAINT cursor_key_secret_check CHECK (octet_length(secret) >= 32)
);
