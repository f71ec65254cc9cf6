-- Moderation of discussions (issue 13): suspensions of people (identity), the state of each post
-- (visible, waiting for pre-moderation, hidden, removed by a moderator) and when it entered the
-- moderators' queue, a thread hidden with its question, and flags with their reasons and weights.
-- Times are UTC.
ALTER TABLE app_user
  ADD COLUMN suspended_until  DATETIME(6),
  ADD COLUMN suspension_count INT NOT NULL DEFAULT 0;

-- state: VISIBLE, PENDING (first posts of a new person), HIDDEN (flags or a moderator), REMOVED
-- (deleted by a moderator). queued_at: since when the post waits in the moderators' queue.
-- history_withheld: a moderator changed the text (perhaps to take out personal information), so
-- the earlier texts are shown to the author and moderators only.
ALTER TABLE discussion_post
  ADD COLUMN state            VARCHAR(12) NOT NULL DEFAULT 'VISIBLE',
  ADD COLUMN queued_at        DATETIME(6),
  ADD COLUMN history_withheld BOOLEAN     NOT NULL DEFAULT FALSE,
  ADD INDEX ix_discussion_post_queue (queued_at, id),
  ADD INDEX ix_discussion_post_author_time (author_id, created_at);

-- hidden: the question is not visible, so the thread is left out of lists and search.
ALTER TABLE discussion_thread
  ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;

-- One flag per person and post; a moderator's decision clears the flags (they stay for the record).
CREATE TABLE discussion_flag (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  post_id    BIGINT        NOT NULL,
  user_id    BIGINT        NOT NULL,
  reason     VARCHAR(24)   NOT NULL,
  note       VARCHAR(1000),
  weight     INT           NOT NULL,
  created_at DATETIME(6)   NOT NULL,
  cleared_at DATETIME(6),
  UNIQUE KEY uq_discussion_flag (post_id, user_id),
  CONSTRAINT fk_discussion_flag_post FOREIGN KEY (post_id) REFERENCES discussion_post (id) ON DELETE CASCADE,
  CONSTRAINT fk_discussion_flag_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  INDEX ix_discussion_flag_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
