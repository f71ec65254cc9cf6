-- Searches that logged-in users saved, with an optional daily mail when newly published practices
-- match. checked_at is the moment up to which publications were already considered (at first, the
-- time of saving); a run that could not search properly leaves it where it was. user_id, as in the
-- other tables that point at app_user.
CREATE TABLE saved_search (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id         BIGINT        NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  query_string    VARCHAR(2000) NOT NULL,
  alert           BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at      DATETIME(6)   NOT NULL,
  checked_at      DATETIME(6)   NOT NULL,
  last_alerted_at DATETIME(6),
  CONSTRAINT fk_saved_search_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  INDEX ix_saved_search_user (user_id),
  INDEX ix_saved_search_alert (alert, checked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
