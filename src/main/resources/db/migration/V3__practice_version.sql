-- Optimistic locking, and the external version of the practice's search document: it only ever
-- grows, so an older state can never overwrite a newer one in the index.
ALTER TABLE practice ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
