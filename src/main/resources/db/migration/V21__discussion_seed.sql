-- Seed threads (content/discussions/*.thread.yaml, issue 13): a thread from a file is found again
-- by the file's slug, and the file's hash decides whether it is imported again (start-up is
-- idempotent). illustrative: an invented example, shown as one.
ALTER TABLE discussion_thread
  ADD COLUMN source_slug  VARCHAR(120),
  ADD COLUMN source_hash  VARCHAR(64),
  ADD COLUMN illustrative BOOLEAN NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT uq_discussion_thread_source UNIQUE (source_slug);

-- The invented people who write the example threads: no address and no password, so nobody logs
-- in as them and no mail goes to them; found again by their name among the illustrative accounts.
ALTER TABLE app_user
  ADD COLUMN illustrative BOOLEAN NOT NULL DEFAULT FALSE;
