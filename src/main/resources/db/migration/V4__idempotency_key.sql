-- Idempotency keys (API.md §9): the first successful answer to a create, kept for 24
-- hours so that a retry with the same key gets it again instead of creating twice.
-- The row is written in the same transaction as what the request creates, so a key is
-- never stored without its resource, nor a resource without its key.

CREATE TABLE idempotency_key (
    key         varchar(255) NOT NULL,
    fingerprint bytea        NOT NULL,
    response    text         NOT NULL,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT idempotency_key_pkey PRIMARY KEY (key)
);

-- The cleanup job deletes by age.
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
