-- Mentions (@handle) in discussion posts (decision 0018): one row per post and person mentioned,
-- written when the mail goes (or would go, for someone who muted the thread), so that an edit of
-- the post never mails the same person twice. Personal data: deleted with the account (by the
-- discussions' part of account deletion). No foreign key to app_user: a reply holds its author's
-- row lock (rate limits), and a key check would take a shared lock on the mentioned person's row,
-- so two people replying to each other at once would deadlock.
CREATE TABLE discussion_mention (
  post_id    BIGINT      NOT NULL,
  user_id    BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (post_id, user_id),
  CONSTRAINT fk_discussion_mention_post FOREIGN KEY (post_id) REFERENCES discussion_post (id) ON DELETE CASCADE,
  INDEX ix_discussion_mention_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
