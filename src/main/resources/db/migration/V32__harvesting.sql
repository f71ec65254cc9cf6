-- Harvesters ask each public list for what changed since an instant (decision 0023).
-- A thread's own change time, written by the entity on every change of the thread (title,
-- category, replies, solved, moderation); existing threads start from their last activity.
ALTER TABLE discussion_thread ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE discussion_thread SET updated_at = last_activity_at;
ALTER TABLE discussion_thread MODIFY updated_at DATETIME(6) NOT NULL;

-- The lists' Last-Modified is the latest change of their kind, in any state.
CREATE INDEX ix_discussion_thread_updated ON discussion_thread (updated_at);
CREATE INDEX ix_practice_updated ON practice (updated_at);
CREATE INDEX ix_adoption_updated ON adoption (updated_at);
CREATE INDEX ix_organisation_updated ON organisation (updated_at);
CREATE INDEX ix_event_updated ON event (updated_at);
CREATE INDEX ix_matching_posting_updated ON matching_posting (updated_at);
