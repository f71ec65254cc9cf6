-- Conversations about needs and offers (issue 15, part 3; decision 0021, "Conversations"): one
-- thread per posting and organisation that got in touch, visible to the editors of the two
-- organisations only (and to moderators once one of them flags it). Never indexed, never public.
-- Each side shares its contact details when it chooses: who shared is kept (the details are read
-- from that person's account when shown, so a deleted account shares nothing any more).
CREATE TABLE matching_conversation (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  posting_id       BIGINT        NOT NULL,
  organisation_id  BIGINT        NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  last_message_at  DATETIME(6)   NOT NULL,
  owner_shared_by  BIGINT,
  owner_shared_at  DATETIME(6),
  writer_shared_by BIGINT,
  writer_shared_at DATETIME(6),
  flagged_by       BIGINT,
  flagged_at       DATETIME(6),
  flag_reason      VARCHAR(1000),
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_matching_conversation_posting FOREIGN KEY (posting_id) REFERENCES matching_posting (id) ON DELETE CASCADE,
  CONSTRAINT fk_matching_conversation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT uq_matching_conversation_pair UNIQUE (posting_id, organisation_id),
  INDEX ix_matching_conversation_flagged (flagged_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The lines of a conversation: a message (TEXT) or what a side did (SHARED, FLAGGED). The author
-- is kept for the two parties and for "download my data"; a deleted account's messages stay,
-- written by its organisation, by a former member (author_id NULL).
CREATE TABLE matching_message (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  conversation_id BIGINT       NOT NULL,
  organisation_id BIGINT       NOT NULL,
  author_id       BIGINT,
  kind            VARCHAR(12)  NOT NULL,
  body            TEXT,
  created_at      DATETIME(6)  NOT NULL,
  CONSTRAINT fk_matching_message_conversation FOREIGN KEY (conversation_id) REFERENCES matching_conversation (id) ON DELETE CASCADE,
  INDEX ix_matching_message_conversation (conversation_id, id),
  INDEX ix_matching_message_author (author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
