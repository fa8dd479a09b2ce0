-- An idempotency key also keeps the first answer when it was a refusal (a 409, say),
-- so that a repeat gets that answer again: its status goes beside its body.
ALTER TABLE idempotency_key ADD COLUMN status smallint NOT NULL DEFAULT 201;
