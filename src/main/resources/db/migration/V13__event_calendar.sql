-- Calendars (decision 0014). A personal calendar feed is reached by a secret address: the token is
-- HMAC-SHA256 (key 'calendar-feed' of signing_key) of the user and the salt, so the owner can be
-- shown the address again; the table keeps its SHA-256 to find the feed by. A new salt (renewal)
-- makes a new token, and the old address stops working at once.
CREATE TABLE event_calendar_feed (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id    BIGINT      NOT NULL,
  salt       CHAR(32)    NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uq_event_calendar_feed_user UNIQUE (user_id),
  CONSTRAINT uq_event_calendar_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_event_calendar_feed_user FOREIGN KEY (user_id) REFERENCES app_user (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One text file that may go with a message: an event's .ics with the confirmation of a seat.
ALTER TABLE mail_message
  ADD COLUMN attachment_name    VARCHAR(200),
  ADD COLUMN attachment_type    VARCHAR(200),
  ADD COLUMN attachment_content MEDIUMTEXT;
