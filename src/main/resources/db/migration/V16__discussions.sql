-- Discussions (issue 13): categories kept as data (content/discussions/categories.yaml), threads
-- (a question or a discussion, optionally about a practice or an event), their posts in Markdown
-- with the history of edits, "helpful" marks, accepted answers, and each reader's follow or mute
-- and last-read post. The first post of a thread is its question or opening. Times are UTC.
CREATE TABLE discussion_category (
  code      VARCHAR(60)  NOT NULL PRIMARY KEY,
  position  INT          NOT NULL,
  label_nb  VARCHAR(120) NOT NULL,
  label_nn  VARCHAR(120) NOT NULL,
  label_en  VARCHAR(120) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- locked/pinned/closed are the moderators' (a later slice); solved is kept by the accepted answers.
CREATE TABLE discussion_thread (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(12)  NOT NULL,
  title            VARCHAR(200) NOT NULL,
  slug             VARCHAR(120) NOT NULL,
  category_code    VARCHAR(60)  NOT NULL,
  practice_id      BIGINT,
  event_id         BIGINT,
  author_id        BIGINT       NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  last_activity_at DATETIME(6)  NOT NULL,
  reply_count      INT          NOT NULL DEFAULT 0,
  locked           BOOLEAN      NOT NULL DEFAULT FALSE,
  pinned           BOOLEAN      NOT NULL DEFAULT FALSE,
  closed           BOOLEAN      NOT NULL DEFAULT FALSE,
  solved           BOOLEAN      NOT NULL DEFAULT FALSE,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_discussion_thread_category FOREIGN KEY (category_code) REFERENCES discussion_category (code),
  CONSTRAINT fk_discussion_thread_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE SET NULL,
  CONSTRAINT fk_discussion_thread_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE SET NULL,
  CONSTRAINT fk_discussion_thread_author FOREIGN KEY (author_id) REFERENCES app_user (id),
  INDEX ix_discussion_thread_activity (pinned, last_activity_at),
  INDEX ix_discussion_thread_category (category_code, last_activity_at),
  INDEX ix_discussion_thread_practice (practice_id),
  INDEX ix_discussion_thread_event (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- deleted_at: deleted by its author; the row stays so that replies and quotes keep their place.
-- version is the optimistic lock of edits.
CREATE TABLE discussion_post (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  thread_id      BIGINT      NOT NULL,
  author_id      BIGINT      NOT NULL,
  body           MEDIUMTEXT  NOT NULL,
  quoted_post_id BIGINT,
  created_at     DATETIME(6) NOT NULL,
  edited_at      DATETIME(6),
  deleted_at     DATETIME(6),
  version        BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_discussion_post_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_discussion_post_author FOREIGN KEY (author_id) REFERENCES app_user (id),
  CONSTRAINT fk_discussion_post_quoted FOREIGN KEY (quoted_post_id) REFERENCES discussion_post (id) ON DELETE SET NULL,
  INDEX ix_discussion_post_thread (thread_id, id),
  INDEX ix_discussion_post_author (author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The text a post had before an edit; edits within five minutes of posting keep none.
CREATE TABLE discussion_post_revision (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  post_id    BIGINT      NOT NULL,
  body       MEDIUMTEXT  NOT NULL,
  written_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_discussion_revision_post FOREIGN KEY (post_id) REFERENCES discussion_post (id) ON DELETE CASCADE,
  INDEX ix_discussion_revision_post (post_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE discussion_helpful (
  post_id    BIGINT      NOT NULL,
  user_id    BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (post_id, user_id),
  CONSTRAINT fk_discussion_helpful_post FOREIGN KEY (post_id) REFERENCES discussion_post (id) ON DELETE CASCADE,
  CONSTRAINT fk_discussion_helpful_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  INDEX ix_discussion_helpful_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Several replies may solve one question (right for different municipalities).
CREATE TABLE discussion_accepted (
  thread_id   BIGINT      NOT NULL,
  post_id     BIGINT      NOT NULL,
  accepted_by BIGINT      NOT NULL,
  accepted_at DATETIME(6) NOT NULL,
  PRIMARY KEY (thread_id, post_id),
  CONSTRAINT fk_discussion_accepted_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_discussion_accepted_post FOREIGN KEY (post_id) REFERENCES discussion_post (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A reader's standing with a thread: FOLLOWING or MUTED, and the last post read (unread markers).
CREATE TABLE discussion_reader (
  thread_id         BIGINT      NOT NULL,
  user_id           BIGINT      NOT NULL,
  level             VARCHAR(12),
  last_read_post_id BIGINT,
  PRIMARY KEY (thread_id, user_id),
  CONSTRAINT fk_discussion_reader_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_discussion_reader_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  INDEX ix_discussion_reader_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
