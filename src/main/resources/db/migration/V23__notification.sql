-- Notifications (decision 0020): what happened, for whom, in the portal and by mail.
-- Personal data: deleted with the account. No foreign key to app_user: a feature notifies inside
-- its own transaction, often holding its author's row lock (rate limits), and a key check would
-- take a shared lock on each recipient's row, so two people answering each other at once would
-- deadlock (as discussion_mention, V22).
CREATE TABLE notification (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT        NOT NULL,
  kind          VARCHAR(60)   NOT NULL,
  variant       VARCHAR(40),
  subject_type  VARCHAR(30)   NOT NULL,
  subject_key   VARCHAR(120)  NOT NULL,
  subject_title VARCHAR(300)  NOT NULL,
  link          VARCHAR(500)  NOT NULL,
  actor_id      BIGINT,
  argument      VARCHAR(200),
  detail        VARCHAR(1000),
  -- Makes "never twice" hold for a cause that is announced again (an edited post, a retried job).
  dedupe_key    VARCHAR(120),
  created_at    DATETIME(6)   NOT NULL,
  read_at       DATETIME(6),
  -- The person's delivery for the kind when it came, changed with their preferences while pending.
  delivery      VARCHAR(10)   NOT NULL,
  -- PENDING until mailed (SENT at mailed_at, alone or in a digest); NONE when not to be mailed.
  mail_state    VARCHAR(10)   NOT NULL,
  mailed_at     DATETIME(6),
  CONSTRAINT uq_notification_dedupe UNIQUE (user_id, kind, dedupe_key),
  INDEX ix_notification_user (user_id, id),
  INDEX ix_notification_unread (user_id, read_at),
  INDEX ix_notification_pending (mail_state, delivery, created_at),
  INDEX ix_notification_subject (subject_type, subject_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person's choice per kind; a kind without a row has the kind's default.
CREATE TABLE notification_preference (
  user_id  BIGINT      NOT NULL,
  kind     VARCHAR(60) NOT NULL,
  delivery VARCHAR(10) NOT NULL,
  PRIMARY KEY (user_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When a person's digests go, in Europe/Oslo time (no row: the defaults).
CREATE TABLE notification_schedule (
  user_id       BIGINT  NOT NULL PRIMARY KEY,
  digest_hour   TINYINT NOT NULL,
  digest_day    TINYINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each digest sent, by its period (the Oslo date of the digest's moment): the key that makes a
-- restart, a late run or a second instance send a period's digest once.
CREATE TABLE notification_digest (
  user_id      BIGINT      NOT NULL,
  period       VARCHAR(10) NOT NULL,
  period_date  DATE        NOT NULL,
  sent_at      DATETIME(6) NOT NULL,
  items        INT         NOT NULL,
  PRIMARY KEY (user_id, period, period_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The one-click unsubscribe address of a mail (RFC 8058), for its List-Unsubscribe header.
ALTER TABLE mail_message ADD COLUMN unsubscribe_url VARCHAR(1000);
