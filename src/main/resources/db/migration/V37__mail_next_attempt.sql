-- A message the SMTP server refused waits before it is tried again (1, 2, 4 ... minutes, at most
-- 4 hours between tries): a greylisting server or a full mailbox refuses for minutes or hours, and
-- ten tries five seconds apart gave such a message up within a minute. NULL: may go now.
ALTER TABLE mail_message ADD COLUMN next_attempt_at DATETIME(6) NULL;
